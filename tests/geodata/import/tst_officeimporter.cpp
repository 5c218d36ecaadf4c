// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/gdalsupport.h"
#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/import/columnmapping.h"
#include "geodata/import/officeimporter.h"
#include "geodata/import/officeschema.h"
#include "geodata/reference/referencedata.h"
#include "tests/common/testsupport.h"

#include <QtTest>

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

private:
    ReferenceData m_reference;
    QTemporaryDir m_dir;
};

void TestOfficeImporter::initTestCase()
{
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(m_reference.municipalityCount() > 280);
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

QTEST_GUILESS_MAIN(TestOfficeImporter)
#include "tst_officeimporter.moc"
