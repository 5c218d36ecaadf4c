// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/scene/markerlayout.h"

#include <QTest>

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

QTEST_GUILESS_MAIN(TestMarkerLayout)
#include "tst_markerlayout.moc"
