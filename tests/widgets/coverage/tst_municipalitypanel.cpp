// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "widgets/coverage/municipalitypanel.h"

#include <QLocale>
#include <QTest>

using namespace sk;

// The municipality panel as a user reads it, on the shipped data.
class TestMunicipalityPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pajala();
    void followsTheDate();
    void bodenTimeline();

private:
    Atlas m_atlas;
};

void TestMunicipalityPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestMunicipalityPanel::pajala()
{
    MunicipalityPanel panel;
    panel.setAtlas(&m_atlas);
    panel.setDate(QDate(2023, 12, 31));
    panel.showMunicipality(QStringLiteral("2521"));
    const QString text = panel.text();
    // Set SERVICEKARTA_SCREENSHOT_DIR to look at the panel.
    if (const QString folder = qEnvironmentVariable("SERVICEKARTA_SCREENSHOT_DIR"); !folder.isEmpty()) {
        panel.resize(420, 420);
        panel.show();
        QTest::qWait(100);
        panel.grab().save(folder + QStringLiteral("/municipality-pajala.png"));
    }
    for (const char *expected :
         {"Pajala", "Norrbottens län · municipality code 2521", "FA region: Kiruna (60)",
          "Population: 5,966 (SCB, 31 December 2020)", "On 31 December 2023", "No office open in the municipality.",
          "Nearest open office: Överkalix (Överkalix), 102 km straight-line distance from Pajala",
          "No office in the municipality at any date of the timeline."})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), qPrintable(text));
}

void TestMunicipalityPanel::followsTheDate()
{
    MunicipalityPanel panel;
    panel.setAtlas(&m_atlas);
    panel.setDate(QDate(2023, 1, 31));
    panel.showMunicipality(QStringLiteral("2582"));
    QVERIFY2(panel.text().contains(QStringLiteral("No office open in the municipality.")), qPrintable(panel.text()));
    panel.setDate(QDate(2023, 12, 31));
    const QString text = panel.text();
    const qsizetype open = text.indexOf(QStringLiteral("open in the municipality:"));
    QVERIFY2(open > 0, qPrintable(text));
    QVERIFY2(text.mid(open).contains(QStringLiteral("Boden")), qPrintable(text));
}

void TestMunicipalityPanel::bodenTimeline()
{
    MunicipalityPanel panel;
    panel.setAtlas(&m_atlas);
    panel.setDate(QDate(2023, 12, 31));
    panel.showMunicipality(QStringLiteral("2582"));
    QVERIFY2(panel.text().contains(QStringLiteral("30 June 2023: Boden opened, the municipality's first office")),
             qPrintable(panel.text()));
}

QTEST_MAIN(TestMunicipalityPanel)
#include "tst_municipalitypanel.moc"
