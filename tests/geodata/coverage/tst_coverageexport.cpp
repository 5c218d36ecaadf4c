// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/coverageexport.h"
#include "geodata/geo/gdalsupport.h"
#include "geodata/geo/projection.h"
#include "geodata/import/officeimporter.h"
#include "tests/common/smallfilesystem.h"

#include <QTemporaryDir>
#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>

using namespace sk;

namespace {

using FeaturePtr = std::unique_ptr<OGRFeature, void (*)(OGRFeature *)>;

FeaturePtr featureWithCode(OGRLayer &layer, const char *code)
{
    layer.ResetReading();
    while (FeaturePtr feature{layer.GetNextFeature(), [](OGRFeature *f) { OGRFeature::DestroyFeature(f); }}) {
        if (QByteArray(feature->GetFieldAsString("code")) == code)
            return feature;
    }
    return FeaturePtr{nullptr, [](OGRFeature *) {}};
}

GdalDatasetPtr openVector(const QString &path)
{
    QString error;
    GdalDatasetPtr dataset = openShippedVectorFile(path, &error);
    if (!dataset)
        qWarning("%s", qPrintable(error));
    return dataset;
}

} // namespace

class TestCoverageExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void municipalityCsv();
    void geoPackageWithSeatPoints();
    void geoPackageWithBoundaryPolygons();
    void distanceRaster();
    void replacesExistingFile();
    void failures_data();
    void failures();
    void leavesAFolderInTheWayAlone();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();

private:
    QString path(const char *name) const { return m_directory.filePath(QString::fromLatin1(name)); }
    // Writes the export `kind` ("csv", "gpkg", "tif", or "empty tif": a raster with no office open) to `target`.
    bool exportAs(const QString &kind, const QString &target, QString *error) const;

    QTemporaryDir m_directory;
    ReferenceData m_reference;
    CoverageCalculator m_calculator;
    CoverageResult m_result;
};

void TestCoverageExport::initTestCase()
{
    QVERIFY(m_directory.isValid());
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    const OfficeLoadResult offices = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    QVERIFY2(offices.ok(), qPrintable(offices.errors.join(QLatin1Char('\n'))));
    m_calculator = CoverageCalculator(Rollout(offices.offices), m_reference);
    m_result = m_calculator.at(QDate(2023, 12, 31));
}

void TestCoverageExport::municipalityCsv()
{
    QString error;
    QVERIFY2(CoverageExport::writeMunicipalityCsv(m_result, path("coverage.csv"), &error), qPrintable(error));
    const GdalDatasetPtr dataset = openVector(path("coverage.csv"));
    QVERIFY(dataset);
    OGRLayer &layer = *dataset->GetLayer(0);
    QCOMPARE(layer.GetFeatureCount(), GIntBig(290));
    const FeaturePtr stockholm = featureWithCode(layer, "0180");
    QVERIFY(stockholm);
    QCOMPARE(QString::fromUtf8(stockholm->GetFieldAsString("name")), QStringLiteral("Stockholm"));
    QCOMPARE(QString::fromUtf8(stockholm->GetFieldAsString("county")), QStringLiteral("Stockholms län"));
    QCOMPARE(stockholm->GetFieldAsInteger64("population"), GIntBig(975551));
    QCOMPARE(stockholm->GetFieldAsInteger("has_office"), 1);
    QCOMPARE(QString::fromUtf8(stockholm->GetFieldAsString("date")), QStringLiteral("2023-12-31"));
    QVERIFY(stockholm->GetFieldAsDouble("seat_distance_km") < 5);
    QVERIFY(featureWithCode(layer, "0114")); // leading zeros survive
}

void TestCoverageExport::geoPackageWithSeatPoints()
{
    QString error;
    QVERIFY2(CoverageExport::writeMunicipalityGeoPackage(m_result, AdminBoundaries(), path("seats.gpkg"), &error),
             qPrintable(error));
    const GdalDatasetPtr dataset = openVector(path("seats.gpkg"));
    QVERIFY(dataset);
    OGRLayer *layer = dataset->GetLayerByName("municipality_coverage");
    QVERIFY(layer);
    QCOMPARE(layer->GetFeatureCount(), GIntBig(290));
    QCOMPARE(QByteArray(layer->GetSpatialRef()->GetAuthorityCode(nullptr)), QByteArray("3006"));
    QCOMPARE(wkbFlatten(layer->GetGeomType()), wkbPoint);

    const FeaturePtr stockholm = featureWithCode(*layer, "0180");
    QVERIFY(stockholm);
    const MunicipalityCoverage &expected = *std::find_if(m_result.municipalities.begin(), m_result.municipalities.end(),
                                                         [](const auto &row) { return row.code == "0180"; });
    QCOMPARE(QString::fromUtf8(stockholm->GetFieldAsString("nearest_office")), expected.nearestOfficeId);
    QCOMPARE(stockholm->GetFieldAsDouble("seat_distance_km"), expected.seatDistanceKm);
    QCOMPARE(stockholm->GetFieldAsInteger("has_office"), 1);
    const OGRPoint *seat = stockholm->GetGeometryRef()->toPoint();
    QCOMPARE(QPointF(seat->getX(), seat->getY()), m_reference.municipality(QStringLiteral("0180"))->seatPosition);
}

void TestCoverageExport::geoPackageWithBoundaryPolygons()
{
    QString error;
    const AdminBoundaries boundaries
            = AdminBoundaries::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/coverage/boundaries.geojson"), &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QVERIFY2(CoverageExport::writeMunicipalityGeoPackage(m_result, boundaries, path("polygons.gpkg"), &error),
             qPrintable(error));
    const GdalDatasetPtr dataset = openVector(path("polygons.gpkg"));
    QVERIFY(dataset);
    OGRLayer &layer = *dataset->GetLayer(0);
    QCOMPARE(layer.GetFeatureCount(), GIntBig(290));
    QCOMPARE(wkbFlatten(layer.GetGeomType()), wkbMultiPolygon);

    const FeaturePtr stockholm = featureWithCode(layer, "0180");
    QVERIFY(stockholm && stockholm->GetGeometryRef());
    const OGRMultiPolygon *stockholmShape = stockholm->GetGeometryRef()->toMultiPolygon();
    QCOMPARE(stockholmShape->getNumGeometries(), 1);
    QCOMPARE(stockholmShape->getGeometryRef(0)->getNumInteriorRings(), 1); // the hole stays a hole

    const FeaturePtr goteborg = featureWithCode(layer, "1480");
    QVERIFY(goteborg && goteborg->GetGeometryRef());
    QCOMPARE(goteborg->GetGeometryRef()->toMultiPolygon()->getNumGeometries(), 2);

    const FeaturePtr vasby = featureWithCode(layer, "0114"); // "114" in the boundaries file
    QVERIFY(vasby && vasby->GetGeometryRef());

    const FeaturePtr malmo = featureWithCode(layer, "1280"); // not in the boundaries file
    QVERIFY(malmo);
    QVERIFY(!malmo->GetGeometryRef());
    QCOMPARE(QString::fromUtf8(malmo->GetFieldAsString("name")), QStringLiteral("Malmö"));
}

void TestCoverageExport::distanceRaster()
{
    const NearestOfficeIndex offices = m_calculator.officeIndexAt(QDate(2023, 12, 31));
    QString error;
    QStringList errors;
    const BaseMap baseMap = BaseMap::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/basemap.gpkg"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    const LandMask land(baseMap);
    QVERIFY2(CoverageExport::writeDistanceRaster(offices, land, path("distance.tif"), &error), qPrintable(error));
    const GdalDatasetPtr dataset(
            GDALDataset::Open(QFile::encodeName(path("distance.tif")).constData(), GDAL_OF_RASTER | GDAL_OF_READONLY));
    QVERIFY(dataset);
    QCOMPARE(dataset->GetRasterXSize(), 820);
    QCOMPARE(dataset->GetRasterYSize(), 1670);
    QCOMPARE(dataset->GetRasterCount(), 1);
    QCOMPARE(dataset->GetRasterBand(1)->GetRasterDataType(), GDT_Float32);
    double geoTransform[6];
    QCOMPARE(dataset->GetGeoTransform(geoTransform), CE_None);
    QCOMPARE((std::vector<double>(geoTransform, geoTransform + 6)),
             (std::vector<double>{180000, 1000, 0, 7720000, 0, -1000}));
    QCOMPARE(QByteArray(dataset->GetSpatialRef()->GetAuthorityCode(nullptr)), QByteArray("3006"));

    const auto pixelAt = [&](QPointF position) {
        const int column = static_cast<int>((position.x() - geoTransform[0]) / geoTransform[1]);
        const int row = static_cast<int>((position.y() - geoTransform[3]) / geoTransform[5]);
        float value = -1;
        if (dataset->GetRasterBand(1)->RasterIO(GF_Read, column, row, 1, 1, &value, 1, 1, GDT_Float32, 0, 0) != CE_None)
            return -1.0f;
        return value;
    };
    float noData = 0;
    int hasNoData = 0;
    noData = float(dataset->GetRasterBand(1)->GetNoDataValue(&hasNoData));
    QVERIFY(hasNoData);
    QCOMPARE(noData, CoverageExport::noDataValue);
    // The cell holding an office whose cell centre is land: that centre is at most half a diagonal (0.71 km) away.
    const auto centreOf = [&](QPointF position) {
        return QPointF(180000 + (std::floor((position.x() - 180000) / 1000) + 0.5) * 1000,
                       7720000 - (std::floor((7720000 - position.y()) / 1000) + 0.5) * 1000);
    };
    const auto inlandOffice = std::find_if(offices.offices().begin(), offices.offices().end(), [&](int office) {
        return land.contains(centreOf(m_calculator.rollout().offices()[size_t(office)].position));
    });
    QVERIFY(inlandOffice != offices.offices().end());
    const float nearOffice = pixelAt(m_calculator.rollout().offices()[size_t(*inlandOffice)].position);
    QVERIFY2(nearOffice >= 0 && nearOffice <= 0.71f, qPrintable(QString::number(nearOffice)));
    // Land cells hold the distance the index measures at their centre; sea, lakes and Norway are no data.
    const QPointF inland(700500, 7300500);
    QVERIFY(land.contains(inland));
    QCOMPARE(pixelAt(inland), static_cast<float>(offices.nearest(inland).distance / 1000));
    QCOMPARE(pixelAt(QPointF(980500, 6060500)), CoverageExport::noDataValue); // the Baltic south-east of Gotland
    QCOMPARE(pixelAt(Projection::toSweref(QGeoCoordinate(59.00, 13.50))), CoverageExport::noDataValue); // Vänern
    QCOMPARE(pixelAt(Projection::toSweref(QGeoCoordinate(59.9139, 10.7522))), CoverageExport::noDataValue); // Oslo
}

void TestCoverageExport::replacesExistingFile()
{
    QString error;
    QVERIFY2(CoverageExport::writeMunicipalityGeoPackage(m_result, AdminBoundaries(), path("twice.gpkg"), &error),
             qPrintable(error));
    QVERIFY2(CoverageExport::writeMunicipalityGeoPackage(m_result, AdminBoundaries(), path("twice.gpkg"), &error),
             qPrintable(error));
    const GdalDatasetPtr dataset = openVector(path("twice.gpkg"));
    QVERIFY(dataset);
    QCOMPARE(dataset->GetLayerCount(), 1);
    QCOMPARE(dataset->GetLayer(0)->GetFeatureCount(), GIntBig(290));
    const QStringList hidden = QDir(m_directory.path()).entryList({QStringLiteral(".*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(hidden.isEmpty(), qPrintable(hidden.join(QLatin1Char(' '))));
}

void TestCoverageExport::failures_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");

    QTest::newRow("csv without suffix") << "csv"
                                        << "table.txt"
                                        << "table.txt: a CSV file name must end in .csv";
    QTest::newRow("csv in missing folder") << "csv"
                                           << "missing/table.csv"
                                           << "table.csv: the folder ";
    QTest::newRow("gpkg in missing folder") << "gpkg"
                                            << "missing/layer.gpkg"
                                            << "layer.gpkg: the folder ";
    QTest::newRow("raster in missing folder") << "tif"
                                              << "missing/distance.tif"
                                              << "distance.tif: the folder ";
    QTest::newRow("raster without offices") << "empty tif"
                                            << "none.tif"
                                            << "none.tif: no office is open, so there is no distance to map";
}

bool TestCoverageExport::exportAs(const QString &kind, const QString &target, QString *error) const
{
    if (kind == QLatin1String("csv"))
        return CoverageExport::writeMunicipalityCsv(m_result, target, error);
    if (kind == QLatin1String("gpkg"))
        return CoverageExport::writeMunicipalityGeoPackage(m_result, AdminBoundaries(), target, error);
    if (kind == QLatin1String("tif"))
        return CoverageExport::writeDistanceRaster(m_calculator.officeIndexAt(QDate(2023, 1, 1)), LandMask(), target,
                                                   error);
    return CoverageExport::writeDistanceRaster(NearestOfficeIndex(), LandMask(), target, error);
}

void TestCoverageExport::failures()
{
    QFETCH(QString, kind);
    QFETCH(QString, file);
    QFETCH(QString, message);

    const QString target = m_directory.filePath(file);
    QString error;
    QVERIFY(!exportAs(kind, target, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
    QVERIFY(!QFileInfo(target).isFile());
}

void TestCoverageExport::leavesAFolderInTheWayAlone()
{
    QVERIFY(QDir(m_directory.path()).mkpath(QStringLiteral("folder.gpkg/inside")));
    QString error;
    QVERIFY(!CoverageExport::writeMunicipalityGeoPackage(m_result, AdminBoundaries(), path("folder.gpkg"), &error));
    QCOMPARE(error, QStringLiteral("folder.gpkg: cannot replace the existing file"));
    QVERIFY(QFileInfo(path("folder.gpkg/inside")).isDir());
}

void TestCoverageExport::fullDiskKeepsTheOldFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("diskSize");
    // The table is about 30 KiB, the layer and the raster are larger than 64 KiB.
    QTest::newRow("csv") << "csv"
                         << "8k";
    QTest::newRow("gpkg") << "gpkg"
                          << "64k";
    QTest::newRow("tif") << "tif"
                         << "64k";
}

// A failed export on a full disk leaves the file that was there untouched and no temporary file behind.
void TestCoverageExport::fullDiskKeepsTheOldFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, diskSize);
    const sktest::SmallFileSystem disk(diskSize);
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.whyNot()));
    const QString name = QStringLiteral("coverage.%1").arg(kind);
    const QByteArray good(2 * 1024, 'g');
    QVERIFY(disk.write(name, good));
    QString error;
    QVERIFY(!exportAs(kind, disk.filePath(name), &error));
    QVERIFY2(error.startsWith(name + QLatin1String(": ")), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("/.coverage.")), qPrintable(error));
    QCOMPARE(disk.read(name), good);
    QCOMPARE(disk.files(), QStringList{name});
}

QTEST_GUILESS_MAIN(TestCoverageExport)
#include "tst_coverageexport.moc"
