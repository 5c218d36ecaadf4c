// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/coverage/coveragecalculator.h"
#include "geodata/reports/coveragereport.h"

#include <QJsonArray>
#include <QtTest>

#include <cmath>

using namespace sk;

namespace {

Office openOffice(const char *id, const char *municipalityCode, QPointF position)
{
    Office office;
    office.id = QString::fromLatin1(id);
    office.name = QStringLiteral("Office, %1").arg(office.id); // a comma, for CSV quoting
    office.municipalityCode = QString::fromLatin1(municipalityCode);
    office.position = position;
    return office;
}

} // namespace

// The fixture of tst_coveragecalculator in its simplest form: one office, 100 people at 3, 12 and 25 km.
class TestCoverageReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json();
    void jsonWithoutOffices();
    void csvOneRowPerMunicipalityPerDate();
    void shippedForDate();
    void shippedCsvForDates();

private:
    ReferenceData m_reference;
    CoverageCalculator m_calculator;
    Atlas m_atlas;
};

void TestCoverageReport::initTestCase()
{
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/coverage"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    const QPointF seat = m_reference.municipality(QStringLiteral("9001"))->seatPosition;
    const QPointF base(std::round(seat.x()), std::round(seat.y()));
    const PopulationModel population({{base + QPointF(3000, 0), 100, QStringLiteral("9001")},
                                      {base + QPointF(0, 12000), 100, QStringLiteral("9001")},
                                      {base + QPointF(-25000, 0), 100, QStringLiteral("9001")}});
    m_calculator = CoverageCalculator(Rollout({openOffice("alfa", "9001", base)}), m_reference, population);

    errors.clear();
    m_atlas = Atlas::loadEmbedded(&errors); // the base map may be missing; coverage does not need it
    QCOMPARE(m_atlas.reference().municipalityCount(), 290);
    QVERIFY(!m_atlas.rollout().offices().empty());
}

void TestCoverageReport::json()
{
    const QJsonObject json = CoverageReport::toJson(m_calculator.at(QDate(2022, 6, 1)));
    QCOMPARE(json.value(QStringLiteral("date")).toString(), QStringLiteral("2022-06-01"));
    QCOMPARE(json.value(QStringLiteral("offices_open")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("municipalities_with_office")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("municipalities_total")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("population_total")).toDouble(), 300.0);
    QCOMPARE(json.value(QStringLiteral("median_distance_km")).toDouble(), 12.0);
    QCOMPARE(json.value(QStringLiteral("p90_distance_km")).toDouble(), 25.0);
    const QJsonObject within = json.value(QStringLiteral("population_within_km")).toObject();
    QCOMPARE(within.keys(), (QStringList{"10", "20", "30", "5", "50"}));
    QCOMPARE(within.value(QStringLiteral("5")).toDouble(), 0.333333);
    QCOMPARE(within.value(QStringLiteral("10")).toDouble(), 0.333333);
    QCOMPARE(within.value(QStringLiteral("20")).toDouble(), 0.666667);
    QCOMPARE(within.value(QStringLiteral("30")).toDouble(), 1.0);

    const QJsonArray municipalities = json.value(QStringLiteral("municipalities")).toArray();
    QCOMPARE(municipalities.size(), 3);
    const QJsonObject alfa = municipalities.at(0).toObject();
    QCOMPARE(alfa.value(QStringLiteral("code")).toString(), QStringLiteral("9001"));
    QCOMPARE(alfa.value(QStringLiteral("name")).toString(), QStringLiteral("Alfa"));
    QCOMPARE(alfa.value(QStringLiteral("population")).toInt(), 300);
    QCOMPARE(alfa.value(QStringLiteral("nearest_office")).toString(), QStringLiteral("alfa"));
    QCOMPARE(alfa.value(QStringLiteral("seat_distance_km")).toDouble(), 0.0);
    QCOMPARE(alfa.value(QStringLiteral("has_office")).toBool(), true);
    const QJsonObject gamma = municipalities.at(2).toObject();
    QCOMPARE(gamma.value(QStringLiteral("has_office")).toBool(), false);
    QVERIFY(gamma.value(QStringLiteral("seat_distance_km")).toDouble() > 200);
}

void TestCoverageReport::jsonWithoutOffices()
{
    const CoverageCalculator calculator(Rollout(), m_reference, PopulationModel({{QPointF(5e5, 6.6e6), 1, {}}}));
    const QJsonObject json = CoverageReport::toJson(calculator.at(QDate(2022, 6, 1)));
    QVERIFY(json.value(QStringLiteral("median_distance_km")).isNull());
    const QJsonObject first = json.value(QStringLiteral("municipalities")).toArray().at(0).toObject();
    QVERIFY(first.value(QStringLiteral("seat_distance_km")).isNull());
    QCOMPARE(first.value(QStringLiteral("nearest_office")).toString(), QString());
}

void TestCoverageReport::csvOneRowPerMunicipalityPerDate()
{
    const QString csv = CoverageReport::toCsv({m_calculator.at(QDate(2022, 6, 1)), m_calculator.at(QDate(2023, 1, 1))});
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 2 * 3);
    QCOMPARE(lines[0],
             QStringLiteral("date,code,name,county,population,nearest_office,nearest_office_name,"
                            "seat_distance_km,has_office,population_model"));
    // A model made of bare points has no name; the embedded ones are "points" and "dispersed".
    QCOMPARE(lines[1], QStringLiteral("2022-06-01,9001,Alfa,Testlän,300,alfa,\"Office, alfa\",0.000,1,"));
    QVERIFY(lines[6].startsWith(QStringLiteral("2023-01-01,9101,Gamma,Provlän,50,alfa,")));
    QVERIFY(lines[6].endsWith(QLatin1String(",0,")));
}

void TestCoverageReport::shippedForDate()
{
    const QJsonObject json = CoverageReport::forDate(m_atlas, QDate(2023, 12, 31));
    QCOMPARE(json.value(QStringLiteral("population_total")).toDouble(), 10'379'295.0);
    QCOMPARE(json.value(QStringLiteral("population_model")).toString(), QStringLiteral("dispersed"));
    QCOMPARE(json.value(QStringLiteral("municipalities")).toArray().size(), 290);
    QCOMPARE(json.value(QStringLiteral("offices_open")).toInt(),
             m_atlas.rollout().countsAt(QDate(2023, 12, 31)).open());
    const QJsonObject within = json.value(QStringLiteral("population_within_km")).toObject();
    double previous = 0;
    for (const char *key : {"5", "10", "20", "30", "50"}) {
        const double share = within.value(QLatin1String(key)).toDouble();
        QVERIFY(share >= previous && share <= 1);
        previous = share;
    }
    qInfo("2023-12-31: within 5/10/20/30/50 km %.3f/%.3f/%.3f/%.3f/%.3f, median %.1f km, p90 %.1f km",
          within.value(QStringLiteral("5")).toDouble(), within.value(QStringLiteral("10")).toDouble(),
          within.value(QStringLiteral("20")).toDouble(), within.value(QStringLiteral("30")).toDouble(),
          within.value(QStringLiteral("50")).toDouble(), json.value(QStringLiteral("median_distance_km")).toDouble(),
          json.value(QStringLiteral("p90_distance_km")).toDouble());
}

void TestCoverageReport::shippedCsvForDates()
{
    const QString csv = CoverageReport::csvForDates(m_atlas, {QDate(2021, 5, 25), QDate(2023, 12, 31)});
    QCOMPARE(csv.count(QLatin1Char('\n')), 1 + 2 * 290);
    QVERIFY(csv.contains(QStringLiteral("\n2023-12-31,0180,Stockholm,Stockholms län,")));
}

QTEST_GUILESS_MAIN(TestCoverageReport)
#include "tst_coveragereport.moc"
