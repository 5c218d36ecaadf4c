// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/coverage/populationmodel.h"
#include "geodata/geo/projection.h"
#include "geodata/reference/referencedata.h"

#include <QtTest>

#include <map>

using namespace sk;

namespace {

const QString dataDir = QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/coverage");

QString fixture(const char *name)
{
    return dataDir + QLatin1Char('/') + QString::fromLatin1(name);
}

ReferenceData loadReference(const QString &directory)
{
    QStringList errors;
    ReferenceData reference = ReferenceData::load(directory, &errors);
    if (!errors.isEmpty())
        qFatal("cannot load %s: %s", qPrintable(directory), qPrintable(errors.join(QLatin1Char('\n'))));
    return reference;
}

std::map<QString, double> populationByMunicipality(const PopulationModel &model)
{
    std::map<QString, double> sums;
    for (const PopulationPoint &point : model.points())
        sums[point.municipalityCode] += point.population;
    return sums;
}

const PopulationPoint *pointAt(const PopulationModel &model, QPointF position)
{
    for (const PopulationPoint &point : model.points()) {
        if (QLineF(point.position, position).length() < 1)
            return &point;
    }
    return nullptr;
}

} // namespace

class TestPopulationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtureByHand_data();
    void fixtureByHand();
    void fixtureLeavesOutLocalityWithoutMunicipality();
    void shippedSumsToEachMunicipality();
    void shippedNationalTotalAndPointCount();
    void userPoints();
    void userPolygonsCountAtCentroid();
    void badUserFile_data();
    void badUserFile();

private:
    ReferenceData m_fixture;
    ReferenceData m_shipped;
};

void TestPopulationModel::initTestCase()
{
    m_fixture = loadReference(dataDir);
    m_shipped = loadReference(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR));
}

// Alfa: P 300, localities 200 + 50 = 250 < P, so both keep theirs and 50 sit at the seat.
// Beta: P 100, localities 80 + 70 = 150 >= P, so they get 100·80/150 and 100·70/150.
// Gamma: P 50, no localities, so all 50 sit at the seat.
void TestPopulationModel::fixtureByHand_data()
{
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("population");

    QTest::newRow("Alfa Norra keeps its own") << 60.1 << 15.0 << QStringLiteral("9001") << 200.0;
    QTest::newRow("Alfa Södra keeps its own") << 59.9 << 15.0 << QStringLiteral("9001") << 50.0;
    QTest::newRow("Alfa remainder at seat") << 60.0 << 15.0 << QStringLiteral("9001") << 50.0;
    QTest::newRow("Beta Östra scaled") << 60.5 << 15.2 << QStringLiteral("9002") << 100.0 * 80 / 150;
    QTest::newRow("Beta Västra scaled") << 60.5 << 14.8 << QStringLiteral("9002") << 100.0 * 70 / 150;
    QTest::newRow("Gamma all at seat") << 62.0 << 15.0 << QStringLiteral("9101") << 50.0;
}

void TestPopulationModel::fixtureByHand()
{
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(QString, code);
    QFETCH(double, population);

    const PopulationModel model = PopulationModel::fromReference(m_fixture);
    QCOMPARE(model.points().size(), size_t(6));
    QCOMPARE(model.source(), QStringLiteral("points"));
    const PopulationPoint *point = pointAt(model, Projection::toSweref(QGeoCoordinate(lat, lon)));
    QVERIFY(point);
    QCOMPARE(point->municipalityCode, code);
    QCOMPARE(point->population, population);
}

void TestPopulationModel::fixtureLeavesOutLocalityWithoutMunicipality()
{
    const PopulationModel model = PopulationModel::fromReference(m_fixture);
    QVERIFY(!pointAt(model, Projection::toSweref(QGeoCoordinate(60.2, 15.0))));
    QCOMPARE(model.totalPopulation(), 450.0);
}

void TestPopulationModel::shippedSumsToEachMunicipality()
{
    const PopulationModel model = PopulationModel::fromReference(m_shipped);
    const std::map<QString, double> sums = populationByMunicipality(model);
    QCOMPARE(sums.size(), size_t(290));
    for (const Municipality &municipality : m_shipped.municipalities()) {
        const auto it = sums.find(municipality.code);
        QVERIFY2(it != sums.end(), qPrintable(municipality.code));
        QVERIFY2(std::abs(it->second - static_cast<double>(municipality.population)) < 1e-6,
                 qPrintable(QStringLiteral("%1: %2 != %3")
                                    .arg(municipality.code)
                                    .arg(it->second, 0, 'f', 6)
                                    .arg(municipality.population)));
    }
    for (const PopulationPoint &point : model.points())
        QVERIFY(point.population >= 0);
}

void TestPopulationModel::shippedNationalTotalAndPointCount()
{
    const PopulationModel model = PopulationModel::fromReference(m_shipped);
    QVERIFY(std::abs(model.totalPopulation() - 10'379'295.0) < 1e-3);

    // One point per locality with a municipality, plus a seat point where the localities hold fewer than SCB counts.
    std::map<QString, double> localityTotals;
    size_t localitiesWithMunicipality = 0;
    for (const Locality &locality : m_shipped.localities()) {
        if (!locality.municipalityCode.isEmpty()) {
            localityTotals[locality.municipalityCode] += static_cast<double>(locality.population);
            ++localitiesWithMunicipality;
        }
    }
    size_t remainders = 0;
    for (const Municipality &municipality : m_shipped.municipalities())
        remainders += static_cast<double>(municipality.population) > localityTotals[municipality.code];
    QCOMPARE(model.points().size(), localitiesWithMunicipality + remainders);
    QCOMPARE(model.points().size(), size_t(1079)); // 799 localities + 280 remainders in the shipped tables
}

void TestPopulationModel::userPoints()
{
    QStringList errors;
    const PopulationModel model
            = PopulationModel::load(fixture("population_points.geojson"), QStringLiteral("POP"), m_shipped, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(model.points().size(), size_t(3));
    QCOMPARE(model.source(), QStringLiteral("population_points.geojson"));
    QCOMPARE(model.totalPopulation(), 1500.5);
    QCOMPARE(model.points()[0].municipalityCode, QStringLiteral("0180")); // on Stockholm's seat
    QCOMPARE(model.points()[1].municipalityCode, QStringLiteral("1480")); // on Göteborg's seat
    const QPointF stockholm = m_shipped.municipality(QStringLiteral("0180"))->seatPosition;
    QVERIFY(QLineF(model.points()[0].position, stockholm).length() < 1);
}

void TestPopulationModel::userPolygonsCountAtCentroid()
{
    QStringList errors;
    const PopulationModel model = PopulationModel::load(fixture("population_polygons.geojson"),
                                                        QStringLiteral("invanare"), m_shipped, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(model.points().size(), size_t(1));
    QCOMPARE(model.points()[0].position, QPointF(605000, 6605000));
    QCOMPARE(model.points()[0].population, 2500.0);
    QVERIFY(!model.points()[0].municipalityCode.isEmpty());
}

void TestPopulationModel::badUserFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing field")
            << "population_points.geojson"
            << "folk"
            << "population_points.geojson: no population field 'folk'; the fields are: name, pop";
    QTest::newRow("negative") << "population_negative.geojson"
                              << "pop"
                              << "population_negative.geojson, feature 2: 'pop' is negative: -5";
    QTest::newRow("non-numeric") << "population_text.geojson"
                                 << "pop"
                                 << "population_text.geojson, feature 1: 'pop' is not a number: 'many'";
    QTest::newRow("empty value") << "population_empty_value.geojson"
                                 << "pop"
                                 << "population_empty_value.geojson, feature 2: 'pop' is empty";
    QTest::newRow("no geometry") << "population_no_geometry.geojson"
                                 << "pop"
                                 << "population_no_geometry.geojson, feature 1: has no geometry";
    QTest::newRow("lines") << "population_lines.geojson"
                           << "pop"
                           << "population_lines.geojson, feature 1: geometry type LINESTRING is neither a point nor "
                              "a polygon";
    QTest::newRow("no CRS") << "population_no_crs.csv"
                            << "pop"
                            << "population_no_crs.csv: the layer has no coordinate reference system";
    QTest::newRow("metres declared as degrees")
            << "population_metres_as_wgs84.geojson"
            << "pop"
            << "population_metres_as_wgs84.geojson, feature 1: coordinates cannot be transformed from WGS 84 to "
               "SWEREF 99 TM; is the CRS right?";
    QTest::newRow("degrees declared as metres")
            << "population_degrees_as_sweref.geojson"
            << "pop"
            << "population_degrees_as_sweref.geojson, feature 1: lies outside Sweden in SWEREF 99 TM (18, 59 after "
               "reprojection from SWEREF99 TM); is the CRS right?";
    // A double that overflows every sum and band, and an integer that turns the national total negative.
    QTest::newRow("1e308") << "population_1e308.geojson"
                           << "pop"
                           << QStringLiteral("population_1e308.geojson, feature 2: 'pop' is 1e+308, more than the %L1 "
                                             "people any one place in Sweden could hold")
                                      .arg(10'000'000.0, 0, 'f', 0);
    QTest::newRow("INT64_MAX") << "population_int64_max.geojson"
                               << "pop"
                               << QStringLiteral(
                                          "population_int64_max.geojson, feature 2: 'pop' is 9223372036854775807, "
                                          "more than the %L1 people any one place in Sweden could hold")
                                          .arg(10'000'000.0, 0, 'f', 0);
    QTest::newRow("total over 100 million")
            << "population_total_too_large.geojson"
            << "pop"
            << QStringLiteral("population_total_too_large.geojson: 'pop' adds up to %L1 people, more than the %L2 a "
                              "layer of Sweden could hold")
                       .arg(104'500'000.0, 0, 'f', 0)
                       .arg(100'000'000.0, 0, 'f', 0);
    // 304 of 800 points come before the zeroed page: none of them may be used.
    QTest::newRow("zeroed page") << "population_zeroed_page.gpkg"
                                 << "pop"
                                 << "population_zeroed_page.gpkg, feature 305: cannot be read (In GetNextRawFeature(): "
                                    "sqlite3_step() : database disk image is malformed); the file is refused, not "
                                    "read in part";
    QTest::newRow("missing file") << "no_such_file.geojson"
                                  << "pop" << dataDir + "/no_such_file.geojson: file not found";
}

void TestPopulationModel::badUserFile()
{
    QFETCH(QString, file);
    QFETCH(QString, field);
    QFETCH(QString, message);

    QStringList errors{QStringLiteral("earlier message")};
    const PopulationModel model = PopulationModel::load(dataDir + QLatin1Char('/') + file, field, m_shipped, &errors);
    QVERIFY(model.isEmpty());
    QCOMPARE(errors, (QStringList{QStringLiteral("earlier message"), message}));
}

QTEST_GUILESS_MAIN(TestPopulationModel)
#include "tst_populationmodel.moc"
