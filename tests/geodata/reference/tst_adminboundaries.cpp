// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/referencedata.h"
#include "tests/common/boundarychecks.h"
#include "tests/common/testsupport.h"

#include <QtTest>

using namespace sk;

namespace {

// A few synthetic municipalities (20 km squares around five seats) and counties, in the fields SCB uses, so the
// loader is tested wherever ../shared is missing; tst_scbboundaries checks the real SCB file when it is there.
const QString fixtureFile = QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/reference/synthetic-boundaries.gpkg");

} // namespace

class TestAdminBoundaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixtureFile();
    void seatsLieInTheirMunicipality_data();
    void seatsLieInTheirMunicipality();
    void alternativeFieldNames();
    void refused_data();
    void refused();

private:
    QTemporaryDir m_dir;
};

void TestAdminBoundaries::fixtureFile()
{
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(::fixtureFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QCOMPARE(boundaries.path(), ::fixtureFile);
    QCOMPARE(boundaries.municipalities().features().size(), size_t(5));
    QCOMPARE(boundaries.counties().features().size(), size_t(5));
    QCOMPARE(boundaries.municipalities().geometry(), VectorLayer::Geometry::Polygons);
    QVERIFY(SwedenBounds::sweref().contains(boundaries.municipalities().extent()));
    QCOMPARE(sktest::featureWithCode(boundaries.municipalities(), QStringLiteral("1280"))->name, QString::fromUtf8("Malmö"));
    QCOMPARE(sktest::featureWithCode(boundaries.counties(), QStringLiteral("25"))->name, QString::fromUtf8("Norrbottens län"));
    // Gotland has a lake 5 km east of Visby: a hole, so outside the municipality.
    const VectorFeature *gotland = sktest::featureWithCode(boundaries.municipalities(), QStringLiteral("0980"));
    QVERIFY(gotland);
    QCOMPARE(gotland->parts.size(), size_t(2));
    const QPointF visby = Projection::toSweref(QGeoCoordinate(57.64089, 18.29602));
    QVERIFY(gotland->contains(visby));
    QVERIFY(!gotland->contains(visby + QPointF(5000, 0)));
    QVERIFY(gotland->contains(visby + QPointF(8000, 0)));
}

void TestAdminBoundaries::seatsLieInTheirMunicipality_data()
{
    sktest::addSeatRows();
}

void TestAdminBoundaries::seatsLieInTheirMunicipality()
{
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(::fixtureFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    sktest::seatLiesInItsMunicipality(boundaries);
}

void TestAdminBoundaries::alternativeFieldNames()
{
    // SCB's own shapefile names its fields KnKod/KnNamn; a WGS 84 GeoJSON with those fields is reprojected.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kommuner.geojson"));
    QVERIFY(sktest::writeFile(path, R"({"type": "FeatureCollection", "name": "kommuner", "features": [
{"type": "Feature", "properties": {"KnKod": "0180", "KnNamn": "Stockholm"},
 "geometry": {"type": "Polygon", "coordinates": [[[18.0686, 59.3293], [18.2, 59.3293], [18.2, 59.4], [18.0686, 59.3293]]]}}
]})"));
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(path, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QVERIFY(boundaries.counties().isEmpty());
    QCOMPARE(boundaries.municipalities().features().size(), size_t(1));
    const VectorFeature &stockholm = boundaries.municipalities().features().front();
    QCOMPARE(stockholm.code, QStringLiteral("0180"));
    QCOMPARE(stockholm.name, QStringLiteral("Stockholm"));
    QVERIFY(qAbs(stockholm.parts[0][0].x() - 674571.866) < 0.01);
    QVERIFY(qAbs(stockholm.parts[0][0].y() - 6580743.008) < 0.01);
}

void TestAdminBoundaries::refused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected");

    const QString data = QStringLiteral(SERVICEKARTA_TEST_DATA_DIR);
    QTest::newRow("missing file") << data + "/vector/kommuner-missing.gpkg"
                                  << QStringList{"kommuner-missing.gpkg", "file not found"};
    QTest::newRow("no code fields") << data + "/vector/wgs84_polygon.geojson"
                                    << QStringList{"wgs84_polygon.geojson: ", "no layer with municipality codes"};
    // Municipality polygons in metres, in a file that says WGS 84.
    const QString metres = m_dir.filePath(QStringLiteral("kommuner-metres.geojson"));
    QVERIFY(sktest::writeFile(metres, R"({"type": "FeatureCollection", "name": "kommuner", "features": [
{"type": "Feature", "properties": {"kommunkod": "0180", "kommunnamn": "Stockholm"},
 "geometry": {"type": "Polygon", "coordinates": [[[674572, 6580743], [684572, 6580743], [684572, 6590743], [674572, 6580743]]]}}
]})"));
    QTest::newRow("wrong CRS") << metres << QStringList{"kommuner-metres.geojson: ", "WGS 84", "is the CRS right?"};
    // 400 small squares along Sweden's east coast, then a page in the middle of the table zeroed.
    const QString damaged = m_dir.filePath(QStringLiteral("kommuner-damaged.gpkg"));
    sktest::PolygonLayer squares{"kommuner", 3006, {"kommunkod", "kommunnamn"}, {}, {}};
    for (int i = 0; i < 400; ++i) {
        const double x = 600000 + 1000 * (i % 20);
        const double y = 6500000 + 1000 * (i / 20);
        squares.values.push_back(
                {QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')), QString(200, QLatin1Char('k'))});
        squares.rings.push_back({{x, y}, {x + 500, y}, {x + 500, y + 500}, {x, y + 500}, {x, y}});
    }
    QVERIFY(sktest::writeVectorFile(damaged, "GPKG", {squares}));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 4096 * 2 / 3 * 4096));
        QVERIFY(file.write(QByteArray(4096, '\0')) == 4096);
    }
    QTest::newRow("zeroed page") << damaged
                                 << QStringList{"kommuner-damaged.gpkg: layer 'kommuner', feature ",
                                                ": cannot be read (", "malformed",
                                                "; the file is refused, not read in part"};
}

void TestAdminBoundaries::refused()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(path, &error);
    QVERIFY(boundaries.isEmpty());
    QVERIFY(boundaries.municipalities().isEmpty());
    QVERIFY(boundaries.path().isEmpty());
    for (const QString &part : expected)
        QVERIFY2(error.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, error)));
}

QTEST_GUILESS_MAIN(TestAdminBoundaries)
#include "tst_adminboundaries.moc"
