// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "widgets/export/mapexporter.h"
#include "widgets/map/mapwidget.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QKeyEvent>
#include <QPainter>
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
    void labelPlacementNewScale_data();
    void labelPlacementNewScale();

private:
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
