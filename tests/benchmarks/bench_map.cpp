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

#include <array>

using namespace sk;

// Frame costs the brief sets targets for (full frame ≤ 8 ms, pan ≤ 3 ms, timeline step ≤ 5 ms, start-up ≤ 0.5 s,
// placing the names for a new scale ≤ 10 ms), with place names and city insets on as every view has them.
// Run with QT_QPA_PLATFORM=offscreen and `-median 9`.
class BenchMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fullFrame_data() { decorationRows(); }
    void fullFrame();
    void panFrame_data() { decorationRows(); }
    void panFrame();
    void timelineStep_data() { decorationRows(); }
    void timelineStep();
    void startUpToFirstPaint();
    void clustering_data();
    void clustering();
    void fullFrameManyOffices_data();
    void fullFrameManyOffices();

    void labelPlacementNewScale_data();
    void labelPlacementNewScale();

private:
    // `count` offices: the shipped ones repeated, each copy moved up to 40 km, with the copied office's state at
    // the end of 2023 (so as many are shown as in the real data, spread over the same parts of Sweden).
    MapScene manyOffices(int count);
    // With names and city insets on (as every view starts), and without them for comparison.
    static void decorationRows()
    {
        QTest::addColumn<bool>("namesAndInsets");
        QTest::newRow("names and insets") << true;
        QTest::newRow("neither") << false;
    }
    static MapScene::Decorations decorations()
    {
        QFETCH(bool, namesAndInsets);
        MapScene::Decorations decorations;
        decorations.labels = namesAndInsets;
        decorations.insets = namesAndInsets;
        return decorations;
    }
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
    MapScene scene = MapSceneBuilder::build(m_atlas, QDate(2023, 12, 31));
    scene.decorations = decorations();
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
    map.setPlaceNames(&m_atlas.placeNames());
    map.setDecorations(decorations());
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
    map.setPlaceNames(&m_atlas.placeNames());
    map.setDecorations(decorations());
    map.show();
    QVERIFY(QTest::qWaitForWindowExposed(&map));
    QDate date(2021, 5, 31);
    // One step first, as the window has taken before anyone steps: names and markers drawn once into their images.
    const MapScene first = MapSceneBuilder::build(m_atlas, date);
    map.setOffices(first.offices, first.states, first.counts, date);
    map.repaint();
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
        map.setPlaceNames(&atlas.placeNames());
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

void BenchMap::labelPlacementNewScale_data()
{
    QTest::addColumn<double>("metresPerPixel");
    QTest::newRow("national 1500 m/px") << 1500.0;
    QTest::newRow("regional 400 m/px") << 400.0;
    QTest::newRow("town 40 m/px, office names") << 40.0;
}

void BenchMap::labelPlacementNewScale()
{
    QFETCH(double, metresPerPixel);
    const MapScene scene = MapSceneBuilder::build(m_atlas, QDate(2023, 12, 31));
    MapViewport viewport = MapExporter::homeViewport(QSize(1920, 1080));
    viewport.setCentre(QPointF(674'572, 6'580'743));
    MapRenderer renderer;
    // Two scales a hair apart, taken in turn: every round places all names again.
    std::array<std::vector<MarkerPlacement>, 2> placements;
    std::array<MapViewport, 2> viewports{viewport, viewport};
    viewports[0].setMetresPerPixel(metresPerPixel);
    viewports[1].setMetresPerPixel(metresPerPixel * 1.001);
    for (size_t i = 0; i < 2; ++i)
        placements[i] = renderer.placeMarkers(viewports[i], scene);
    size_t round = 0;
    size_t names = 0;
    QBENCHMARK
    {
        const size_t i = round++ % 2;
        names += renderer.placeLabels(viewports[i], scene, placements[i]).size();
    }
    QVERIFY(names > 0);
    QVERIFY(renderer.labelPlacementCount() >= int(round));
}

QTEST_MAIN(BenchMap)
#include "bench_map.moc"
