// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/coveragecalculator.h"
#include "widgets/render/coverageclasses.h"

#include <QTest>

#include <limits>

using namespace sk;

// The distance classes of the coverage layer, pinned to values worked out by hand: the class edges, and real
// municipalities whose seat-to-office distance was computed apart from the program (coordinates from the shipped
// tables, projected with `gdaltransform -s_srs EPSG:4326 -t_srs EPSG:3006`, then Pythagoras).
class TestCoverageClasses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classEdges_data();
    void classEdges();
    void labels();
    void colours();
    void realMunicipalities_data();
    void realMunicipalities();

private:
    CoverageResult m_result;
};

void TestCoverageClasses::initTestCase()
{
    QStringList errors;
    const Atlas atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    m_result = CoverageCalculator(atlas.rollout(), atlas.reference()).at(QDate(2023, 12, 31));
}

void TestCoverageClasses::classEdges_data()
{
    QTest::addColumn<bool>("hasOffice");
    QTest::addColumn<double>("km");
    QTest::addColumn<int>("distanceClass");
    const double infinity = std::numeric_limits<double>::infinity();
    QTest::newRow("office in the municipality, seat far from it") << true << 80.0 << 0;
    QTest::newRow("office in the municipality, no distance") << true << infinity << 0;
    QTest::newRow("0 km") << false << 0.0 << 1;
    QTest::newRow("10 km is still up to 10") << false << 10.0 << 1;
    QTest::newRow("10.001 km") << false << 10.001 << 2;
    QTest::newRow("20 km") << false << 20.0 << 2;
    QTest::newRow("20.5 km") << false << 20.5 << 3;
    QTest::newRow("30 km") << false << 30.0 << 3;
    QTest::newRow("30.001 km") << false << 30.001 << 4;
    QTest::newRow("50 km") << false << 50.0 << 4;
    QTest::newRow("50.001 km") << false << 50.001 << 5;
    QTest::newRow("no office open anywhere") << false << infinity << 5;
}

void TestCoverageClasses::classEdges()
{
    QFETCH(bool, hasOffice);
    QFETCH(double, km);
    QFETCH(int, distanceClass);
    MunicipalityCoverage municipality;
    municipality.hasOffice = hasOffice;
    municipality.seatDistanceKm = km;
    QCOMPARE(CoverageClasses::classOf(municipality), distanceClass);
}

void TestCoverageClasses::labels()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QStringList expected{QStringLiteral("Office in the municipality"),
                               QStringLiteral("Up to 10 km"),
                               QStringLiteral("10–20 km"),
                               QStringLiteral("20–30 km"),
                               QStringLiteral("30–50 km"),
                               QStringLiteral("Over 50 km")};
    QCOMPARE(CoverageClasses::count, int(expected.size()));
    for (int i = 0; i < CoverageClasses::count; ++i)
        QCOMPARE(CoverageClasses::label(i), expected[i]);
}

void TestCoverageClasses::colours()
{
    // ColorBrewer Purples, 6 classes, on the light theme; the dark theme's ramp runs the other way in lightness.
    const QStringList light{"#f2f0f7", "#dadaeb", "#bcbddc", "#9e9ac8", "#756bb1", "#54278f"};
    for (int i = 0; i < CoverageClasses::count; ++i)
        QCOMPARE(CoverageClasses::colour(i, MapStyle::Theme::Light).name(), light[i]);
    for (int i = 1; i < CoverageClasses::count; ++i) {
        QVERIFY(CoverageClasses::colour(i, MapStyle::Theme::Light).lightness()
                < CoverageClasses::colour(i - 1, MapStyle::Theme::Light).lightness());
        QVERIFY(CoverageClasses::colour(i, MapStyle::Theme::Dark).lightness()
                > CoverageClasses::colour(i - 1, MapStyle::Theme::Dark).lightness());
    }
}

void TestCoverageClasses::realMunicipalities_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("nearestOffice");
    QTest::addColumn<double>("km");
    QTest::addColumn<int>("distanceClass");
    // Seat (lat, lon) → office (lat, lon), both in SWEREF 99 TM metres, straight-line distance; 31 Dec 2023.
    // Ekerö 59.29100, 17.81212 → Hallunda 59.24340, 17.82570: (660166.7, 6575836.2) → (661164.6, 6570571.5)
    QTest::newRow("Ekerö") << "0125"
                           << "hallunda" << 5.358 << 1;
    // Upplands Väsby 59.51839, 17.91128 → Täby 59.44390, 18.06870: (664704.4, 6601384.6) → (673989.2, 6593496.0).
    // Sollentuna, nearer, opens during 2023 or 2024: not yet certainly open on 31 Dec 2023.
    QTest::newRow("Upplands Väsby") << "0114"
                                    << "taby" << 12.183 << 2;
    // Vallentuna 59.53436, 18.07758 → Täby 59.44390, 18.06870: (674026.1, 6603585.8) → (673989.2, 6593496.0)
    QTest::newRow("Vallentuna") << "0115"
                                << "taby" << 10.090 << 2;
    // Ydre 57.82465, 15.27357 → Tranås 58.03720, 14.97820: (516249.5, 6409221.0) → (498712.8, 6432852.0)
    QTest::newRow("Ydre") << "0512"
                          << "tranas" << 29.427 << 3;
    // Dals-Ed 58.91247, 11.93308 → Strömstad 58.93950, 11.17120: (323390.7, 6534355.0) → (279717.5, 6539623.9)
    QTest::newRow("Dals-Ed") << "1438"
                             << "stromstad" << 43.990 << 4;
    // Arjeplog 66.05173, 17.88606 → Sorsele 65.53470, 17.53360: (630685.9, 7328684.9) → (617057.6, 7270404.2)
    QTest::newRow("Arjeplog") << "2506"
                              << "sorsele" << 59.853 << 5;
    // Pajala 67.21284, 23.36607 → Överkalix 66.32700, 22.84400: (860688.2, 7479441.2) → (850702.5, 7378390.9)
    QTest::newRow("Pajala") << "2521"
                            << "overkalix" << 101.543 << 5;
    QTest::newRow("Strömstad has an office") << "1486"
                                             << "stromstad" << 0.006 << 0;
}

void TestCoverageClasses::realMunicipalities()
{
    QFETCH(QString, code);
    QFETCH(QString, nearestOffice);
    QFETCH(double, km);
    QFETCH(int, distanceClass);
    const auto found = std::find_if(m_result.municipalities.begin(), m_result.municipalities.end(),
                                    [&](const MunicipalityCoverage &row) { return row.code == code; });
    QVERIFY(found != m_result.municipalities.end());
    QCOMPARE(found->nearestOfficeId, nearestOffice);
    QVERIFY2(std::abs(found->seatDistanceKm - km) < 0.001, qPrintable(QString::number(found->seatDistanceKm, 'f', 4)));
    QCOMPARE(CoverageClasses::classOf(*found), distanceClass);
}

QTEST_GUILESS_MAIN(TestCoverageClasses)
#include "tst_coverageclasses.moc"
