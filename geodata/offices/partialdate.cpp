// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "partialdate.h"

namespace sk {

namespace {

constexpr int firstYear = 1900;
constexpr int lastYear = 2100;
// EDTF level 1 season codes; 25–41 (hemispheres, quarters, …) are level 2.
constexpr int spring = 21;
constexpr int winter = 24;

QDate monthEnd(int year, int month)
{
    return QDate(year, month, QDate(year, month, 1).daysInMonth());
}

} // namespace

bool DateInterval::coversWholeYear() const
{
    return first.isValid() && last.isValid() && first.year() == last.year() && first == QDate(first.year(), 1, 1)
            && last == QDate(first.year(), 12, 31);
}

bool DateInterval::coversWholeMonth() const
{
    return first.isValid() && last.isValid() && first.year() == last.year() && first.month() == last.month()
            && first.day() == 1 && last.day() == last.daysInMonth();
}

PartialDate PartialDate::year(int year)
{
    PartialDate date;
    date.m_start = Part{QDate(year, 1, 1), QDate(year, 12, 31), Precision::Year};
    date.m_end = date.m_start;
    return date;
}

PartialDate PartialDate::exact(QDate date)
{
    PartialDate result;
    result.m_start = Part{date, date, Precision::Day};
    result.m_end = result.m_start;
    return result;
}

PartialDate::Precision PartialDate::precision() const
{
    return m_isInterval ? Precision::Interval : m_start.precision;
}

std::optional<PartialDate> PartialDate::start() const
{
    if (!m_start.first.isValid())
        return std::nullopt;
    PartialDate side;
    side.m_start = side.m_end = m_start;
    return side;
}

std::optional<PartialDate> PartialDate::end() const
{
    if (!m_end.last.isValid())
        return std::nullopt;
    PartialDate side;
    side.m_start = side.m_end = m_end;
    return side;
}

std::optional<PartialDate> PartialDate::parse(QStringView text, DateParseError *error)
{
    const auto fail = [error](int column, const QString &message) -> std::optional<PartialDate> {
        if (error)
            *error = DateParseError{column, message};
        return std::nullopt;
    };
    int leading = 0;
    while (leading < text.size() && text[leading].isSpace())
        ++leading;
    const QStringView trimmed = text.trimmed();
    const int column = leading + 1;
    if (trimmed.isEmpty())
        return fail(1, tr("no date"));

    PartialDate date;
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash < 0) {
        const std::optional<Part> part = parsePart(trimmed, column, error);
        if (!part)
            return std::nullopt;
        date.m_start = date.m_end = *part;
        return date;
    }
    if (const qsizetype second = trimmed.indexOf(u'/', slash + 1); second >= 0)
        return fail(column + int(second), tr("a second '/': an interval has exactly two sides"));

    const auto side = [&](QStringView part, int partColumn) -> std::optional<Part> {
        if (part == u"..")
            return Part{};
        if (part.isEmpty()) {
            fail(partColumn, tr("an empty side (an unknown end) is not supported; write '..' for an open end"));
            return std::nullopt;
        }
        return parsePart(part, partColumn, error);
    };
    const std::optional<Part> start = side(trimmed.first(slash), column);
    if (!start)
        return std::nullopt;
    const std::optional<Part> end = side(trimmed.sliced(slash + 1), column + int(slash) + 1);
    if (!end)
        return std::nullopt;
    if (!start->first.isValid() && !end->last.isValid())
        return fail(column, tr("both ends of the interval are open"));
    if (start->first.isValid() && end->last.isValid() && end->last < start->first)
        return fail(column + int(slash) + 1, tr("the interval ends before it begins"));
    date.m_start = *start;
    date.m_end = *end;
    date.m_isInterval = true;
    return date;
}

std::optional<PartialDate::Part> PartialDate::parsePart(QStringView text, int column, DateParseError *error)
{
    const auto fail = [&](qsizetype at, const QString &message) -> std::optional<Part> {
        if (error)
            *error = DateParseError{column + int(at), message};
        return std::nullopt;
    };
    const auto unexpected = [&](qsizetype at, const QString &expected) -> std::optional<Part> {
        const QChar c = text[at];
        if (c == u'?' || c == u'~' || c == u'%')
            return fail(at, tr("uncertain or approximate dates ('?', '~', '%') are not supported"));
        if (c == u'T' || c == u':')
            return fail(at, tr("times are not supported: a day at most"));
        if (c == u'X')
            return fail(at, tr("unspecified digits ('X') are not supported"));
        return fail(at, tr("unexpected '%1': expected %2").arg(c, expected));
    };
    // Reads `count` digits from `at`; nullopt after reporting what is wrong.
    const auto digits = [&](qsizetype at, int count, const QString &what) -> std::optional<int> {
        int value = 0;
        for (qsizetype i = at; i < at + count; ++i) {
            if (i >= text.size()) {
                fail(i, tr("the date ends early: expected %1").arg(what));
                return std::nullopt;
            }
            const QChar c = text[i];
            if (c < u'0' || c > u'9') {
                unexpected(i, what);
                return std::nullopt;
            }
            value = value * 10 + (c.unicode() - u'0');
        }
        return value;
    };

    if (text.front() == u'-' || text.front() == u'+')
        return fail(0, tr("signed years are not supported"));
    if (text.front() == u'Y')
        return fail(0, tr("years written with 'Y' (more than four digits) are not supported"));
    const std::optional<int> year = digits(0, 4, tr("four digits of a year"));
    if (!year)
        return std::nullopt;
    if (*year < firstYear || *year > lastYear)
        return fail(0, tr("year %1 is outside %2–%3").arg(*year).arg(firstYear).arg(lastYear));
    if (text.size() == 4)
        return Part{QDate(*year, 1, 1), QDate(*year, 12, 31), Precision::Year};
    if (text[4] != u'-')
        return unexpected(4, tr("'-' after the year"));

    const std::optional<int> month = digits(5, 2, tr("two digits of a month or season"));
    if (!month)
        return std::nullopt;
    if (*month >= spring && *month <= winter) {
        if (text.size() > 7)
            return text[7] == u'-' ? fail(7, tr("a season has no day")) : unexpected(7, tr("the end of the date"));
        // Meteorological seasons of the northern hemisphere: spring is March–May, winter December–February.
        const QDate first(*year, 3 + 3 * (*month - spring), 1);
        const QDate last = first.addMonths(3).addDays(-1);
        return Part{first, last, Precision::Season};
    }
    if (*month > winter && *month <= 41)
        return fail(5, tr("season code %1 (EDTF level 2) is not supported; spring to winter are 21–24").arg(*month));
    if (*month < 1 || *month > 12)
        return fail(5, tr("there is no month %1").arg(*month));
    if (text.size() == 7)
        return Part{QDate(*year, *month, 1), monthEnd(*year, *month), Precision::Month};
    if (text[7] != u'-')
        return unexpected(7, tr("'-' after the month"));

    const std::optional<int> day = digits(8, 2, tr("two digits of a day"));
    if (!day)
        return std::nullopt;
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return fail(8, tr("%1-%2 has no day %3").arg(*year).arg(*month, 2, 10, QLatin1Char('0')).arg(*day));
    if (text.size() > 10)
        return unexpected(10, tr("the end of the date"));
    return Part{date, date, Precision::Day};
}

QString PartialDate::partText(const Part &part)
{
    switch (part.precision) {
    case Precision::Year:
        return part.first.toString(QStringLiteral("yyyy"));
    case Precision::Season:
        return QStringLiteral("%1-%2").arg(part.first.year()).arg(spring + (part.first.month() - 3) / 3);
    case Precision::Month:
        return part.first.toString(QStringLiteral("yyyy-MM"));
    case Precision::Day:
    case Precision::Interval:
        break;
    }
    return part.first.toString(Qt::ISODate);
}

QString PartialDate::toIsoString() const
{
    if (!m_isInterval)
        return partText(m_start);
    const QString open = QStringLiteral("..");
    return (m_start.first.isValid() ? partText(m_start) : open) + QLatin1Char('/')
            + (m_end.last.isValid() ? partText(m_end) : open);
}

} // namespace sk
