// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/coveragecalculator.h"
#include "widgets/coverage/coveragecontroller.h"
#include "widgets/coverage/coveragepanel.h"
#include "widgets/coverage/municipalitycoveragemodel.h"
#include "widgets/render/maprenderer.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace sk;

// The panel offscreen: it shows the controller's numbers, edits bands, and signals the map.
class TestCoveragePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheNumbersForTheDate();
    void showsWhatEachPhaseAdded();
    void bandEditApplies();
    void invalidBandsShowAnErrorAndKeepTheOldOnes_data();
    void invalidBandsShowAnErrorAndKeepTheOldOnes();
    void togglesSignalTheMap();
    void doubleClickZoomsToTheSeat();
    void exportsTheTableAsCsv();

private:
    template<typename T> T *child(const char *name) const
    {
        T *found = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    QString text(const char *label) const { return child<QLabel>(label)->text(); }

    const QDate m_date{2023, 12, 31};
    Atlas m_atlas;
    std::unique_ptr<CoverageController> m_controller;
    std::unique_ptr<CoveragePanel> m_panel;
};

void TestCoveragePanel::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(!m_atlas.rollout().offices().empty(), qPrintable(errors.join('\n')));
}

void TestCoveragePanel::init()
{
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    m_controller = std::make_unique<CoverageController>(m_atlas);
    m_panel = std::make_unique<CoveragePanel>(m_controller.get());
    m_panel->resize(420, 900);
    m_panel->show();
    QSignalSpy results(m_controller.get(), &CoverageController::resultReady);
    m_controller->setDate(m_date);
    QVERIFY(results.wait());
}

void TestCoveragePanel::cleanup()
{
    m_panel.reset();
    m_controller.reset();
    QLocale::setDefault(QLocale::c());
}

void TestCoveragePanel::showsTheNumbersForTheDate()
{
    const CoverageResult expected = CoverageCalculator(m_atlas.rollout(), m_atlas.reference()).at(m_date);
    const QLocale locale;
    QVERIFY(text("coverageDateLabel").contains(MapRenderer::dateText(m_date)));
    QVERIFY(text("coverageSummaryLabel").contains(locale.toString(expected.municipalitiesWithOffice)));
    QVERIFY(text("coverageSummaryLabel").contains(locale.toString(290)));
    for (const CoverageBand &band : expected.bands) {
        QVERIFY2(text("coverageBandsLabel").contains(locale.toString(static_cast<qint64>(std::llround(band.people)))),
                 qPrintable(text("coverageBandsLabel")));
        QVERIFY(text("coverageBandsLabel").contains(locale.toString(band.share * 100, 'f', 1)));
    }
    QVERIFY(text("coverageDistanceLabel").contains(locale.toString(expected.medianDistanceKm, 'f', 1)));
    QVERIFY(text("coverageDistanceLabel").contains(locale.toString(expected.p90DistanceKm, 'f', 1)));
    const QString farthest = text("farthestLabel");
    const std::vector<MunicipalityCoverage> ten = expected.farthest(10);
    QCOMPARE(farthest.count(QStringLiteral("<tr>")), 10);
    QVERIFY(farthest.indexOf(ten.front().name) < farthest.indexOf(ten.back().name));
    QCOMPARE(child<QTableView>("municipalityTable")->model()->rowCount(), 290);
    QVERIFY(child<QPushButton>("exportCsvButton")->isEnabled());
}

void TestCoveragePanel::showsWhatEachPhaseAdded()
{
    QTRY_VERIFY(m_controller->hasOverview());
    QVERIFY(text("coverageNoteLabel").contains(QStringLiteral("not travel times")));
    QVERIFY(text("coverageNoteLabel").contains(QStringLiteral("SCB 2020")));
    const QString phases = text("coveragePhasesLabel");
    for (const PhaseCoverage &phase : m_controller->overview().phases) {
        QVERIFY(phases.contains(QStringLiteral("Phase %1").arg(phase.band.phase)));
        QVERIFY(phases.contains(
                QLocale().toString(static_cast<qint64>(std::llround(phase.change.peopleBroughtWithin)))));
        if (!phase.change.firstOffices.empty())
            QVERIFY(phases.contains(phase.change.firstOffices.front().name));
    }
}

void TestCoveragePanel::bandEditApplies()
{
    QSignalSpy results(m_controller.get(), &CoverageController::resultReady);
    auto *edit = child<QLineEdit>("bandsEdit");
    QCOMPARE(edit->text(), QStringLiteral("5, 10, 20, 30, 50"));
    edit->setText(QStringLiteral("15; 7.5 15"));
    QTest::mouseClick(child<QPushButton>("applyBandsButton"), Qt::LeftButton);
    QCOMPARE(m_controller->bandsKm(), (std::vector<double>{7.5, 15}));
    QCOMPARE(edit->text(), QStringLiteral("7.5, 15"));
    QVERIFY(child<QLabel>("bandsErrorLabel")->isHidden());
    QVERIFY(results.wait());
    QTRY_VERIFY(text("coverageBandsLabel").contains(QStringLiteral("Within 7,5 km")));
    QVERIFY(!text("coverageBandsLabel").contains(QStringLiteral("Within 50 km")));
}

void TestCoveragePanel::invalidBandsShowAnErrorAndKeepTheOldOnes_data()
{
    QTest::addColumn<QString>("bands");
    QTest::newRow("empty") << QString();
    QTest::newRow("a word") << QStringLiteral("5, ten, 20");
    QTest::newRow("negative") << QStringLiteral("-5, 10");
    QTest::newRow("zero") << QStringLiteral("0");
    QTest::newRow("infinite") << QStringLiteral("5, inf");
}

void TestCoveragePanel::invalidBandsShowAnErrorAndKeepTheOldOnes()
{
    QFETCH(QString, bands);
    const std::vector<double> before = m_controller->bandsKm();
    auto *edit = child<QLineEdit>("bandsEdit");
    edit->setText(bands);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(m_controller->bandsKm(), before);
    QVERIFY(!child<QLabel>("bandsErrorLabel")->isHidden());
    QVERIFY(!text("bandsErrorLabel").isEmpty());
    QCOMPARE(edit->text(), bands); // left for the user to correct
    QString error;
    QVERIFY(!CoveragePanel::parseBands(bands, &error));
    QCOMPARE(error, text("bandsErrorLabel"));

    edit->setText(QStringLiteral("10, 20"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(child<QLabel>("bandsErrorLabel")->isHidden());
}

void TestCoveragePanel::togglesSignalTheMap()
{
    QSignalSpy layer(m_panel.get(), &CoveragePanel::layerToggled);
    QSignalSpy rings(m_panel.get(), &CoveragePanel::ringsToggled);
    QSignalSpy display(m_panel.get(), &CoveragePanel::displayChanged);
    QTest::mouseClick(child<QCheckBox>("coverageLayerCheck"), Qt::LeftButton);
    QCOMPARE(layer.count(), 1);
    QCOMPARE(layer.at(0).at(0).toBool(), true);
    QVERIFY(m_panel->display().layer);
    QVERIFY(!m_panel->display().distanceRings);
    child<QCheckBox>("distanceRingsCheck")->setChecked(true);
    QCOMPARE(rings.count(), 1);
    QCOMPARE(display.count(), 2);
    QVERIFY(display.last().at(0).value<MapScene::CoverageDisplay>().distanceRings);
    child<QSpinBox>("ringRadiusSpin")->setValue(30);
    QCOMPARE(display.count(), 3);
    QCOMPARE(m_panel->display().ringKm, 30.0);
}

void TestCoveragePanel::doubleClickZoomsToTheSeat()
{
    QSignalSpy zoom(m_panel.get(), &CoveragePanel::zoomToMunicipality);
    auto *table = child<QTableView>("municipalityTable");
    table->scrollToTop();
    const QModelIndex first = table->model()->index(0, MunicipalityCoverageModel::NameColumn);
    const QPoint centre = table->visualRect(first).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(zoom.count(), 1);
    QCOMPARE(zoom.at(0).at(0).toPointF(), first.data(MunicipalityCoverageModel::SeatPositionRole).toPointF());
    // The table opens sorted by distance, farthest first.
    QCOMPARE(first.data().toString(), m_controller->result()->farthest(1).front().name);
}

void TestCoveragePanel::exportsTheTableAsCsv()
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("coverage.csv"));
    QVERIFY(m_panel->exportMunicipalityCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 291);
}

QTEST_MAIN(TestCoveragePanel)
#include "tst_coveragepanel.moc"
