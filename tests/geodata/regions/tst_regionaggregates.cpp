// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/import/officeimporter.h"
#include "geodata/regions/regionaggregates.h"
#include "geodata/reports/regionreport.h"

#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace sk;

namespace {

const RegionSummary *find(const std::vector<RegionSummary> &regions, const QString &code)
{
    const auto it
            = std::find_if(regions.begin(), regions.end(), [&](const RegionSummary &r) { return r.code == code; });
    return it == regions.end() ? nullptr : &*it;
}

QStringList codesOf(const std::vector<RegionSummary> &regions)
{
    QStringList codes;
    for (const RegionSummary &region : regions)
        codes << region.code;
    return codes;
}

} // namespace

// Per FA region and county on the hand-computed fixture of tests/data/regions (see its README.md), and the
// invariants on the shipped data.
class TestRegionAggregates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixture_data();
    void fixture();
    void fixtureWithoutOffice_data();
    void fixtureWithoutOffice();
    void reportJson();
    void reportCsv();
    void shippedInvariants_data();
    void shippedInvariants();
    void shippedEveryMunicipalityInOneRegion();
    void shippedCriterionListOnlyShrinks();

private:
    RegionAggregates m_fixture;
    ReferenceData m_shippedReference;
    Rollout m_shippedRollout;
    RegionAggregates m_shipped;
};

void TestRegionAggregates::initTestCase()
{
    QStringList errors;
    const ReferenceData reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/regions"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const OfficeLoadResult offices
            = OfficeImporter::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/regions/offices.csv"));
    QVERIFY2(offices.ok(), qPrintable(offices.errors.join('\n')));
    m_fixture = RegionAggregates(Rollout(offices.offices), reference);

    m_shippedReference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const OfficeLoadResult shipped = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    QVERIFY2(shipped.ok(), qPrintable(shipped.errors.join('\n')));
    m_shippedRollout = Rollout(shipped.offices);
    m_shipped = RegionAggregates(m_shippedRollout, m_shippedReference);
}

void TestRegionAggregates::fixture_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("county");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("officesOpen");
    QTest::addColumn<int>("withOffice");
    QTest::addColumn<int>("total");
    QTest::addColumn<qint64>("population");
    // People within 5, 10, 20, 30 and 50 km of an open office.
    QTest::addColumn<QList<double>>("people");

    const QDate start(2021, 6, 1); // Alfa torg and Delta open
    const QDate phase1(2023, 1, 31); // + Gamma and Epsilon
    const QDate deltaClosed(2023, 7, 31); // Delta closed
    const QDate end(2023, 12, 31); // + Beta and Delta nya
    // FA 01 Alfa: Alfa's seat (6 000) at the office, Alfa Udde (4 000) 9.8 km, Beta (5 000) 11.1 km away.
    QTest::newRow("FA 01 start") << start << false << "01"
                                 << "Alfa" << 1 << 1 << 2 << qint64(15000)
                                 << QList<double>{6000, 10000, 15000, 15000, 15000};
    QTest::newRow("FA 01 end, Beta's own office")
            << end << false << "01"
            << "Alfa" << 2 << 2 << 2 << qint64(15000) << QList<double>{11000, 15000, 15000, 15000, 15000};
    // FA 02 Gammaland crosses the county line: Gamma (Norrlän) 223 km and Epsilon (Söderlän) 105 km from any office.
    QTest::newRow("FA 02 start") << start << false << "02"
                                 << "Gammaland" << 0 << 0 << 2 << qint64(2200) << QList<double>{0, 0, 0, 0, 0};
    QTest::newRow("FA 02 phase 1") << phase1 << false << "02"
                                   << "Gammaland" << 2 << 2 << 2 << qint64(2200)
                                   << QList<double>{2200, 2200, 2200, 2200, 2200};
    QTest::newRow("FA 03 start") << start << false << "03"
                                 << "Deltabygden" << 1 << 1 << 1 << qint64(3000)
                                 << QList<double>{3000, 3000, 3000, 3000, 3000};
    QTest::newRow("FA 03 closed") << deltaClosed << false << "03"
                                  << "Deltabygden" << 0 << 0 << 1 << qint64(3000) << QList<double>{0, 0, 0, 0, 0};
    QTest::newRow("FA 03 again") << end << false << "03"
                                 << "Deltabygden" << 1 << 1 << 1 << qint64(3000)
                                 << QList<double>{3000, 3000, 3000, 3000, 3000};
    QTest::newRow("county 91 start") << start << true << "91"
                                     << "Norrlän" << 1 << 1 << 3 << qint64(16200)
                                     << QList<double>{6000, 10000, 15000, 15000, 15000};
    QTest::newRow("county 91 phase 1") << phase1 << true << "91"
                                       << "Norrlän" << 2 << 2 << 3 << qint64(16200)
                                       << QList<double>{7200, 11200, 16200, 16200, 16200};
    QTest::newRow("county 91 end") << end << true << "91"
                                   << "Norrlän" << 3 << 3 << 3 << qint64(16200)
                                   << QList<double>{12200, 16200, 16200, 16200, 16200};
    QTest::newRow("county 92 start") << start << true << "92"
                                     << "Söderlän" << 1 << 1 << 2 << qint64(4000)
                                     << QList<double>{3000, 3000, 3000, 3000, 3000};
    QTest::newRow("county 92 closed") << deltaClosed << true << "92"
                                      << "Söderlän" << 1 << 1 << 2 << qint64(4000)
                                      << QList<double>{1000, 1000, 1000, 1000, 1000};
    QTest::newRow("county 92 end, two offices in Delta's point")
            << end << true << "92"
            << "Söderlän" << 2 << 2 << 2 << qint64(4000) << QList<double>{4000, 4000, 4000, 4000, 4000};
}

void TestRegionAggregates::fixture()
{
    QFETCH(QDate, date);
    QFETCH(bool, county);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(int, officesOpen);
    QFETCH(int, withOffice);
    QFETCH(int, total);
    QFETCH(qint64, population);
    QFETCH(QList<double>, people);

    const RegionSnapshot snapshot = m_fixture.at(date);
    QCOMPARE(snapshot.date, date);
    QCOMPARE(snapshot.faRegions.size(), size_t(3));
    QCOMPARE(snapshot.counties.size(), size_t(2));
    const RegionSummary *region = find(county ? snapshot.counties : snapshot.faRegions, code);
    QVERIFY(region);
    QCOMPARE(region->name, name);
    QCOMPARE(region->officesOpen, officesOpen);
    QCOMPARE(region->hasOffice(), officesOpen > 0);
    QCOMPARE(region->municipalitiesWithOffice, withOffice);
    QCOMPARE(region->municipalitiesTotal, total);
    QCOMPARE(region->population, population);
    QCOMPARE(region->modelPopulation, double(population));
    QCOMPARE(region->bands.size(), size_t(people.size()));
    const QList<double> kms{5, 10, 20, 30, 50};
    for (qsizetype i = 0; i < people.size(); ++i) {
        QCOMPARE(region->bands[size_t(i)].km, kms[i]);
        QCOMPARE(region->bands[size_t(i)].people, people[i]);
        QCOMPARE(region->bands[size_t(i)].share, people[i] / double(population));
    }
    QCOMPARE(region->band(20)->people, people[2]);
    QVERIFY(!region->band(15));
}

void TestRegionAggregates::fixtureWithoutOffice_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("without");
    QTest::newRow("start") << QDate(2021, 6, 1) << QStringList{"02"};
    QTest::newRow("Gamma opens") << QDate(2022, 5, 31) << QStringList{};
    QTest::newRow("the day Delta closes") << QDate(2023, 6, 30) << QStringList{"03"};
    QTest::newRow("Delta nya opens") << QDate(2023, 11, 30) << QStringList{};
}

void TestRegionAggregates::fixtureWithoutOffice()
{
    QFETCH(QDate, date);
    QFETCH(QStringList, without);
    const RegionSnapshot snapshot = m_fixture.at(date);
    QCOMPARE(codesOf(snapshot.faRegionsWithoutOffice()), without);
    QCOMPARE(snapshot.faRegionsWithOffice(), 3 - int(without.size()));
}

void TestRegionAggregates::reportJson()
{
    const QJsonObject json = RegionReport::toJson(m_fixture.at(QDate(2021, 6, 1)));
    QCOMPARE(json.value("date").toString(), QStringLiteral("2021-06-01"));
    QCOMPARE(json.value("fa_regions_total").toInt(), 3);
    QCOMPARE(json.value("fa_regions_with_office").toInt(), 2);
    const QJsonArray without{QJsonObject{{"code", "02"}, {"name", "Gammaland"}}};
    QCOMPARE(json.value("fa_regions_without_office").toArray(), without);
    const QJsonArray counties = json.value("counties").toArray();
    QCOMPARE(counties.size(), 2);
    const QJsonObject norrlan = counties[0].toObject();
    QCOMPARE(norrlan.value("code").toString(), QStringLiteral("91"));
    QCOMPARE(norrlan.value("name").toString(), QStringLiteral("Norrlän"));
    QCOMPARE(norrlan.value("offices_open").toInt(), 1);
    QCOMPARE(norrlan.value("municipalities_with_office").toInt(), 1);
    QCOMPARE(norrlan.value("municipalities_total").toInt(), 3);
    QCOMPARE(norrlan.value("population").toInteger(), 16200);
    QCOMPARE(norrlan.value("people_within_km").toObject().value("10").toDouble(), 10000.0);
    QCOMPARE(norrlan.value("population_within_km").toObject().value("10").toDouble(), 0.617284); // 10 000 / 16 200
    QCOMPARE(json.value("fa_regions").toArray().size(), 3);
}

void TestRegionAggregates::reportCsv()
{
    const QString csv = RegionReport::toCsv({m_fixture.at(QDate(2021, 6, 1)), m_fixture.at(QDate(2023, 12, 31))});
    const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 2 * (3 + 2));
    QCOMPARE(lines[0],
             QStringLiteral("date,level,code,name,offices_open,municipalities_with_office,municipalities_total,"
                            "population,people_within_5km,people_within_10km,people_within_20km,people_within_30km,"
                            "people_within_50km,share_within_5km,share_within_10km,share_within_20km,"
                            "share_within_30km,share_within_50km"));
    QCOMPARE(lines[2],
             QStringLiteral("2021-06-01,fa_region,02,Gammaland,0,0,2,2200,0,0,0,0,0,"
                            "0.000000,0.000000,0.000000,0.000000,0.000000"));
    QCOMPARE(lines[4],
             QStringLiteral("2021-06-01,county,91,Norrlän,1,1,3,16200,6000,10000,15000,15000,15000,"
                            "0.370370,0.617284,0.925926,0.925926,0.925926"));
    QVERIFY(lines[6].startsWith(QStringLiteral("2023-12-31,fa_region,01,Alfa,2,2,2,15000,11000,")));
}

void TestRegionAggregates::shippedInvariants_data()
{
    QTest::addColumn<QDate>("date");
    for (const QDate date : {QDate(2019, 6, 1), QDate(2021, 5, 25), QDate(2022, 12, 31), QDate(2023, 12, 31),
                             QDate(2025, 6, 30), QDate(2026, 12, 31)})
        QTest::newRow(qPrintable(date.toString(Qt::ISODate))) << date;
}

// The regions partition the country: summed over FA regions or over counties, every figure is the national one.
void TestRegionAggregates::shippedInvariants()
{
    QFETCH(QDate, date);
    const RegionSnapshot snapshot = m_shipped.at(date);
    const CoverageResult national = m_shipped.calculator().at(date);
    QCOMPARE(snapshot.faRegions.size(), size_t(60));
    QCOMPARE(snapshot.counties.size(), size_t(21));
    // Offices shown open, those whose closing is pending included.
    QCOMPARE(national.officesOpen, m_shippedRollout.countsAt(date).count(OfficeStatus::Open));
    for (const std::vector<RegionSummary> *regions : {&snapshot.faRegions, &snapshot.counties}) {
        int offices = 0;
        int withOffice = 0;
        int total = 0;
        qint64 population = 0;
        std::vector<double> people(national.bands.size(), 0.0);
        for (const RegionSummary &region : *regions) {
            offices += region.officesOpen;
            withOffice += region.municipalitiesWithOffice;
            total += region.municipalitiesTotal;
            population += region.population;
            QCOMPARE(region.bands.size(), national.bands.size());
            for (size_t i = 0; i < people.size(); ++i)
                people[i] += region.bands[i].people;
        }
        QCOMPARE(offices, national.officesOpen);
        QCOMPARE(withOffice, national.municipalitiesWithOffice);
        QCOMPARE(total, 290);
        QCOMPARE(population, m_shippedReference.totalPopulation());
        for (size_t i = 0; i < people.size(); ++i)
            QVERIFY2(std::abs(people[i] - national.bands[i].people) < 0.01,
                     qPrintable(QStringLiteral("%1 km: %2 vs %3")
                                        .arg(national.bands[i].km)
                                        .arg(people[i])
                                        .arg(national.bands[i].people)));
    }
    // The FA criterion agrees with the municipalities that have an office, region by region.
    QSet<QString> covered;
    for (const MunicipalityCoverage &municipality : national.municipalities) {
        if (municipality.hasOffice)
            covered.insert(m_shippedReference.municipality(municipality.code)->faRegion);
    }
    for (const RegionSummary &region : snapshot.faRegions)
        QCOMPARE(region.hasOffice(), covered.contains(region.code));
}

void TestRegionAggregates::shippedEveryMunicipalityInOneRegion()
{
    const RegionSnapshot snapshot = m_shipped.at(QDate(2023, 12, 31));
    QStringList expectedFaCodes;
    for (int code = 1; code <= 60; ++code)
        expectedFaCodes << QStringLiteral("%1").arg(code, 2, 10, QLatin1Char('0'));
    QCOMPARE(codesOf(snapshot.faRegions), expectedFaCodes);
    const QStringList countyCodes = codesOf(snapshot.counties);
    QCOMPARE(QSet<QString>(countyCodes.begin(), countyCodes.end()).size(), 21);
    // A municipality has one FA code and one county code, each naming a region of the snapshot with its name.
    for (const Municipality &municipality : m_shippedReference.municipalities()) {
        const RegionSummary *fa = find(snapshot.faRegions, municipality.faRegion);
        const RegionSummary *county = find(snapshot.counties, municipality.countyCode);
        QVERIFY2(fa && county, qPrintable(municipality.code));
        QCOMPARE(fa->name, municipality.faRegionName);
        QCOMPARE(county->name, municipality.county);
    }
    QCOMPARE(find(snapshot.faRegions, QStringLiteral("60"))->name, QStringLiteral("Kiruna"));
}

// With no office closing in between, an FA region that has an office keeps it: the list of regions without one can
// only shrink from month to month.
void TestRegionAggregates::shippedCriterionListOnlyShrinks()
{
    const QDate from(2021, 5, 25);
    const QDate to(2023, 12, 31);
    for (const Office &office : m_shippedRollout.offices()) {
        if (Rollout::stateAt(office, from).status == OfficeStatus::Open)
            QCOMPARE(Rollout::stateAt(office, to).status, OfficeStatus::Open);
    }
    QStringList previous = codesOf(m_shipped.at(from).faRegionsWithoutOffice());
    QVERIFY(!previous.isEmpty());
    for (QDate date = from; date <= to; date = date.addMonths(1)) {
        const QStringList current = codesOf(m_shipped.at(date).faRegionsWithoutOffice());
        for (const QString &code : current)
            QVERIFY2(previous.contains(code), qPrintable(date.toString(Qt::ISODate) + QLatin1Char(' ') + code));
        previous = current;
    }
    QVERIFY(codesOf(m_shipped.at(to).faRegionsWithoutOffice()).size()
            <= codesOf(m_shipped.at(from).faRegionsWithoutOffice()).size());
}

QTEST_GUILESS_MAIN(TestRegionAggregates)
#include "tst_regionaggregates.moc"
