// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/coverage/nearestofficeindex.h"
#include "geodata/geo/projection.h"
#include "geodata/import/officeimporter.h"
#include "geodata/reference/referencedata.h"
#include "geodata/reports/suggestionreport.h"
#include "geodata/suggestions/officesuggester.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QtTest>

#include <cmath>
#include <thread>

using namespace sk;

namespace {

Office office(const QString &id, const QString &municipalityCode, QPointF position, Status2021 status, int phase = 0)
{
    Office result;
    result.id = id;
    result.name = id;
    result.municipalityCode = municipalityCode;
    result.position = position;
    result.status2021 = status;
    result.phase = phase;
    return result;
}

double distanceKm(QPointF a, QPointF b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y()) / 1000;
}

QStringList namesOf(const std::vector<SuggestionCandidate> &places)
{
    QStringList names;
    for (const SuggestionCandidate &place : places)
        names << place.name;
    return names;
}

using Picks = QList<QPair<QString, double>>; // name and gain

} // namespace

// OfficeSuggester on a hand-made fixture (tests/data/suggest) and on the shipped data.
class TestOfficeSuggester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fixtureGeometry();
    void candidates_data();
    void candidates();
    void handComputed_data();
    void handComputed();
    void refusesNonsense_data();
    void refusesNonsense();
    void reportOfFixture();
    void shippedData_data();
    void shippedData();
    void sameAnswerFromSeveralThreads();

private:
    QPointF seat(const QString &code) const { return m_reference.municipality(code)->seatPosition; }
    QPointF locality(const QString &name) const;

    ReferenceData m_reference;
    std::vector<Office> m_offices;
    PopulationModel m_population;

    ReferenceData m_shipped;
    std::vector<Office> m_shippedOffices;
};

QPointF TestOfficeSuggester::locality(const QString &name) const
{
    for (const Locality &place : m_reference.localities()) {
        if (place.name == name)
            return place.position;
    }
    qFatal("no locality %s", qPrintable(name));
}

// The fixture, with "within" 10 km. Places: seats Alfastad (9901), Betaby (9902), Gammaholm (9903); localities
// Alfastad (at the seat: merged into it), Alfaviken (~15 km east of Alfastad), Betaberg and Betadal (~33 km north
// and south of Betaby), Kappa and Lambda (far off, equal population 300), Gammaby (~0.5 km from Gammaholm: merged),
// Tomby (nobody near). Offices: one open for years at Gammaholm, one planned for phase 2 (open from 2023-12-31)
// at Betaby. People (weights):
//   3000 at Alfastad, 2500 at Alfaviken, 1000 halfway between them (~7.6 km from each), 3000 at Betaby,
//   1200 at Betaberg, 1200 at Betadal, 500 at Kappa, 500 at Lambda, 2000 3 km from Gammaholm (within reach of its
//   office already), 999 far from every place (never within reach). Total 15899.
// On 2022-06-30 (Betaby not open), covered before = 2000. Gains alone: Alfastad 3000+1000 = 4000,
// Alfaviken 2500+1000 = 3500, Betaby 3000, Betaberg 1200, Betadal 1200, Kappa 500, Lambda 500, Tomby 0.
//   1. Alfastad 4000 (cumulative 4000).
//   2. Betaby 3000 (7000): Alfaviken, the best single place after Alfastad, now brings only 2500.
//   3. Alfaviken 2500 (9500).
//   4. Betadal 1200 (10700) and 5. Betaberg 1200 (11900): equal gains, Betadal has more people (900 > 700).
//   6. Kappa 500 (12400) and 7. Lambda 500 (12900): equal gains and people, by name.
//   Tomby brings nobody: 7 picks however many are asked for.
// On 2024-06-30 Betaby's office is open: Betaby is no candidate and its 3000 are covered before (5000); the
// rest follows in the same order: 4000, 2500, 1200, 1200, 500, 500 (cumulative 9900).
void TestOfficeSuggester::initTestCase()
{
    QStringList errors;
    const QString directory = QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/suggest");
    m_reference = ReferenceData::load(directory, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    m_offices = {
            office(QStringLiteral("G"), QStringLiteral("9903"), seat(QStringLiteral("9903")), Status2021::Open),
            office(QStringLiteral("B"), QStringLiteral("9902"), seat(QStringLiteral("9902")), Status2021::Planned, 2)};
    const QPointF alfastad = seat(QStringLiteral("9901"));
    const QPointF alfaviken = locality(QStringLiteral("Alfaviken"));
    m_population = PopulationModel({{alfastad, 3000, QStringLiteral("9901")},
                                    {alfaviken, 2500, QStringLiteral("9901")},
                                    {(alfastad + alfaviken) / 2, 1000, QStringLiteral("9901")},
                                    {seat(QStringLiteral("9902")), 3000, QStringLiteral("9902")},
                                    {locality(QStringLiteral("Betaberg")), 1200, QStringLiteral("9902")},
                                    {locality(QStringLiteral("Betadal")), 1200, QStringLiteral("9902")},
                                    {locality(QStringLiteral("Kappa")), 500, QStringLiteral("9902")},
                                    {locality(QStringLiteral("Lambda")), 500, QStringLiteral("9902")},
                                    {seat(QStringLiteral("9903")) + QPointF(3000, 0), 2000, QStringLiteral("9903")},
                                    {Projection::toSweref(QGeoCoordinate(60.0, 18.0)), 999, QString()}},
                                   QStringLiteral("fixture"));

    const QString shipped = QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR);
    m_shipped = ReferenceData::load(shipped, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const OfficeLoadResult loaded = OfficeImporter::load(shipped + QStringLiteral("/offices.csv"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
    m_shippedOffices = loaded.offices;
}

// The distances the hand computation rests on.
void TestOfficeSuggester::fixtureGeometry()
{
    const QPointF alfastad = seat(QStringLiteral("9901"));
    const QPointF alfaviken = locality(QStringLiteral("Alfaviken"));
    QVERIFY(distanceKm(alfastad, alfaviken) > 10);
    QVERIFY(distanceKm(alfastad, alfaviken) / 2 < 10);
    QVERIFY(distanceKm(seat(QStringLiteral("9903")), locality(QStringLiteral("Gammaby"))) < 1);
    QVERIFY(distanceKm(seat(QStringLiteral("9902")), locality(QStringLiteral("Betaberg"))) > 20);
    QVERIFY(distanceKm(seat(QStringLiteral("9902")), locality(QStringLiteral("Betadal"))) > 20);
    QVERIFY(distanceKm(locality(QStringLiteral("Kappa")), locality(QStringLiteral("Lambda"))) > 20);
}

void TestOfficeSuggester::candidates_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("Betaby planned") << QDate(2022, 6, 30) << QStringList{"Alfastad", "Betaby", "Alfaviken", "Betaberg",
                                                                         "Betadal",  "Kappa",  "Lambda",    "Tomby"};
    QTest::newRow("Betaby open") << QDate(2024, 6, 30) << QStringList{"Alfastad", "Alfaviken", "Betaberg", "Betadal",
                                                                      "Kappa",    "Lambda",    "Tomby"};
}

// A seat absorbs the locality at it (Alfastad once, Gammaby into Gammaholm); a place with an open office is out.
void TestOfficeSuggester::candidates()
{
    QFETCH(QDate, date);
    QFETCH(QStringList, expected);
    const OfficeSuggester suggester(m_offices, m_reference, m_population);
    const std::vector<SuggestionCandidate> places = suggester.candidatesAt(date);
    QCOMPARE(namesOf(places), expected);
    const SuggestionCandidate &alfastad = places.front();
    QCOMPARE(alfastad.kind, SuggestionCandidate::Kind::Seat);
    QCOMPARE(alfastad.placePopulation, qint64(5000));
    QCOMPARE(alfastad.municipality, QStringLiteral("Alfa"));
    QCOMPARE(alfastad.county, QStringLiteral("Provlän"));
    QCOMPARE(places.back().kind, SuggestionCandidate::Kind::Locality);
    QCOMPARE(places.back().municipalityCode, QStringLiteral("9903"));
}

void TestOfficeSuggester::handComputed_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("coveredBefore");
    QTest::addColumn<Picks>("expected");
    const Picks planned{{"Alfastad", 4000}, {"Betaby", 3000}, {"Alfaviken", 2500}, {"Betadal", 1200},
                        {"Betaberg", 1200}, {"Kappa", 500},   {"Lambda", 500}};
    QTest::newRow("one") << QDate(2022, 6, 30) << 1 << 2000.0 << planned.mid(0, 1);
    QTest::newRow("second is not the second best alone") << QDate(2022, 6, 30) << 2 << 2000.0 << planned.mid(0, 2);
    QTest::newRow("tie by people") << QDate(2022, 6, 30) << 4 << 2000.0 << planned.mid(0, 4);
    QTest::newRow("tie by name") << QDate(2022, 6, 30) << 6 << 2000.0 << planned.mid(0, 6);
    QTest::newRow("more asked than useful") << QDate(2022, 6, 30) << 50 << 2000.0 << planned;
    QTest::newRow("Betaby open") << QDate(2024, 6, 30) << 10 << 5000.0
                                 << Picks{{"Alfastad", 4000}, {"Alfaviken", 2500}, {"Betadal", 1200},
                                          {"Betaberg", 1200}, {"Kappa", 500},      {"Lambda", 500}};
}

void TestOfficeSuggester::handComputed()
{
    QFETCH(QDate, date);
    QFETCH(int, count);
    QFETCH(double, coveredBefore);
    QFETCH(Picks, expected);
    const OfficeSuggester suggester(m_offices, m_reference, m_population);
    QCOMPARE(suggester.populationTotal(), 15899.0);
    QCOMPARE(suggester.coveredPeople(date, 10), coveredBefore);
    const std::vector<Suggestion> picks = suggester.suggest(date, count, 10);
    Picks actual;
    for (const Suggestion &pick : picks)
        actual.append({pick.place.name, pick.gain});
    QCOMPARE(actual, expected);
    double cumulative = 0;
    for (size_t i = 0; i < picks.size(); ++i) {
        cumulative += expected[static_cast<qsizetype>(i)].second;
        QCOMPARE(picks[i].rank, static_cast<int>(i) + 1);
        QCOMPARE(picks[i].cumulativeGain, cumulative);
        QCOMPARE(picks[i].shareAfter, (coveredBefore + cumulative) / 15899.0);
    }
}

void TestOfficeSuggester::refusesNonsense_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("withinKm");
    QTest::newRow("no places") << 0 << 10.0;
    QTest::newRow("negative count") << -3 << 10.0;
    QTest::newRow("zero km") << 5 << 0.0;
    QTest::newRow("not a number") << 5 << std::nan("");
}

void TestOfficeSuggester::refusesNonsense()
{
    QFETCH(int, count);
    QFETCH(double, withinKm);
    const OfficeSuggester suggester(m_offices, m_reference, m_population);
    QVERIFY(suggester.suggest(QDate(2022, 6, 30), count, withinKm).empty());
}

void TestOfficeSuggester::reportOfFixture()
{
    const OfficeSuggester suggester(m_offices, m_reference, m_population);
    const SuggestionReport report(suggester, QDate(2022, 6, 30), 9, 10);
    const QJsonObject json = QJsonDocument::fromJson(report.toJson().toUtf8()).object();
    QCOMPARE(json.value("date").toString(), QStringLiteral("2022-06-30"));
    QCOMPARE(json.value("within_km").toDouble(), 10.0);
    QCOMPARE(json.value("population_source").toString(), QStringLiteral("fixture"));
    QCOMPARE(json.value("population_total").toInteger(), qint64(15899));
    QCOMPARE(json.value("covered_before").toInteger(), qint64(2000));
    QCOMPARE(json.value("covered_after").toInteger(), qint64(2000 + 12900));
    QVERIFY(json.value("note").toString().contains(QStringLiteral("only 7 of the 9")));
    const QJsonArray rows = json.value("suggestions").toArray();
    QCOMPARE(rows.size(), 7);
    const QJsonObject second = rows[1].toObject();
    QCOMPARE(second.value("rank").toInt(), 2);
    QCOMPARE(second.value("name").toString(), QStringLiteral("Betaby"));
    QCOMPARE(second.value("kind").toString(), QStringLiteral("seat"));
    QCOMPARE(second.value("municipality").toString(), QStringLiteral("Beta"));
    QCOMPARE(second.value("municipality_code").toString(), QStringLiteral("9902"));
    QCOMPARE(second.value("lat").toDouble(), 63.0);
    QCOMPARE(second.value("lon").toDouble(), 16.5);
    QCOMPARE(second.value("e").toDouble(), std::round(seat(QStringLiteral("9902")).x()));
    QCOMPARE(second.value("gain").toInteger(), qint64(3000));
    QCOMPARE(second.value("cumulative_gain").toInteger(), qint64(7000));
    QCOMPARE(second.value("share_after").toDouble(), std::round(9000.0 / 15899 * 1e6) / 1e6);

    const QStringList lines = report.toCsv().trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 1 + 7);
    QVERIFY(lines[0].startsWith(QStringLiteral("date,within_km,rank,name,")));
    QVERIFY2(lines[2].startsWith(QStringLiteral("2022-06-30,10,2,Betaby,seat,Beta,9902,Provlän,63.000000,16.500000,")),
             qPrintable(lines[2]));
    QVERIFY(lines[2].endsWith(QStringLiteral(",3000,7000,0.566073")));

    QVERIFY(SuggestionReport(suggester, QDate(2022, 6, 30), 7, 10).note().isEmpty());
}

void TestOfficeSuggester::shippedData_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("withinKm");
    QTest::newRow("before the order, 5 within 20 km") << QDate(2021, 5, 24) << 5 << 20.0;
    QTest::newRow("end of phase 1, 10 within 20 km") << QDate(2022, 12, 31) << 10 << 20.0;
    QTest::newRow("end of phase 2, 20 within 10 km") << QDate(2023, 12, 31) << 20 << 10.0;
    QTest::newRow("end of phase 2, 5 within 50 km") << QDate(2023, 12, 31) << 5 << 50.0;
    QTest::newRow("takeover, 50 within 100 km") << QDate(2019, 6, 1) << 50 << 100.0;
}

// Gains never grow, cumulative is their sum, and adding the picks as open offices reaches exactly the people the
// run says it reaches; no pick is within 2 km of an open office, and no place is picked twice.
void TestOfficeSuggester::shippedData()
{
    QFETCH(QDate, date);
    QFETCH(int, count);
    QFETCH(double, withinKm);
    const PopulationModel population = PopulationModel::fromReference(m_shipped);
    const OfficeSuggester suggester(m_shippedOffices, m_shipped, population);
    const std::vector<Suggestion> picks = suggester.suggest(date, count, withinKm);
    QVERIFY(!picks.empty());
    QVERIFY(static_cast<int>(picks.size()) <= count);

    const NearestOfficeIndex open = NearestOfficeIndex::openAt(m_shippedOffices, date);
    std::vector<Office> withPicks = m_shippedOffices;
    double sum = 0;
    QSet<QString> picked;
    for (size_t i = 0; i < picks.size(); ++i) {
        const Suggestion &pick = picks[i];
        QVERIFY(pick.gain > 0);
        if (i > 0)
            QVERIFY2(pick.gain <= picks[i - 1].gain, qPrintable(pick.place.name));
        sum += pick.gain;
        QCOMPARE(pick.cumulativeGain, sum);
        QVERIFY(open.nearest(pick.place.position).distance > OfficeSuggester::officeAtPlaceMetres);
        const QString key = pick.place.municipalityCode + QLatin1Char('/') + pick.place.name;
        QVERIFY2(!picked.contains(key), qPrintable(key));
        picked.insert(key);
        withPicks.push_back(office(QStringLiteral("new-%1").arg(i), pick.place.municipalityCode, pick.place.position,
                                   Status2021::Open));
    }
    const double before = suggester.coveredPeople(date, withinKm);
    const double after = OfficeSuggester(withPicks, m_shipped, population).coveredPeople(date, withinKm);
    QVERIFY2(std::abs(before + picks.back().cumulativeGain - after) < 0.5, // rounding only: not a whole person
             qPrintable(QStringLiteral("%1 + %2 != %3").arg(before).arg(picks.back().cumulativeGain).arg(after)));
    QVERIFY(std::abs(picks.back().shareAfter - after / suggester.populationTotal()) < 1e-9);
}

void TestOfficeSuggester::sameAnswerFromSeveralThreads()
{
    const OfficeSuggester suggester(m_shippedOffices, m_shipped, PopulationModel::fromReference(m_shipped));
    const std::vector<Suggestion> expected = suggester.suggest(QDate(2022, 12, 31), 15, 20);
    std::vector<Suggestion> first;
    std::vector<Suggestion> second;
    std::thread a([&] { first = suggester.suggest(QDate(2022, 12, 31), 15, 20); });
    std::thread b([&] { second = suggester.suggest(QDate(2022, 12, 31), 15, 20); });
    a.join();
    b.join();
    QCOMPARE(first, expected);
    QCOMPARE(second, expected);
}

QTEST_GUILESS_MAIN(TestOfficeSuggester)
#include "tst_officesuggester.moc"
