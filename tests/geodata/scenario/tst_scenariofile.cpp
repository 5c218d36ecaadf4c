// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"
#include "geodata/import/officeimporter.h"
#include "geodata/import/officeschema.h"
#include "geodata/scenario/scenariofile.h"
#include "tests/common/testsupport.h"

#include <QtTest>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace sk;

namespace {

Scenario shippedScenario()
{
    const OfficeLoadResult loaded = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    return {QStringLiteral("Östersund i stället för Åre – två kontor färre"), QStringLiteral("official data 2026"),
            loaded.offices};
}

Office officeAt(double latitude, double longitude)
{
    Office office;
    office.id = QStringLiteral("scenario-1");
    office.name = QStringLiteral("Kiruna");
    office.municipality = QStringLiteral("Kiruna");
    office.municipalityCode = QStringLiteral("2584");
    office.county = QStringLiteral("Norrbottens län");
    office.locality = QStringLiteral("Kiruna");
    office.coordinate = QGeoCoordinate(latitude, longitude);
    office.position = Projection::toSweref(office.coordinate);
    office.coordPrecision = QStringLiteral("locality");
    office.sources = {QStringLiteral("https://example.org/a"), QStringLiteral("https://example.org/b")};
    return office;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

sktest::DatasetPtr openVector(const QString &path)
{
    GDALAllRegister();
    return sktest::DatasetPtr(
            GDALDataset::Open(QFile::encodeName(path).constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
}

QStringList entriesOf(const QString &directory)
{
    return QDir(directory).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestScenarioFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nextOfficeId_data();
    void nextOfficeId();
    void shippedOfficesRoundTrip();
    void officeRoundTrip_data();
    void officeRoundTrip();
    void layerColumnsAndCrs();
    void saveReplacesExistingFile();
    void exportGeoJson_data();
    void exportGeoJson();
    void exportCsv();
    void exportKml();
    void exportUnknownSuffix();
    void interruptedSaveKeepsOldFile_data();
    void interruptedSaveKeepsOldFile();
    void readOnlyDirectory();
    void openReportsErrors();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestScenarioFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestScenarioFile::cleanup()
{
    ScenarioFile::setFailAfterFeaturesForTesting(-1);
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestScenarioFile::nextOfficeId_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QStringList{} << "scenario-1";
    QTest::newRow("official ids only") << QStringList{"kista", "boden"} << "scenario-1";
    QTest::newRow("first used") << QStringList{"scenario-1"} << "scenario-2";
    QTest::newRow("gap") << QStringList{"scenario-1", "scenario-3"} << "scenario-2";
    QTest::newRow("unordered") << QStringList{"scenario-2", "kista", "scenario-1"} << "scenario-3";
}

void TestScenarioFile::nextOfficeId()
{
    QFETCH(QStringList, ids);
    QFETCH(QString, expected);
    Scenario scenario;
    for (const QString &id : ids) {
        Office office;
        office.id = id;
        scenario.offices.push_back(office);
    }
    QCOMPARE(scenario.nextOfficeId(), expected);
    QCOMPARE(scenario.indexOf(expected), -1);
    if (!ids.isEmpty())
        QCOMPARE(scenario.indexOf(ids.last()), int(ids.size() - 1));
}

void TestScenarioFile::shippedOfficesRoundTrip()
{
    const Scenario scenario = shippedScenario();
    QCOMPARE(scenario.offices.size(), size_t(147));
    const QString path = m_dir->filePath(QStringLiteral("plan.gpkg"));
    QString error;
    QVERIFY2(ScenarioFile::save(scenario, path, &error), qPrintable(error));

    QStringList errors;
    const std::optional<Scenario> opened = ScenarioFile::open(path, &errors);
    QVERIFY2(opened, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(opened->name, scenario.name);
    QCOMPARE(opened->basedOn, scenario.basedOn);
    for (size_t i = 0; i < scenario.offices.size(); ++i)
        QVERIFY2(opened->offices[i] == scenario.offices[i], qPrintable(scenario.offices[i].id));
    QVERIFY(*opened == scenario);

    // A scenario file is an office list like any other.
    const OfficeLoadResult loaded = OfficeImporter::load(path);
    QVERIFY(loaded.errors.isEmpty());
    QVERIFY(loaded.offices == scenario.offices);
    QCOMPARE(entriesOf(m_dir->path()), QStringList{"plan.gpkg"});
}

void TestScenarioFile::officeRoundTrip_data()
{
    QTest::addColumn<Office>("office");
    Office plain = officeAt(67.8557, 20.2253);
    QTest::newRow("plain") << plain;

    Office year = plain;
    year.status2021 = Status2021::Planned;
    year.phase = 3;
    year.opened = PartialDate::year(2027);
    QTest::newRow("planned, opens in a year") << year;

    Office month = plain;
    month.opened = PartialDate::parse(u"2022-05");
    month.closed = PartialDate::parse(u"2026-11-30");
    month.vulnerableArea = VulnerableArea::Yes;
    QTest::newRow("month and day dates, closed") << month;

    Office empty = plain;
    empty.municipality.clear();
    empty.county.clear();
    empty.locality.clear();
    empty.address.clear();
    empty.coordPrecision.clear();
    empty.sources.clear();
    QTest::newRow("empty optional fields") << empty;

    Office swedish = plain;
    swedish.name = QStringLiteral("Skärholmen, Ängelholm & Öckerö \"nya\"");
    swedish.address = QStringLiteral("Storgatan 1, 972 31 Luleå");
    swedish.locality = QStringLiteral("Åsele");
    QTest::newRow("Swedish characters, comma and quotes") << swedish;

    // Where a drag leaves an office: a position in metres that no rounded coordinate gives.
    Office moved = plain;
    moved.position = QPointF(759123.456789, 7535987.654321);
    moved.coordinate = Projection::toWgs84(moved.position);
    QTest::newRow("dragged position") << moved;
}

void TestScenarioFile::officeRoundTrip()
{
    QFETCH(Office, office);
    const Scenario scenario{QStringLiteral("Test"), QString(), {office}};
    const QString path = m_dir->filePath(QStringLiteral("one.gpkg"));
    QString error;
    QVERIFY2(ScenarioFile::save(scenario, path, &error), qPrintable(error));
    QStringList errors;
    const std::optional<Scenario> opened = ScenarioFile::open(path, &errors);
    QVERIFY2(opened, qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(opened->offices.size(), size_t(1));
    const Office &read = opened->offices.front();
    QCOMPARE(read.name, office.name);
    QCOMPARE(read.address, office.address);
    QCOMPARE(read.sources, office.sources);
    QCOMPARE(read.opened.has_value(), office.opened.has_value());
    QCOMPARE(read.closed.has_value(), office.closed.has_value());
    QVERIFY(qAbs(read.position.x() - office.position.x()) < 1e-6);
    QVERIFY(qAbs(read.position.y() - office.position.y()) < 1e-6);
    QVERIFY(read == office);
    QVERIFY(*opened == scenario);
}

void TestScenarioFile::layerColumnsAndCrs()
{
    const Scenario scenario = shippedScenario();
    const QString path = m_dir->filePath(QStringLiteral("plan.gpkg"));
    QString error;
    QVERIFY2(ScenarioFile::save(scenario, path, &error), qPrintable(error));

    const sktest::DatasetPtr dataset = openVector(path);
    QVERIFY(dataset);
    QCOMPARE(QString::fromUtf8(dataset->GetDriverName()), QStringLiteral("GPKG"));
    QCOMPARE(dataset->GetLayerCount(), 1);
    OGRLayer *layer = dataset->GetLayer(0);
    QCOMPARE(QString::fromUtf8(layer->GetName()), QStringLiteral("offices"));
    QCOMPARE(layer->GetFeatureCount(), GIntBig(147));
    QStringList fields;
    const OGRFeatureDefn *definition = layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        fields << QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef());
    QCOMPARE(fields, OfficeSchema::columnNames());
    QCOMPARE(definition->GetFieldDefn(definition->GetFieldIndex("phase"))->GetType(), OFTInteger);
    QCOMPARE(wkbFlatten(layer->GetGeomType()), wkbPoint);
    QVERIFY(layer->GetSpatialRef());
    QCOMPARE(QByteArray(layer->GetSpatialRef()->GetAuthorityCode(nullptr)), QByteArray("3006"));
    QCOMPARE(QString::fromUtf8(dataset->GetMetadataItem(ScenarioFile::nameKey)), scenario.name);
    QCOMPARE(QString::fromUtf8(dataset->GetMetadataItem(ScenarioFile::basedOnKey)), scenario.basedOn);

    std::unique_ptr<OGRFeature> first(layer->GetNextFeature());
    QCOMPARE(QString::fromUtf8(first->GetFieldAsString("id")), scenario.offices.front().id);
    const OGRPoint *point = first->GetGeometryRef()->toPoint();
    QVERIFY(qAbs(point->getX() - scenario.offices.front().position.x()) < 1e-6);
    QVERIFY(qAbs(point->getY() - scenario.offices.front().position.y()) < 1e-6);
}

void TestScenarioFile::saveReplacesExistingFile()
{
    Scenario scenario = shippedScenario();
    const QString path = m_dir->filePath(QStringLiteral("plan.gpkg"));
    QString error;
    QVERIFY2(ScenarioFile::save(scenario, path, &error), qPrintable(error));
    scenario.name = QStringLiteral("Second version");
    scenario.offices.erase(scenario.offices.begin() + 3, scenario.offices.begin() + 5);
    QVERIFY2(ScenarioFile::save(scenario, path, &error), qPrintable(error));
    QStringList errors;
    const std::optional<Scenario> opened = ScenarioFile::open(path, &errors);
    QVERIFY(opened);
    QVERIFY(*opened == scenario);
    QCOMPARE(entriesOf(m_dir->path()), QStringList{"plan.gpkg"});
}

void TestScenarioFile::exportGeoJson_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::newRow("geojson") << "plan.geojson";
    QTest::newRow("json") << "plan.json";
}

void TestScenarioFile::exportGeoJson()
{
    QFETCH(QString, fileName);
    const Scenario scenario = shippedScenario();
    const QString path = m_dir->filePath(fileName);
    QString error;
    QVERIFY2(ScenarioFile::exportTo(scenario, path, &error), qPrintable(error));
    const sktest::DatasetPtr dataset = openVector(path);
    QVERIFY(dataset);
    QCOMPARE(QString::fromUtf8(dataset->GetDriverName()), QStringLiteral("GeoJSON"));
    OGRLayer *layer = dataset->GetLayer(0);
    QCOMPARE(layer->GetFeatureCount(), GIntBig(147));
    std::unique_ptr<OGRFeature> first(layer->GetNextFeature());
    const OGRPoint *point = first->GetGeometryRef()->toPoint();
    // RFC 7946: longitude, latitude in WGS 84.
    QVERIFY(qAbs(point->getX() - scenario.offices.front().coordinate.longitude()) < 1e-6);
    QVERIFY(qAbs(point->getY() - scenario.offices.front().coordinate.latitude()) < 1e-6);
    QCOMPARE(QString::fromUtf8(first->GetFieldAsString("name")), scenario.offices.front().name);
    const QByteArray text = contents(path);
    QVERIFY(!text.contains("\"crs\""));
    QVERIFY(text.contains("Stockholms län"));
}

void TestScenarioFile::exportCsv()
{
    const Scenario scenario = shippedScenario();
    const QString path = m_dir->filePath(QStringLiteral("plan.csv"));
    QString error;
    QVERIFY2(ScenarioFile::exportTo(scenario, path, &error), qPrintable(error));
    const QByteArray text = contents(path);
    QCOMPARE(text.left(text.indexOf('\n')), OfficeSchema::columnNames().join(QLatin1Char(',')).toUtf8());
    QCOMPARE(text.count('\n'), qsizetype(148));
    const OfficeLoadResult loaded = OfficeImporter::load(path);
    QVERIFY2(loaded.errors.isEmpty(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QVERIFY(loaded.offices == scenario.offices);
    QCOMPARE(entriesOf(m_dir->path()), QStringList{"plan.csv"});
}

void TestScenarioFile::exportKml()
{
    const Scenario scenario = shippedScenario();
    const QString path = m_dir->filePath(QStringLiteral("plan.kml"));
    QString error;
    QVERIFY2(ScenarioFile::exportTo(scenario, path, &error), qPrintable(error));
    const QByteArray text = contents(path);
    QCOMPARE(text.count("<Placemark"), qsizetype(147));
    QVERIFY(text.contains("<name>" + scenario.offices.front().name.toUtf8() + "</name>"));
    QVERIFY(text.contains("<description>"));
    const sktest::DatasetPtr dataset = openVector(path);
    QVERIFY(dataset);
    OGRLayer *layer = dataset->GetLayer(0);
    QCOMPARE(layer->GetFeatureCount(), GIntBig(147));
    std::unique_ptr<OGRFeature> first(layer->GetNextFeature());
    // The KML driver calls the field "Name", LIBKML "name": both put it first.
    QCOMPARE(QString::fromUtf8(first->GetFieldAsString(0)), scenario.offices.front().name);
    const OGRPoint *point = first->GetGeometryRef()->toPoint();
    QVERIFY(qAbs(point->getY() - scenario.offices.front().coordinate.latitude()) < 1e-6);
}

void TestScenarioFile::exportUnknownSuffix()
{
    QString error;
    QVERIFY(!ScenarioFile::exportTo(shippedScenario(), m_dir->filePath(QStringLiteral("plan.shp")), &error));
    QVERIFY2(error.startsWith(QStringLiteral("plan.shp: ")), qPrintable(error));
    QVERIFY(entriesOf(m_dir->path()).isEmpty());
}

void TestScenarioFile::interruptedSaveKeepsOldFile_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("failAfter");
    QTest::newRow("gpkg, before the first office") << "plan.gpkg" << 0;
    QTest::newRow("gpkg, after one office") << "plan.gpkg" << 1;
    QTest::newRow("gpkg, after 100 offices") << "plan.gpkg" << 100;
    QTest::newRow("csv, after 100 offices") << "plan.csv" << 100;
    QTest::newRow("geojson, after 10 offices") << "plan.geojson" << 10;
    QTest::newRow("kml, after 10 offices") << "plan.kml" << 10;
}

void TestScenarioFile::interruptedSaveKeepsOldFile()
{
    QFETCH(QString, fileName);
    QFETCH(int, failAfter);
    Scenario scenario = shippedScenario();
    const QString path = m_dir->filePath(fileName);
    QString error;
    QVERIFY2(ScenarioFile::exportTo(scenario, path, &error), qPrintable(error));
    const QByteArray before = contents(path);
    QVERIFY(!before.isEmpty());

    scenario.offices.pop_back();
    ScenarioFile::setFailAfterFeaturesForTesting(failAfter);
    QVERIFY(!ScenarioFile::exportTo(scenario, path, &error));
    QVERIFY2(error.startsWith(fileName + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("simulated failure")), qPrintable(error));
    QCOMPARE(contents(path), before);
    QCOMPARE(entriesOf(m_dir->path()), QStringList{fileName});

    ScenarioFile::setFailAfterFeaturesForTesting(-1);
    QVERIFY2(ScenarioFile::exportTo(scenario, path, &error), qPrintable(error));
    QVERIFY(contents(path) != before);
}

void TestScenarioFile::readOnlyDirectory()
{
    const QString folder = m_dir->filePath(QStringLiteral("readonly"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    QString path = QDir(folder).filePath(QStringLiteral("plan.gpkg"));
    // Permissions do not stop root; /proc refuses new files even to root.
    if (sktest::writeFile(QDir(folder).filePath(QStringLiteral("probe")), "x"))
        path = QStringLiteral("/proc/plan.gpkg");
    QString error;
    QVERIFY(!ScenarioFile::save(shippedScenario(), path, &error));
    QVERIFY2(error.startsWith(QStringLiteral("plan.gpkg: ")), qPrintable(error));
    QVERIFY2(!error.contains(QStringLiteral(".plan.")), qPrintable(error)); // never the temporary file's name
    QVERIFY(!QFileInfo::exists(path));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestScenarioFile::openReportsErrors()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.csv"));
    QVERIFY(sktest::writeFile(path,
                              OfficeSchema::columnNames().join(QLatin1Char(',')).toUtf8()
                                      + "\nkista,Kista,Stockholm,0180,,,,91,17.9,,open,,0,,,\n"));
    QStringList errors;
    QVERIFY(!ScenarioFile::open(path, &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QStringLiteral("broken.csv, line 2: ")), qPrintable(errors.first()));

    QVERIFY(!ScenarioFile::open(m_dir->filePath(QStringLiteral("missing.gpkg")), &errors));
    QCOMPARE(errors.size(), 2);
}

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
