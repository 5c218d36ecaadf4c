// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/distancesummary.h"
#include "geodata/coverage/nearestcandidates.h"
#include "geodata/reference/referencedata.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <thread>

using namespace sk;

// The speed-ups of the coverage calculator against the plain answers they replace: each point's candidate offices
// against a brute-force ranking, the nearest open office found through them against a brute-force scan of the open
// offices (also when none of a point's candidates is open and the KD-tree must answer), the O(n) bands, median and
// 90th percentile against sorting, and the calculator as a whole against brute force and sorting.

namespace {

std::vector<QPointF> randomPoints(int count, quint32 seed, QRectF extent = QRectF(180000, 6050000, 820000, 1670000))
{
    QRandomGenerator random(seed);
    std::vector<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.emplace_back(extent.left() + random.bounded(extent.width()),
                            extent.top() + random.bounded(extent.height()));
    return points;
}

// Points and sites on a coarse grid of whole kilometres, some sites doubled: many points equally near two sites.
std::vector<QPointF> gridPoints(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.emplace_back(500000 + 1000.0 * random.bounded(40), 6500000 + 1000.0 * random.bounded(40));
    return points;
}

double squared(QPointF a, QPointF b)
{
    const double dx = a.x() - b.x();
    const double dy = a.y() - b.y();
    return dx * dx + dy * dy;
}

struct OpenSet
{
    std::vector<char> open;
    NearestOfficeIndex index; // the open sites, reporting site numbers, as NearestOfficeIndex::openAt builds it
};

OpenSet openSet(const std::vector<QPointF> &sites, int openCount, quint32 seed)
{
    std::vector<int> order(sites.size());
    std::iota(order.begin(), order.end(), 0);
    QRandomGenerator random(seed);
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random.bounded(static_cast<quint32>(i))]);
    OpenSet set;
    set.open.assign(sites.size(), 0);
    for (int i = 0; i < openCount; ++i)
        set.open[static_cast<size_t>(order[static_cast<size_t>(i)])] = 1;
    std::vector<QPointF> positions;
    std::vector<int> numbers;
    for (size_t site = 0; site < sites.size(); ++site) {
        if (set.open[site]) {
            positions.push_back(sites[site]);
            numbers.push_back(static_cast<int>(site));
        }
    }
    set.index = NearestOfficeIndex(std::move(positions), std::move(numbers));
    return set;
}

// The old calculator's way: sort (distance, people) and accumulate.
DistanceSummary sortedSummary(const std::vector<double> &distances, const std::vector<double> &weights,
                              const std::vector<double> &thresholds, double total)
{
    std::vector<std::pair<double, double>> byDistance;
    for (size_t i = 0; i < distances.size(); ++i)
        byDistance.emplace_back(distances[i], weights[i]);
    std::sort(byDistance.begin(), byDistance.end());
    DistanceSummary summary;
    summary.within.assign(thresholds.size(), 0);
    double cumulative = 0;
    size_t band = 0;
    for (const auto &[distance, people] : byDistance) {
        while (band < thresholds.size() && distance > thresholds[band])
            summary.within[band++] = cumulative;
        cumulative += people;
        if (std::isnan(summary.median) && cumulative >= 0.5 * total && total > 0)
            summary.median = distance;
        if (std::isnan(summary.p90) && cumulative >= 0.9 * total && total > 0)
            summary.p90 = distance;
    }
    for (; band < thresholds.size(); ++band)
        summary.within[band] = cumulative;
    return summary;
}

bool same(double a, double b)
{
    return a == b || (std::isnan(a) && std::isnan(b));
}

// QCOMPARE compares doubles fuzzily; these answers must be the very same numbers.
#define COMPARE_EXACTLY(actual, expected) \
    QVERIFY2(same((actual), (expected)), \
             qPrintable(QStringLiteral("%1 is not %2").arg((actual), 0, 'g', 17).arg((expected), 0, 'g', 17)))

Office office(int number, QPointF position, Status2021 status, int phase = 0)
{
    Office result;
    result.id = QStringLiteral("o%1").arg(number);
    result.name = result.id;
    result.municipalityCode = QStringLiteral("9001");
    result.position = position;
    result.status2021 = status;
    result.phase = phase;
    return result;
}

} // namespace

class TestCoverageCandidates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void candidatesAreTheNearestSites_data();
    void candidatesAreTheNearestSites();
    void nearestOpenEqualsBruteForce_data();
    void nearestOpenEqualsBruteForce();
    void noSitesAndNoneOpen();
    void summaryEqualsSorting_data();
    void summaryEqualsSorting();
    void summaryEdgeCases();
    void calculatorEqualsBruteForce_data();
    void calculatorEqualsBruteForce();
    void calculatorFirstUseFromSeveralThreads();
};

void TestCoverageCandidates::candidatesAreTheNearestSites_data()
{
    QTest::addColumn<int>("sites");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("grid");

    QTest::newRow("1 site") << 1 << 8 << false;
    QTest::newRow("5 sites, fewer than 8") << 5 << 8 << false;
    QTest::newRow("150 sites") << 150 << 8 << false;
    QTest::newRow("150 sites, 3 each") << 150 << 3 << false;
    QTest::newRow("150 sites, 16 each") << 150 << 16 << false;
    QTest::newRow("300 sites, 16-bit numbers") << 300 << 8 << false;
    QTest::newRow("ties on a grid") << 60 << 8 << true;
}

// Each point's candidates are its `count` nearest sites, nearest first and equally near ones by number: exactly
// the first `count` of all sites ranked by (squared distance, number).
void TestCoverageCandidates::candidatesAreTheNearestSites()
{
    QFETCH(int, sites);
    QFETCH(int, count);
    QFETCH(bool, grid);

    const std::vector<QPointF> points = grid ? gridPoints(3000, 11) : randomPoints(3000, 11);
    std::vector<QPointF> positions = grid ? gridPoints(sites, 12) : randomPoints(sites, 12);
    if (grid)
        positions[1] = positions[0]; // two offices in one place
    const NearestCandidates candidates(points, positions, count);
    QCOMPARE(candidates.pointCount(), points.size());
    QCOMPARE(candidates.siteCount(), sites);
    QCOMPARE(candidates.count(), std::min(count, sites));

    std::vector<std::pair<double, int>> ranked;
    for (size_t point = 0; point < points.size(); ++point) {
        ranked.clear();
        for (int site = 0; site < sites; ++site)
            ranked.emplace_back(squared(points[point], positions[static_cast<size_t>(site)]), site);
        std::sort(ranked.begin(), ranked.end());
        for (int rank = 0; rank < candidates.count(); ++rank)
            QCOMPARE(candidates.candidate(point, rank), ranked[static_cast<size_t>(rank)].second);
    }
}

void TestCoverageCandidates::nearestOpenEqualsBruteForce_data()
{
    QTest::addColumn<int>("sites");
    QTest::addColumn<int>("open");
    QTest::addColumn<bool>("grid");
    QTest::addColumn<bool>("expectFallbacks");

    QTest::newRow("all 150 open") << 150 << 150 << false << false;
    QTest::newRow("100 of 150 open") << 150 << 100 << false << false;
    QTest::newRow("20 of 150 open: some fall back") << 150 << 20 << false << true;
    QTest::newRow("1 of 150 open: most fall back") << 150 << 1 << false << true;
    QTest::newRow("4 of 4 open") << 4 << 4 << false << false;
    QTest::newRow("2 of 4 open, all are candidates") << 4 << 2 << false << false;
    QTest::newRow("30 of 300 open, 16-bit numbers") << 300 << 30 << false << true;
    QTest::newRow("ties, all 60 open") << 60 << 60 << true << false;
    QTest::newRow("ties, 30 of 60 open") << 60 << 30 << true << false;
}

void TestCoverageCandidates::nearestOpenEqualsBruteForce()
{
    QFETCH(int, sites);
    QFETCH(int, open);
    QFETCH(bool, grid);
    QFETCH(bool, expectFallbacks);

    const std::vector<QPointF> points = grid ? gridPoints(5000, 21) : randomPoints(5000, 21);
    std::vector<QPointF> positions = grid ? gridPoints(sites, 22) : randomPoints(sites, 22);
    if (grid)
        positions[1] = positions[0];
    const NearestCandidates candidates(points, positions);
    for (quint32 seed : {31u, 32u, 33u}) { // several open subsets of the same size
        const OpenSet set = openSet(positions, open, seed);
        std::vector<double> distances;
        const size_t fallbacks = candidates.distancesToOpen(points, set.open, set.index, distances);
        QCOMPARE(distances.size(), points.size());
        size_t fellBackCount = 0;
        for (size_t point = 0; point < points.size(); ++point) {
            const NearestOfficeIndex::Hit brute = set.index.nearestBruteForce(points[point]);
            bool fellBack = false;
            const NearestOfficeIndex::Hit hit
                    = candidates.nearestOpen(point, points[point], set.open, set.index, &fellBack);
            fellBackCount += fellBack;
            COMPARE_EXACTLY(hit.distance, brute.distance);
            COMPARE_EXACTLY(distances[point], brute.distance);
            // Equally near open offices: the lowest number, as the scan finds it; the KD-tree makes no such promise.
            if (!fellBack)
                QCOMPARE(hit.office, brute.office);
            else
                COMPARE_EXACTLY(std::sqrt(squared(points[point], positions[static_cast<size_t>(hit.office)])),
                                brute.distance);
        }
        QCOMPARE(fallbacks, fellBackCount);
        if (expectFallbacks)
            QVERIFY(fallbacks > 0);
        if (open == sites || candidates.count() == sites)
            QCOMPARE(fallbacks, size_t(0));
        // A range of the points gives the same distances.
        std::vector<double> part(1000);
        candidates.distancesToOpen(points, set.open, set.index, 2000, 3000, part.data());
        QVERIFY(std::equal(part.begin(), part.end(), distances.begin() + 2000));
    }
}

void TestCoverageCandidates::noSitesAndNoneOpen()
{
    const std::vector<QPointF> points = randomPoints(100, 41);
    const NearestCandidates noSites(points, {});
    QCOMPARE(noSites.count(), 0);
    std::vector<double> distances;
    QCOMPARE(noSites.distancesToOpen(points, {}, NearestOfficeIndex(), distances), size_t(0));
    QVERIFY(std::all_of(distances.begin(), distances.end(), [](double d) { return std::isinf(d); }));
    QCOMPARE(noSites.nearestOpen(0, points[0], {}, NearestOfficeIndex()).office, -1);

    const std::vector<QPointF> positions = randomPoints(20, 42);
    const NearestCandidates candidates(points, positions);
    const OpenSet none = openSet(positions, 0, 43);
    QCOMPARE(candidates.distancesToOpen(points, none.open, none.index, distances), size_t(0));
    QVERIFY(std::all_of(distances.begin(), distances.end(), [](double d) { return std::isinf(d); }));
    const NearestOfficeIndex::Hit hit = candidates.nearestOpen(5, points[5], none.open, none.index);
    QCOMPARE(hit.office, -1);
    QVERIFY(std::isinf(hit.distance));

    const NearestCandidates empty({}, positions);
    QCOMPARE(empty.pointCount(), size_t(0));
    QCOMPARE(empty.distancesToOpen({}, none.open, none.index, distances), size_t(0));
    QVERIFY(distances.empty());
}

void TestCoverageCandidates::summaryEqualsSorting_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("wholePeople");
    QTest::addColumn<bool>("coarse"); // distances in whole kilometres: many exactly equal, some on a threshold
    QTest::addColumn<int>("infinite"); // points with no office
    QTest::addColumn<quint32>("seed");

    QTest::newRow("1 point") << 1 << true << false << 0 << 1u;
    QTest::newRow("3 points") << 3 << true << true << 0 << 2u;
    QTest::newRow("1,000 points") << 1000 << true << false << 0 << 3u;
    QTest::newRow("1,000 points, fractional people") << 1000 << false << false << 0 << 4u;
    QTest::newRow("20,000 points on whole kilometres") << 20000 << true << true << 0 << 5u;
    QTest::newRow("200,000 points") << 200000 << true << false << 0 << 6u;
    QTest::newRow("200,000 points, fractional people") << 200000 << false << false << 0 << 7u;
    QTest::newRow("a third out of reach") << 3000 << true << false << 1000 << 8u;
    QTest::newRow("most out of reach") << 3000 << true << true << 2000 << 9u;
    QTest::newRow("all out of reach") << 500 << true << false << 500 << 10u;
}

void TestCoverageCandidates::summaryEqualsSorting()
{
    QFETCH(int, count);
    QFETCH(bool, wholePeople);
    QFETCH(bool, coarse);
    QFETCH(int, infinite);
    QFETCH(quint32, seed);

    QRandomGenerator random(seed);
    std::vector<double> distances;
    std::vector<double> weights;
    for (int i = 0; i < count; ++i) {
        const double metres = coarse ? 1000.0 * random.bounded(80) : random.bounded(150000.0);
        distances.push_back(i < infinite ? std::numeric_limits<double>::infinity() : metres);
        weights.push_back(wholePeople ? random.bounded(200) : random.bounded(200.0));
    }
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0);
    for (const std::vector<double> &thresholds :
         {std::vector<double>{5000, 10000, 20000, 30000, 50000}, std::vector<double>{12000},
          std::vector<double>{1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000, 20000, 40000, 1e6}}) {
        const DistanceSummary expected = sortedSummary(distances, weights, thresholds, total);
        const DistanceSummary fast = summariseDistances(distances, weights, thresholds, total);
        const DistanceSummary sorted = summariseDistancesBySorting(distances, weights, thresholds, total);
        COMPARE_EXACTLY(fast.median, expected.median);
        COMPARE_EXACTLY(fast.p90, expected.p90);
        COMPARE_EXACTLY(sorted.median, expected.median);
        COMPARE_EXACTLY(sorted.p90, expected.p90);
        QCOMPARE(sorted.within.size(), thresholds.size());
        QCOMPARE(fast.within.size(), thresholds.size());
        for (size_t t = 0; t < thresholds.size(); ++t) {
            COMPARE_EXACTLY(sorted.within[t], expected.within[t]);
            if (wholePeople) // sums of whole numbers are exact in any order
                COMPARE_EXACTLY(fast.within[t], expected.within[t]);
            else
                QVERIFY(std::abs(fast.within[t] - expected.within[t]) <= 1e-9 * total);
        }
    }
}

void TestCoverageCandidates::summaryEdgeCases()
{
    const std::vector<double> thresholds{5000, 10000};
    // Nobody: NaN median, empty bands.
    DistanceSummary summary = summariseDistances({}, {}, thresholds, 0);
    QVERIFY(std::isnan(summary.median));
    QVERIFY(std::isnan(summary.p90));
    QCOMPARE(summary.within, (std::vector<double>{0, 0}));

    // Everyone on an office: all at distance 0.
    summary = summariseDistances({0, 0, 0}, {1, 2, 3}, thresholds, 6);
    COMPARE_EXACTLY(summary.median, 0.0);
    COMPARE_EXACTLY(summary.p90, 0.0);
    QCOMPARE(summary.within, (std::vector<double>{6, 6}));

    // People with a weight of zero count for nothing; a point exactly on a threshold is within it.
    summary = summariseDistances({1000, 5000, 7000, 9000}, {0, 10, 0, 10}, thresholds, 20);
    COMPARE_EXACTLY(summary.median, 5000.0);
    COMPARE_EXACTLY(summary.p90, 9000.0);
    QCOMPARE(summary.within, (std::vector<double>{10, 20}));

    // A negative weight makes the cumulative sum non-monotone: answered by sorting, as before.
    const std::vector<double> distances{1000, 2000, 3000, 4000};
    const std::vector<double> weights{10, -5, 10, 5};
    summary = summariseDistances(distances, weights, thresholds, 20);
    const DistanceSummary expected = sortedSummary(distances, weights, thresholds, 20);
    COMPARE_EXACTLY(summary.median, expected.median);
    COMPARE_EXACTLY(summary.p90, expected.p90);
    QCOMPARE(summary.within, expected.within);

    // Weights summing to less than the total given never reach it.
    summary = summariseDistances({1000, 2000}, {1, 1}, thresholds, 10);
    QVERIFY(std::isnan(summary.median));
    QVERIFY(std::isnan(summary.p90));
}

void TestCoverageCandidates::calculatorEqualsBruteForce_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("open");

    // 80 offices: a quarter open throughout, a quarter open until 1 Jan 2021, a quarter each from phases 1 and 2.
    QTest::newRow("2020: 40 open") << QDate(2020, 6, 1) << 40;
    QTest::newRow("2021: 20 open, many fall back") << QDate(2021, 6, 1) << 20;
    QTest::newRow("2023: 40 open") << QDate(2023, 6, 1) << 40;
    QTest::newRow("2024: 60 open") << QDate(2024, 6, 1) << 60;
}

// The calculator against the plain answer: a brute-force scan of the offices open on the date for every point,
// then sorting for the bands, the median and the 90th percentile.
void TestCoverageCandidates::calculatorEqualsBruteForce()
{
    QFETCH(QDate, date);
    QFETCH(int, open);

    QStringList errors;
    const ReferenceData reference
            = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/coverage"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    const QPointF seat = reference.municipality(QStringLiteral("9001"))->seatPosition;
    const QRectF area(seat - QPointF(150000, 150000), QSizeF(300000, 300000));

    std::vector<Office> offices;
    const std::vector<QPointF> officePositions = randomPoints(80, 51, area);
    for (int i = 0; i < 80; ++i) {
        const QPointF position = officePositions[static_cast<size_t>(i)];
        switch (i % 4) {
        case 0:
            offices.push_back(office(i, position, Status2021::Open));
            break;
        case 1:
            offices.push_back(office(i, position, Status2021::Open));
            offices.back().closed = PartialDate::exact(QDate(2021, 1, 1));
            break;
        default:
            offices.push_back(office(i, position, Status2021::Planned, i % 4 - 1));
            break;
        }
    }
    const Rollout rollout(offices);
    QRandomGenerator random(52);
    std::vector<PopulationPoint> population;
    for (const QPointF &position : randomPoints(20000, 53, area))
        population.push_back({position, static_cast<double>(1 + random.bounded(300)), QStringLiteral("9001")});
    const CoverageCalculator calculator(rollout, reference, PopulationModel(population));

    const NearestOfficeIndex index = NearestOfficeIndex::openAt(offices, date);
    QCOMPARE(index.size(), open);
    std::vector<double> distances;
    std::vector<double> weights;
    double total = 0;
    for (const PopulationPoint &point : population) {
        distances.push_back(index.nearestBruteForce(point.position).distance);
        weights.push_back(point.population);
        total += point.population;
    }
    std::vector<double> thresholds;
    for (double km : calculator.bandsKm())
        thresholds.push_back(km * 1000);
    const DistanceSummary expected = sortedSummary(distances, weights, thresholds, total);

    const CoverageResult result = calculator.at(date);
    QCOMPARE(result.officesOpen, open);
    COMPARE_EXACTLY(result.populationTotal, total);
    COMPARE_EXACTLY(result.medianDistanceKm, expected.median / 1000);
    COMPARE_EXACTLY(result.p90DistanceKm, expected.p90 / 1000);
    QCOMPARE(result.bands.size(), thresholds.size());
    for (size_t band = 0; band < thresholds.size(); ++band) {
        COMPARE_EXACTLY(result.bands[band].people, expected.within[band]);
        COMPARE_EXACTLY(result.bands[band].share, expected.within[band] / total);
    }

    // People brought within 20 km between this date and another, point by point.
    const QDate other(2019, 6, 1);
    const NearestOfficeIndex otherIndex = NearestOfficeIndex::openAt(offices, other);
    double broughtWithin = 0;
    for (size_t i = 0; i < population.size(); ++i) {
        if (otherIndex.nearestBruteForce(population[i].position).distance > 20000 && distances[i] <= 20000)
            broughtWithin += weights[i];
    }
    COMPARE_EXACTLY(calculator.compare(other, date).peopleBroughtWithin, broughtWithin);
}

// The candidate lists are built on first use, once, however many threads ask at the same moment; copies made
// before that share them.
void TestCoverageCandidates::calculatorFirstUseFromSeveralThreads()
{
    QStringList errors;
    const ReferenceData reference
            = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/coverage"), &errors);
    QVERIFY(errors.isEmpty());
    const QPointF seat = reference.municipality(QStringLiteral("9001"))->seatPosition;
    const QRectF area(seat - QPointF(100000, 100000), QSizeF(200000, 200000));
    std::vector<Office> offices;
    const std::vector<QPointF> officePositions = randomPoints(30, 61, area);
    for (int i = 0; i < 30; ++i)
        offices.push_back(office(i, officePositions[static_cast<size_t>(i)], Status2021::Planned, 1 + i % 2));
    offices.front().status2021 = Status2021::Open;
    std::vector<PopulationPoint> population;
    for (const QPointF &position : randomPoints(50000, 62, area))
        population.push_back({position, 7, QStringLiteral("9001")});
    const Rollout rollout(offices);
    const PopulationModel model(population);

    const std::vector<QDate> dates{QDate(2021, 1, 1), QDate(2023, 6, 1), QDate(2024, 6, 1), QDate(2022, 1, 1)};
    std::vector<CoverageResult> expected;
    {
        const CoverageCalculator sequential(rollout, reference, model);
        for (QDate date : dates)
            expected.push_back(sequential.at(date));
    }

    const CoverageCalculator calculator(rollout, reference, model);
    const CoverageCalculator copy = calculator; // before first use
    std::vector<CoverageResult> results(dates.size() * 2);
    std::vector<std::thread> threads;
    for (size_t i = 0; i < results.size(); ++i) {
        threads.emplace_back([&, i] {
            const CoverageCalculator &which = i % 2 ? copy : calculator;
            results[i] = which.at(dates[i / 2]);
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    for (size_t i = 0; i < results.size(); ++i) {
        const CoverageResult &want = expected[i / 2];
        QCOMPARE(results[i].date, want.date);
        QCOMPARE(results[i].officesOpen, want.officesOpen);
        COMPARE_EXACTLY(results[i].medianDistanceKm, want.medianDistanceKm);
        COMPARE_EXACTLY(results[i].p90DistanceKm, want.p90DistanceKm);
        for (size_t band = 0; band < want.bands.size(); ++band)
            COMPARE_EXACTLY(results[i].bands[band].people, want.bands[band].people);
    }
}

QTEST_GUILESS_MAIN(TestCoverageCandidates)
#include "tst_coveragecandidates.moc"
