// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/referencedata.h"
#include "tests/common/testsupport.h"

#include <QtTest>

using namespace sk;

namespace {

const QString scbFile = QStringLiteral(SERVICEKARTA_SHARED_DIR "/geodata/sweden_scb_admin.gpkg");

const VectorFeature *featureWithCode(const VectorLayer &layer, const QString &code)
{
    for (const VectorFeature &feature : layer.features()) {
        if (feature.code == code)
            return &feature;
    }
    return nullptr;
}

// Even-odd ray casting over all rings, so holes (lakes) count as outside.
bool contains(const VectorFeature &feature, const QPointF &point)
{
    bool inside = false;
    for (const QList<QPointF> &ring : feature.parts) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF &a = ring[i];
            const QPointF &b = ring[j];
            if ((a.y() > point.y()) != (b.y() > point.y())
                && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

} // namespace

class TestAdminBoundaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scbFile();
    void seatsLieInTheirMunicipality_data();
    void seatsLieInTheirMunicipality();
    void alternativeFieldNames();
    void refused_data();
    void refused();

private:
    QTemporaryDir m_dir;
};

void TestAdminBoundaries::scbFile()
{
    if (!QFileInfo::exists(::scbFile))
        QSKIP("the SCB boundaries are not in the shared folder");
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(::scbFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QCOMPARE(boundaries.path(), ::scbFile);
    QCOMPARE(boundaries.municipalities().features().size(), size_t(290));
    QCOMPARE(boundaries.counties().features().size(), size_t(21));
    QCOMPARE(boundaries.municipalities().geometry(), VectorLayer::Geometry::Polygons);
    QVERIFY(SwedenBounds::sweref().contains(boundaries.municipalities().extent()));
    QVERIFY(boundaries.municipalities().extent().intersects(Projection::swedenHomeExtent()));

    QSet<QString> countyCodes;
    for (const VectorFeature &county : boundaries.counties().features()) {
        QCOMPARE(county.code.size(), 2);
        QVERIFY(!county.name.isEmpty());
        countyCodes.insert(county.code);
    }
    QCOMPARE(countyCodes.size(), 21);

    QSet<QString> municipalityCodes;
    for (const VectorFeature &municipality : boundaries.municipalities().features()) {
        QCOMPARE(municipality.code.size(), 4);
        QVERIFY2(countyCodes.contains(municipality.code.left(2)), qPrintable(municipality.code));
        QVERIFY(!municipality.name.isEmpty());
        municipalityCodes.insert(municipality.code);
    }
    QCOMPARE(municipalityCodes.size(), 290);

    // The same 290 codes and names as the shipped reference table.
    QStringList referenceErrors;
    const ReferenceData reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &referenceErrors);
    QVERIFY(referenceErrors.isEmpty());
    for (const Municipality &municipality : reference.municipalities()) {
        const VectorFeature *feature = featureWithCode(boundaries.municipalities(), municipality.code);
        QVERIFY2(feature, qPrintable(municipality.code));
        QCOMPARE(feature->name, municipality.name);
    }
    QCOMPARE(featureWithCode(boundaries.counties(), QStringLiteral("25"))->name, QString::fromUtf8("Norrbottens län"));
}

void TestAdminBoundaries::seatsLieInTheirMunicipality_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");

    QTest::newRow("Stockholm") << "0180" << 59.3293 << 18.0686;
    QTest::newRow("Kiruna") << "2584" << 67.85572 << 20.22513;
    QTest::newRow("Malmö") << "1280" << 55.60587 << 13.00073;
    QTest::newRow("Gotland") << "0980" << 57.64089 << 18.29602;
    QTest::newRow("Strömstad") << "1486" << 58.9395 << 11.1712;
}

void TestAdminBoundaries::seatsLieInTheirMunicipality()
{
    if (!QFileInfo::exists(::scbFile))
        QSKIP("the SCB boundaries are not in the shared folder");
    QFETCH(QString, code);
    QFETCH(double, latitude);
    QFETCH(double, longitude);

    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(::scbFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    const QPointF seat = Projection::toSweref(QGeoCoordinate(latitude, longitude));
    const VectorFeature *home = featureWithCode(boundaries.municipalities(), code);
    QVERIFY(home);
    QVERIFY(contains(*home, seat));
    // …and in no other municipality (guards against swapped axes or a shifted layer).
    int containing = 0;
    for (const VectorFeature &feature : boundaries.municipalities().features())
        containing += contains(feature, seat) ? 1 : 0;
    QCOMPARE(containing, 1);
    const VectorFeature *county = featureWithCode(boundaries.counties(), code.left(2));
    QVERIFY(county);
    QVERIFY(contains(*county, seat));
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
