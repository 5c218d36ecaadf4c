// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/reference/landmask.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace sk;

// Swedish land from the shipped base map: towns on land, the sea, lakes and the neighbours not.
class TestLandMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void places_data();
    void places();
    void equalsBruteForceOnRandomPoints();
    void emptyWithoutBaseMap();

private:
    BaseMap m_baseMap;
    LandMask m_land;
};

void TestLandMask::initTestCase()
{
    QStringList errors;
    m_baseMap = BaseMap::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/basemap.gpkg"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QElapsedTimer timer;
    timer.start();
    m_land = LandMask(m_baseMap);
    qInfo("land mask built in %lld ms", timer.elapsed());
    QVERIFY(!m_land.isEmpty());
}

void TestLandMask::places_data()
{
    QTest::addColumn<QGeoCoordinate>("coordinate");
    QTest::addColumn<bool>("land");
    QTest::newRow("Pajala") << QGeoCoordinate(67.2125, 23.3690) << true;
    QTest::newRow("Stockholm, Norrmalm") << QGeoCoordinate(59.3326, 18.0649) << true;
    QTest::newRow("Visby") << QGeoCoordinate(57.6348, 18.2948) << true;
    QTest::newRow("Smygehuk") << QGeoCoordinate(55.3391, 13.3595) << true;
    QTest::newRow("Vänern") << QGeoCoordinate(59.00, 13.50) << false;
    QTest::newRow("Vättern") << QGeoCoordinate(58.30, 14.55) << false;
    QTest::newRow("the Baltic") << QGeoCoordinate(58.00, 19.50) << false;
    QTest::newRow("Bothnian Bay") << QGeoCoordinate(65.00, 23.00) << false;
    QTest::newRow("Oslo") << QGeoCoordinate(59.9139, 10.7522) << false;
    QTest::newRow("Tornio (Finland)") << QGeoCoordinate(65.86, 24.18) << false;
    QTest::newRow("Copenhagen") << QGeoCoordinate(55.6761, 12.5683) << false;
}

void TestLandMask::places()
{
    QFETCH(QGeoCoordinate, coordinate);
    QFETCH(bool, land);
    const QPointF position = Projection::toSweref(coordinate);
    QCOMPARE(m_land.contains(position), land);
    QCOMPARE(LandMask::containsBruteForce(m_baseMap, position), land);
}

void TestLandMask::equalsBruteForceOnRandomPoints()
{
    const QRectF extent = SwedenBounds::sweref();
    QRandomGenerator random(3006);
    int onLand = 0;
    for (int i = 0; i < 1500; ++i) {
        const QPointF point(extent.left() + random.bounded(extent.width()),
                            extent.top() + random.bounded(extent.height()));
        const bool land = m_land.contains(point);
        QCOMPARE(land, LandMask::containsBruteForce(m_baseMap, point));
        onLand += land;
    }
    // Sweden's 407,000 km² of land in a 820 × 1,670 km box: about 30 %.
    QVERIFY2(onLand > 350 && onLand < 550, qPrintable(QString::number(onLand)));
}

void TestLandMask::emptyWithoutBaseMap()
{
    const LandMask none{BaseMap()};
    QVERIFY(none.isEmpty());
    QVERIFY(!none.contains(Projection::toSweref(QGeoCoordinate(67.2125, 23.3690))));
}

QTEST_GUILESS_MAIN(TestLandMask)
#include "tst_landmask.moc"
