// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/geo/projection.h"
#include "widgets/export/mapexporter.h"
#include "widgets/scene/municipalityhittester.h"

#include <QTest>

using namespace sk;

// Which municipality is under the pointer: official polygons when loaded (SCB's, from ../shared), seats otherwise.
class TestMunicipalityHitTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void polygons_data();
    void polygons();
    void seats_data();
    void seats();

private:
    Atlas m_atlas;
    AdminBoundaries m_boundaries;
};

void TestMunicipalityHitTester::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QString error;
    m_boundaries
            = AdminBoundaries::load(QStringLiteral(SERVICEKARTA_SHARED_DIR "/geodata/sweden_scb_admin.gpkg"), &error);
}

void TestMunicipalityHitTester::polygons_data()
{
    QTest::addColumn<QGeoCoordinate>("point");
    QTest::addColumn<double>("metresPerPixel");
    QTest::addColumn<QString>("code");
    // Far from Pajala's seat, still inside the municipality.
    QTest::newRow("north of Pajala") << QGeoCoordinate(67.75, 23.2) << 2000.0 << "2521";
    QTest::newRow("Pajala, close zoom") << QGeoCoordinate(67.21, 23.37) << 20.0 << "2521";
    QTest::newRow("Kiruna") << QGeoCoordinate(67.86, 20.23) << 1000.0 << "2584";
    QTest::newRow("Gotland") << QGeoCoordinate(57.5, 18.5) << 1000.0 << "0980";
    QTest::newRow("the Baltic Sea") << QGeoCoordinate(58.5, 20.0) << 1000.0 << "";
    QTest::newRow("Norway") << QGeoCoordinate(60.0, 10.0) << 1000.0 << "";
}

void TestMunicipalityHitTester::polygons()
{
    if (m_boundaries.isEmpty())
        QSKIP("SCB boundaries not found in ../shared/geodata");
    QFETCH(QGeoCoordinate, point);
    QFETCH(double, metresPerPixel);
    QFETCH(QString, code);
    MapViewport viewport = MapExporter::homeViewport(QSize(800, 600));
    viewport.setMetresPerPixel(metresPerPixel);
    viewport.setCentre(Projection::toSweref(point));
    const QPointF screen = viewport.worldToScreen(Projection::toSweref(point));
    QCOMPARE(MunicipalityHitTester::codeAt(viewport, &m_boundaries, m_atlas.reference(), screen), code);
}

void TestMunicipalityHitTester::seats_data()
{
    QTest::addColumn<QPointF>("offset"); // from Pajala's seat, in pixels
    QTest::addColumn<QString>("code");
    QTest::newRow("on the seat") << QPointF(0, 0) << "2521";
    QTest::newRow("near the seat") << QPointF(8, -6) << "2521";
    QTest::newRow("too far") << QPointF(30, 0) << "";
}

void TestMunicipalityHitTester::seats()
{
    QFETCH(QPointF, offset);
    QFETCH(QString, code);
    const MapViewport viewport = MapExporter::homeViewport(QSize(800, 600));
    const QPointF seat = viewport.worldToScreen(m_atlas.reference().municipality(QStringLiteral("2521"))->seatPosition);
    const AdminBoundaries none;
    QCOMPARE(MunicipalityHitTester::codeAt(viewport, &none, m_atlas.reference(), seat + offset), code);
    QCOMPARE(MunicipalityHitTester::codeAt(viewport, nullptr, m_atlas.reference(), seat + offset), code);
}

QTEST_MAIN(TestMunicipalityHitTester)
#include "tst_municipalityhittester.moc"
