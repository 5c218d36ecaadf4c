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
