// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/dispersedpopulation.h"
#include "geodata/coverage/nearestcandidates.h"
#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/suggestions/officesuggester.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <ctime>
#include <numeric>
#include <optional>

using namespace sk;

// Coverage costs: the embedded model per timeline step (target ≤ 2 ms), and a million synthetic
// population points against about 150 offices (target ≤ 50 ms per calculator step, nearest-office pass ≥ 20 times
// faster than brute force). The nearest-office pass is timed three ways over the same open offices: a KD-tree query
// per point, a brute-force scan of every open office per point (the baseline), and the per-point candidate lists
// the calculator uses (the first open of each point's nearest offices among all offices, built once). Run with
// `-median 5`. The dispersed population model (issue #13): its one-off build, land mask included (target ≤ 300 ms),
// and a timeline step with it (target ≤ 5 ms).
class BenchCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void embeddedTimelineStep();
    void dispersedModelBuild();
    void dispersedTimelineStep();
    void millionPointsIndexed_data() { openRows(); }
    void millionPointsIndexed();
    void millionPointsBruteForce_data() { openRows(); }
    void millionPointsBruteForce();
    void millionPointsCandidates_data() { openRows(); }
    void millionPointsCandidates();
    void millionPointsCandidateBuild();
    void millionPointsCalculatorStep_data();
    void millionPointsCalculatorStep();
    void shippedOfficesFallbacks_data();
    void shippedOfficesFallbacks();
    void suggestions_data();
    void suggestions();

private:
    struct OpenOffices
    {
        std::vector<char> open; // per office
        NearestOfficeIndex index;
    };

    static std::vector<QPointF> randomPoints(int count, quint32 seed);
    // A new date every step, as the timeline slider gives one.
    void timelineStep(const CoverageCalculator &calculator);
    static void openRows();
    OpenOffices openOffices(int count) const;
    std::vector<QPointF> shippedOfficePositions() const;

    Atlas m_atlas;
    std::vector<QPointF> m_points;
    std::vector<QPointF> m_offices; // 150 random
    NearestCandidates m_candidates; // of m_points among m_offices
    std::optional<NearestCandidates> m_shippedCandidates; // of m_points among the shipped offices
    QSet<QByteArray> m_reported;
};

std::vector<QPointF> BenchCoverage::randomPoints(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QRectF extent = SwedenBounds::sweref();
    std::vector<QPointF> points;
    points.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        points.emplace_back(extent.left() + random.bounded(extent.width()),
                            extent.top() + random.bounded(extent.height()));
    return points;
}

void BenchCoverage::openRows()
{
    QTest::addColumn<int>("open");
    QTest::newRow("150 of 150 open") << 150;
    QTest::newRow("100 of 150 open") << 100;
    QTest::newRow("40 of 150 open") << 40;
}

// The first `count` of the 150 offices in a fixed random order; all 150 in their own order.
BenchCoverage::OpenOffices BenchCoverage::openOffices(int count) const
{
    std::vector<int> order(m_offices.size());
    std::iota(order.begin(), order.end(), 0);
    QRandomGenerator random(3);
    for (size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[random.bounded(static_cast<quint32>(i))]);
    OpenOffices result;
    result.open.assign(m_offices.size(), 0);
    for (int i = 0; i < count; ++i)
        result.open[static_cast<size_t>(order[static_cast<size_t>(i)])] = 1;
    std::vector<QPointF> positions;
    std::vector<int> indices;
    for (size_t office = 0; office < m_offices.size(); ++office) {
        if (result.open[office]) {
            positions.push_back(m_offices[office]);
            indices.push_back(static_cast<int>(office));
        }
    }
    result.index = NearestOfficeIndex(std::move(positions), std::move(indices));
    return result;
}

std::vector<QPointF> BenchCoverage::shippedOfficePositions() const
{
    std::vector<QPointF> positions;
    for (const Office &office : m_atlas.rollout().offices())
        positions.push_back(office.position);
    return positions;
}

void BenchCoverage::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors); // the base map may be missing; coverage does not need it
    QVERIFY2(!m_atlas.rollout().offices().empty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(m_atlas.reference().municipalityCount(), 290);
    m_points = randomPoints(1'000'000, 1);
    m_offices = randomPoints(150, 2);
    m_candidates = NearestCandidates(m_points, m_offices);
}

void BenchCoverage::embeddedTimelineStep()
{
    timelineStep(CoverageCalculator(m_atlas.rollout(), m_atlas.reference()));
}

void BenchCoverage::timelineStep(const CoverageCalculator &calculator)
{
    const Rollout &rollout = m_atlas.rollout();
    QDate date = rollout.firstDate();
    int municipalities = calculator.at(date).municipalitiesWithOffice; // builds the candidate lists
    const std::clock_t start = std::clock();
    int steps = 0;
    QBENCHMARK
    {
        ++steps;
        // A new date every step, as the timeline slider gives one; wraps round at the end of the timeline.
        date = date < rollout.lastDate() ? date.addDays(7) : rollout.firstDate();
        municipalities += calculator.at(date).municipalitiesWithOffice;
    }
    qInfo("%.2f ms of processor time per step", 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC / steps);
    QVERIFY(municipalities > 0);
}

void BenchCoverage::dispersedModelBuild()
{
    // Processor time too: on a shared machine the wall clock also counts the other processes' turns.
    const std::clock_t start = std::clock();
    int builds = 0;
    size_t points = 0;
    QBENCHMARK
    {
        const LandMask land(m_atlas.baseMap());
        points += DispersedPopulation::build(m_atlas.reference(), land).points().size();
        ++builds;
    }
    qInfo("%.0f ms of processor time per build", 1000.0 * double(std::clock() - start) / CLOCKS_PER_SEC / builds);
    QVERIFY(points > 0);
}

void BenchCoverage::dispersedTimelineStep()
{
    const CoverageCalculator calculator(m_atlas.rollout(), m_atlas.reference(),
                                        DispersedPopulation::build(m_atlas.reference(), LandMask(m_atlas.baseMap())));
    qInfo("%d population points", calculator.pointCount());
    timelineStep(calculator);
}

void BenchCoverage::millionPointsIndexed()
{
    QFETCH(int, open);
    const OpenOffices offices = openOffices(open);
    double total = 0;
    QBENCHMARK
    {
        for (const QPointF &point : m_points)
            total += offices.index.nearest(point).distance;
    }
    QVERIFY(total > 0);
}

void BenchCoverage::millionPointsBruteForce()
{
    QFETCH(int, open);
    const OpenOffices offices = openOffices(open);
    double total = 0;
    QBENCHMARK
    {
        for (const QPointF &point : m_points)
            total += offices.index.nearestBruteForce(point).distance;
    }
    QVERIFY(total > 0);
}

void BenchCoverage::millionPointsCandidates()
{
    QFETCH(int, open);
    const OpenOffices offices = openOffices(open);
    std::vector<double> distances;
    size_t fallbacks = 0;
    QBENCHMARK
    {
        fallbacks = m_candidates.distancesToOpen(m_points, offices.open, offices.index, distances);
    }
    if (!m_reported.contains(QTest::currentDataTag())) { // once, not on every run of the benchmark
        m_reported.insert(QTest::currentDataTag());
        qInfo("%d candidates per point: %zu of %zu points fell back to the KD-tree", m_candidates.count(), fallbacks,
              m_points.size());
    }
    for (size_t i = 0; i < m_points.size(); i += 997)
        QCOMPARE(distances[i], offices.index.nearestBruteForce(m_points[i]).distance);
}

// Once per population model: each point's nearest offices among all of them.
void BenchCoverage::millionPointsCandidateBuild()
{
    const std::vector<QPointF> offices = shippedOfficePositions();
    QBENCHMARK
    {
        m_shippedCandidates = NearestCandidates(m_points, offices);
    }
    QCOMPARE(m_shippedCandidates->pointCount(), m_points.size());
}

void BenchCoverage::millionPointsCalculatorStep_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("2019-06-01") << QDate(2019, 6, 1);
    QTest::newRow("2023-12-31") << QDate(2023, 12, 31);
}

// A user's million-point layer against the shipped offices (147, about 150): office index, distances, bands, median
// and 90th percentile. The candidate lists are built before timing, as the first date a calculator serves builds
// them (millionPointsCandidateBuild).
void BenchCoverage::millionPointsCalculatorStep()
{
    QFETCH(QDate, date);
    std::vector<PopulationPoint> population;
    population.reserve(m_points.size());
    for (const QPointF &point : m_points)
        population.push_back({point, 10, {}});
    const CoverageCalculator calculator(m_atlas.rollout(), m_atlas.reference(), PopulationModel(std::move(population)));
    double median = calculator.at(date.addDays(-1)).medianDistanceKm;
    QBENCHMARK
    {
        median += calculator.at(date).medianDistanceKm;
    }
    QVERIFY(median > 0);
}

void BenchCoverage::shippedOfficesFallbacks_data()
{
    QTest::addColumn<QDate>("date");
    for (const QDate date :
         {QDate(2019, 6, 1), QDate(2021, 5, 25), QDate(2022, 12, 31), QDate(2023, 12, 31), QDate(2026, 12, 31)})
        QTest::newRow(qPrintable(date.toString(Qt::ISODate))) << date;
}

// How often the candidate lists miss for the million points and the shipped offices: not timed.
void BenchCoverage::shippedOfficesFallbacks()
{
    QFETCH(QDate, date);
    if (!m_shippedCandidates)
        m_shippedCandidates = NearestCandidates(m_points, shippedOfficePositions());
    const NearestOfficeIndex index = NearestOfficeIndex::openAt(m_atlas.rollout().offices(), date);
    std::vector<char> open(m_atlas.rollout().offices().size(), 0);
    for (int office : index.offices())
        open[static_cast<size_t>(office)] = 1;
    std::vector<double> distances;
    const size_t fallbacks = m_shippedCandidates->distancesToOpen(m_points, open, index, distances);
    qInfo("%d of %zu offices open: %zu of %zu points fell back to the KD-tree", index.size(), open.size(), fallbacks,
          m_points.size());
    QVERIFY(fallbacks < m_points.size() / 100);
}

void BenchCoverage::suggestions_data()
{
    QTest::addColumn<bool>("millionPoints");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("withinKm");
    QTest::newRow("embedded, 5 within 20 km") << false << 5 << 20.0;
    QTest::newRow("embedded, 50 within 10 km") << false << 50 << 10.0;
    QTest::newRow("1M points, 5 within 20 km") << true << 5 << 20.0;
    QTest::newRow("1M points, 20 within 50 km") << true << 20 << 50.0;
}

// Where N more offices would reach the most people: the greedy run the Suggest panel and --suggest make, at the
// end of 2023.
void BenchCoverage::suggestions()
{
    QFETCH(bool, millionPoints);
    QFETCH(int, count);
    QFETCH(double, withinKm);
    PopulationModel population = PopulationModel::fromReference(m_atlas.reference());
    if (millionPoints) {
        std::vector<PopulationPoint> points;
        points.reserve(m_points.size());
        for (const QPointF &point : m_points)
            points.push_back({point, 10, {}});
        population = PopulationModel(std::move(points));
    }
    const OfficeSuggester suggester(m_atlas.rollout().offices(), m_atlas.reference(), population);
    size_t picks = 0;
    QBENCHMARK
    {
        picks = suggester.suggest(QDate(2023, 12, 31), count, withinKm).size();
    }
    QVERIFY(picks > 0);
}

QTEST_GUILESS_MAIN(BenchCoverage)
#include "bench_coverage.moc"
