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
    // 62.0 N 13.0 E lies in Älvdalen, 8 km inside its border, but Härjedalen's seat (Sveg) is the nearest seat.
    const QPointF at = Projection::toSweref(QGeoCoordinate(62.0, 13.0));
    QCOMPARE(OfficeDraft::municipalityCodeAt(at, m_reference, nullptr), QStringLiteral("2361"));
    const QString scbFile = QStringLiteral(SERVICEKARTA_SHARED_DIR "/geodata/sweden_scb_admin.gpkg");
    if (!QFile::exists(scbFile))
        QSKIP("the SCB boundaries are not in the shared folder");
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(scbFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QCOMPARE(OfficeDraft::municipalityCodeAt(at, m_reference, &boundaries), QStringLiteral("2039"));
    QCOMPARE(OfficeDraft::at(at, m_reference, &boundaries, 3).municipality, QStringLiteral("Älvdalen"));
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

// Offices are placed on Swedish land only: the base map decides without boundaries, the boundaries with them.
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

    const QString scbFile = QStringLiteral(SERVICEKARTA_SHARED_DIR "/geodata/sweden_scb_admin.gpkg");
    if (!QFile::exists(scbFile))
        QSKIP("the SCB boundaries are not in the shared folder");
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(scbFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QCOMPARE(OfficeDraft::isInSweden(at, &baseMap, &boundaries), inSweden);
}

QTEST_GUILESS_MAIN(TestOfficeDraft)
#include "tst_officedraft.moc"
