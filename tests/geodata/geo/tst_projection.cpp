// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"

#include <QtTest>

#include <thread>

using namespace sk;

class TestProjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownPoints_data();
    void knownPoints();
    void inverseOfKnownPoints_data();
    void inverseOfKnownPoints();
    void roundTrip_data();
    void roundTrip();
    void eastingIsX();
    void batchEqualsSingle();
    void batchEmpty();
    void invalidInput();
    void perThreadTransforms();
    void extents();
};

void TestProjection::knownPoints_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<double>("easting");
    QTest::addColumn<double>("northing");
    QTest::addColumn<double>("tolerance");

    // Reference values from PROJ (gdaltransform EPSG:4326 -> EPSG:3006).
    QTest::newRow("Stockholm") << 59.3293 << 18.0686 << 674572.0 << 6580743.0 << 1.0;
    QTest::newRow("central meridian, false easting") << 60.0 << 15.0 << 500000.0 << 6651411.19 << 0.01;
    QTest::newRow("Malmö") << 55.6050 << 13.0038 << 374243.76 << 6163926.55 << 0.01;
    QTest::newRow("Kiruna") << 67.8558 << 20.2253 << 719583.12 << 7536069.97 << 0.01;
    QTest::newRow("Göteborg, west of the meridian") << 57.7072 << 11.9668 << 319285.04 << 6400157.67 << 0.01;
    QTest::newRow("Haparanda, far east") << 65.84 << 24.1 << 914438.47 << 7332189.47 << 0.01;
}

void TestProjection::knownPoints()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(double, easting);
    QFETCH(double, northing);
    QFETCH(double, tolerance);

    const QPointF point = Projection::toSweref(QGeoCoordinate(latitude, longitude));
    QVERIFY2(qAbs(point.x() - easting) <= tolerance, qPrintable(QString::number(point.x(), 'f', 3)));
    QVERIFY2(qAbs(point.y() - northing) <= tolerance, qPrintable(QString::number(point.y(), 'f', 3)));
}

void TestProjection::inverseOfKnownPoints_data()
{
    QTest::addColumn<double>("easting");
    QTest::addColumn<double>("northing");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");

    QTest::newRow("Stockholm") << 674571.866 << 6580743.008 << 59.3293 << 18.0686;
    QTest::newRow("false easting") << 500000.0 << 6651411.190 << 60.0 << 15.0;
}

void TestProjection::inverseOfKnownPoints()
{
    QFETCH(double, easting);
    QFETCH(double, northing);
    QFETCH(double, latitude);
    QFETCH(double, longitude);

    const QGeoCoordinate coordinate = Projection::toWgs84(QPointF(easting, northing));
    QVERIFY(coordinate.isValid());
    // 1e-7 degrees is about 1 cm.
    QVERIFY2(qAbs(coordinate.latitude() - latitude) < 1e-7, qPrintable(QString::number(coordinate.latitude(), 'f', 9)));
    QVERIFY2(qAbs(coordinate.longitude() - longitude) < 1e-7,
             qPrintable(QString::number(coordinate.longitude(), 'f', 9)));
}

void TestProjection::roundTrip_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");

    QTest::newRow("Smygehuk") << 55.3367 << 13.3594;
    QTest::newRow("Treriksröset") << 69.0600 << 20.5486;
    QTest::newRow("Strömstad") << 58.9395 << 11.1712;
    QTest::newRow("Haparanda") << 65.8355 << 24.1368;
    QTest::newRow("Visby") << 57.6409 << 18.2960;
    QTest::newRow("Östersund") << 63.1792 << 14.6357;
}

void TestProjection::roundTrip()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);

    const QPointF sweref = Projection::toSweref(QGeoCoordinate(latitude, longitude));
    QVERIFY(SwedenBounds::sweref().contains(sweref));
    const QGeoCoordinate back = Projection::toWgs84(sweref);
    QVERIFY(back.isValid());
    // Compare in metres on the ground and in metres in the plane.
    QVERIFY2(back.distanceTo(QGeoCoordinate(latitude, longitude)) < 0.001,
             qPrintable(QString::number(back.distanceTo(QGeoCoordinate(latitude, longitude)))));
    const QPointF again = Projection::toSweref(back);
    QVERIFY(qAbs(again.x() - sweref.x()) < 0.001);
    QVERIFY(qAbs(again.y() - sweref.y()) < 0.001);
}

void TestProjection::eastingIsX()
{
    // East of the central meridian gives easting > 500 000; moving north grows y, moving east grows x.
    const QPointF base = Projection::toSweref(QGeoCoordinate(60.0, 15.0));
    const QPointF east = Projection::toSweref(QGeoCoordinate(60.0, 16.0));
    const QPointF north = Projection::toSweref(QGeoCoordinate(61.0, 15.0));
    QVERIFY(base.y() > 6000000);
    QVERIFY(base.x() < 1000000);
    QVERIFY(east.x() > base.x() + 50000);
    QVERIFY(qAbs(east.y() - base.y()) < 1000);
    QVERIFY(north.y() > base.y() + 100000);
    QVERIFY(qAbs(north.x() - base.x()) < 0.01);

    const QGeoCoordinate inverse = Projection::toWgs84(QPointF(600000, 6600000));
    QVERIFY(inverse.longitude() > 15.0 && inverse.longitude() < 18.0);
    QVERIFY(inverse.latitude() > 59.0 && inverse.latitude() < 60.0);
}

void TestProjection::batchEqualsSingle()
{
    const std::vector<QGeoCoordinate> coordinates{QGeoCoordinate(59.3293, 18.0686), QGeoCoordinate(55.6050, 13.0038),
                                                  QGeoCoordinate(), QGeoCoordinate(67.8558, 20.2253),
                                                  QGeoCoordinate(60.0, 15.0)};
    const std::vector<QPointF> batch = Projection::toSweref(coordinates);
    QCOMPARE(batch.size(), coordinates.size());
    for (size_t i = 0; i < coordinates.size(); ++i) {
        const QPointF single = Projection::toSweref(coordinates[i]);
        if (!coordinates[i].isValid()) {
            QVERIFY(qIsNaN(batch[i].x()) && qIsNaN(batch[i].y()));
            QVERIFY(qIsNaN(single.x()) && qIsNaN(single.y()));
            continue;
        }
        QCOMPARE(batch[i].x(), single.x());
        QCOMPARE(batch[i].y(), single.y());
    }
}

void TestProjection::batchEmpty()
{
    QVERIFY(Projection::toSweref(std::vector<QGeoCoordinate>{}).empty());
}

void TestProjection::invalidInput()
{
    const QPointF point = Projection::toSweref(QGeoCoordinate());
    QVERIFY(qIsNaN(point.x()));
    QVERIFY(qIsNaN(point.y()));
}

void TestProjection::perThreadTransforms()
{
    // Each thread builds its own transforms; results must equal the main thread's.
    const QGeoCoordinate stockholm(59.3293, 18.0686);
    const QPointF expected = Projection::toSweref(stockholm);
    QPointF fromThread;
    QGeoCoordinate backFromThread;
    std::thread worker([&] {
        fromThread = Projection::toSweref(stockholm);
        backFromThread = Projection::toWgs84(expected);
    });
    worker.join();
    QCOMPARE(fromThread.x(), expected.x());
    QCOMPARE(fromThread.y(), expected.y());
    QVERIFY(backFromThread.distanceTo(stockholm) < 0.001);
}

void TestProjection::extents()
{
    const QRectF extent = SwedenBounds::sweref();
    const QRectF home = Projection::swedenHomeExtent();
    QVERIFY(extent.contains(home));
    // The extremes of the country lie inside the home view.
    for (const QGeoCoordinate &corner : {QGeoCoordinate(55.3367, 13.3594), QGeoCoordinate(69.0600, 20.5486),
                                         QGeoCoordinate(58.9395, 11.1712), QGeoCoordinate(65.8355, 24.1368)})
        QVERIFY2(home.contains(Projection::toSweref(corner)), qPrintable(corner.toString()));
    QVERIFY(!extent.contains(Projection::toSweref(QGeoCoordinate(48.8566, 2.3522)))); // Paris
}

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
