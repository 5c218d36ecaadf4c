// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "briefingphrases.h"

#include <QCollator>

#include <algorithm>
#include <cmath>

namespace sk {

BriefingPhrases::BriefingPhrases(Language language)
    : m_language(language)
    , m_locale(language == Language::Swedish ? QLocale(QLocale::Swedish, QLocale::Sweden)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom))
{ }

QString BriefingPhrases::number(double value) const
{
    return m_locale.toString(static_cast<qint64>(std::llround(value)));
}

QString BriefingPhrases::percent(double share) const
{
    const QString digits = m_locale.toString(share * 100, 'f', 1);
    // Swedish sets the sign apart with a (non-breaking) space, English does not.
    return isSwedish() ? digits + QChar(0x00A0) + QLatin1Char('%') : digits + QLatin1Char('%');
}

QString BriefingPhrases::date(QDate date) const
{
    return m_locale.toString(date, QStringLiteral("d MMMM yyyy"));
}

QString BriefingPhrases::range(qint64 low, qint64 high) const
{
    if (low == high)
        return number(static_cast<double>(low));
    return number(static_cast<double>(low)) + QChar(0x2013) + number(static_cast<double>(high));
}

QString BriefingPhrases::span(const DateInterval &interval) const
{
    const QDate first = interval.first;
    const QDate last = interval.last;
    if (!last.isValid())
        return pick(QStringLiteral("from %1 on"), QStringLiteral("från den %1")).arg(date(first));
    if (!first.isValid() || first == last)
        return pick(QStringLiteral("by %1"), QStringLiteral("senast den %1")).arg(date(last));
    const QString year = QString::number(first.year());
    if (interval.coversWholeYear())
        return pick(QStringLiteral("during %1"), QStringLiteral("under %1")).arg(year);
    const auto monthName = [this](QDate day) { return m_locale.standaloneMonthName(day.month()); };
    if (interval.coversWholeMonth())
        return pick(QStringLiteral("in %1 %2"), QStringLiteral("i %1 %2")).arg(monthName(first), year);
    const bool wholeMonths = first.day() == 1 && last.day() == last.daysInMonth();
    if (wholeMonths && first.month() == 1 && last.month() == 12)
        return (last.year() == first.year() + 1
                        ? pick(QStringLiteral("during %1 or %2"), QStringLiteral("under %1 eller %2"))
                        : pick(QStringLiteral("during %1–%2"), QStringLiteral("under %1–%2")))
                .arg(year, QString::number(last.year()));
    if (wholeMonths && first.month() % 3 == 0 && first.addMonths(3).addDays(-1) == last) {
        const int season = first.month() / 3; // 1 spring, 2 summer, 3 autumn, 4 winter
        const QStringList english{QStringLiteral("spring"), QStringLiteral("summer"), QStringLiteral("autumn"),
                                  QStringLiteral("winter")};
        const QStringList swedish{QStringLiteral("våren"), QStringLiteral("sommaren"), QStringLiteral("hösten"),
                                  QStringLiteral("vintern")};
        return pick(QStringLiteral("in %1 %2"), QStringLiteral("under %1 %2"))
                .arg(pick(english[season - 1], swedish[season - 1]), year);
    }
    if (wholeMonths && first.year() == last.year())
        return pick(QStringLiteral("between %1 and %2 %3"), QStringLiteral("mellan %1 och %2 %3"))
                .arg(monthName(first), monthName(last), year);
    if (wholeMonths)
        return pick(QStringLiteral("between %1 %2 and %3 %4"), QStringLiteral("mellan %1 %2 och %3 %4"))
                .arg(monthName(first), year, monthName(last), QString::number(last.year()));
    return pick(QStringLiteral("between %1 and %2"), QStringLiteral("mellan den %1 och den %2"))
            .arg(date(first), date(last));
}

QString BriefingPhrases::unknownPart(const DateInterval &interval) const
{
    const bool withinMonth = interval.first.isValid() && interval.last.isValid()
            && interval.first.year() == interval.last.year() && interval.first.month() == interval.last.month();
    return withinMonth ? pick(QStringLiteral("(day not known)"), QStringLiteral("(dagen okänd)"))
                       : pick(QStringLiteral("(month not known)"), QStringLiteral("(månaden okänd)"));
}

QString BriefingPhrases::count(qint64 n, const QString &singular, const QString &plural) const
{
    return number(static_cast<double>(n)) + QLatin1Char(' ') + (n == 1 ? singular : plural);
}

QString BriefingPhrases::list(const QStringList &items) const
{
    const QString andWord = pick(QStringLiteral(" and "), QStringLiteral(" och "));
    if (items.isEmpty())
        return {};
    if (items.size() == 1)
        return items.front();
    if (items.size() > maxListed) {
        const QString more = pick(QStringLiteral("%1 more"), QStringLiteral("%1 till"))
                                     .arg(number(static_cast<double>(items.size() - (maxListed - 1))));
        return items.first(maxListed - 1).join(QStringLiteral(", ")) + andWord + more;
    }
    return items.first(items.size() - 1).join(QStringLiteral(", ")) + andWord + items.back();
}

QStringList BriefingPhrases::sorted(QStringList names)
{
    QCollator collator(QLocale(QLocale::Swedish, QLocale::Sweden));
    std::stable_sort(names.begin(), names.end(),
                     [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return names;
}

} // namespace sk
