// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/gdalsupport.h"
#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/import/columnmapping.h"
#include "geodata/import/officeimporter.h"
#include "geodata/import/officeschema.h"
#include "geodata/reference/basemap.h"
#include "geodata/reference/referencedata.h"
#include "geodata/reference/swedishland.h"
#include "tests/common/testsupport.h"

#include <QtTest>

#include <cpl_conv.h>
#include <cpl_http.h>

Q_DECLARE_METATYPE(sk::Status2021)
Q_DECLARE_METATYPE(sk::OfficeField)
Q_DECLARE_METATYPE(sk::CoordinateSource)

using namespace sk;

namespace {

QString importFile(const char *name)
{
    return QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/import/") + QString::fromUtf8(name);
}

QString badFile(const char *name)
{
    return QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/badfiles/") + QString::fromUtf8(name);
}

} // namespace

class TestOfficeImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodFiles_data();
    void goodFiles();
    void inspectOurFormat();
    void inspectForeignFormat();
    void inspectPointGeometry();
    void guess_data();
    void guess();
    void problems_data();
    void problems();
    void defaultsWithoutReference();
    void defaultsFromReference();
    void unmappedStatusAndPhase();
    void layerChosenAmongSeveral();
    void tooManyRows();
    void fileTooLarge();
    void refusedPaths_data();
    void refusedPaths();
    void networkIsCutOff();
    void unreadableFileGivesNothing_data();
    void unreadableFileGivesNothing();
    void allTextSpreadsheet();
    void retypingSidecarRefused();
    void utf16Named_data();
    void utf16Named();
    void hrefIsJustText();
    void officeLayerChosenOverPointLayer();
    void outsideSwedishLand_data();
    void outsideSwedishLand();
    void shippedOfficesStandOnSwedishLand();

private:
    ReferenceData m_reference;
    BaseMap m_baseMap;
    QTemporaryDir m_dir;
};

void TestOfficeImporter::initTestCase()
{
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(m_reference.municipalityCount() > 280);
    m_baseMap = BaseMap::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/basemap.gpkg"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestOfficeImporter::goodFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("index"); // the office checked below
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<Status2021>("status");
    QTest::addColumn<int>("phase");

    const auto row = [](const char *file) -> QTestData & { return QTest::newRow(file) << importFile(file); };
    row("offices-ours.csv") << 3 << 1 << "Kiruna"
                            << "2584" << 67.85572 << 20.22513 << Status2021::Planned << 2;
    // Semicolons, Swedish names, no id or status: an opening in 2022 makes a planned office.
    row("kontor-svenska.csv") << 3 << 0 << QString::fromUtf8("Servicekontor Gävle") << "2180" << 60.6749 << 17.1413
                              << Status2021::Planned << 1;
    // Neither date nor phase: planned for a later, third phase.
    QTest::newRow("kontor-svenska.csv without a date")
            << importFile("kontor-svenska.csv") << 3 << 2 << "Servicekontor Kiruna"
            << "2584" << 67.85572 << 20.22513 << Status2021::Planned << 3;
    // Opened 2019, before the order of May 2021: open, and an empty phase cell is phase 0.
    row("offices.xlsx") << 3 << 1 << QString::fromUtf8("Servicekontor Malmö") << "1280" << 55.6050 << 13.0038
                        << Status2021::Open << 0;
    row("kontor-sweref.csv") << 3 << 0 << "Stockholm"
                             << "0180" << 59.3293 << 18.0686 << Status2021::Planned << 3;
    row("offices.geojson") << 3 << 1 << "Kiruna"
                           << "2584" << 67.85572 << 20.22513 << Status2021::Planned << 2;
    // SWEREF 99 TM points, brought back to WGS 84.
    row("offices.gpkg") << 3 << 2 << QString::fromUtf8("Gävle") << "2180" << 60.6749 << 17.1413 << Status2021::Planned
                        << 1;
    // The shapefile's laundered "municipali" column is not recognised: the nearest seat gives the code.
    row("offices.shp") << 3 << 1 << "Kiruna"
                       << "2584" << 67.85572 << 20.22513 << Status2021::Planned << 2;
    // GDAL's KML driver reads a placemark's name only: the code comes from the nearest seat, status and phase
    // are the defaults.
    row("offices.kml") << 3 << 0 << "Stockholm City"
                       << "0180" << 59.3293 << 18.0686 << Status2021::Planned << 3;
}

void TestOfficeImporter::goodFiles()
{
    QFETCH(QString, path);
    QFETCH(int, count);
    QFETCH(int, index);
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(Status2021, status);
    QFETCH(int, phase);

    const ImportPreview preview = OfficeImporter::inspect(path);
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QVERIFY2(preview.guessedMapping.isUsable(), qPrintable(preview.guessedMapping.problems().join(QLatin1Char('\n'))));
    const OfficeLoadResult result = OfficeImporter::import(path, preview.guessedMapping, &m_reference);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(int(result.offices.size()), count);
    const Office &office = result.offices[size_t(index)];
    QCOMPARE(office.name, name);
    QCOMPARE(office.municipalityCode, code);
    QVERIFY2(qAbs(office.coordinate.latitude() - latitude) < 1e-6, qPrintable(office.coordinate.toString()));
    QVERIFY2(qAbs(office.coordinate.longitude() - longitude) < 1e-6, qPrintable(office.coordinate.toString()));
    QVERIFY(SwedenBounds::sweref().contains(office.position));
    QCOMPARE(office.status2021, status);
    QCOMPARE(office.phase, phase);
    QVERIFY(!office.id.isEmpty());
}

void TestOfficeImporter::inspectOurFormat()
{
    const ImportPreview preview = OfficeImporter::inspect(importFile("offices-ours.csv"));
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(preview.fileName, QStringLiteral("offices-ours.csv"));
    QCOMPARE(preview.driverName, QStringLiteral("CSV"));
    QCOMPARE(preview.columns, OfficeSchema::columnNames());
    QCOMPARE(preview.featureCount, 3);
    QCOMPARE(preview.rows.size(), 3);
    QCOMPARE(preview.rows[2][1], QString::fromUtf8("Malmö"));
    QVERIFY(!preview.hasPointGeometry);
    QVERIFY(preview.layerNote.isEmpty());
    QCOMPARE(preview.guessedMapping, OfficeSchema::mapping());
}

void TestOfficeImporter::inspectForeignFormat()
{
    const ImportPreview preview = OfficeImporter::inspect(importFile("kontor-svenska.csv"));
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    const ColumnMapping &mapping = preview.guessedMapping;
    QCOMPARE(mapping.column(OfficeField::Name), QStringLiteral("Namn"));
    QCOMPARE(mapping.column(OfficeField::MunicipalityCode), QStringLiteral("Kommunkod"));
    QCOMPARE(mapping.column(OfficeField::Latitude), QStringLiteral("Latitud"));
    QCOMPARE(mapping.column(OfficeField::Opened), QString::fromUtf8("Öppnad"));
    QCOMPARE(mapping.column(OfficeField::Phase), QStringLiteral("Fas"));
    QVERIFY(!mapping.isMapped(OfficeField::Id));
    QVERIFY(!mapping.isMapped(OfficeField::Status2021));
    QCOMPARE(mapping.coordinateSource(), CoordinateSource::LatitudeLongitude);
}

void TestOfficeImporter::inspectPointGeometry()
{
    const ImportPreview preview = OfficeImporter::inspect(importFile("offices.gpkg"));
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(preview.driverName, QStringLiteral("GPKG"));
    QCOMPARE(preview.layerName, QStringLiteral("kontor"));
    QVERIFY(preview.hasPointGeometry);
    QCOMPARE(preview.guessedMapping.coordinateSource(), CoordinateSource::PointGeometry);
    QVERIFY(preview.guessedMapping.isUsable());
}

void TestOfficeImporter::guess_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<bool>("points");
    QTest::addColumn<OfficeField>("field");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<CoordinateSource>("source");

    QTest::newRow("LAT upper case") << QStringList{"NAMN", "LAT", "LNG"} << false << OfficeField::Latitude << "LAT"
                                    << CoordinateSource::LatitudeLongitude;
    QTest::newRow("lng") << QStringList{"namn", "lat", "lng"} << false << OfficeField::Longitude << "lng"
                         << CoordinateSource::LatitudeLongitude;
    QTest::newRow("sweref_e") << QStringList{"kontor", "sweref_e", "sweref_n"} << false << OfficeField::Easting
                              << "sweref_e" << CoordinateSource::EastingNorthing;
    QTest::newRow("E and N") << QStringList{"name", "E", "N"} << false << OfficeField::Northing << "N"
                             << CoordinateSource::EastingNorthing;
    QTest::newRow("kommunkod") << QStringList{"Kontor", "Kommunkod", "x", "y"} << false << OfficeField::MunicipalityCode
                               << "Kommunkod" << CoordinateSource::LatitudeLongitude;
    QTest::newRow("kod") << QStringList{"namn", "kod"} << true << OfficeField::MunicipalityCode << "kod"
                         << CoordinateSource::PointGeometry;
    QTest::newRow("open_date") << QStringList{"name", "open_date"} << true << OfficeField::Opened << "open_date"
                               << CoordinateSource::PointGeometry;
    QTest::newRow("kommun is the name of the municipality")
            << QStringList{"kontor", "kommun", "kommunkod"} << false << OfficeField::Municipality << "kommun"
            << CoordinateSource::LatitudeLongitude;
    QTest::newRow("nothing known") << QStringList{"a", "b"} << false << OfficeField::Name << ""
                                   << CoordinateSource::LatitudeLongitude;
}

void TestOfficeImporter::guess()
{
    QFETCH(QStringList, columns);
    QFETCH(bool, points);
    QFETCH(OfficeField, field);
    QFETCH(QString, expected);
    QFETCH(CoordinateSource, source);

    const ColumnMapping mapping = ColumnMapping::guess(columns, points);
    QCOMPARE(mapping.column(field), expected);
    QCOMPARE(mapping.coordinateSource(), source);
}

void TestOfficeImporter::problems_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<bool>("points");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("usable") << QStringList{"namn", "lat", "lon"} << false << QStringList{};
    QTest::newRow("no name") << QStringList{"lat", "lon"} << false << QStringList{"choose a column for the name"};
    QTest::newRow("no coordinates") << QStringList{
            "namn"} << false << QStringList{"choose latitude and longitude, or easting and northing (SWEREF 99 TM)"};
    QTest::newRow("only latitude") << QStringList{"namn", "lat"} << false
                                   << QStringList{
                                              "choose latitude and longitude, or easting and northing (SWEREF 99 TM)"};
    QTest::newRow("point geometry stands in") << QStringList{"namn"} << true << QStringList{};
}

void TestOfficeImporter::problems()
{
    QFETCH(QStringList, columns);
    QFETCH(bool, points);
    QFETCH(QStringList, expected);
    const ColumnMapping mapping = ColumnMapping::guess(columns, points);
    QCOMPARE(mapping.problems(), expected);
    QCOMPARE(mapping.isUsable(), expected.isEmpty());
}

void TestOfficeImporter::defaultsWithoutReference()
{
    const QString path = importFile("kontor-sweref.csv");
    ColumnMapping mapping = OfficeImporter::inspect(path).guessedMapping;
    mapping.setColumn(OfficeField::MunicipalityCode, {});
    const OfficeLoadResult result = OfficeImporter::import(path, mapping);
    QVERIFY(result.offices.empty());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(
                     QStringLiteral("kontor-sweref.csv: choose a column for the municipality code")),
             qPrintable(result.errors.first()));
}

void TestOfficeImporter::defaultsFromReference()
{
    const QString path = importFile("kontor-sweref.csv");
    ColumnMapping mapping = OfficeImporter::inspect(path).guessedMapping;
    mapping.setColumn(OfficeField::MunicipalityCode, {});
    const OfficeLoadResult result = OfficeImporter::import(path, mapping, &m_reference);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.offices.size(), size_t(3));
    const Office &stockholm = result.offices[0];
    QCOMPARE(stockholm.id, QStringLiteral("import-2"));
    QCOMPARE(stockholm.municipalityCode, QStringLiteral("0180"));
    QCOMPARE(stockholm.municipality, QStringLiteral("Stockholm"));
    QCOMPARE(stockholm.county, QString::fromUtf8("Stockholms län"));
    QCOMPARE(stockholm.position, QPointF(674571.866, 6580743.008));
    QCOMPARE(stockholm.vulnerableArea, VulnerableArea::Unknown);
    QVERIFY(!stockholm.isVerified());
    QCOMPARE(result.offices[1].municipality, QStringLiteral("Kiruna"));
    QCOMPARE(result.offices[2].id, QStringLiteral("import-4"));
}

void TestOfficeImporter::unmappedStatusAndPhase()
{
    // Rollout needs a planned office to have a phase; the defaults must give one that matches the opening year.
    const QString path = m_dir.filePath(QStringLiteral("dates.csv"));
    QVERIFY(sktest::writeFile(path,
                              "namn,kommunkod,lat,lon,opened\n"
                              "A,0180,59.3293,18.0686,2021-05\n"
                              "B,0180,59.4293,18.0686,2021-04-30\n"
                              "C,0180,59.5293,18.0686,2023-02\n"
                              "D,0180,59.6293,18.0686,\n"));
    const OfficeLoadResult result
            = OfficeImporter::import(path, ColumnMapping::guess({"namn", "kommunkod", "lat", "lon", "opened"}));
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.offices.size(), size_t(4));
    // May 2021 may end after the order of 25 May: planned, phase 1 at least.
    QCOMPARE(result.offices[0].status2021, Status2021::Planned);
    QCOMPARE(result.offices[0].phase, 1);
    QCOMPARE(result.offices[1].status2021, Status2021::Open);
    QCOMPARE(result.offices[1].phase, 0);
    QCOMPARE(result.offices[2].status2021, Status2021::Planned);
    QCOMPARE(result.offices[2].phase, 2);
    QCOMPARE(result.offices[3].status2021, Status2021::Planned);
    QCOMPARE(result.offices[3].phase, 3);
}

void TestOfficeImporter::layerChosenAmongSeveral()
{
    const QString path = QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/badfiles/multi-layer.gpkg");
    const ImportPreview preview = OfficeImporter::inspect(path);
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(preview.layerName, QStringLiteral("kontor"));
    QVERIFY2(preview.layerNote.contains(QStringLiteral("'kontor' (number 2)")), qPrintable(preview.layerNote));
    const OfficeLoadResult result = OfficeImporter::import(path, preview.guessedMapping, &m_reference);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.offices.size(), size_t(3));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().startsWith(
                     QStringLiteral("multi-layer.gpkg: has 2 layers; reading layer 'kontor'")),
             qPrintable(result.warnings.first()));
}

void TestOfficeImporter::tooManyRows()
{
    const QString path = m_dir.filePath(QStringLiteral("many.csv"));
    QByteArray content = "namn,lat,lon\n";
    for (long long i = 0; i <= OfficeImporter::maxFeatures; ++i)
        content += "K,59.3,18.0\n";
    QVERIFY(sktest::writeFile(path, content));
    const ImportPreview preview = OfficeImporter::inspect(path);
    QVERIFY2(preview.error.startsWith(QStringLiteral("many.csv: has 100001 rows")), qPrintable(preview.error));
    const OfficeLoadResult result = OfficeImporter::import(path, OfficeSchema::mapping());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(QStringLiteral("many.csv: has 100001 rows")),
             qPrintable(result.errors.first()));
}

void TestOfficeImporter::fileTooLarge()
{
    // A sparse file: 60 MB on paper, nothing on disk.
    const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("namn,lat,lon\n");
        QVERIFY(file.resize(60LL * 1024 * 1024));
    }
    const OfficeLoadResult result = OfficeImporter::import(path, OfficeSchema::mapping());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(
                     QStringLiteral("huge.csv: the file is 60 MB; files over 50 MB are not read")),
             qPrintable(result.errors.first()));
}

void TestOfficeImporter::refusedPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vsicurl") << "/vsicurl/http://example.invalid/offices.csv"
                             << "/vsicurl/http://example.invalid/offices.csv: only local files";
    QTest::newRow("http") << "http://example.invalid/offices.geojson"
                          << "http://example.invalid/offices.geojson: only local files";
    QTest::newRow("vsizip") << "/vsizip/" SERVICEKARTA_TEST_DATA_DIR "/import/offices.xlsx/xl/workbook.xml"
                            << "only local files";
    QTest::newRow("vrt") << SERVICEKARTA_TEST_DATA_DIR "/badfiles/vrt-pointing-elsewhere.vrt"
                         << "vrt-pointing-elsewhere.vrt: refused: the file is a GDAL virtual dataset (VRT)";
}

void TestOfficeImporter::refusedPaths()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const ImportPreview preview = OfficeImporter::inspect(path);
    QVERIFY2(preview.error.contains(expected), qPrintable(preview.error));
    const OfficeLoadResult result = OfficeImporter::import(path, OfficeSchema::mapping());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().contains(expected), qPrintable(result.errors.first()));
}

void TestOfficeImporter::networkIsCutOff()
{
    ensureGdalRegistered();
    CPLHTTPResult *result = CPLHTTPFetch("http://example.invalid/offices.csv", nullptr);
    QVERIFY(result);
    QVERIFY(result->nStatus != 0);
    QCOMPARE(QByteArray(result->pszErrBuf), QByteArray(networkRefusedMessage()));
    CPLHTTPDestroyResult(result);
}

void TestOfficeImporter::unreadableFileGivesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    // 54 of 147 offices come before the zeroed page, 845 of 1176 before the end of the cut-off file, 2 of 4 rows
    // before the 11 MB cell: none of them may be used.
    QTest::newRow("zeroed page") << "scenario-zeroed-page.gpkg"
                                 << "scenario-zeroed-page.gpkg, feature 55: cannot be read (In GetNextRawFeature(): "
                                    "sqlite3_step() : database disk image is malformed)";
    QTest::newRow("truncated GeoPackage") << "scenario-truncated.gpkg"
                                          << "scenario-truncated.gpkg, feature 846: cannot be read (";
    QTest::newRow("11 MB cell") << "long-cell.csv"
                                << "long-cell.csv, line 4: cannot be read (Maximum number of characters allowed "
                                   "reached.)";
}

void TestOfficeImporter::unreadableFileGivesNothing()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const OfficeLoadResult result = OfficeImporter::load(badFile(file.toUtf8().constData()));
    QVERIFY(result.offices.empty());
    QVERIFY(result.warnings.isEmpty());
    QVERIFY2(result.errors.size() == 1, qPrintable(result.errors.join(QLatin1Char('\n'))));
    QVERIFY2(result.errors.first().startsWith(expected), qPrintable(result.errors.first()));
    QVERIFY2(result.errors.first().endsWith(QStringLiteral("; the file is refused, not read in part")),
             qPrintable(result.errors.first()));
}

void TestOfficeImporter::allTextSpreadsheet()
{
    // Every cell is text, so XLSX's own header guess sees no header; GDAL 3.6 forces it only through
    // configuration options, which must not outlive the import.
    const QString path = badFile("all-text.xlsx");
    const ImportPreview preview = OfficeImporter::inspect(path);
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(preview.columns.mid(0, 4), (QStringList{"id", "name", "municipality", "municipality_code"}));
    const OfficeLoadResult result = OfficeImporter::import(path, preview.guessedMapping, &m_reference);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.offices.size(), size_t(2));
    QCOMPARE(result.offices[1].id, QStringLiteral("stockholm"));
    QCOMPARE(result.offices[1].municipalityCode, QStringLiteral("0180"));
    QCOMPARE(result.offices[1].coordinate.latitude(), 59.3293);
    QCOMPARE(result.offices[0].name, QString::fromUtf8("Malmö"));
    QCOMPARE(CPLGetConfigOption("OGR_XLSX_HEADERS", nullptr), nullptr);
    QCOMPARE(CPLGetConfigOption("OGR_XLSX_FIELD_TYPES", nullptr), nullptr);
}

void TestOfficeImporter::retypingSidecarRefused()
{
    // retyped.csvt says Integer for lat and lon: read through it, 59.3293 would become 59.
    const OfficeLoadResult result = OfficeImporter::load(badFile("retyped.csv"));
    QVERIFY(result.offices.empty());
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first(),
             QStringLiteral("retyped.csv: the type file retyped.csvt beside it would read lat (Integer), lon (Integer) "
                            "as numbers or dates, not as written; remove or rename retyped.csvt"));
    const ImportPreview preview = OfficeImporter::inspect(badFile("retyped.csv"));
    QCOMPARE(preview.error, result.errors.first());
}

void TestOfficeImporter::utf16Named_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("byteOrder");
    QTest::newRow("with byte order mark") << "utf16-le.csv"
                                          << "little-endian";
    QTest::newRow("without byte order mark") << "utf16-be-no-bom.csv"
                                             << "big-endian";
}

void TestOfficeImporter::utf16Named()
{
    QFETCH(QString, file);
    QFETCH(QString, byteOrder);
    const ImportPreview preview = OfficeImporter::inspect(badFile(file.toUtf8().constData()));
    QCOMPARE(preview.error,
             QStringLiteral("%1: cannot open: the text is in UTF-16 (%2), which this program does not read; save the "
                            "file as UTF-8 (in Excel: CSV UTF-8)")
                     .arg(file, byteOrder));
    QVERIFY(!preview.error.contains(QStringLiteral("damaged")));
}

void TestOfficeImporter::hrefIsJustText()
{
    const OfficeLoadResult csv = OfficeImporter::load(badFile("href-in-cell.csv"));
    QVERIFY2(csv.errors.isEmpty(), qPrintable(csv.errors.join(QLatin1Char('\n'))));
    QCOMPARE(csv.offices.size(), size_t(2));
    QCOMPARE(csv.offices[0].address, QStringLiteral("href"));
    QCOMPARE(csv.offices[1].address, QStringLiteral("\"href\""));
    // In GeoJSON too: a property whose value is "href" is text, a member named "href" is a link.
    const QString text = m_dir.filePath(QStringLiteral("href-value.geojson"));
    QVERIFY(sktest::writeFile(text, R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"id": "a", "name": "Kista", "municipality_code": "0180", "status_2021_05": "open",
 "phase": "0", "address": "href"}, "geometry": {"type": "Point", "coordinates": [17.9447, 59.4032]}}]})"));
    const OfficeLoadResult geoJson = OfficeImporter::load(text);
    QVERIFY2(geoJson.errors.isEmpty(), qPrintable(geoJson.errors.join(QLatin1Char('\n'))));
    QCOMPARE(geoJson.offices.size(), size_t(1));
    const QString link = m_dir.filePath(QStringLiteral("href-member.geojson"));
    QVERIFY(sktest::writeFile(link, R"({"type": "FeatureCollection", "crs": {"type": "link",
  "properties": {"href" : "crs-definition.wkt"}}, "features": []})"));
    const OfficeLoadResult linked = OfficeImporter::load(link);
    QCOMPARE(linked.errors.size(), 1);
    QVERIFY2(linked.errors.first().contains(QStringLiteral("refers to other files")),
             qPrintable(linked.errors.first()));
}

void TestOfficeImporter::officeLayerChosenOverPointLayer()
{
    // The first layer holds bus stops with a name and points; the second the offices in our columns.
    const QString path = badFile("multi-layer-bus-stops.gpkg");
    const ImportPreview preview = OfficeImporter::inspect(path);
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    QCOMPARE(preview.layerName, QStringLiteral("kontor"));
    const OfficeLoadResult ours = OfficeImporter::load(path);
    QVERIFY2(ours.errors.isEmpty(), qPrintable(ours.errors.join(QLatin1Char('\n'))));
    QCOMPARE(ours.offices.size(), size_t(2));
    QCOMPARE(ours.offices[0].id, QStringLiteral("stockholm"));
    QVERIFY2(ours.warnings.first().contains(QStringLiteral("reading layer 'kontor' (number 2)")),
             qPrintable(ours.warnings.first()));
}

void TestOfficeImporter::outsideSwedishLand_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Oslo") << "outside-oslo.csv"
                          << "lat 59.9139, lon 10.7522 lies in Norway, not in Sweden";
    QTest::newRow("Narvik") << "outside-narvik.csv"
                            << "lat 68.4385, lon 17.4272 lies in Norway, not in Sweden";
    QTest::newRow("Copenhagen") << "outside-copenhagen.csv"
                                << "lat 55.6761, lon 12.5683 lies in Denmark, not in Sweden";
    QTest::newRow("Åland") << "outside-aland.csv"
                           << "lat 60.0973, lon 19.9348 lies in Åland Islands, not in Sweden";
    QTest::newRow("open sea") << "outside-open-sea.csv"
                              << "lat 56.5000, lon 19.5000 lies ";
}

void TestOfficeImporter::outsideSwedishLand()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const QString path = badFile(file.toUtf8().constData());
    // Inside the degree box, so only the land test catches them.
    QVERIFY(OfficeImporter::load(path).errors.isEmpty());
    const SwedishLand land(&m_baseMap);
    const OfficeLoadResult result = OfficeImporter::load(path, &land);
    QCOMPARE(result.errors.size(), 1);
    QCOMPARE(result.errors.first().left(result.errors.first().indexOf(QLatin1Char(':'))),
             file + QStringLiteral(", line 3"));
    QVERIFY2(result.errors.first().contains(expected), qPrintable(result.errors.first()));
    // The first row, in Stockholm or Malmö, stands.
    QCOMPARE(result.offices.size(), size_t(1));
}

void TestOfficeImporter::shippedOfficesStandOnSwedishLand()
{
    const SwedishLand land(&m_baseMap);
    QVERIFY(land.isKnown());
    const OfficeLoadResult result
            = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"), &land);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.offices.size(), size_t(147));
    // The open sea east of Gotland is outside; the water under a kilometre off Smygehuk is within the tolerance.
    QVERIFY(land.whereOutside(Projection::toSweref(QGeoCoordinate(55.33, 13.3594))).isEmpty());
    QVERIFY(!land.whereOutside(Projection::toSweref(QGeoCoordinate(57.0, 20.0))).isEmpty());
}

QTEST_GUILESS_MAIN(TestOfficeImporter)
#include "tst_officeimporter.moc"
