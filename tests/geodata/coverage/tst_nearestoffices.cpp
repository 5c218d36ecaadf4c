// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/nearestoffices.h"
#include "geodata/coverage/placelookup.h"
#include "geodata/offices/rollout.h"

#include <QtTest>

using namespace sk;

// "How far is it from here?": places by name or coordinate, and the offices open at a date nearest them.
class TestNearestOffices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lookUp_data();
    void lookUp();
    void nearestAreTheOpenOnesByDistance_data();
    void nearestAreTheOpenOnesByDistance();
    void followsTheDate();
    void bearings();

private:
    Atlas m_atlas;
};

void TestNearestOffices::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestNearestOffices::lookUp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("failure");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("municipalityCode");
    using Failure = PlaceLookup::Place::Failure;
    QTest::newRow("locality") << "Pajala" << int(Failure::None) << "Pajala"
                              << "2521";
    QTest::newRow("folded") << "  malmo " << int(Failure::None) << "Malmö"
                            << "1280";
    QTest::newRow("municipality only, its seat") << "Värmdö" << int(Failure::None) << "Gustavsberg (seat of Värmdö)"
                                                 << "0120";
    QTest::newRow("coordinate") << "65.83,23.17" << int(Failure::None) << "65.83,23.17"
                                << "";
    QTest::newRow("bad coordinate") << "91.5,23.17" << int(Failure::BadCoordinate) << ""
                                    << "";
    QTest::newRow("unknown place") << "Atlantis" << int(Failure::UnknownPlace) << ""
                                   << "";
}

void TestNearestOffices::lookUp()
{
    QFETCH(QString, text);
    QFETCH(int, failure);
    QFETCH(QString, label);
    QFETCH(QString, municipalityCode);
    const PlaceLookup::Place place = PlaceLookup::resolve(text, m_atlas.reference());
    QCOMPARE(int(place.failure), failure);
    if (!place.ok()) {
        QVERIFY(!place.error.isEmpty());
        return;
    }
    QVERIFY(place.coordinate.isValid());
    QCOMPARE(place.label, label);
    if (!municipalityCode.isEmpty() || place.label == text)
        QCOMPARE(place.municipalityCode, municipalityCode);
}

void TestNearestOffices::nearestAreTheOpenOnesByDistance_data()
{
    QTest::addColumn<QGeoCoordinate>("from");
    QTest::addColumn<QDate>("date");
    QTest::newRow("Pajala, end of phase 2") << QGeoCoordinate(67.2125, 23.369) << QDate(2023, 12, 31);
    QTest::newRow("Kalix, May 2021") << QGeoCoordinate(65.83, 23.17) << QDate(2021, 5, 25);
    QTest::newRow("Stockholm, 2026") << QGeoCoordinate(59.3293, 18.0686) << QDate(2026, 6, 30);
}

// The three returned are open at the date, nearest first, and no open office is nearer than the third.
void TestNearestOffices::nearestAreTheOpenOnesByDistance()
{
    QFETCH(QGeoCoordinate, from);
    QFETCH(QDate, date);
    const std::vector<Office> &offices = m_atlas.rollout().offices();
    const std::vector<NearbyOffice> nearest = NearestOffices::find(offices, from, date);
    QCOMPARE(nearest.size(), size_t(3));
    for (size_t i = 0; i < nearest.size(); ++i) {
        const Office &office = offices[size_t(nearest[i].office)];
        QCOMPARE(Rollout::stateAt(office, date).status, OfficeStatus::Open);
        QCOMPARE(nearest[i].id, office.id);
        QCOMPARE(nearest[i].distanceMetres, from.distanceTo(office.coordinate));
        if (i > 0)
            QVERIFY(nearest[i - 1].distanceMetres <= nearest[i].distanceMetres);
    }
    for (const Office &office : offices) {
        if (Rollout::stateAt(office, date).status != OfficeStatus::Open)
            continue;
        const bool listed = std::any_of(nearest.begin(), nearest.end(),
                                        [&](const NearbyOffice &nearby) { return nearby.id == office.id; });
        QVERIFY(listed || from.distanceTo(office.coordinate) >= nearest.back().distanceMetres);
    }
}

void TestNearestOffices::followsTheDate()
{
    // Haparanda before any office there was planned, and after: whatever changed, the lists are each date's.
    const QGeoCoordinate haparanda(65.8355, 24.1368);
    const std::vector<NearbyOffice> early
            = NearestOffices::find(m_atlas.rollout().offices(), haparanda, QDate(2019, 6, 30));
    const std::vector<NearbyOffice> late
            = NearestOffices::find(m_atlas.rollout().offices(), haparanda, QDate(2023, 12, 31));
    QVERIFY(!late.empty());
    QVERIFY(late.front().distanceMetres < 2000); // Haparanda's own office
    QVERIFY(NearestOffices::find(m_atlas.rollout().offices(), haparanda, QDate(2023, 12, 31), 0).empty());
    QVERIFY(NearestOffices::find({}, haparanda, QDate(2023, 12, 31)).empty());
    QVERIFY(early.empty() || early.front().distanceMetres >= late.front().distanceMetres);
}

void TestNearestOffices::bearings()
{
    Office north;
    north.id = QStringLiteral("north");
    north.coordinate = QGeoCoordinate(61, 15);
    Office east = north;
    east.id = QStringLiteral("east");
    east.coordinate = QGeoCoordinate(60, 15.3);
    const std::vector<NearbyOffice> nearest
            = NearestOffices::find({north, east}, QGeoCoordinate(60, 15), QDate(2023, 1, 1), 5);
    QCOMPARE(nearest.size(), size_t(2));
    QCOMPARE(nearest[0].id, QStringLiteral("east")); // 16.7 km, against 111 km north
    QVERIFY(std::abs(nearest[0].bearingDegrees - 90) < 0.2);
    QVERIFY(std::abs(nearest[1].bearingDegrees) < 1e-6);
    QVERIFY(std::abs(nearest[1].distanceMetres - 111'195) < 100);
}

QTEST_GUILESS_MAIN(TestNearestOffices)
#include "tst_nearestoffices.moc"
