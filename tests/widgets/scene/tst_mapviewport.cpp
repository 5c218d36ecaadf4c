// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/scene/mapviewport.h"

#include <QTest>

using namespace sk;

class TestMapViewport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void worldToScreen_data();
    void worldToScreen();
    void roundTrip_data();
    void roundTrip();
    void transformMatchesPointMapping();
    void zoomAboutKeepsAnchor_data();
    void zoomAboutKeepsAnchor();
    void scaleIsClamped();
    void fitShowsWholeRect();
    void panMovesWorldWithPointer();
};

void TestMapViewport::worldToScreen_data()
{
    QTest::addColumn<QPointF>("world");
    QTest::addColumn<QPointF>("screen");
    // Centre (600000, 6900000), 1000 m/px, 800x600: the centre is at (400, 300); north is up.
    QTest::newRow("centre") << QPointF(600000, 6900000) << QPointF(400, 300);
    QTest::newRow("100 km east") << QPointF(700000, 6900000) << QPointF(500, 300);
    QTest::newRow("100 km north") << QPointF(600000, 7000000) << QPointF(400, 200);
    QTest::newRow("south-west corner") << QPointF(200000, 6600000) << QPointF(0, 600);
}

void TestMapViewport::worldToScreen()
{
    QFETCH(QPointF, world);
    QFETCH(QPointF, screen);
    MapViewport viewport;
    viewport.setCentre(QPointF(600000, 6900000));
    viewport.setMetresPerPixel(1000);
    viewport.setSize(QSizeF(800, 600));
    QCOMPARE(viewport.worldToScreen(world), screen);
}

void TestMapViewport::roundTrip_data()
{
    QTest::addColumn<double>("metresPerPixel");
    QTest::addColumn<QPointF>("screen");
    QTest::newRow("national") << 2000.0 << QPointF(13.5, 400.25);
    QTest::newRow("city") << 20.0 << QPointF(799.0, 0.5);
    QTest::newRow("street") << 5.0 << QPointF(-40.0, 900.0);
}

void TestMapViewport::roundTrip()
{
    QFETCH(double, metresPerPixel);
    QFETCH(QPointF, screen);
    MapViewport viewport;
    viewport.setMetresPerPixel(metresPerPixel);
    const QPointF back = viewport.worldToScreen(viewport.screenToWorld(screen));
    QVERIFY(std::abs(back.x() - screen.x()) < 1e-6);
    QVERIFY(std::abs(back.y() - screen.y()) < 1e-6);
}

void TestMapViewport::transformMatchesPointMapping()
{
    MapViewport viewport;
    viewport.setCentre(QPointF(674572, 6580743));
    viewport.setMetresPerPixel(37.5);
    viewport.setSize(QSizeF(1024, 768));
    for (const QPointF world : {QPointF(674572, 6580743), QPointF(500000, 6200000), QPointF(900000, 7600000)}) {
        const QPointF a = viewport.worldToScreenTransform().map(world);
        const QPointF b = viewport.worldToScreen(world);
        QVERIFY(std::abs(a.x() - b.x()) < 1e-6 && std::abs(a.y() - b.y()) < 1e-6);
    }
}

void TestMapViewport::zoomAboutKeepsAnchor_data()
{
    QTest::addColumn<QPointF>("anchor");
    QTest::addColumn<double>("factor");
    QTest::newRow("in at corner") << QPointF(10, 20) << 2.0;
    QTest::newRow("out at centre") << QPointF(400, 300) << 0.5;
    QTest::newRow("wheel step") << QPointF(612, 87) << 1.25;
}

void TestMapViewport::zoomAboutKeepsAnchor()
{
    QFETCH(QPointF, anchor);
    QFETCH(double, factor);
    MapViewport viewport;
    const QPointF before = viewport.screenToWorld(anchor);
    const double scaleBefore = viewport.metresPerPixel();
    viewport.zoomAbout(anchor, factor);
    const QPointF after = viewport.screenToWorld(anchor);
    QVERIFY(std::abs(before.x() - after.x()) < 1e-3);
    QVERIFY(std::abs(before.y() - after.y()) < 1e-3);
    QCOMPARE(viewport.metresPerPixel(), scaleBefore / factor);
}

void TestMapViewport::scaleIsClamped()
{
    MapViewport viewport;
    viewport.setMetresPerPixel(0.001);
    QCOMPARE(viewport.metresPerPixel(), MapViewport::minMetresPerPixel);
    viewport.setMetresPerPixel(1e9);
    QCOMPARE(viewport.metresPerPixel(), MapViewport::maxMetresPerPixel);
}

void TestMapViewport::fitShowsWholeRect()
{
    MapViewport viewport;
    viewport.setSize(QSizeF(500, 900));
    const QRectF sweden(QPointF(240000, 6120000), QPointF(940000, 7680000));
    viewport.fit(sweden, 10);
    const QRectF visible = viewport.visibleWorldRect();
    QVERIFY(visible.contains(sweden));
    // Tight on the limiting (vertical) side: the margin is all that is left over.
    QVERIFY(visible.height() < sweden.height() * 1.05);
}

void TestMapViewport::panMovesWorldWithPointer()
{
    MapViewport viewport;
    const QPointF grabbed = viewport.screenToWorld(QPointF(100, 100));
    viewport.panByPixels(QPointF(30, -45));
    const QPointF now = viewport.worldToScreen(grabbed);
    QVERIFY(std::abs(now.x() - 130) < 1e-6);
    QVERIFY(std::abs(now.y() - 55) < 1e-6);
}

QTEST_GUILESS_MAIN(TestMapViewport)
#include "tst_mapviewport.moc"
