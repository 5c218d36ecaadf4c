// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/polygonmask.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace sk;

namespace {

QList<QPointF> circle(QPointF centre, double radius, int vertices)
{
    QList<QPointF> ring;
    for (int i = 0; i < vertices; ++i) {
        const double angle = 2 * M_PI * i / vertices;
        ring << centre + QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    return ring;
}

VectorFeature feature(std::vector<QList<QPointF>> rings)
{
    VectorFeature result;
    for (const QList<QPointF> &ring : rings) {
        for (const QPointF &point : ring)
            result.bounds = result.bounds.united(QRectF(point, QSizeF(1e-9, 1e-9)));
    }
    result.parts = std::move(rings);
    return result;
}

} // namespace

// The grid's answers equal testing every ring, for shapes with holes, shapes crossing the grid's edge and thin
// slivers within one cell.
class TestPolygonMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownPoints_data();
    void knownPoints();
    void equalsBruteForceOnRandomPoints();
    void outsideTheExtentIsNothing();

private:
    std::vector<VectorFeature> m_land{
            feature({circle({50, 50}, 40, 97), circle({50, 50}, 10, 31)}), // a ring: the hole is outside
            feature({{{90, 0}, {130, 0}, {130, 100}, {90, 100}}}), // runs past the extent's right edge
            feature({{{20, 95}, {80, 95.4}, {20, 95.8}}})}; // a sliver thinner than a cell
    std::vector<VectorFeature> m_lakes{feature({circle({30, 50}, 5, 23)})};
    std::vector<const std::vector<VectorFeature> *> m_layers{&m_land, &m_lakes};
};

void TestPolygonMask::knownPoints_data()
{
    QTest::addColumn<QPointF>("point");
    QTest::addColumn<int>("layers");
    QTest::newRow("in the ring") << QPointF(50, 80) << 1;
    QTest::newRow("in the hole") << QPointF(50, 50) << 0;
    QTest::newRow("in the lake on the ring") << QPointF(30, 50) << 3;
    QTest::newRow("beside the rectangle") << QPointF(95, 50) << 1;
    QTest::newRow("in the sliver") << QPointF(50, 95.4) << 1;
    QTest::newRow("just above the sliver") << QPointF(50, 95.9) << 0;
    QTest::newRow("corner outside all") << QPointF(1, 1) << 0;
}

void TestPolygonMask::knownPoints()
{
    QFETCH(QPointF, point);
    QFETCH(int, layers);
    const PolygonMask mask(m_layers, QRectF(0, 0, 100, 100), 7);
    QCOMPARE(int(mask.layersAt(point)), layers);
    QCOMPARE(int(PolygonMask::layersAtBruteForce(m_layers, point)), layers);
}

void TestPolygonMask::equalsBruteForceOnRandomPoints()
{
    for (double cell : {1.0, 7.0, 33.0}) {
        const PolygonMask mask(m_layers, QRectF(0, 0, 100, 100), cell);
        QRandomGenerator random(20261207);
        for (int i = 0; i < 20000; ++i) {
            const QPointF point(random.bounded(100.0), random.bounded(100.0));
            QCOMPARE(mask.layersAt(point), PolygonMask::layersAtBruteForce(m_layers, point));
        }
    }
}

void TestPolygonMask::outsideTheExtentIsNothing()
{
    const PolygonMask mask(m_layers, QRectF(0, 0, 100, 100), 5);
    QCOMPARE(int(mask.layersAt(QPointF(120, 50))), 0); // land, but outside the mask's extent
    QCOMPARE(int(PolygonMask::layersAtBruteForce(m_layers, QPointF(120, 50))), 1);
    QVERIFY(PolygonMask().isEmpty());
    QCOMPARE(int(PolygonMask().layersAt(QPointF(50, 80))), 0);
}

QTEST_GUILESS_MAIN(TestPolygonMask)
#include "tst_polygonmask.moc"
