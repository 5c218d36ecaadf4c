// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace sk {

// A closed interval of days; used for what the data leaves open ("opens during 2022", "by 31 Dec 2022").
struct DateInterval
{
    QDate first;
    QDate last;

    bool contains(QDate date) const { return date >= first && date <= last; }
    bool coversWholeYear() const;
    bool coversWholeMonth() const;
    bool operator==(const DateInterval &other) const = default;
};

// A date known to a year, a month or a day ("2022", "2022-05", "2022-05-31"): the interval [first(), last()].
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;
    static PartialDate year(int year);
    static PartialDate exact(QDate date);
    // Empty or malformed text gives nullopt.
    static std::optional<PartialDate> parse(QStringView text);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    Precision precision() const { return m_precision; }
    bool isValid() const { return m_first.isValid(); }
    // The same text it was parsed from: "2022", "2022-05" or "2022-05-31".
    QString toIsoString() const;
    DateInterval interval() const { return {m_first, m_last}; }

    bool operator==(const PartialDate &other) const = default;

private:
    PartialDate(QDate first, QDate last, Precision precision)
        : m_first(first)
        , m_last(last)
        , m_precision(precision)
    { }

    QDate m_first;
    QDate m_last;
    Precision m_precision = Precision::Day;
};

} // namespace sk
