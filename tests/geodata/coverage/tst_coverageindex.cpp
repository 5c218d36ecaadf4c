// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/coverage/nearestofficeindex.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace sk;

namespace {

std::vector<QPointF> randomPoints(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.emplace_back(180000 + random.bounded(820000.0), 6050000 + random.bounded(1670000.0));
    return points;
}

Office office(const char *id, QPointF position, Status2021 status, int phase = 0)
{
    Office result;
    result.id = QString::fromLatin1(id);
    result.position = position;
    result.status2021 = status;
    result.phase = phase;
    return result;
}

} // namespace

class TestCoverageIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kdTreeEqualsBruteForce_data();
    void kdTreeEqualsBruteForce();
    void emptyIndex();
    void reportsGivenOfficeNumbers();
    void openAtKeepsOnlyOpenOffices();
};

void TestCoverageIndex::kdTreeEqualsBruteForce_data()
{
    QTest::addColumn<int>("offices");
    QTest::addColumn<quint32>("seed");

    QTest::newRow("one office") << 1 << 1u;
    QTest::newRow("leaf-sized") << 10 << 2u;
    QTest::newRow("150 offices") << 150 << 3u;
    QTest::newRow("1000 offices") << 1000 << 4u;
}

void TestCoverageIndex::kdTreeEqualsBruteForce()
{
    QFETCH(int, offices);
    QFETCH(quint32, seed);

    const std::vector<QPointF> positions = randomPoints(offices, seed);
    const NearestOfficeIndex index(positions);
    QCOMPARE(index.size(), offices);
    for (const QPointF &query : randomPoints(20000, seed + 100)) {
        const NearestOfficeIndex::Hit tree = index.nearest(query);
        const NearestOfficeIndex::Hit brute = index.nearestBruteForce(query);
        QCOMPARE(tree.office, brute.office);
        QCOMPARE(tree.distance, brute.distance);
        const QPointF nearest = positions[static_cast<size_t>(tree.office)];
        QCOMPARE(tree.distance, std::hypot(query.x() - nearest.x(), query.y() - nearest.y()));
    }
}

void TestCoverageIndex::emptyIndex()
{
    const NearestOfficeIndex index;
    QVERIFY(index.isEmpty());
    QCOMPARE(index.nearest(QPointF(500000, 6500000)).office, -1);
    QVERIFY(std::isinf(index.nearest(QPointF(500000, 6500000)).distance));
    QCOMPARE(index.nearestBruteForce(QPointF(500000, 6500000)).office, -1);
    QVERIFY(NearestOfficeIndex(std::vector<QPointF>{}).isEmpty());
}

void TestCoverageIndex::reportsGivenOfficeNumbers()
{
    NearestOfficeIndex index({QPointF(0, 0), QPointF(10000, 0)}, {7, 3});
    const NearestOfficeIndex moved = std::move(index); // the tree must survive a move
    QCOMPARE(moved.nearest(QPointF(9000, 0)).office, 3);
    QCOMPARE(moved.nearest(QPointF(9000, 0)).distance, 1000.0);
    QCOMPARE(moved.nearest(QPointF(-3000, 4000)).office, 7);
    QCOMPARE(moved.nearest(QPointF(-3000, 4000)).distance, 5000.0);
    QCOMPARE(moved.offices(), (std::vector<int>{7, 3}));
}

void TestCoverageIndex::openAtKeepsOnlyOpenOffices()
{
    Office closed = office("closed", QPointF(0, 0), Status2021::Open);
    closed.closed = PartialDate::exact(QDate(2020, 1, 1));
    const std::vector<Office> offices{office("open", QPointF(50000, 0), Status2021::Open), closed,
                                      office("planned", QPointF(1000, 0), Status2021::Planned, 2)};
    // 2022: only "open"; 2024: "planned" (phase 2, open from 31 Dec 2023) as well; "closed" never.
    const NearestOfficeIndex in2022 = NearestOfficeIndex::openAt(offices, QDate(2022, 6, 1));
    QCOMPARE(in2022.offices(), (std::vector<int>{0}));
    QCOMPARE(in2022.nearest(QPointF(0, 0)).distance, 50000.0);
    const NearestOfficeIndex in2024 = NearestOfficeIndex::openAt(offices, QDate(2024, 1, 1));
    QCOMPARE(in2024.offices(), (std::vector<int>{0, 2}));
    QCOMPARE(in2024.nearest(QPointF(0, 0)).office, 2);
}

QTEST_GUILESS_MAIN(TestCoverageIndex)
#include "tst_coverageindex.moc"
