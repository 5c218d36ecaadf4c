// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/reference/faregionoutlines.h"
#include "geodata/regions/regionaggregates.h"
#include "widgets/export/mapexporter.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QFileInfo>
#include <QTest>

#include <algorithm>

using namespace sk;

// The FA regions without an office on the rendered map: a region that gains an office loses its highlight, the
// rest stays as it was, and with the highlight off the map is the plain one. Set SERVICEKARTA_RENDER_DIR to keep
// the images.
class TestRegionHighlight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void offLeavesTheMapAlone();
    void gainedRegionLosesItsHighlight_data();
    void gainedRegionLosesItsHighlight();

private:
    QImage render(QDate date, bool show, const VectorLayer *outlines, const MapStyle &style, bool text = false) const;
    QStringList gaps(QDate date) const;

    static constexpr QSize frame{600, 900};
    const QDate m_before{2020, 6, 1}; // FA 29, 31, 47 and 51 gain their first office before m_after
    const QDate m_after{2021, 5, 25};
    const QString m_boundariesPath = QStringLiteral(SERVICEKARTA_SHARED_DIR "/geodata/sweden_scb_admin.gpkg");
    Atlas m_atlas;
    RegionAggregates m_aggregates;
    VectorLayer m_outlines;
};

void TestRegionHighlight::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    m_aggregates = RegionAggregates(m_atlas.rollout(), m_atlas.reference());
    QString error;
    if (QFileInfo::exists(m_boundariesPath) && m_atlas.loadBoundaries(m_boundariesPath, &error))
        m_outlines = FaRegionOutlines::build(m_atlas.boundaries().municipalities(), m_atlas.reference());
}

QStringList TestRegionHighlight::gaps(QDate date) const
{
    QStringList codes;
    for (const RegionSummary &region : m_aggregates.at(date).faRegionsWithoutOffice())
        codes << region.code;
    return codes;
}

QImage TestRegionHighlight::render(QDate date, bool show, const VectorLayer *outlines, const MapStyle &style,
                                   bool text) const
{
    MapScene scene = MapSceneBuilder::build(m_atlas, date);
    scene.decorations.text = text;
    scene.states.assign(scene.states.size(), OfficeState{}); // no markers: only the highlight tells the dates apart
    scene.showRegionGaps = show;
    scene.faRegionOutlines = outlines;
    scene.faRegionsWithoutOffice = gaps(date);
    scene.faRegionGapSeats = FaRegionOutlines::seatsIn(scene.faRegionsWithoutOffice, m_atlas.reference());
    MapRenderer renderer(style);
    const QImage image = MapExporter::renderImage(renderer, MapExporter::homeViewport(frame), scene);
    if (const QString dir = qEnvironmentVariable("SERVICEKARTA_RENDER_DIR"); !dir.isEmpty() && show) {
        image.save(QStringLiteral("%1/regiongaps_%2_%3_%4.png")
                           .arg(dir, date.toString(Qt::ISODate), outlines ? "outlines" : "seats",
                                style.theme == MapStyle::Theme::Dark ? "dark" : "light"));
    }
    return image;
}

void TestRegionHighlight::offLeavesTheMapAlone()
{
    const VectorLayer *outlines = m_outlines.isEmpty() ? nullptr : &m_outlines;
    for (QDate date : {m_before, m_after}) {
        MapScene plain = MapSceneBuilder::build(m_atlas, date);
        plain.decorations.text = false;
        plain.states.assign(plain.states.size(), OfficeState{});
        MapRenderer renderer(MapStyle::light());
        const QImage expected = MapExporter::renderImage(renderer, MapExporter::homeViewport(frame), plain);
        QCOMPARE(render(date, false, outlines, MapStyle::light()), expected);
        QVERIFY(render(date, true, outlines, MapStyle::light()) != expected);
    }
}

void TestRegionHighlight::gainedRegionLosesItsHighlight_data()
{
    QTest::addColumn<bool>("withOutlines");
    QTest::addColumn<bool>("dark");
    QTest::newRow("seats, light") << false << false;
    QTest::newRow("seats, dark") << false << true;
    QTest::newRow("outlines, light") << true << false;
    QTest::newRow("outlines, dark") << true << true;
}

void TestRegionHighlight::gainedRegionLosesItsHighlight()
{
    QFETCH(bool, withOutlines);
    QFETCH(bool, dark);
    if (withOutlines && m_outlines.isEmpty())
        QSKIP("the SCB boundaries are not in the shared folder");
    const VectorLayer *outlines = withOutlines ? &m_outlines : nullptr;
    const MapStyle style = dark ? MapStyle::dark() : MapStyle::light();
    const QStringList before = gaps(m_before);
    const QStringList after = gaps(m_after);
    QStringList gained;
    QStringList stillWithout;
    for (const QString &code : before)
        (after.contains(code) ? stillWithout : gained) << code;
    QVERIFY2(!gained.isEmpty(), "no FA region gained an office between the two dates");

    const QImage imageBefore = render(m_before, true, outlines, style);
    const QImage imageAfter = render(m_after, true, outlines, style);
    const QImage plainAfter = render(m_after, false, outlines, style);
    const MapViewport viewport = MapExporter::homeViewport(frame);
    // Seat pixels: covered by the seat marker or by the region's fill.
    auto seatPixels = [&](const QStringList &codes) {
        std::vector<QPoint> pixels;
        for (const QPointF &seat : FaRegionOutlines::seatsIn(codes, m_atlas.reference()))
            pixels.push_back(viewport.worldToScreen(seat).toPoint());
        return pixels;
    };
    const std::vector<QPoint> gainedSeats = seatPixels(gained);
    int changed = 0;
    for (const QPoint &pixel : gainedSeats) {
        // Around the seat: its hatched marker leaves gaps.
        const QRect around(pixel - QPoint(3, 3), QSize(7, 7));
        if (imageBefore.copy(around) != imageAfter.copy(around))
            ++changed;
    }
    QVERIFY2(changed > 0, "no seat of a region that gained an office changed");
    QVERIFY(imageAfter != plainAfter);
    // Seats of regions still without an office look the same, unless a gained seat's marker could reach them.
    for (const QPoint &pixel : seatPixels(stillWithout)) {
        const bool nearGained = std::any_of(gainedSeats.begin(), gainedSeats.end(), [&](const QPoint &other) {
            return (other - pixel).manhattanLength() < 40;
        });
        if (!nearGained)
            QCOMPARE(imageAfter.pixel(pixel), imageBefore.pixel(pixel));
    }
    render(m_after, true, outlines, style, true); // with the legend, for SERVICEKARTA_RENDER_DIR
}

QTEST_MAIN(TestRegionHighlight)
#include "tst_regionhighlight.moc"
