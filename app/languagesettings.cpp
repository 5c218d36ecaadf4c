// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "languagesettings.h"

#include "app/applogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace sk {

QString LanguageSettings::chosen()
{
    return QSettings().value(QStringLiteral("view/language"), QStringLiteral("system")).toString();
}

void LanguageSettings::choose(const QString &language)
{
    QSettings().setValue(QStringLiteral("view/language"), language);
}

QLocale LanguageSettings::effectiveLocale()
{
    const QString language = chosen();
    if (language == QLatin1String("sv"))
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedKingdom);
    const QLocale system = QLocale::system();
    if (system.language() == QLocale::Swedish)
        return QLocale(QLocale::Swedish, QLocale::Sweden);
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

bool LanguageSettings::apply(QTranslator &translator, QTranslator *qtTranslator)
{
    const QLocale locale = effectiveLocale();
    QLocale::setDefault(locale);
    const QString file = locale.language() == QLocale::Swedish ? QStringLiteral("servicekarta_sv")
                                                               : QStringLiteral("servicekarta_en");
    if (!translator.load(file, QStringLiteral(":/i18n"))) {
        qCWarning(lcApp) << "no translation" << file << "among the embedded ones; the interface stays in English";
        return false;
    }
    QCoreApplication::installTranslator(&translator);
    if (qtTranslator && locale.language() != QLocale::English) {
        if (qtTranslator->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
        else
            qCInfo(lcApp) << "Qt's own texts are not installed for" << locale.name() << "; they stay in English";
    }
    return true;
}

} // namespace sk
