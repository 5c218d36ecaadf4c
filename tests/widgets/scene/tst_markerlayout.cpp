// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "tests/common/pairwisemarkergroups.h"
#include "widgets/scene/markerlayout.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace sk;

class TestMarkerLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grouping_data();
    void grouping();
    void hiddenMarkersAreLeftOut();
    void coLocatedMarkersFanOutWhenZoomedIn();
    void hitFindsNearest();
    void sameAsPairwiseGrouping_data();
    void sameAsPairwiseGrouping();
    void farOffPointsAreLeftOut();
};

void TestMarkerLayout::grouping_data()
{
    QTest::addColumn<QList<QPointF>>("points");
    QTest::addColumn<double>("metresPerPixel");
    QTest::addColumn<int>("placements");
    QTest::addColumn<int>("largestCluster");
    const QList<QPointF> metro{QPointF(100, 100), QPointF(104, 102), QPointF(108, 99), QPointF(300, 300)};
    QTest::newRow("national scale groups the metro area") << metro << 1500.0 << 2 << 3;
    QTest::newRow("chain of neighbours forms one cluster")
            << QList<QPointF>{{0, 0}, {12, 0}, {24, 0}, {36, 0}} << 1500.0 << 1 << 4;
    QTest::newRow("far apart stay single") << QList<QPointF>{{0, 0}, {50, 0}, {0, 50}} << 1500.0 << 3 << 1;
}

void TestMarkerLayout::grouping()
{
    QFETCH(QList<QPointF>, points);
    QFETCH(double, metresPerPixel);
    QFETCH(int, placements);
    QFETCH(int, largestCluster);
    const std::vector<QPointF> screen(points.begin(), points.end());
    const auto result = MarkerLayout::layout(screen, std::vector<bool>(screen.size(), true), metresPerPixel, 13);
    QCOMPARE(int(result.size()), placements);
    size_t largest = 0;
    size_t members = 0;
    for (const MarkerPlacement &placement : result) {
        largest = std::max(largest, placement.members.size());
        members += placement.members.size();
    }
    QCOMPARE(int(largest), largestCluster);
    QCOMPARE(members, screen.size());
}

void TestMarkerLayout::hiddenMarkersAreLeftOut()
{
    const std::vector<QPointF> screen{{0, 0}, {2, 2}, {100, 100}};
    const auto result = MarkerLayout::layout(screen, {true, false, true}, 1500, 13);
    QCOMPARE(result.size(), size_t(2));
    QCOMPARE(result[0].members, std::vector<int>{0});
    QCOMPARE(result[1].members, std::vector<int>{2});
}

void TestMarkerLayout::coLocatedMarkersFanOutWhenZoomedIn()
{
    // Two offices at the same town-centre point (as in Eskilstuna) must both be reachable when zoomed in.
    const std::vector<QPointF> screen{{200, 200}, {200, 200}, {200, 200}};
    const auto clustered = MarkerLayout::layout(screen, {true, true, true}, 500, 13);
    QCOMPARE(clustered.size(), size_t(1));
    const auto fanned = MarkerLayout::layout(screen, {true, true, true}, MarkerLayout::spreadBelowMetresPerPixel, 13);
    QCOMPARE(fanned.size(), size_t(3));
    for (size_t i = 0; i < fanned.size(); ++i) {
        QVERIFY(!fanned[i].isCluster());
        for (size_t j = i + 1; j < fanned.size(); ++j)
            QVERIFY(QLineF(fanned[i].screen, fanned[j].screen).length() >= 13);
    }
}

void TestMarkerLayout::hitFindsNearest()
{
    const std::vector<MarkerPlacement> placements{{QPointF(10, 10), {0}}, {QPointF(20, 10), {1}}};
    QCOMPARE(MarkerLayout::hit(placements, QPointF(12, 10), 8), 0);
    QCOMPARE(MarkerLayout::hit(placements, QPointF(17, 11), 8), 1);
    QCOMPARE(MarkerLayout::hit(placements, QPointF(60, 60), 8), -1);
}

// The same clusters as the pairwise definition, members ascending, centres equal to rounding.
void TestMarkerLayout::sameAsPairwiseGrouping_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("extent");
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<bool>("snapToGrid");
    // Sparse, dense (long chains through many cells), and points on exact multiples of the grouping distance
    // (cell edges, equal distances), each with a share hidden.
    QTest::newRow("sparse") << 400 << 2000.0 << 1u << false;
    QTest::newRow("dense") << 3000 << 600.0 << 2u << false;
    QTest::newRow("very dense") << 5000 << 120.0 << 3u << false;
    QTest::newRow("on cell edges") << 2000 << 400.0 << 4u << true;
    QTest::newRow("negative coordinates") << 1500 << -800.0 << 5u << false;
}

void TestMarkerLayout::sameAsPairwiseGrouping()
{
    QFETCH(int, count);
    QFETCH(double, extent);
    QFETCH(quint32, seed);
    QFETCH(bool, snapToGrid);
    const double markerSize = 13;
    QRandomGenerator random(seed);
    std::vector<QPointF> points;
    std::vector<bool> shown;
    for (int i = 0; i < count; ++i) {
        QPointF point(random.bounded(extent), random.bounded(extent));
        if (snapToGrid)
            point = QPointF(std::round(point.x() / 14.3) * 14.3, std::round(point.y() / 14.3) * 14.3);
        points.push_back(point);
        shown.push_back(random.bounded(10) != 0);
    }
    const std::vector<MarkerPlacement> expected = sktest::pairwiseMarkerGroups(points, shown, markerSize);
    const std::vector<MarkerPlacement> actual = MarkerLayout::layout(points, shown, 1500, markerSize);
    QCOMPARE(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); ++i) {
        std::vector<int> members = expected[i].members;
        std::sort(members.begin(), members.end());
        QCOMPARE(actual[i].members, members);
        QVERIFY(QLineF(actual[i].screen, expected[i].screen).length() < 1e-9);
    }
}

void TestMarkerLayout::farOffPointsAreLeftOut()
{
    const double nan = std::nan("");
    const std::vector<QPointF> screen{{10, 10}, {1e300, 5}, {nan, nan}, {12, 10}};
    const auto result = MarkerLayout::layout(screen, std::vector<bool>(screen.size(), true), 1500, 13);
    QCOMPARE(result.size(), size_t(1));
    QCOMPARE(result[0].members, (std::vector<int>{0, 3}));
}

QTEST_GUILESS_MAIN(TestMarkerLayout)
#include "tst_markerlayout.moc"
