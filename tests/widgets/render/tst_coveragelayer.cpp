// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/coveragecalculator.h"
#include "tests/common/imagecomparison.h"
#include "widgets/export/mapexporter.h"
#include "widgets/render/coverageclasses.h"
#include "widgets/render/coveragelayerpainter.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QFileInfo>
#include <QPainterPath>
#include <QTest>

using namespace sk;

// The coverage layer on the rendered map: it shows when asked for, and the choropleth paints each municipality in
// the colour of its distance class.
class TestCoverageLayer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void layerAndRingsChangeTheMap_data();
    void layerAndRingsChangeTheMap();
    void choroplethColoursSeatsByClass_data();
    void choroplethColoursSeatsByClass();
    void legendNeedsText();
    void legendSaysAFilterLeavesCoverageWhole();
    void overlappingRingsFormOneArea();

private:
    QImage render(const Atlas &atlas, const MapScene::CoverageDisplay &display, const MapStyle &style,
                  bool markers = true, bool text = false) const;

    static constexpr QSize frame{600, 900};
    const QDate m_date{2023, 12, 31};
    Atlas m_atlas;
    CoverageResult m_result;
};

void TestCoverageLayer::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    m_result = CoverageCalculator(m_atlas.rollout(), m_atlas.reference()).at(m_date);
}

QImage TestCoverageLayer::render(const Atlas &atlas, const MapScene::CoverageDisplay &display, const MapStyle &style,
                                 bool markers, bool text) const
{
    MapScene scene = MapSceneBuilder::build(atlas, m_date);
    scene.decorations.text = text;
    scene.coverage = &m_result;
    scene.coverageDisplay = display;
    if (!markers)
        scene.states.assign(scene.states.size(), OfficeState{}); // nothing shown, so seats stay uncovered
    MapRenderer renderer(style);
    return MapExporter::renderImage(renderer, MapExporter::homeViewport(frame), scene);
}

void TestCoverageLayer::layerAndRingsChangeTheMap_data()
{
    QTest::addColumn<bool>("layer");
    QTest::addColumn<bool>("rings");
    QTest::addColumn<bool>("dark");
    QTest::newRow("circles, light") << true << false << false;
    QTest::newRow("circles, dark") << true << false << true;
    QTest::newRow("rings, light") << false << true << false;
    QTest::newRow("rings, dark") << false << true << true;
}

void TestCoverageLayer::layerAndRingsChangeTheMap()
{
    QFETCH(bool, layer);
    QFETCH(bool, rings);
    QFETCH(bool, dark);
    const MapStyle style = dark ? MapStyle::dark() : MapStyle::light();
    MapScene::CoverageDisplay display;
    const QImage off = render(m_atlas, display, style);
    display.layer = layer;
    display.distanceRings = rings;
    const QImage on = render(m_atlas, display, style);
    const ImageComparison comparison = ImageComparison::compare(on, off, 12);
    QVERIFY2(comparison.problem.isEmpty(), qPrintable(comparison.problem));
    // Visible, but beneath and around the markers rather than over the whole map.
    QVERIFY2(comparison.mismatched > 1000, qPrintable(QString::number(comparison.mismatched)));
    QVERIFY2(comparison.mismatchedShare() < 0.3, qPrintable(QString::number(comparison.mismatchedShare())));
}

void TestCoverageLayer::choroplethColoursSeatsByClass_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestCoverageLayer::choroplethColoursSeatsByClass()
{
    QFETCH(bool, dark);
    const QString path = QStringLiteral(SERVICEKARTA_SHARED_DIR "/geodata/sweden_scb_admin.gpkg");
    if (!QFileInfo::exists(path))
        QSKIP("official boundaries not available");
    Atlas atlas = m_atlas;
    QString error;
    QVERIFY2(atlas.loadBoundaries(path, &error), qPrintable(error));
    const MapStyle style = dark ? MapStyle::dark() : MapStyle::light();
    MapScene::CoverageDisplay display;
    const QImage base = render(atlas, display, style, false);
    display.layer = true;
    const QImage layer = render(atlas, display, style, false);
    const MapViewport viewport = MapExporter::homeViewport(frame);

    // Seats well inside their own polygon (the generalised polygons miss some coastal seats), one per class.
    std::map<int, const MunicipalityCoverage *> seatOfClass;
    for (const MunicipalityCoverage &municipality : m_result.municipalities) {
        const int distanceClass = CoverageClasses::classOf(municipality);
        if (seatOfClass.count(distanceClass))
            continue;
        QPainterPath polygon;
        polygon.setFillRule(Qt::OddEvenFill);
        for (const VectorFeature &feature : atlas.boundaries().municipalities().features()) {
            if (feature.code == municipality.code) {
                for (const QList<QPointF> &part : feature.parts)
                    polygon.addPolygon(QPolygonF(part));
            }
        }
        const double margin = 4 * viewport.metresPerPixel();
        const QPointF seat = municipality.seatPosition;
        if (polygon.contains(seat) && polygon.contains(seat + QPointF(margin, margin))
            && polygon.contains(seat - QPointF(margin, margin)) && polygon.contains(seat + QPointF(margin, -margin))
            && polygon.contains(seat + QPointF(-margin, margin)))
            seatOfClass[distanceClass] = &municipality;
    }
    QVERIFY2(seatOfClass.count(0), "no municipality with an office has its seat inside its polygon");
    QVERIFY2(seatOfClass.size() >= 3, "too few distance classes to tell apart");

    for (const auto &[distanceClass, municipality] : seatOfClass) {
        const QPoint pixel = viewport.worldToScreen(municipality->seatPosition).toPoint();
        const QColor under = base.pixelColor(pixel);
        const QColor fill = CoverageLayerPainter::choroplethFill(distanceClass, style);
        const double alpha = fill.alphaF();
        const auto blend = [&](int top, int bottom) { return top * alpha + bottom * (1 - alpha); };
        const QColor expected
                = QColor::fromRgbF(blend(fill.red(), under.red()) / 255, blend(fill.green(), under.green()) / 255,
                                   blend(fill.blue(), under.blue()) / 255);
        const QColor actual = layer.pixelColor(pixel);
        const QString what = QStringLiteral("%1 (class %2) at %3,%4: %5, expected %6")
                                     .arg(municipality->name)
                                     .arg(distanceClass)
                                     .arg(pixel.x())
                                     .arg(pixel.y())
                                     .arg(actual.name(), expected.name());
        QVERIFY2(std::abs(actual.red() - expected.red()) <= 3 && std::abs(actual.green() - expected.green()) <= 3
                         && std::abs(actual.blue() - expected.blue()) <= 3,
                 qPrintable(what));
    }
}

void TestCoverageLayer::legendNeedsText()
{
    MapScene::CoverageDisplay display;
    display.layer = true;
    const QImage withoutLayerText = render(m_atlas, {}, MapStyle::light(), true, true);
    const QImage withLayerText = render(m_atlas, display, MapStyle::light(), true, true);
    // The legend panel sits at the top right, where the map otherwise shows only sea and Finland.
    const QRect topRight(frame.width() - 120, 20, 100, 60);
    QVERIFY(withLayerText.copy(topRight) != withoutLayerText.copy(topRight));
    const QImage withLayer = render(m_atlas, display, MapStyle::light());
    const QImage without = render(m_atlas, {}, MapStyle::light());
    QCOMPARE(withLayer.copy(topRight), without.copy(topRight));
}

void TestCoverageLayer::legendSaysAFilterLeavesCoverageWhole()
{
    MapScene scene = MapSceneBuilder::build(m_atlas, m_date);
    scene.coverage = &m_result;
    scene.coverageDisplay.layer = true;
    CoverageLayerPainter painter;
    const QSizeF unfiltered = painter.legendSize(QFont(), scene, MapStyle::light());
    scene.filterDescription = QStringLiteral("Norrbottens län");
    const QSizeF filtered = painter.legendSize(QFont(), scene, MapStyle::light());
    // One more sentence under the title: the distances still count every open office.
    QCOMPARE(filtered.width(), unfiltered.width());
    QVERIFY2(filtered.height() > unfiltered.height(),
             qPrintable(QStringLiteral("%1 against %2").arg(filtered.height()).arg(unfiltered.height())));
}

void TestCoverageLayer::overlappingRingsFormOneArea()
{
    // Two open offices 10 km apart with 20 km rings, on plain sea: one fill without a darker lens, one outline
    // without arcs inside the union.
    std::vector<Office> offices(2);
    offices[0].position = QPointF(600'000, 6'700'000);
    offices[1].position = QPointF(610'000, 6'700'000);
    OfficeState open;
    open.status = OfficeStatus::Open;
    MapScene scene;
    scene.offices = &offices;
    scene.states = {open, open};
    scene.decorations.text = false;
    scene.decorations.scaleBar = false;
    scene.coverageDisplay.distanceRings = true;
    MapViewport viewport;
    viewport.setSize(QSizeF(400, 300));
    viewport.setCentre(QPointF(605'000, 6'700'000));
    viewport.setMetresPerPixel(200);
    MapRenderer renderer;
    const QImage image = MapExporter::renderImage(renderer, viewport, scene);

    const double y = viewport.worldToScreen(offices[0].position).y();
    const QColor inside = image.pixelColor(viewport.worldToScreen(QPointF(590'000, 6'700'000)).toPoint());
    QVERIFY(inside != MapStyle::light().sea);
    // Along the line through both offices, from 15 km west of one to 15 km east of the other, away from markers
    // (whose rings reach some 15 px out).
    for (double easting = 585'000; easting <= 625'000; easting += 200) {
        const QPointF point = viewport.worldToScreen(QPointF(easting, 6'700'000));
        if (std::min(std::abs(easting - 600'000), std::abs(easting - 610'000)) < 5'000)
            continue;
        QVERIFY2(
                image.pixelColor(QPoint(qRound(point.x()), qRound(y))) == inside,
                qPrintable(QStringLiteral("at E %1: %2, elsewhere %3")
                                   .arg(easting)
                                   .arg(image.pixelColor(QPoint(qRound(point.x()), qRound(y))).name(), inside.name())));
    }
    // Beyond the union's edge the sea shows again.
    QCOMPARE(image.pixelColor(viewport.worldToScreen(QPointF(633'000, 6'700'000)).toPoint()), MapStyle::light().sea);
}

QTEST_MAIN(TestCoverageLayer)
#include "tst_coveragelayer.moc"
