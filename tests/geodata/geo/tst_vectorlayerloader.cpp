// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/gdalsupport.h"
#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/geo/vectorlayerloader.h"
#include "tests/common/testsupport.h"

#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace sk;

namespace {

const QString dataDir = QStringLiteral(SERVICEKARTA_TEST_DATA_DIR);

// Opens `path` the way the program opens user files and loads its first layer.
std::optional<VectorLayer> loadFirstLayer(const QString &path, const VectorLayerLoader::Fields &fields, QString *error)
{
    const GdalDatasetPtr dataset = openUserVectorFile(path, error);
    if (!dataset)
        return std::nullopt;
    if (dataset->GetLayerCount() < 1) {
        *error = QStringLiteral("no layer");
        return std::nullopt;
    }
    return VectorLayerLoader::load(*dataset->GetLayer(0), QFileInfo(path).fileName(), fields, error);
}

} // namespace

class TestVectorLayerLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reprojectsWgs84();
    void readsLines();
    void swerefPassesThrough();
    void refused_data();
    void refused();
    void degreesDeclaredAsSweref();
    void noCrs_data();
    void noCrs();
    void noFeatures();

private:
    QTemporaryDir m_dir;
};

void TestVectorLayerLoader::reprojectsWgs84()
{
    QString error;
    const std::optional<VectorLayer> layer = loadFirstLayer(dataDir + QStringLiteral("/vector/wgs84_polygon.geojson"),
                                                            {QStringLiteral("namn"), QStringLiteral("kod")}, &error);
    QVERIFY2(layer, qPrintable(error));
    QCOMPARE(layer->name(), QStringLiteral("squares"));
    QCOMPARE(layer->geometry(), VectorLayer::Geometry::Polygons);
    QCOMPARE(layer->features().size(), size_t(2));

    const VectorFeature &stockholm = layer->features()[0];
    QCOMPARE(stockholm.name, QStringLiteral("Stockholm square"));
    QCOMPARE(stockholm.code, QStringLiteral("0180"));
    QCOMPARE(stockholm.parts.size(), size_t(1));
    QCOMPARE(stockholm.parts[0].size(), 5);
    // The first vertex is 59.3293 N 18.0686 E: E 674 572, N 6 580 743 in SWEREF 99 TM.
    const QPointF first = stockholm.parts[0].first();
    QVERIFY2(qAbs(first.x() - 674571.866) < 0.01 && qAbs(first.y() - 6580743.008) < 0.01,
             qPrintable(QStringLiteral("%1 %2").arg(first.x(), 0, 'f', 3).arg(first.y(), 0, 'f', 3)));
    // The second vertex lies east of the first at the same latitude.
    QVERIFY(stockholm.parts[0][1].x() > first.x() + 7000);

    const VectorFeature &kiruna = layer->features()[1];
    QCOMPARE(kiruna.code, QStringLiteral("2584"));
    QCOMPARE(kiruna.parts.size(), size_t(1)); // a one-polygon MultiPolygon
    QVERIFY(kiruna.bounds.contains(Projection::toSweref(QGeoCoordinate(67.85, 20.2))));
    QVERIFY(SwedenBounds::sweref().contains(layer->extent()));
}

void TestVectorLayerLoader::readsLines()
{
    QString error;
    const std::optional<VectorLayer> layer = loadFirstLayer(dataDir + QStringLiteral("/vector/wgs84_lines.geojson"),
                                                            {QStringLiteral("namn"), {}}, &error);
    QVERIFY2(layer, qPrintable(error));
    QCOMPARE(layer->geometry(), VectorLayer::Geometry::Lines);
    QCOMPARE(layer->features().size(), size_t(1));
    QCOMPARE(layer->features()[0].name, QStringLiteral("E4"));
    QVERIFY(layer->features()[0].code.isEmpty());
    const QList<QPointF> &line = layer->features()[0].parts[0];
    QCOMPARE(line.size(), 3);
    QVERIFY(qAbs(line.first().x() - 674571.866) < 0.01);
    QVERIFY(line.last().y() > line.first().y() + 100000); // Gävle is north of Stockholm
}

void TestVectorLayerLoader::swerefPassesThrough()
{
    const QString path = m_dir.filePath(QStringLiteral("sweref.gpkg"));
    const QList<QPointF> ring{{600000, 6600000}, {610000, 6600000}, {610000, 6610000}, {600000, 6600000}};
    QVERIFY(sktest::writeGeoPackage(path, {{"areas", 3006, {"code"}, {{"42"}}, {ring}}}));
    QString error;
    const std::optional<VectorLayer> layer = loadFirstLayer(path, {{}, QStringLiteral("code")}, &error);
    QVERIFY2(layer, qPrintable(error));
    QCOMPARE(layer->features()[0].parts[0], ring);
    QCOMPARE(layer->features()[0].code, QStringLiteral("42"));
    QVERIFY(layer->features()[0].name.isEmpty());
}

void TestVectorLayerLoader::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");

    // Metres written into a file that says (by default) WGS 84.
    QTest::newRow("metres declared as WGS 84")
            << dataDir + QStringLiteral("/vector/metres_declared_wgs84.geojson")
            << QStringList{"metres_declared_wgs84.geojson: ", "'metres'", "WGS 84", "is the CRS right?"};
    // A valid CRS, but the data lies in London.
    QTest::newRow("British National Grid")
            << dataDir + QStringLiteral("/vector/british_grid.geojson")
            << QStringList{"british_grid.geojson: ", "'london'", "British National Grid", "is the CRS right?"};
    QTest::newRow("points are not a base layer")
            << dataDir + QStringLiteral("/offices/points.geojson")
            << QStringList{"points.geojson: ", "feature 1", "POINT", "neither polygons nor lines"};
    QTest::newRow("missing file") << dataDir + QStringLiteral("/vector/nothing-here.geojson")
                                  << QStringList{"nothing-here.geojson", "file not found"};
}

void TestVectorLayerLoader::refused()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);

    QString error;
    const std::optional<VectorLayer> layer = loadFirstLayer(path, {}, &error);
    QVERIFY(!layer);
    for (const QString &part : expected)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, error)));
}

void TestVectorLayerLoader::degreesDeclaredAsSweref()
{
    // The reverse mistake: longitude/latitude in a layer that says SWEREF 99 TM lands near the origin.
    const QString path = m_dir.filePath(QStringLiteral("degrees-as-sweref.gpkg"));
    QVERIFY(sktest::writeGeoPackage(
            path, {{"kommuner", 3006, {}, {}, {{{18.0, 59.3}, {18.1, 59.3}, {18.1, 59.4}, {18.0, 59.3}}}}}));
    QString error;
    QVERIFY(!loadFirstLayer(path, {}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("degrees-as-sweref.gpkg: layer 'kommuner' lies outside Sweden")),
             qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("SWEREF99 TM")) && error.contains(QStringLiteral("is the CRS right?")),
             qPrintable(error));
}

void TestVectorLayerLoader::noCrs_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("driver");
    QTest::addColumn<bool>("degrees"); // coordinates that would pass for longitude/latitude in Sweden
    QTest::addColumn<QString>("expected");

    QTest::newRow("shapefile without .prj, metres") << "nocrs.shp" << QByteArray("ESRI Shapefile") << false
                                                    << "nocrs.shp: layer 'nocrs' has no coordinate reference system";
    QTest::newRow("shapefile without .prj, degrees")
            << "nocrsdeg.shp" << QByteArray("ESRI Shapefile") << true
            << "nocrsdeg.shp: layer 'nocrsdeg' has no coordinate reference system";
    // GDAL reads a GeoPackage layer without SRS (srs_id 0) as "Undefined geographic SRS".
    QTest::newRow("GeoPackage without SRS, metres") << "nocrs.gpkg" << QByteArray("GPKG") << false
                                                    << "nocrs.gpkg: layer 'unknown' has no coordinate reference system";
    QTest::newRow("GeoPackage without SRS, degrees")
            << "nocrsdeg.gpkg" << QByteArray("GPKG") << true
            << "nocrsdeg.gpkg: layer 'unknown' has no coordinate reference system";
}

void TestVectorLayerLoader::noCrs()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, driver);
    QFETCH(bool, degrees);
    QFETCH(QString, expected);

    const QString path = m_dir.filePath(fileName);
    const QList<QPointF> ring = degrees
            ? QList<QPointF>{{18.0, 59.3}, {18.1, 59.3}, {18.1, 59.4}, {18.0, 59.3}}
            : QList<QPointF>{{640000, 6600000}, {650000, 6600000}, {650000, 6610000}, {640000, 6600000}};
    QVERIFY(sktest::writeVectorFile(path, driver.constData(), {{"unknown", 0, {}, {}, {ring}}}));
    QString error;
    const std::optional<VectorLayer> layer = loadFirstLayer(path, {}, &error);
    QVERIFY2(!layer, "a layer without a CRS was accepted");
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestVectorLayerLoader::noFeatures()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.gpkg"));
    QVERIFY(sktest::writeGeoPackage(path, {{"nothing", 3006, {}, {}, {}}}));
    QString error;
    QVERIFY(!loadFirstLayer(path, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("empty.gpkg: layer 'nothing' has no features")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestVectorLayerLoader)
#include "tst_vectorlayerloader.moc"
