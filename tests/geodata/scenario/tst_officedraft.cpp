// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"
#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/basemap.h"
#include "geodata/reference/referencedata.h"
#include "geodata/scenario/officedraft.h"

#include <QtTest>

using namespace sk;

// A new scenario office gets its municipality and name from where it was put.
class TestOfficeDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void namedAfterPlace_data();
    void namedAfterPlace();
    void boundariesWinOverNearestSeat();
    void onlySwedishLand_data();
    void onlySwedishLand();

private:
    ReferenceData m_reference;
};

void TestOfficeDraft::initTestCase()
{
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestOfficeDraft::namedAfterPlace_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("county");
    // At the seat: the seat's locality.
    QTest::newRow("Kiruna") << 67.8557 << 20.2251 << "2584"
                            << "Kiruna"
                            << "Norrbottens län";
    // Far from any locality in the table (Sarek): the nearest seat's name.
    QTest::newRow("Sarek") << 67.30 << 17.70 << "2510"
                           << "Jokkmokk"
                           << "Norrbottens län";
}

void TestOfficeDraft::namedAfterPlace()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, county);
    const QPointF at = Projection::toSweref(QGeoCoordinate(latitude, longitude));
    const Office office = OfficeDraft::at(at, m_reference, nullptr, 3);
    QCOMPARE(office.municipalityCode, code);
    QCOMPARE(office.name, name);
    QCOMPARE(office.county, county);
    QCOMPARE(office.status2021, Status2021::Planned);
    QCOMPARE(office.phase, 3);
    QVERIFY(!office.isVerified());
    QCOMPARE(office.position, at);
    QVERIFY(std::abs(office.coordinate.latitude() - latitude) < 1e-7);
}

void TestOfficeDraft::boundariesWinOverNearestSeat()
{
    // 9 km north of Stockholm's seat, inside the synthetic Stockholm square, a neighbour's seat is nearer; the
    // boundaries decide. (The same on SCB's real boundaries: tst_scbboundaries.)
    const QPointF at = Projection::toSweref(QGeoCoordinate(59.3293, 18.0686)) + QPointF(0, 9000);
    QVERIFY(OfficeDraft::municipalityCodeAt(at, m_reference, nullptr) != QStringLiteral("0180"));
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(
            QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/reference/synthetic-boundaries.gpkg"), &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QCOMPARE(OfficeDraft::municipalityCodeAt(at, m_reference, &boundaries), QStringLiteral("0180"));
    QCOMPARE(OfficeDraft::at(at, m_reference, &boundaries, 3).municipality, QStringLiteral("Stockholm"));
}

void TestOfficeDraft::onlySwedishLand_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<bool>("inSweden");
    QTest::newRow("Östersund") << 63.18 << 14.64 << true;
    QTest::newRow("Visby") << 57.64 << 18.30 << true;
    QTest::newRow("Oslo") << 59.91 << 10.75 << false;
    QTest::newRow("Helsinki") << 60.17 << 24.94 << false;
    QTest::newRow("Baltic Sea west of Gotland") << 57.40 << 17.60 << false;
    QTest::newRow("Vänern") << 58.90 << 13.30 << false;
}

// Offices are placed on Swedish land only: the base map decides without boundaries (with them: tst_scbboundaries).
void TestOfficeDraft::onlySwedishLand()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(bool, inSweden);
    const QPointF at = Projection::toSweref(QGeoCoordinate(latitude, longitude));
    QStringList errors;
    const BaseMap baseMap = BaseMap::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/basemap.gpkg"), &errors);
    if (baseMap.land().isEmpty())
        QSKIP("geodata/data/basemap.gpkg has not been built yet");
    QCOMPARE(OfficeDraft::isInSweden(at, &baseMap, nullptr), inSweden);
    QVERIFY(OfficeDraft::isInSweden(at, nullptr, nullptr));
}

QTEST_GUILESS_MAIN(TestOfficeDraft)
#include "tst_officedraft.moc"
