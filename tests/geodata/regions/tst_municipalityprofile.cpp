// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/regions/municipalityprofile.h"

#include <QTest>

using namespace sk;

using Kind = MunicipalityProfile::Event::Kind;

// What the municipality panel shows, computed on the shipped data.
class TestMunicipalityProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pajala();
    void nearestIsTheGeodesicNearest_data();
    void nearestIsTheGeodesicNearest();
    void events_data();
    void events();
    void unknownCode();

private:
    Atlas m_atlas;
};

void TestMunicipalityProfile::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestMunicipalityProfile::pajala()
{
    const std::optional<MunicipalityProfile> profile = MunicipalityProfile::build(
            m_atlas.rollout(), m_atlas.reference(), QStringLiteral("2521"), QDate(2023, 12, 31));
    QVERIFY(profile);
    QCOMPARE(profile->municipality.name, QStringLiteral("Pajala"));
    QCOMPARE(profile->municipality.county, QStringLiteral("Norrbottens län"));
    QCOMPARE(profile->municipality.faRegion, QStringLiteral("60"));
    QCOMPARE(profile->municipality.faRegionName, QStringLiteral("Kiruna"));
    QCOMPARE(profile->municipality.population, 5966);
    QVERIFY(profile->openOffices.empty());
    QVERIFY(!profile->hadOfficeAtTimelineStart);
    QVERIFY(profile->events.empty());
    QVERIFY(profile->nearestOpenOffice);
    QCOMPARE(profile->nearestOpenOffice->office.name, QStringLiteral("Överkalix"));
    QVERIFY2(std::abs(profile->nearestOpenOffice->distanceKm - 101.5) < 0.5,
             qPrintable(QString::number(profile->nearestOpenOffice->distanceKm)));
}

void TestMunicipalityProfile::nearestIsTheGeodesicNearest_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QDate>("date");
    QTest::newRow("Pajala 2021") << "2521" << QDate(2021, 5, 25);
    QTest::newRow("Pajala 2023") << "2521" << QDate(2023, 12, 31);
    QTest::newRow("Boden before its office") << "2582" << QDate(2023, 1, 31);
    QTest::newRow("Motala after the closure") << "0583" << QDate(2025, 12, 31);
    QTest::newRow("Stockholm") << "0180" << QDate(2023, 12, 31);
}

void TestMunicipalityProfile::nearestIsTheGeodesicNearest()
{
    QFETCH(QString, code);
    QFETCH(QDate, date);
    const std::optional<MunicipalityProfile> profile
            = MunicipalityProfile::build(m_atlas.rollout(), m_atlas.reference(), code, date);
    QVERIFY(profile && profile->nearestOpenOffice);
    // Independently: the geodesic distance from the seat to every open office.
    const QGeoCoordinate seat = profile->municipality.seatCoordinate;
    double best = std::numeric_limits<double>::infinity();
    QString bestName;
    for (const Office &office : m_atlas.rollout().offices()) {
        if (Rollout::stateAt(office, date).status != OfficeStatus::Open)
            continue;
        const double km = seat.distanceTo(office.coordinate) / 1000.0;
        if (km < best) {
            best = km;
            bestName = office.name;
        }
    }
    QCOMPARE(profile->nearestOpenOffice->office.name, bestName);
    // QGeoCoordinate measures on a sphere, which in the far north is up to 0.35 % short of the ellipsoid; the
    // straight line in SWEREF 99 TM adds at most 0.2 %.
    QVERIFY2(std::abs(profile->nearestOpenOffice->distanceKm - best) <= 0.006 * best + 0.05,
             qPrintable(QStringLiteral("%1 vs %2").arg(profile->nearestOpenOffice->distanceKm).arg(best)));
    for (const Office &office : profile->openOffices) {
        QCOMPARE(office.municipalityCode, code);
        QCOMPARE(Rollout::stateAt(office, date).status, OfficeStatus::Open);
    }
}

void TestMunicipalityProfile::events_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("hadOfficeAtStart");
    QTest::addColumn<QDate>("firstEventDate");
    QTest::addColumn<int>("firstEventKind");
    QTest::addColumn<int>("municipalityEventKind");
    // Boden's office opened in June 2023: open from the last day of that month.
    QTest::newRow("Boden gets its first office")
            << "2582" << false << QDate(2023, 6, 30) << int(Kind::OfficeOpened) << int(Kind::FirstOfficeOpened);
    QTest::newRow("Motala loses its only office")
            << "0583" << true << QDate(2025, 5, 30) << int(Kind::OfficeClosed) << int(Kind::LastOfficeClosed);
}

void TestMunicipalityProfile::events()
{
    QFETCH(QString, code);
    QFETCH(bool, hadOfficeAtStart);
    QFETCH(QDate, firstEventDate);
    QFETCH(int, firstEventKind);
    QFETCH(int, municipalityEventKind);
    const std::optional<MunicipalityProfile> profile
            = MunicipalityProfile::build(m_atlas.rollout(), m_atlas.reference(), code, QDate(2023, 12, 31));
    QVERIFY(profile);
    QCOMPARE(profile->hadOfficeAtTimelineStart, hadOfficeAtStart);
    QVERIFY(!profile->events.empty());
    const auto first = std::find_if(profile->events.begin(), profile->events.end(),
                                    [&](const auto &e) { return int(e.kind) == firstEventKind; });
    QVERIFY(first != profile->events.end());
    QCOMPARE(first->date, firstEventDate);
    QVERIFY(!first->officeName.isEmpty());
    const auto municipalityEvent = std::find_if(profile->events.begin(), profile->events.end(),
                                                [&](const auto &e) { return int(e.kind) == municipalityEventKind; });
    QVERIFY(municipalityEvent != profile->events.end());
    QCOMPARE(municipalityEvent->date, firstEventDate);
    QVERIFY(std::is_sorted(profile->events.begin(), profile->events.end(),
                           [](const auto &a, const auto &b) { return a.date < b.date; }));
}

void TestMunicipalityProfile::unknownCode()
{
    QVERIFY(!MunicipalityProfile::build(m_atlas.rollout(), m_atlas.reference(), QStringLiteral("9999"),
                                        QDate(2023, 12, 31)));
}

QTEST_GUILESS_MAIN(TestMunicipalityProfile)
#include "tst_municipalityprofile.moc"
