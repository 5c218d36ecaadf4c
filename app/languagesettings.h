// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QLocale>
#include <QString>

class QTranslator;

namespace sk {

// The user's language: "system" (default), "sv" or "en", kept in QSettings. Dates and numbers follow it through
// QLocale::setDefault; texts through the embedded translations.
class LanguageSettings
{
public:
    static QString chosen();
    static void choose(const QString &language);
    // The locale the program will use: the chosen language, or the system's if it is Swedish or English.
    static QLocale effectiveLocale();
    // Sets the default locale and installs the matching translation; false if none could be loaded. With
    // `qtTranslator`, Qt's own texts (standard buttons, file dialogs) follow too when Qt ships them for the language.
    static bool apply(QTranslator &translator, QTranslator *qtTranslator = nullptr);
};

} // namespace sk
