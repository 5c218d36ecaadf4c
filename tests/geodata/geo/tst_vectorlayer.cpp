// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/vectorlayer.h"

#include <QRandomGenerator>
#include <QtTest>

#include <cmath>

using namespace sk;

namespace {

using Points = QList<QPointF>;

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF d = b - a;
    const double lengthSquared = QPointF::dotProduct(d, d);
    const double t = lengthSquared > 0 ? std::clamp(QPointF::dotProduct(p - a, d) / lengthSquared, 0.0, 1.0) : 0.0;
    const QPointF closest = a + t * d;
    return std::hypot(p.x() - closest.x(), p.y() - closest.y());
}

double distanceToPolyline(const QPointF &p, const Points &line)
{
    double best = qInf();
    for (qsizetype i = 0; i + 1 < line.size(); ++i)
        best = std::min(best, distanceToSegment(p, line[i], line[i + 1]));
    return best;
}

bool isSubsequence(const Points &part, const Points &whole)
{
    qsizetype at = 0;
    for (const QPointF &p : part) {
        while (at < whole.size() && whole[at] != p)
            ++at;
        if (at == whole.size())
            return false;
        ++at;
    }
    return true;
}

// A deterministic random walk in metres.
Points walk(int count, double step, quint32 seed)
{
    QRandomGenerator random(seed);
    Points points;
    QPointF p(500000, 6600000);
    for (int i = 0; i < count; ++i) {
        points.append(p);
        p += QPointF(step * (0.2 + random.generateDouble()), step * (random.generateDouble() - 0.5) * 2);
    }
    return points;
}

// A closed ring around `centre` with `count` vertices and radial noise.
Points noisyRing(QPointF centre, double radius, int count, double noise, quint32 seed)
{
    QRandomGenerator random(seed);
    Points ring;
    for (int i = 0; i < count; ++i) {
        const double angle = 2 * M_PI * i / count;
        const double r = radius + noise * (random.generateDouble() * 2 - 1);
        ring.append(centre + QPointF(r * std::cos(angle), r * std::sin(angle)));
    }
    ring.append(ring.first());
    return ring;
}

Points square(QPointF corner, double side)
{
    return {corner, corner + QPointF(side, 0), corner + QPointF(side, side), corner + QPointF(0, side), corner};
}

} // namespace

class TestVectorLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simplifiedCases_data();
    void simplifiedCases();
    void simplifiedStaysWithinTolerance_data();
    void simplifiedStaysWithinTolerance();
    void polygonLevels();
    void lineLevels();
    void levelFor_data();
    void levelFor();
    void emptyLayer();
};

void TestVectorLayer::simplifiedCases_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<Points>("expected");

    const Points zigzag{{0, 0}, {10, 5}, {20, 0}, {30, 5}, {40, 0}};
    QTest::newRow("tolerance 0 keeps all") << zigzag << 0.0 << false << zigzag;
    QTest::newRow("small tolerance keeps the zigzag") << zigzag << 3.0 << false << zigzag;
    // The peak at x=10 is 5 from the chord; the rest lie 3.3 from the line through it.
    QTest::newRow("medium tolerance keeps the first peak")
            << zigzag << 4.0 << false << Points{{0, 0}, {10, 5}, {40, 0}};
    QTest::newRow("large tolerance keeps the ends") << zigzag << 6.0 << false << Points{{0, 0}, {40, 0}};
    QTest::newRow("two points") << Points{{0, 0}, {1, 1}} << 10.0 << false << Points{{0, 0}, {1, 1}};
    QTest::newRow("collinear points collapse")
            << Points{{0, 0}, {1, 0}, {2, 0}, {3, 0}} << 0.5 << false << Points{{0, 0}, {3, 0}};
    QTest::newRow("spike kept") << Points{{0, 0}, {5, 10}, {10, 0}} << 1.0 << false << Points{{0, 0}, {5, 10}, {10, 0}};
    QTest::newRow("bump dropped") << Points{{0, 0}, {5, 0.5}, {10, 0}} << 1.0 << false << Points{{0, 0}, {10, 0}};
    QTest::newRow("exactly at tolerance is dropped")
            << Points{{0, 0}, {5, 1}, {10, 0}} << 1.0 << false << Points{{0, 0}, {10, 0}};
    QTest::newRow("square ring kept") << square({0, 0}, 10) << 1.0 << true << square({0, 0}, 10);
    QTest::newRow("ring with a midpoint loses it")
            << Points{{0, 0}, {5, 0.1}, {10, 0}, {10, 10}, {0, 10}, {0, 0}} << 1.0 << true << square({0, 0}, 10);
    QTest::newRow("sliver ring vanishes")
            << Points{{0, 0}, {10, 0}, {10, 0.1}, {0, 0.1}, {0, 0}} << 1.0 << true << Points{};
    // The same sliver as an open line keeps its ends and the point farthest from them.
    QTest::newRow("sliver as a line") << Points{{0, 0}, {10, 0}, {10, 0.1}, {0, 0.1}, {0, 0}} << 1.0 << false
                                      << Points{{0, 0}, {10, 0.1}, {0, 0}};
}

void TestVectorLayer::simplifiedCases()
{
    QFETCH(Points, points);
    QFETCH(double, tolerance);
    QFETCH(bool, closed);
    QFETCH(Points, expected);
    QCOMPARE(simplified(points, tolerance, closed), expected);
}

void TestVectorLayer::simplifiedStaysWithinTolerance_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("walk 1") << 1u;
    QTest::newRow("walk 2") << 2u;
    QTest::newRow("walk 3") << 3u;
}

void TestVectorLayer::simplifiedStaysWithinTolerance()
{
    QFETCH(quint32, seed);
    const Points line = walk(600, 100.0, seed);
    Points previous = line;
    for (const double tolerance : VectorLayer::tolerances) {
        const Points reduced = simplified(line, tolerance, false);
        QCOMPARE(reduced.first(), line.first());
        QCOMPARE(reduced.last(), line.last());
        QVERIFY(reduced.size() <= previous.size());
        // Douglas–Peucker keeps a subset of the points a finer tolerance kept.
        QVERIFY(isSubsequence(reduced, previous));
        for (const QPointF &p : line)
            QVERIFY2(distanceToPolyline(p, reduced) <= tolerance + 1e-6, qPrintable(QString::number(tolerance)));
        previous = reduced;
    }
    QVERIFY(previous.size() < line.size() / 10);
}

void TestVectorLayer::polygonLevels()
{
    const Points mainland = noisyRing({600000, 6700000}, 50000, 2000, 300, 7);
    const Points smallIsland = square({700000, 6700000}, 100); // under 250 m: gone from level 1
    const Points mediumIsland = square({720000, 6700000}, 2000); // under 4 km: gone from level 3
    const Points hole = square({590000, 6690000}, 3000);
    std::vector<VectorFeature> features{{{mainland, hole}, {}, QStringLiteral("Mainland"), QStringLiteral("01")},
                                        {{smallIsland}, {}, QStringLiteral("Skerry"), QStringLiteral("02")},
                                        {{mediumIsland}, {}, QStringLiteral("Island"), QStringLiteral("03")}};
    const size_t inputVertices = size_t(mainland.size() + smallIsland.size() + mediumIsland.size() + hole.size());
    const VectorLayer layer(QStringLiteral("land"), VectorLayer::Geometry::Polygons, features);

    QCOMPARE(layer.name(), QStringLiteral("land"));
    QCOMPARE(layer.geometry(), VectorLayer::Geometry::Polygons);
    QVERIFY(!layer.isEmpty());
    QCOMPARE(layer.vertexCount(0), inputVertices);
    QCOMPARE(layer.features().size(), size_t(3));
    QCOMPARE(layer.features()[0].parts[0], mainland);

    QRectF expectedExtent;
    for (const VectorFeature &feature : layer.features()) {
        QVERIFY(!feature.bounds.isEmpty());
        expectedExtent = expectedExtent.united(feature.bounds);
    }
    QCOMPARE(layer.extent(), expectedExtent);
    QVERIFY(layer.extent().left() < 550001 && layer.extent().right() >= 722000);

    const std::vector<size_t> featuresAtLevel{3, 2, 2, 1};
    for (size_t level = 0; level < VectorLayer::tolerances.size(); ++level) {
        QCOMPARE(layer.level(level).size(), featuresAtLevel[level]);
        if (level > 0) {
            QVERIFY2(layer.vertexCount(level) <= layer.vertexCount(level - 1), qPrintable(QString::number(level)));
            // Names, codes and bounds travel with the coarse copies.
            QCOMPARE(layer.level(level)[0].name, QStringLiteral("Mainland"));
            QCOMPARE(layer.level(level)[0].code, QStringLiteral("01"));
            QCOMPARE(layer.level(level)[0].bounds, layer.features()[0].bounds);
        }
        for (const VectorFeature &feature : layer.level(level)) {
            for (const Points &ring : feature.parts) {
                QVERIFY2(ring.size() >= 4, qPrintable(QStringLiteral("level %1, %2").arg(level).arg(feature.name)));
                QCOMPARE(ring.first(), ring.last());
            }
        }
    }
    QVERIFY(layer.vertexCount(1) < layer.vertexCount(0));
    QVERIFY(layer.vertexCount(3) < layer.vertexCount(1));
    QCOMPARE(layer.level(1)[1].name, QStringLiteral("Island"));
}

void TestVectorLayer::lineLevels()
{
    const Points road = walk(400, 150.0, 11);
    const Points shortLine{{500000, 6600000}, {500010, 6600000}};
    const VectorLayer layer(QStringLiteral("borders"), VectorLayer::Geometry::Lines, {{{road, shortLine}, {}, {}, {}}});
    QCOMPARE(layer.geometry(), VectorLayer::Geometry::Lines);
    for (size_t level = 0; level < VectorLayer::tolerances.size(); ++level) {
        QCOMPARE(layer.level(level).size(), size_t(1));
        const std::vector<Points> &parts = layer.level(level)[0].parts;
        // Lines never vanish, however short, and keep their endpoints.
        QCOMPARE(parts.size(), size_t(2));
        QCOMPARE(parts[0].first(), road.first());
        QCOMPARE(parts[0].last(), road.last());
        QCOMPARE(parts[1], shortLine);
        if (level > 0)
            QVERIFY(layer.vertexCount(level) <= layer.vertexCount(level - 1));
    }
    QVERIFY(layer.vertexCount(3) < layer.vertexCount(0));
}

void TestVectorLayer::levelFor_data()
{
    QTest::addColumn<double>("metresPerPixel");
    QTest::addColumn<int>("level");

    QTest::newRow("zoomed in") << 0.5 << 0;
    QTest::newRow("negative") << -1.0 << 0;
    QTest::newRow("just under 250") << 249.9 << 0;
    QTest::newRow("250") << 250.0 << 1;
    QTest::newRow("999") << 999.0 << 1;
    QTest::newRow("1000") << 1000.0 << 2;
    QTest::newRow("3999") << 3999.0 << 2;
    QTest::newRow("4000") << 4000.0 << 3;
    QTest::newRow("whole country on a phone") << 50000.0 << 3;
}

void TestVectorLayer::levelFor()
{
    QFETCH(double, metresPerPixel);
    QFETCH(int, level);
    const VectorLayer layer(QStringLiteral("x"), VectorLayer::Geometry::Lines,
                            {{{Points{{0, 0}, {10, 10}}}, {}, {}, {}}});
    QCOMPARE(layer.levelFor(metresPerPixel), size_t(level));
    // The chosen level's tolerance never exceeds a pixel.
    QVERIFY(VectorLayer::tolerances[size_t(level)] <= std::max(metresPerPixel, 0.0));
}

void TestVectorLayer::emptyLayer()
{
    const VectorLayer none;
    QVERIFY(none.isEmpty());
    QCOMPARE(none.vertexCount(0), size_t(0));
    const VectorLayer noFeatures(QStringLiteral("lakes"), VectorLayer::Geometry::Polygons, {});
    QVERIFY(noFeatures.isEmpty());
    QVERIFY(noFeatures.extent().isNull());
    QVERIFY(!VectorLayer(QStringLiteral("x"), VectorLayer::Geometry::Polygons, {{{square({0, 0}, 10)}, {}, {}, {}}})
                     .isEmpty());
}

QTEST_GUILESS_MAIN(TestVectorLayer)
#include "tst_vectorlayer.moc"
