// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace sk {

// A closed interval of days; used for what the data leaves open ("opens during 2022", "by 31 Dec 2022"). An
// invalid end is open: the interval reaches back or forward without a bound.
struct DateInterval
{
    QDate first;
    QDate last;

    bool contains(QDate date) const { return (!first.isValid() || date >= first) && (!last.isValid() || date <= last); }
    bool coversWholeYear() const;
    bool coversWholeMonth() const;
    bool operator==(const DateInterval &other) const = default;
};

// Why a text is not a date this program reads; column counts characters from 1.
struct DateParseError
{
    int column = 0;
    QString message;
};

// A date as the sources give it, in the forms of EDTF (ISO 8601-2) level 1 that office data needs: a year
// ("2022"), a season ("2025-21" = spring), a month ("2022-05") or a day ("2022-05-31"), or an interval "A/B" of
// those, either end possibly open ("../2023", "2023-05/.."). The event happened on one day of [first(), last()].
class PartialDate
{
    Q_DECLARE_TR_FUNCTIONS(sk::PartialDate)

public:
    enum class Precision { Year, Season, Month, Day, Interval };

    PartialDate() = default;
    static PartialDate year(int year);
    static PartialDate exact(QDate date);
    // Empty or malformed text gives nullopt; with `error`, it says why and where.
    static std::optional<PartialDate> parse(QStringView text, DateParseError *error = nullptr);

    // The earliest and the latest day it can be; invalid where an interval's end is open.
    QDate first() const { return m_start.first; }
    QDate last() const { return m_end.last; }
    Precision precision() const;
    bool isValid() const { return first().isValid() || last().isValid(); }
    bool isInterval() const { return m_isInterval; }
    bool hasOpenStart() const { return m_isInterval && !m_start.first.isValid(); }
    bool hasOpenEnd() const { return m_isInterval && !m_end.last.isValid(); }
    // The two sides of an interval, nullopt for an open side; a single date is its own start and end.
    std::optional<PartialDate> start() const;
    std::optional<PartialDate> end() const;
    // The EDTF text it was parsed from: "2022", "2025-21", "2022-05", "2022-05-31", "2022/2023", "../2023-05".
    QString toIsoString() const;
    DateInterval interval() const { return {first(), last()}; }

    bool operator==(const PartialDate &other) const = default;

private:
    // One side: a year, a season, a month or a day; both days invalid for an open side.
    struct Part
    {
        QDate first;
        QDate last;
        Precision precision = Precision::Day;
        bool operator==(const Part &other) const = default;
    };

    static std::optional<Part> parsePart(QStringView text, int column, DateParseError *error);
    static QString partText(const Part &part);

    Part m_start;
    Part m_end;
    bool m_isInterval = false;
};

} // namespace sk
