// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/coveragecalculator.h"
#include "widgets/coverage/coveragecontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace sk;

using ResultPointer = std::shared_ptr<const CoverageResult>;

// The controller calculates off the GUI thread; these tests only wait for its signals, never for a time.
class TestCoverageController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void resultEqualsCalculator_data();
    void resultEqualsCalculator();
    void coalescesDates();
    void bandsApplyToTheCurrentDate();
    void bandsChangedWhileCalculatingAreNotLost();
    void invalidBandsAreRefused();
    void overviewCoversTheTimeline();
    void rebuildFollowsNewOffices();

private:
    static ResultPointer resultOf(const QSignalSpy &spy, qsizetype index);
    static void compareResults(const CoverageResult &actual, const CoverageResult &expected);

    Atlas m_atlas;
};

void TestCoverageController::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(!m_atlas.rollout().offices().empty(), qPrintable(errors.join('\n')));
}

ResultPointer TestCoverageController::resultOf(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(1).value<ResultPointer>();
}

void TestCoverageController::compareResults(const CoverageResult &actual, const CoverageResult &expected)
{
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.officesOpen, expected.officesOpen);
    QCOMPARE(actual.municipalitiesWithOffice, expected.municipalitiesWithOffice);
    QCOMPARE(actual.medianDistanceKm, expected.medianDistanceKm);
    QCOMPARE(actual.p90DistanceKm, expected.p90DistanceKm);
    QCOMPARE(actual.bands.size(), expected.bands.size());
    for (size_t i = 0; i < expected.bands.size(); ++i) {
        QCOMPARE(actual.bands[i].km, expected.bands[i].km);
        QCOMPARE(actual.bands[i].people, expected.bands[i].people);
    }
    QCOMPARE(actual.municipalities.size(), expected.municipalities.size());
    for (size_t i = 0; i < expected.municipalities.size(); ++i) {
        QCOMPARE(actual.municipalities[i].code, expected.municipalities[i].code);
        QCOMPARE(actual.municipalities[i].nearestOfficeId, expected.municipalities[i].nearestOfficeId);
        QCOMPARE(actual.municipalities[i].seatDistanceKm, expected.municipalities[i].seatDistanceKm);
    }
}

void TestCoverageController::resultEqualsCalculator_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("takeover") << QDate(2019, 6, 1);
    QTest::newRow("order") << QDate(2021, 5, 25);
    QTest::newRow("after phase 2") << QDate(2023, 12, 31);
}

void TestCoverageController::resultEqualsCalculator()
{
    QFETCH(QDate, date);
    CoverageController controller(m_atlas);
    QSignalSpy spy(&controller, &CoverageController::resultReady);
    controller.setDate(date);
    QVERIFY(spy.wait());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toDate(), date);
    QCOMPARE(controller.result(), resultOf(spy, 0));
    compareResults(*resultOf(spy, 0), CoverageCalculator(m_atlas.rollout(), m_atlas.reference()).at(date));
}

void TestCoverageController::coalescesDates()
{
    CoverageController controller(m_atlas);
    QSignalSpy spy(&controller, &CoverageController::resultReady);
    std::vector<QDate> dates;
    for (QDate month(2020, 1, 31); month <= QDate(2023, 12, 31); month = month.addMonths(1))
        dates.push_back(month);
    // All before the event loop runs again: the first date is being calculated while the others arrive.
    for (const QDate &date : dates)
        controller.setDate(date);
    QTRY_VERIFY(!spy.isEmpty() && spy.last().at(0).toDate() == dates.back());
    // Only the first date and the latest were calculated; nothing else is on its way.
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.first().at(0).toDate(), dates.front());
    QVERIFY(!spy.wait(50));
    compareResults(*resultOf(spy, 1), CoverageCalculator(m_atlas.rollout(), m_atlas.reference()).at(dates.back()));
}

void TestCoverageController::bandsApplyToTheCurrentDate()
{
    CoverageController controller(m_atlas);
    QSignalSpy results(&controller, &CoverageController::resultReady);
    QSignalSpy bandsChanged(&controller, &CoverageController::bandsChanged);
    controller.setDate(QDate(2022, 6, 30));
    QVERIFY(results.wait());
    QVERIFY(controller.setBandsKm({15, 7}));
    QCOMPARE(bandsChanged.count(), 1);
    QCOMPARE(controller.bandsKm(), (std::vector<double>{7, 15}));
    QVERIFY(results.wait());
    CoverageCalculator expected(m_atlas.rollout(), m_atlas.reference());
    QVERIFY(expected.setBandsKm({7, 15}));
    compareResults(*resultOf(results, 1), expected.at(QDate(2022, 6, 30)));
}

void TestCoverageController::bandsChangedWhileCalculatingAreNotLost()
{
    CoverageController controller(m_atlas);
    QSignalSpy spy(&controller, &CoverageController::resultReady);
    controller.setDate(QDate(2022, 6, 30));
    QVERIFY(controller.setBandsKm({3}));
    QTRY_VERIFY(!spy.isEmpty());
    QVERIFY(!spy.wait(50));
    // The result of the old bands was dropped rather than shown.
    QCOMPARE(spy.count(), 1);
    QCOMPARE(resultOf(spy, 0)->bands.size(), size_t(1));
    QCOMPARE(resultOf(spy, 0)->bands.front().km, 3.0);
}

void TestCoverageController::invalidBandsAreRefused()
{
    CoverageController controller(m_atlas);
    QSignalSpy bandsChanged(&controller, &CoverageController::bandsChanged);
    const std::vector<double> before = controller.bandsKm();
    QVERIFY(!controller.setBandsKm({}));
    QVERIFY(!controller.setBandsKm({10, -5}));
    QVERIFY(!controller.setBandsKm({std::numeric_limits<double>::infinity()}));
    QCOMPARE(controller.bandsKm(), before);
    QCOMPARE(bandsChanged.count(), 0);
}

void TestCoverageController::overviewCoversTheTimeline()
{
    CoverageController controller(m_atlas);
    QTRY_VERIFY(controller.hasOverview());
    const CoverageOverview &overview = controller.overview();
    const Rollout &rollout = m_atlas.rollout();
    QVERIFY(overview.series.size() > 12);
    QCOMPARE(overview.series.front().date, rollout.firstDate());
    QCOMPARE(overview.series.back().date, rollout.lastDate());
    CoverageCalculator calculator(rollout, m_atlas.reference());
    for (const CoverageSeriesPoint &point : overview.series) {
        QVERIFY(point.date == rollout.firstDate() || point.date.addDays(1).day() == 1);
        if (point.date.month() != 12 && point.date != rollout.firstDate())
            continue;
        const CoverageResult expected = calculator.at(point.date);
        QCOMPARE(point.within10KmShare, expected.band(10)->share);
        QCOMPARE(point.within20KmShare, expected.band(20)->share);
        QCOMPARE(point.municipalitiesWithOffice, expected.municipalitiesWithOffice);
        QCOMPARE(point.municipalitiesTotal, 290);
    }
    const std::vector<PhaseCoverage> phases = calculator.phaseSummary();
    QCOMPARE(overview.phases.size(), phases.size());
    QVERIFY(!phases.empty());
    for (size_t i = 0; i < phases.size(); ++i) {
        QCOMPARE(overview.phases[i].band.phase, phases[i].band.phase);
        QCOMPARE(overview.phases[i].change.peopleBroughtWithin, phases[i].change.peopleBroughtWithin);
        QCOMPARE(overview.phases[i].change.firstOffices.size(), phases[i].change.firstOffices.size());
    }
}

void TestCoverageController::rebuildFollowsNewOffices()
{
    Atlas atlas = m_atlas;
    CoverageController controller(atlas);
    QSignalSpy results(&controller, &CoverageController::resultReady);
    QSignalSpy overviews(&controller, &CoverageController::overviewReady);
    controller.setDate(QDate(2023, 12, 31));
    QVERIFY(results.wait());
    QTRY_COMPARE(overviews.count(), 1);
    const int openBefore = resultOf(results, 0)->officesOpen;

    QStringList errors;
    QVERIFY2(atlas.loadOffices(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/offices/rollout.csv"), &errors),
             qPrintable(errors.join('\n')));
    controller.rebuild();
    QVERIFY(!controller.hasOverview());
    QVERIFY(results.wait());
    const ResultPointer after = resultOf(results, 1);
    QVERIFY(after->officesOpen < openBefore);
    compareResults(*after, CoverageCalculator(atlas.rollout(), atlas.reference()).at(QDate(2023, 12, 31)));
    QTRY_COMPARE(overviews.count(), 2);
    QVERIFY(controller.hasOverview());
}

QTEST_MAIN(TestCoverageController)
#include "tst_coveragecontroller.moc"
