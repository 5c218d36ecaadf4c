// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/coverage/coveragecalculator.h"
#include "geodata/import/officeimporter.h"
#include "geodata/reference/referencedata.h"

#include <QtTest>

#include <cmath>
#include <thread>

using namespace sk;

namespace {

ReferenceData loadReference(const QString &directory)
{
    QStringList errors;
    ReferenceData reference = ReferenceData::load(directory, &errors);
    if (!errors.isEmpty())
        qFatal("cannot load %s: %s", qPrintable(directory), qPrintable(errors.join(QLatin1Char('\n'))));
    return reference;
}

Office office(const char *id, const char *municipalityCode, QPointF position, Status2021 status, int phase = 0)
{
    Office result;
    result.id = QString::fromLatin1(id);
    result.name = result.id.toUpper();
    result.municipalityCode = QString::fromLatin1(municipalityCode);
    result.position = position;
    result.status2021 = status;
    result.phase = phase;
    return result;
}

double distanceKm(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y()) / 1000;
}

MunicipalityCoverage row(const CoverageResult &result, const QString &code)
{
    for (const MunicipalityCoverage &municipality : result.municipalities) {
        if (municipality.code == code)
            return municipality;
    }
    qFatal("no municipality %s", qPrintable(code));
}

std::vector<double> shares(const CoverageResult &result)
{
    std::vector<double> values;
    for (const CoverageBand &band : result.bands)
        values.push_back(band.share);
    return values;
}

const QDate beforePhase1Opening(2022, 6, 1);
const QDate afterPhase1(2023, 1, 1);
const QDate afterPhase2(2024, 1, 1);
const QDate takeover(2019, 6, 1);

} // namespace

// The hand-computed fixture: three municipalities from tests/data/coverage, three points of 100 people each at
// 3 km east, 12 km north and 25 km west of office "alfa" (whole metres, so the distances are exact), and
//  - "beta", phase 1 (open from 31 Dec 2022), 4 km from the western point, in Beta;
//  - "gamma", phase 2 (open from 31 Dec 2023), on Gamma's seat;
//  - "closed", on the northern point, closed since 1 Jan 2020.
class TestCoverageCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bandShares_data();
    void bandShares();
    void weightedMedianAndP90_data();
    void weightedMedianAndP90();
    void customBands();
    void refusesBadBands();
    void municipalities();
    void counties();
    void farthest();
    void comparison();
    void phaseSummary();
    void noOfficeOpen();
    void shippedMatchesRolloutCounts_data();
    void shippedMatchesRolloutCounts();
    void shippedTotals();
    void shippedNeverWorseWithoutClosures();
    void shippedPhaseSummary();
    void sameResultsFromSeveralThreads();

private:
    CoverageCalculator fixtureCalculator() const;

    ReferenceData m_fixture;
    QPointF m_base;
    ReferenceData m_shipped;
    Rollout m_shippedRollout;
};

void TestCoverageCalculator::initTestCase()
{
    m_fixture = loadReference(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/coverage"));
    const QPointF seat = m_fixture.municipality(QStringLiteral("9001"))->seatPosition;
    m_base = QPointF(std::round(seat.x()), std::round(seat.y()));
    m_shipped = loadReference(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR));
    const OfficeLoadResult offices = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    QVERIFY2(offices.ok(), qPrintable(offices.errors.join(QLatin1Char('\n'))));
    m_shippedRollout = Rollout(offices.offices);
}

CoverageCalculator TestCoverageCalculator::fixtureCalculator() const
{
    Office closed = office("closed", "9001", m_base + QPointF(0, 12000), Status2021::Open);
    closed.closed = PartialDate::exact(QDate(2020, 1, 1));
    const Rollout rollout({office("alfa", "9001", m_base, Status2021::Open),
                           office("beta", "9002", m_base + QPointF(-25000, 4000), Status2021::Planned, 1),
                           office("gamma", "9101", m_fixture.municipality(QStringLiteral("9101"))->seatPosition,
                                  Status2021::Planned, 2),
                           closed});
    const PopulationModel population({{m_base + QPointF(3000, 0), 100, QStringLiteral("9001")},
                                      {m_base + QPointF(0, 12000), 100, QStringLiteral("9001")},
                                      {m_base + QPointF(-25000, 0), 100, QStringLiteral("9001")}});
    return CoverageCalculator(rollout, m_fixture, population);
}

void TestCoverageCalculator::bandShares_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<std::vector<double>>("expected"); // 5, 10, 20, 30, 50 km

    QTest::newRow("3, 12 and 25 km") << beforePhase1Opening << std::vector<double>{1. / 3, 1. / 3, 2. / 3, 1, 1};
    QTest::newRow("beta open: 3, 12 and 4 km") << afterPhase1 << std::vector<double>{2. / 3, 2. / 3, 1, 1, 1};
    QTest::newRow("closed office still open: 3, 0 and 25 km")
            << takeover << std::vector<double>{2. / 3, 2. / 3, 2. / 3, 1, 1};
}

void TestCoverageCalculator::bandShares()
{
    QFETCH(QDate, date);
    QFETCH(std::vector<double>, expected);

    const CoverageResult result = fixtureCalculator().at(date);
    QCOMPARE(result.date, date);
    QCOMPARE(result.populationTotal, 300.0);
    QCOMPARE(result.bands.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(result.bands[i].km, CoverageCalculator::defaultBandsKm()[i]);
        QCOMPARE(result.bands[i].share, expected[i]);
        QCOMPARE(result.bands[i].people, 300 * expected[i]);
    }
    QCOMPARE(result.band(20)->share, expected[2]);
    QVERIFY(!result.band(15));
}

void TestCoverageCalculator::weightedMedianAndP90_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("officesOpen");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("p90");

    QTest::newRow("3, 12, 25 km") << beforePhase1Opening << 1 << 12.0 << 25.0;
    QTest::newRow("3, 4, 12 km") << afterPhase1 << 2 << 4.0 << 12.0;
    QTest::newRow("0, 3, 25 km") << takeover << 2 << 3.0 << 25.0;
    QTest::newRow("gamma open too") << afterPhase2 << 3 << 4.0 << 12.0;
}

void TestCoverageCalculator::weightedMedianAndP90()
{
    QFETCH(QDate, date);
    QFETCH(int, officesOpen);
    QFETCH(double, median);
    QFETCH(double, p90);

    const CoverageResult result = fixtureCalculator().at(date);
    QCOMPARE(result.officesOpen, officesOpen);
    QCOMPARE(result.medianDistanceKm, median);
    QCOMPARE(result.p90DistanceKm, p90);
}

void TestCoverageCalculator::customBands()
{
    CoverageCalculator calculator = fixtureCalculator();
    QVERIFY(calculator.setBandsKm({12, 4, 4}));
    QCOMPARE(calculator.bandsKm(), (std::vector<double>{4, 12}));
    const CoverageResult result = calculator.at(beforePhase1Opening);
    QCOMPARE(result.bands.size(), size_t(2));
    QCOMPARE(result.bands[0].share, 1. / 3);
    QCOMPARE(result.bands[1].share, 2. / 3); // a point exactly 12 km away is within 12 km
}

void TestCoverageCalculator::refusesBadBands()
{
    CoverageCalculator calculator = fixtureCalculator();
    QVERIFY(!calculator.setBandsKm({}));
    QVERIFY(!calculator.setBandsKm({5, 0}));
    QVERIFY(!calculator.setBandsKm({-5}));
    QVERIFY(!calculator.setBandsKm({qInf()}));
    QVERIFY(!calculator.setBandsKm({qQNaN()}));
    QCOMPARE(calculator.bandsKm(), CoverageCalculator::defaultBandsKm());
}

void TestCoverageCalculator::municipalities()
{
    const CoverageCalculator calculator = fixtureCalculator();
    const CoverageResult before = calculator.at(beforePhase1Opening);
    QCOMPARE(before.municipalitiesTotal(), 3);
    QCOMPARE(before.municipalitiesWithOffice, 1);

    const MunicipalityCoverage alfa = row(before, QStringLiteral("9001"));
    QCOMPARE(alfa.name, QStringLiteral("Alfa"));
    QCOMPARE(alfa.county, QStringLiteral("Testlän"));
    QCOMPARE(alfa.population, qint64(300));
    QCOMPARE(alfa.nearestOfficeId, QStringLiteral("alfa"));
    QCOMPARE(alfa.nearestOfficeName, QStringLiteral("ALFA"));
    QVERIFY(alfa.seatDistanceKm < 0.001); // the office stands on the seat rounded to whole metres
    QVERIFY(alfa.hasOffice);

    const QPointF betaSeat = m_fixture.municipality(QStringLiteral("9002"))->seatPosition;
    const MunicipalityCoverage beta = row(before, QStringLiteral("9002"));
    QCOMPARE(beta.nearestOfficeId, QStringLiteral("alfa"));
    QCOMPARE(beta.seatDistanceKm, distanceKm(betaSeat, m_base));
    QVERIFY(!beta.hasOffice);

    // Beta's own office opens, yet Alfa's stays nearer its seat: having an office is about the municipality.
    const MunicipalityCoverage betaAfter = row(calculator.at(afterPhase1), QStringLiteral("9002"));
    QVERIFY(betaAfter.hasOffice);
    QCOMPARE(betaAfter.nearestOfficeId, QStringLiteral("alfa"));
    QVERIFY(distanceKm(betaSeat, m_base + QPointF(-25000, 4000)) > betaAfter.seatDistanceKm);

    const MunicipalityCoverage gammaAfter = row(calculator.at(afterPhase2), QStringLiteral("9101"));
    QCOMPARE(gammaAfter.nearestOfficeId, QStringLiteral("gamma"));
    QCOMPARE(gammaAfter.seatDistanceKm, 0.0);
    QVERIFY(gammaAfter.hasOffice);
}

void TestCoverageCalculator::counties()
{
    const CoverageCalculator calculator = fixtureCalculator();
    const CoverageResult before = calculator.at(beforePhase1Opening);
    QCOMPARE(before.counties.size(), size_t(2));
    QCOMPARE(before.counties[0].code, QStringLiteral("90"));
    QCOMPARE(before.counties[0].name, QStringLiteral("Testlän"));
    QCOMPARE(before.counties[0].withOffice, 1);
    QCOMPARE(before.counties[0].total, 2);
    QCOMPARE(before.counties[1].code, QStringLiteral("91"));
    QCOMPARE(before.counties[1].withOffice, 0);
    QCOMPARE(before.counties[1].total, 1);

    const CoverageResult after = calculator.at(afterPhase2);
    QCOMPARE(after.counties[0].withOffice, 2);
    QCOMPARE(after.counties[1].withOffice, 1);
    QCOMPARE(after.municipalitiesWithOffice, 3);
}

void TestCoverageCalculator::farthest()
{
    const CoverageCalculator calculator = fixtureCalculator();
    const std::vector<MunicipalityCoverage> before = calculator.at(beforePhase1Opening).farthest(2);
    QCOMPARE(before.size(), size_t(2));
    QCOMPARE(before[0].code, QStringLiteral("9101"));
    QCOMPARE(before[1].code, QStringLiteral("9002"));
    QCOMPARE(calculator.at(beforePhase1Opening).farthest(10).size(), size_t(3));
    QCOMPARE(calculator.at(afterPhase2).farthest(1).front().code, QStringLiteral("9002"));
}

void TestCoverageCalculator::comparison()
{
    const CoverageCalculator calculator = fixtureCalculator();
    const CoverageComparison change = calculator.compare(beforePhase1Opening, afterPhase1);
    QCOMPARE(change.before.date, beforePhase1Opening);
    QCOMPARE(change.after.date, afterPhase1);
    const std::vector<double> expectedPeople{100, 100, 100, 0, 0};
    QCOMPARE(change.bandDeltas.size(), expectedPeople.size());
    for (size_t i = 0; i < expectedPeople.size(); ++i) {
        QCOMPARE(change.bandDeltas[i].km, CoverageCalculator::defaultBandsKm()[i]);
        QCOMPARE(change.bandDeltas[i].people, expectedPeople[i]);
        QCOMPARE(change.bandDeltas[i].share, expectedPeople[i] / 300);
    }
    QCOMPARE(change.firstOffices.size(), size_t(1));
    QCOMPARE(change.firstOffices.front().code, QStringLiteral("9002"));
    QCOMPARE(change.broughtWithinKm, 20.0);
    QCOMPARE(change.peopleBroughtWithin, 100.0);
    QCOMPARE(calculator.compare(beforePhase1Opening, afterPhase1, 30).peopleBroughtWithin, 0.0);
    QCOMPARE(calculator.compare(beforePhase1Opening, afterPhase1, 5).peopleBroughtWithin, 100.0);
}

void TestCoverageCalculator::phaseSummary()
{
    const std::vector<PhaseCoverage> phases = fixtureCalculator().phaseSummary();
    QCOMPARE(phases.size(), size_t(2));
    QCOMPARE(phases[0].band.phase, 1);
    QCOMPARE(phases[0].change.before.date, QDate(2021, 12, 31));
    QCOMPARE(phases[0].change.after.date, QDate(2022, 12, 31));
    QCOMPARE(phases[0].change.firstOffices.size(), size_t(1));
    QCOMPARE(phases[0].change.firstOffices.front().code, QStringLiteral("9002"));
    QCOMPARE(phases[0].change.peopleBroughtWithin, 100.0);

    QCOMPARE(phases[1].band.phase, 2);
    QCOMPARE(phases[1].change.before.date, QDate(2022, 12, 31));
    QCOMPARE(phases[1].change.after.date, QDate(2023, 12, 31));
    QCOMPARE(phases[1].change.firstOffices.size(), size_t(1));
    QCOMPARE(phases[1].change.firstOffices.front().code, QStringLiteral("9101"));
    QCOMPARE(phases[1].change.peopleBroughtWithin, 0.0);
    for (const CoverageBand &delta : phases[1].change.bandDeltas)
        QCOMPARE(delta.people, 0.0);
}

void TestCoverageCalculator::noOfficeOpen()
{
    const Rollout rollout({office("later", "9001", m_base, Status2021::Planned, 1)});
    const PopulationModel population({{m_base, 100, QStringLiteral("9001")}});
    const CoverageResult result = CoverageCalculator(rollout, m_fixture, population).at(QDate(2021, 1, 1));
    QCOMPARE(result.officesOpen, 0);
    QCOMPARE(result.municipalitiesWithOffice, 0);
    QVERIFY(std::isinf(result.medianDistanceKm));
    QVERIFY(std::isinf(result.p90DistanceKm));
    for (const CoverageBand &band : result.bands)
        QCOMPARE(band.share, 0.0);
    QVERIFY(result.municipalities.front().nearestOfficeId.isEmpty());
    QVERIFY(std::isinf(result.municipalities.front().seatDistanceKm));
}

void TestCoverageCalculator::shippedMatchesRolloutCounts_data()
{
    QTest::addColumn<QDate>("date");
    for (const QDate date :
         {QDate(2019, 6, 1), QDate(2021, 5, 25), QDate(2022, 12, 31), QDate(2023, 12, 31), QDate(2026, 12, 31)})
        QTest::newRow(qPrintable(date.toString(Qt::ISODate))) << date;
}

void TestCoverageCalculator::shippedMatchesRolloutCounts()
{
    QFETCH(QDate, date);
    const CoverageResult result = CoverageCalculator(m_shippedRollout, m_shipped).at(date);
    const StatusCounts counts = m_shippedRollout.countsAt(date);
    QCOMPARE(result.officesOpen, counts.open());
    QCOMPARE(result.municipalitiesWithOffice, counts.municipalitiesWithOffice);
    int withOffice = 0;
    for (const CountyCoverage &county : result.counties)
        withOffice += county.withOffice;
    QCOMPARE(withOffice, result.municipalitiesWithOffice);
}

void TestCoverageCalculator::shippedTotals()
{
    const CoverageCalculator calculator(m_shippedRollout, m_shipped);
    QCOMPARE(calculator.pointCount(), 1079);
    const CoverageResult result = calculator.at(QDate(2023, 12, 31));
    QVERIFY(std::abs(result.populationTotal - 10'379'295.0) < 1e-3);
    QCOMPARE(result.municipalitiesTotal(), 290);
    QCOMPARE(result.counties.size(), size_t(21));
    int total = 0;
    for (const CountyCoverage &county : result.counties)
        total += county.total;
    QCOMPARE(total, 290);
    for (size_t i = 1; i < result.bands.size(); ++i)
        QVERIFY(result.bands[i].share >= result.bands[i - 1].share);
    QVERIFY(result.medianDistanceKm <= result.p90DistanceKm);
    QVERIFY(result.bands.back().share > 0.9);
}

// No office closes between the order and the end of phase 2, so no share may fall and no distance may grow.
void TestCoverageCalculator::shippedNeverWorseWithoutClosures()
{
    const CoverageCalculator calculator(m_shippedRollout, m_shipped);
    std::vector<QDate> dates;
    for (QDate date(2021, 5, 25); date < QDate(2023, 12, 31); date = date.addMonths(1))
        dates.push_back(date);
    dates.push_back(QDate(2023, 12, 31));
    CoverageResult previous = calculator.at(dates.front());
    const CoverageResult first = previous;
    for (QDate date : dates) {
        const CoverageResult current = calculator.at(date);
        for (size_t i = 0; i < current.bands.size(); ++i)
            QVERIFY2(current.bands[i].share >= previous.bands[i].share - 1e-12, qPrintable(date.toString(Qt::ISODate)));
        QVERIFY(current.medianDistanceKm <= previous.medianDistanceKm);
        QVERIFY(current.p90DistanceKm <= previous.p90DistanceKm);
        for (size_t i = 0; i < current.municipalities.size(); ++i)
            QVERIFY(current.municipalities[i].seatDistanceKm <= previous.municipalities[i].seatDistanceKm);
        previous = current;
    }
    QCOMPARE(previous.date, QDate(2023, 12, 31));
    QVERIFY(previous.band(20)->share > first.band(20)->share);
    QVERIFY(previous.municipalitiesWithOffice > first.municipalitiesWithOffice);
}

void TestCoverageCalculator::shippedPhaseSummary()
{
    const std::vector<PhaseCoverage> phases = CoverageCalculator(m_shippedRollout, m_shipped).phaseSummary();
    QCOMPARE(phases.size(), size_t(2));
    for (const PhaseCoverage &phase : phases) {
        const CoverageComparison &change = phase.change;
        QCOMPARE(int(change.firstOffices.size()),
                 change.after.municipalitiesWithOffice - change.before.municipalitiesWithOffice);
        QVERIFY(change.peopleBroughtWithin >= 0);
        QVERIFY(change.peopleBroughtWithin <= change.bandDeltas[2].people + 1e-6);
        qInfo("phase %d: +%d municipalities, +%.0f people within 20 km, within 20 km %.4f -> %.4f", phase.band.phase,
              int(change.firstOffices.size()), change.peopleBroughtWithin, change.before.band(20)->share,
              change.after.band(20)->share);
    }
}

void TestCoverageCalculator::sameResultsFromSeveralThreads()
{
    const CoverageCalculator calculator(m_shippedRollout, m_shipped);
    std::vector<QDate> dates;
    for (QDate date(2019, 6, 1); date <= QDate(2026, 6, 1); date = date.addMonths(3))
        dates.push_back(date);
    std::vector<CoverageResult> sequential;
    for (QDate date : dates)
        sequential.push_back(calculator.at(date));

    std::vector<CoverageResult> parallel(dates.size());
    std::vector<std::thread> threads;
    const size_t threadCount = 4;
    for (size_t t = 0; t < threadCount; ++t) {
        threads.emplace_back([&, t] {
            for (size_t i = t; i < dates.size(); i += threadCount)
                parallel[i] = calculator.at(dates[i]);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (size_t i = 0; i < dates.size(); ++i) {
        QCOMPARE(parallel[i].date, sequential[i].date);
        QCOMPARE(shares(parallel[i]), shares(sequential[i]));
        QCOMPARE(parallel[i].medianDistanceKm, sequential[i].medianDistanceKm);
        QCOMPARE(parallel[i].municipalitiesWithOffice, sequential[i].municipalitiesWithOffice);
    }
}

QTEST_GUILESS_MAIN(TestCoverageCalculator)
#include "tst_coveragecalculator.moc"
