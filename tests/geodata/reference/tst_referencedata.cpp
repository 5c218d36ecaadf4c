// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/reference/referencedata.h"
#include "tests/common/testsupport.h"

#include <QtTest>

using namespace sk;

class TestReferenceData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedTotals();
    void lookup_data();
    void lookup();
    void countyCodes();
    void localities();
    void fixture();
    void badRows();
    void missingFiles();
    void tableThatCannotBeReadWhole();

private:
    ReferenceData m_shipped;
    QStringList m_shippedErrors;
};

void TestReferenceData::initTestCase()
{
    m_shipped = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &m_shippedErrors);
}

void TestReferenceData::shippedTotals()
{
    QVERIFY2(m_shippedErrors.isEmpty(), qPrintable(m_shippedErrors.join(QLatin1Char('\n'))));
    QCOMPARE(m_shipped.municipalityCount(), 290);
    QCOMPARE(m_shipped.municipalities().size(), size_t(290));
    QCOMPARE(m_shipped.totalPopulation(), qint64(10379295));
    QCOMPARE(m_shipped.localities().size(), size_t(800));
}

void TestReferenceData::lookup_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("county");
    QTest::addColumn<qint64>("population");

    QTest::newRow("Upplands Väsby, first row")
            << "0114" << QString::fromUtf8("Upplands Väsby") << QString::fromUtf8("Stockholms län") << qint64(47184);
    QTest::newRow("Stockholm") << "0180"
                               << "Stockholm" << QString::fromUtf8("Stockholms län") << qint64(975551);
    QTest::newRow("Malmö") << "1280" << QString::fromUtf8("Malmö") << QString::fromUtf8("Skåne län") << qint64(347949);
    QTest::newRow("Göteborg") << "1480" << QString::fromUtf8("Göteborg") << QString::fromUtf8("Västra Götalands län")
                              << qint64(583056);
    QTest::newRow("Kiruna") << "2584"
                            << "Kiruna" << QString::fromUtf8("Norrbottens län") << qint64(22664);
}

void TestReferenceData::lookup()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, county);
    QFETCH(qint64, population);

    const Municipality *municipality = m_shipped.municipality(code);
    QVERIFY(municipality);
    QCOMPARE(municipality->code, code);
    QCOMPARE(municipality->name, name);
    QCOMPARE(municipality->county, county);
    QCOMPARE(municipality->population, population);
    QVERIFY(municipality->seatCoordinate.isValid());
    QCOMPARE(municipality->seatPosition, Projection::toSweref(municipality->seatCoordinate));
}

void TestReferenceData::countyCodes()
{
    QSet<QString> counties;
    for (const Municipality &municipality : m_shipped.municipalities()) {
        QCOMPARE(municipality.countyCode, municipality.code.left(2));
        QVERIFY2(SwedenBounds::sweref().contains(municipality.seatPosition), qPrintable(municipality.code));
        QVERIFY(municipality.areaKm2 > 0);
        QVERIFY(!municipality.faRegion.isEmpty());
        counties.insert(municipality.countyCode);
    }
    QCOMPARE(counties.size(), 21);
    // Codes that are not there.
    QVERIFY(!m_shipped.municipality(QStringLiteral("180")));
    QVERIFY(!m_shipped.municipality(QStringLiteral("9999")));
    QVERIFY(!m_shipped.municipality(QString()));
}

void TestReferenceData::localities()
{
    int withoutMunicipality = 0;
    for (const Locality &locality : m_shipped.localities()) {
        QVERIFY(!locality.name.isEmpty());
        QVERIFY(locality.population >= 0);
        QVERIFY2(SwedenBounds::sweref().contains(locality.position), qPrintable(locality.name));
        if (locality.municipalityCode.isEmpty())
            ++withoutMunicipality;
        else
            QVERIFY2(m_shipped.municipality(locality.municipalityCode), qPrintable(locality.name));
    }
    // GeoNames gives Glommen (Falkenberg) no admin2 code.
    QCOMPARE(withoutMunicipality, 1);
    QCOMPARE(m_shipped.localities().front().name, QStringLiteral("Stockholm"));
    QCOMPARE(m_shipped.localities().front().population, qint64(1515017));
}

void TestReferenceData::fixture()
{
    QStringList errors;
    const ReferenceData data = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/reference"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(data.municipalityCount(), 3);
    QCOMPARE(data.totalPopulation(), qint64(7054 + 347949 + 156381));
    QCOMPARE(data.localities().size(), size_t(2));
    QCOMPARE(data.municipality(QStringLiteral("2326"))->seat, QStringLiteral("Svenstavik"));
    QCOMPARE(data.municipality(QStringLiteral("2326"))->faRegionName, QString::fromUtf8("Östersund"));
    QVERIFY(!data.municipality(QStringLiteral("0180")));
}

void TestReferenceData::badRows()
{
    QTemporaryDir dir;
    const QString municipalities = dir.filePath(QStringLiteral("municipalities.csv"));
    const QString localities = dir.filePath(QStringLiteral("localities.csv"));
    QVERIFY(sktest::writeFile(municipalities,
                              "code,name,county_code,county,population,area_km2,seat,seat_lat,seat_lon\n"
                              "2326,Berg,23,J,7054,5715,Svenstavik,62.76667,14.43333\n"
                              "1280,Malmo,12,S,many,156,Malmo,55.6,13.0\n"
                              "2326,Berg again,23,J,1,1,Svenstavik,62.76667,14.43333\n"
                              "1880,Orebro,18,O,156381,1373,Orebro,48.85,2.35\n"
                              "180,Short,01,S,1,1,X,59.3,18.0\n"
                              "0180,Stockholm,01,S,975551,188,Stockholm,59.3293,18.0686\n"));
    QVERIFY(sktest::writeFile(localities,
                              "name,municipality_code,lat,lon,population\n"
                              "Svenstavik,2326,62.76667,14.43333,1000\n"
                              ",2326,62.7,14.4,10\n"
                              "Nowhere,2326,62.7,abc,10\n"
                              "Stockholm,0180,59.3293,18.0686,-5\n"));
    QStringList errors;
    const ReferenceData data = ReferenceData::loadFiles(municipalities, localities, &errors);
    QCOMPARE(data.municipalityCount(), 2);
    QVERIFY(data.municipality(QStringLiteral("2326")));
    QCOMPARE(data.municipality(QStringLiteral("2326"))->name, QStringLiteral("Berg")); // the first one wins
    QVERIFY(data.municipality(QStringLiteral("0180")));
    QCOMPARE(data.localities().size(), size_t(1));

    const QStringList expected{"municipalities.csv, line 3: code, name or population is missing or malformed",
                               "municipalities.csv, line 4: municipality code 2326 appears twice",
                               "municipalities.csv, line 5: seat_lat/seat_lon is not a position in Sweden",
                               "municipalities.csv, line 6: code, name or population is missing or malformed",
                               "localities.csv, line 3: name or population is missing or malformed",
                               "localities.csv, line 4: lat/lon is not a position in Sweden",
                               "localities.csv, line 5: name or population is missing or malformed"};
    QCOMPARE(errors, expected);
}

void TestReferenceData::missingFiles()
{
    QStringList errors;
    const ReferenceData data
            = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/no-such-folder"), &errors);
    QCOMPARE(data.municipalityCount(), 0);
    QVERIFY(data.localities().empty());
    QCOMPARE(data.totalPopulation(), qint64(0));
    QCOMPARE(errors.size(), 2);
    QVERIFY2(errors[0].contains(QStringLiteral("municipalities.csv: file not found")), qPrintable(errors[0]));
    QVERIFY2(errors[1].contains(QStringLiteral("localities.csv: file not found")), qPrintable(errors[1]));
}

void TestReferenceData::tableThatCannotBeReadWhole()
{
    // GDAL stops at a line longer than it reads; the municipalities before it are not the table.
    QTemporaryDir dir;
    const QString municipalities = dir.filePath(QStringLiteral("municipalities.csv"));
    const QString localities = dir.filePath(QStringLiteral("localities.csv"));
    QVERIFY(sktest::writeFile(municipalities,
                              "code,name,county_code,county,population,area_km2,seat,seat_lat,seat_lon\n"
                              "2326,Berg,23,J,7054,5715,Svenstavik,62.76667,14.43333\n"
                              "0180,Stockholm,01,S,975551,188,"
                                      + QByteArray(11 * 1024 * 1024, 'x')
                                      + ",59.3293,18.0686\n"
                                        "1280,Malmo,12,S,347949,156,Malmo,55.6,13.0\n"));
    QVERIFY(sktest::writeFile(localities,
                              "name,municipality_code,lat,lon,population\nSvenstavik,2326,62.76667,14.43333,1000\n"));
    QStringList errors;
    const ReferenceData data = ReferenceData::loadFiles(municipalities, localities, &errors);
    QCOMPARE(data.municipalityCount(), 0);
    QVERIFY(!data.municipality(QStringLiteral("2326")));
    QCOMPARE(data.localities().size(), size_t(1));
    QCOMPARE(errors,
             QStringList{"municipalities.csv, line 3: cannot be read (Maximum number of characters allowed reached.); "
                         "the file is refused, not read in part"});
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "tst_referencedata.moc"
