// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"
#include "geodata/reference/basemap.h"

#include <QtTest>

using namespace sk;

class TestBaseMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedBaseMap();
    void missingFile();
    void missingLayers();
};

void TestBaseMap::shippedBaseMap()
{
    const QString path = QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/basemap.gpkg");
    if (!QFileInfo::exists(path))
        QSKIP("geodata/data/basemap.gpkg has not been built yet");
    QStringList errors;
    const BaseMap map = BaseMap::load(path, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(!map.isEmpty());
    QVERIFY(!map.land().isEmpty());
    QVERIFY(!map.lakes().isEmpty());
    QCOMPARE(map.land().geometry(), VectorLayer::Geometry::Polygons);
    QCOMPARE(map.lakes().geometry(), VectorLayer::Geometry::Polygons);
    QVERIFY(map.land().extent().intersects(Projection::swedenHomeExtent()));

    QCOMPARE(map.counties().features().size(), size_t(21));
    QSet<QString> codes;
    for (const VectorFeature &county : map.counties().features()) {
        QCOMPARE(county.code.size(), 2);
        QVERIFY(!county.name.isEmpty());
        codes.insert(county.code);
    }
    QCOMPARE(codes.size(), 21);
    QVERIFY(codes.contains(QStringLiteral("01")) && codes.contains(QStringLiteral("25")));
    // Stockholm lies on land, inside the counties' extent.
    const QPointF stockholm = Projection::toSweref(QGeoCoordinate(59.3293, 18.0686));
    QVERIFY(map.counties().extent().contains(stockholm));
    QVERIFY(map.land().extent().contains(stockholm));
}

void TestBaseMap::missingFile()
{
    QStringList errors;
    const BaseMap map = BaseMap::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/vector/no-basemap.gpkg"), &errors);
    QVERIFY(map.isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().contains(QStringLiteral("no-basemap.gpkg")), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(QStringLiteral("file not found")), qPrintable(errors.first()));
}

void TestBaseMap::missingLayers()
{
    // A readable vector file without the base map's layers: one message per missing layer.
    QStringList errors;
    const BaseMap map
            = BaseMap::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/vector/wgs84_polygon.geojson"), &errors);
    QVERIFY(map.isEmpty());
    QVERIFY(map.counties().isEmpty());
    QCOMPARE(errors.size(), 7);
    for (const char *layer : {"land", "lakes", "borders", "countries", "neighbour_land", "counties", "county_lines"}) {
        const QString expected
                = QStringLiteral("wgs84_polygon.geojson: layer '%1' is missing").arg(QLatin1String(layer));
        QVERIFY2(errors.contains(expected), qPrintable(errors.join(QLatin1Char('\n'))));
    }
}

QTEST_GUILESS_MAIN(TestBaseMap)
#include "tst_basemap.moc"
