// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "widgets/export/mapexporter.h"
#include "widgets/map/mapwidget.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QKeyEvent>
#include <QPainter>
#include <QRandomGenerator>
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
    void clustering_data();
    void clustering();
    void fullFrameManyOffices_data();
    void fullFrameManyOffices();

private:
    // `count` offices: the shipped ones repeated, each copy moved up to 40 km, with the copied office's state at
    // the end of 2023 (so as many are shown as in the real data, spread over the same parts of Sweden).
    MapScene manyOffices(int count);

    Atlas m_atlas;
    std::vector<Office> m_manyOffices;
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

MapScene BenchMap::manyOffices(int count)
{
    MapScene scene = MapSceneBuilder::build(m_atlas, QDate(2023, 12, 31));
    const std::vector<Office> &shipped = m_atlas.rollout().offices();
    const std::vector<OfficeState> shippedStates = scene.states;
    QRandomGenerator random(20231231);
    m_manyOffices.clear();
    scene.states.clear();
    for (int i = 0; i < count; ++i) {
        const size_t source = static_cast<size_t>(i) % shipped.size();
        Office office = shipped[source];
        office.id = QStringLiteral("synthetic-%1").arg(i);
        office.position += QPointF(random.bounded(80000.0) - 40000, random.bounded(80000.0) - 40000);
        m_manyOffices.push_back(std::move(office));
        scene.states.push_back(shippedStates[source]);
    }
    scene.offices = &m_manyOffices;
    scene.counts = Rollout::count(m_manyOffices, scene.states);
    return scene;
}

// Grouping markers at the national scale, where nearly all of them cluster: near-linear in the number of offices.
void BenchMap::clustering_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("10k offices") << 10000;
    QTest::newRow("100k offices") << 100000;
}

void BenchMap::clustering()
{
    QFETCH(int, count);
    const MapScene scene = manyOffices(count);
    const MapViewport viewport = MapExporter::homeViewport(QSize(1920, 1080));
    MapRenderer renderer;
    size_t placements = 0;
    QBENCHMARK
    {
        placements = renderer.placeMarkers(viewport, scene).size();
    }
    qInfo("%d offices: %zu markers and clusters", count, placements);
}

// What --export and a repaint after a timeline step cost with that many offices.
void BenchMap::fullFrameManyOffices_data()
{
    clustering_data();
}

void BenchMap::fullFrameManyOffices()
{
    QFETCH(int, count);
    const MapScene scene = manyOffices(count);
    const MapViewport viewport = MapExporter::homeViewport(QSize(1920, 1080));
    MapRenderer renderer;
    QImage image(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter warm(&image);
        renderer.render(warm, viewport, scene);
    }
    QBENCHMARK
    {
        QPainter painter(&image);
        renderer.render(painter, viewport, scene);
    }
}

QTEST_MAIN(BenchMap)
#include "bench_map.moc"
