// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/briefing/briefing.h"
#include "geodata/offices/partialdate.h"

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringList>

namespace sk {

// How a briefing writes numbers, dates, plurals and lists in one language: QLocale for digits and month names
// (Swedish "146 403", "88,8 %", "31 december 2022"; English "146,403", "88.8%", "31 December 2022").
class BriefingPhrases
{
public:
    // Lists longer than this name maxListed - 1 items and "and N more", so N is always at least 2.
    static constexpr int maxListed = 4;

    explicit BriefingPhrases(Language language);

    Language language() const { return m_language; }
    bool isSwedish() const { return m_language == Language::Swedish; }
    // The template of this language.
    QString pick(const QString &english, const QString &swedish) const { return isSwedish() ? swedish : english; }

    // Rounded to a whole number, with the language's digit grouping.
    QString number(double value) const;
    // A share from 0 to 1 as a percentage with one decimal.
    QString percent(double share) const;
    QString date(QDate date) const;
    // "138" or, where the data leaves a count open, "138–147".
    QString range(qint64 low, qint64 high) const;
    // When something happened, as far as an interval says: "during 2023", "during 2022 or 2023", "in June 2023",
    // "in spring 2025", "between January and May 2025", "by 31 December 2022", "from 1 May 2023 on".
    QString span(const DateInterval &interval) const;
    // What a span leaves unknown: "(month not known)", or "(day not known)" for a span within one month.
    QString unknownPart(const DateInterval &interval) const;
    // "1 office" / "2 offices": the number, a space and the singular or plural noun.
    QString count(qint64 n, const QString &singular, const QString &plural) const;
    // "A", "A and B", "A, B and C", "A, B, C and 5 more" (Swedish "och", "och 5 till").
    QString list(const QStringList &items) const;
    // In Swedish alphabetical order (å, ä, ö after z) in both languages: the names are Swedish, and a list cut
    // short after a few names then names the same ones in both texts.
    static QStringList sorted(QStringList names);

private:
    Language m_language;
    QLocale m_locale;
};

} // namespace sk
