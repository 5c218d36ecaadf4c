#include "atlas.h"
#include "coveragecalculator.h"
#include "projection.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sk;

// Coverage costs: the embedded model per timeline step (target ≤ 2 ms), and nearest-office search over a million
// synthetic population points, KD-tree against brute force. Run with `-median 5`.
class BenchCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void embeddedTimelineStep();
    void millionPointsIndexed();
    void millionPointsBruteForce();
    void millionPointsCalculatorStep();

private:
    static std::vector<QPointF> randomPoints(int count, quint32 seed);

    Atlas m_atlas;
    std::vector<QPointF> m_points;
    NearestOfficeIndex m_offices;
};

std::vector<QPointF> BenchCoverage::randomPoints(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QRectF extent = Projection::swedenExtent();
    std::vector<QPointF> points;
    points.reserve(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i)
        points.emplace_back(extent.left() + random.bounded(extent.width()),
                            extent.top() + random.bounded(extent.height()));
    return points;
}

void BenchCoverage::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors); // the base map may be missing; coverage does not need it
    QVERIFY(!m_atlas.rollout().offices().empty());
    QCOMPARE(m_atlas.reference().municipalityCount(), 290);
    m_points = randomPoints(1'000'000, 1);
    m_offices = NearestOfficeIndex(randomPoints(150, 2));
}

void BenchCoverage::embeddedTimelineStep()
{
    const CoverageCalculator calculator(m_atlas.rollout(), m_atlas.reference());
    const Rollout &rollout = m_atlas.rollout();
    QDate date = rollout.firstDate();
    int municipalities = 0;
    QBENCHMARK {
        // A new date every step, as the timeline slider gives one; wraps round at the end of the timeline.
        date = date < rollout.lastDate() ? date.addDays(7) : rollout.firstDate();
        municipalities += calculator.at(date).municipalitiesWithOffice;
    }
    QVERIFY(municipalities > 0);
}

void BenchCoverage::millionPointsIndexed()
{
    double total = 0;
    QBENCHMARK {
        for (const QPointF &point : m_points)
            total += m_offices.nearest(point).distance;
    }
    QVERIFY(total > 0);
}

void BenchCoverage::millionPointsBruteForce()
{
    double total = 0;
    QBENCHMARK {
        for (const QPointF &point : m_points)
            total += m_offices.nearestBruteForce(point).distance;
    }
    QVERIFY(total > 0);
}

// A user's million-point layer against the shipped offices (147, about 150): index, distances and the sort the
// weighted median needs.
void BenchCoverage::millionPointsCalculatorStep()
{
    std::vector<PopulationPoint> population;
    population.reserve(m_points.size());
    for (const QPointF &point : m_points)
        population.push_back({point, 10, {}});
    const CoverageCalculator calculator(m_atlas.rollout(), m_atlas.reference(), PopulationModel(std::move(population)));
    double median = 0;
    QBENCHMARK {
        median += calculator.at(QDate(2023, 12, 31)).medianDistanceKm;
    }
    QVERIFY(median > 0);
}

QTEST_GUILESS_MAIN(BenchCoverage)
#include "bench_coverage.moc"
