// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "app/languagesettings.h"
#include "geodata/import/columnmapping.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sk;

// Every visible string has a finished translation in both languages, and the embedded translations load.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void complete_data();
    void complete();
    void embeddedTranslationLoads_data();
    void embeddedTranslationLoads();

private:
    QTemporaryDir m_settings;
};

void TestTranslations::initTestCase()
{
    // The language choice is written to this test's own folder, never to the settings of whoever runs the tests.
    QVERIFY(m_settings.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings().clear();
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("Swedish") << "servicekarta_sv.ts";
    QTest::newRow("English") << "servicekarta_en.ts";
}

void TestTranslations::complete()
{
    QFETCH(QString, file);
    QFile ts(QDir(QStringLiteral(SERVICEKARTA_TRANSLATIONS_DIR)).filePath(file));
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    QXmlStreamReader xml(&ts);
    QString context;
    QString source;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const bool numerus = xml.attributes().hasAttribute(QLatin1String("variants"));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || (text.trimmed().isEmpty() && !numerus))
                problems << QStringLiteral("%1: \"%2\"").arg(context, source);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 unfinished, e.g. %2")
                                .arg(problems.size())
                                .arg(problems.mid(0, 5).join(QStringLiteral("; ")))));
}

void TestTranslations::embeddedTranslationLoads_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("municipalityCodeLabel");
    QTest::newRow("Swedish") << "sv"
                             << "Öppet"
                             << "kommunkod";
    QTest::newRow("English") << "en"
                             << "Open"
                             << "municipality code";
}

void TestTranslations::embeddedTranslationLoads()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    QFETCH(QString, municipalityCodeLabel);
    LanguageSettings::choose(language);
    QTranslator translator;
    QVERIFY(LanguageSettings::apply(translator));
    QCOMPARE(QCoreApplication::translate("sk::OfficeText", "Open"), expected);
    // The column-mapping dialog labels its fields with these.
    QCOMPARE(ColumnMapping::fieldLabel(OfficeField::MunicipalityCode), municipalityCodeLabel);
    QCOMPARE(QLocale().language(), language == QLatin1String("sv") ? QLocale::Swedish : QLocale::English);
    // Plural forms come from the translation, not from the "(s)" source text.
    QVERIFY(!QCoreApplication::translate("sk::MapRenderer", "%n office(s) open", nullptr, 2)
                     .contains(QLatin1String("(s)")));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
