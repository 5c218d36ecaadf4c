// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "widgets/export/mapexporter.h"
#include "widgets/map/mapwidget.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTest>

using namespace sk;

// Frame costs the brief sets targets for (full frame ≤ 8 ms, pan ≤ 3 ms, timeline step ≤ 5 ms, start-up ≤ 0.5 s).
// Run with QT_QPA_PLATFORM=offscreen and `-median 9`.
class BenchMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullFrame();
    void panFrame();
    void timelineStep();
    void startUpToFirstPaint();

private:
    Atlas m_atlas;
};

void BenchMap::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const BaseMap &map = m_atlas.baseMap();
    for (const VectorLayer *layer : {&map.land(), &map.lakes(), &map.countries(), &map.borders(), &map.countyLines()}) {
        QStringList counts;
        for (size_t level = 0; level < VectorLayer::tolerances.size(); ++level)
            counts << QString::number(layer->vertexCount(level));
        qInfo("%s vertices per level of detail: %s", qPrintable(layer->name()), qPrintable(counts.join(" / ")));
    }
}

void BenchMap::fullFrame()
{
    const MapScene scene = MapSceneBuilder::build(m_atlas, QDate(2023, 12, 31));
    const MapViewport viewport = MapExporter::homeViewport(QSize(1920, 1080));
    MapRenderer renderer;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter warm(&image);
        renderer.render(warm, viewport, scene); // fills the path cache once, as the first frame does
    }
    QBENCHMARK
    {
        QPainter painter(&image);
        renderer.render(painter, viewport, scene);
    }
}

void BenchMap::panFrame()
{
    MapWidget map;
    map.resize(1920, 1080);
    const MapScene scene = MapSceneBuilder::build(m_atlas, QDate(2023, 12, 31));
    map.setBaseLayers(&m_atlas.baseMap(), &m_atlas.boundaries(), 290);
    map.setOffices(scene.offices, scene.states, scene.counts, scene.date);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    map.repaint();
    int direction = 1;
    QBENCHMARK
    {
        QKeyEvent key(QEvent::KeyPress, direction > 0 ? Qt::Key_Right : Qt::Key_Left, Qt::NoModifier);
        QApplication::sendEvent(&map, &key);
        map.repaint(); // the cached base is blitted at its new offset; the timer re-render never runs here
        direction = -direction;
    }
}

void BenchMap::timelineStep()
{
    MapWidget map;
    map.resize(1920, 1080);
    map.setBaseLayers(&m_atlas.baseMap(), &m_atlas.boundaries(), 290);
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QDate date(2021, 5, 31);
    QBENCHMARK
    {
        date = date.addMonths(1);
        if (date > QDate(2026, 12, 31))
            date = QDate(2021, 5, 31);
        const MapScene scene = MapSceneBuilder::build(m_atlas, date);
        map.setOffices(scene.offices, scene.states, scene.counts, date);
        map.repaint();
    }
}

void BenchMap::startUpToFirstPaint()
{
    QBENCHMARK
    {
        QStringList errors;
        Atlas atlas = Atlas::loadEmbedded(&errors);
        MapWidget map;
        map.resize(1920, 1080);
        map.setBaseLayers(&atlas.baseMap(), &atlas.boundaries(), 290);
        const MapScene scene = MapSceneBuilder::build(atlas, QDate(2021, 5, 31));
        map.setOffices(scene.offices, scene.states, scene.counts, scene.date);
        map.show();
        map.repaint();
    }
}

QTEST_MAIN(BenchMap)
#include "bench_map.moc"
