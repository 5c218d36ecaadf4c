// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "partialdate.h"

#include <QRegularExpression>

namespace sk {

bool DateInterval::coversWholeYear() const
{
    return first.year() == last.year() && first == QDate(first.year(), 1, 1) && last == QDate(first.year(), 12, 31);
}

bool DateInterval::coversWholeMonth() const
{
    return first.year() == last.year() && first.month() == last.month() && first.day() == 1
            && last.day() == last.daysInMonth();
}

PartialDate PartialDate::year(int year)
{
    return PartialDate(QDate(year, 1, 1), QDate(year, 12, 31), Precision::Year);
}

PartialDate PartialDate::exact(QDate date)
{
    return PartialDate(date, date, Precision::Day);
}

std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed().toString());
    if (!match.hasMatch())
        return std::nullopt;
    const int y = match.capturedView(1).toInt();
    if (y < 1900 || y > 2100)
        return std::nullopt;
    if (!match.hasCaptured(2))
        return year(y);
    const int m = match.capturedView(2).toInt();
    if (m < 1 || m > 12)
        return std::nullopt;
    const QDate firstOfMonth(y, m, 1);
    if (!match.hasCaptured(3))
        return PartialDate(firstOfMonth, firstOfMonth.addMonths(1).addDays(-1), Precision::Month);
    const QDate day(y, m, match.capturedView(3).toInt());
    if (!day.isValid())
        return std::nullopt;
    return exact(day);
}

QString PartialDate::toIsoString() const
{
    switch (m_precision) {
    case Precision::Year:
        return m_first.toString(QStringLiteral("yyyy"));
    case Precision::Month:
        return m_first.toString(QStringLiteral("yyyy-MM"));
    case Precision::Day:
        break;
    }
    return m_first.toString(Qt::ISODate);
}

} // namespace sk
