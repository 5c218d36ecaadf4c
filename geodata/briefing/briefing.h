// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sk {

// The languages a briefing is written in; chosen per call, independent of the installed translations, so both can
// be produced side by side.
enum class Language { Swedish, English };

// "sv" or "en" (case-insensitive).
std::optional<Language> languageFromCode(QStringView code);

// A short generated text about one timeline step or phase: a title and a few sentences, each a full sentence.
struct Briefing
{
    QString title;
    QStringList sentences;

    // A heading of `headingLevel` #-signs and one list item per sentence; Markdown's markup characters in the text
    // are escaped, so names come out as written.
    QString markdown(int headingLevel = 2) const;
};

} // namespace sk
