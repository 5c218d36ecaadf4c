// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/offices/officefilter.h"
#include "tests/common/imagecomparison.h"
#include "widgets/export/mapexporter.h"
#include "widgets/render/labelpainter.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <set>

using namespace sk;

// Names and city insets on the shipped data, through the renderer every view and export uses.
class TestPlaceNamesAndInsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nationalViewNamesTheLargestTowns();
    void countyNamesComeFromTheBaseMap();
    void namesNeverCoverMarkersOrEachOther_data();
    void namesNeverCoverMarkersOrEachOther();
    void panningDoesNotPlaceAgain();
    void officeNamesWhenCloseIn();
    void everyOfficeIsItsOwnMarkerWithInsets_data();
    void everyOfficeIsItsOwnMarkerWithInsets();
    void insetsStayOffSwedishLand_data();
    void insetsStayOffSwedishLand();
    void insetsHoldStillWhileDragged();
    void insetsAreOptional();
    void insetsOnlyWhereOfficesAreShown_data();
    void insetsOnlyWhereOfficesAreShown();
    void insetsLeaveCloseViews();
    void labelsAndInsetsReachEveryExport();
    void closeViewNamesOffices_data();
    void closeViewNamesOffices();

private:
    MapScene scene(QDate date) const;
    static bool insideSweden(const BaseMap &map, const QPointF &world);
    Atlas m_atlas;
};

namespace {

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

bool ringContains(const QList<QPointF> &ring, const QPointF &point)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[j];
        if ((a.y() > point.y()) != (b.y() > point.y())
            && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

QStringList texts(const std::vector<MapLabel> &labels)
{
    QStringList result;
    for (const MapLabel &label : labels)
        result << label.text;
    return result;
}

} // namespace

void TestPlaceNamesAndInsets::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

MapScene TestPlaceNamesAndInsets::scene(QDate date) const
{
    return MapSceneBuilder::build(m_atlas, date);
}

bool TestPlaceNamesAndInsets::insideSweden(const BaseMap &map, const QPointF &world)
{
    // Full detail, and every ring of every county (holes count against: lakes are Swedish too, so any ring will do).
    for (const VectorFeature &county : map.counties().features()) {
        if (!county.bounds.contains(world))
            continue;
        for (const QList<QPointF> &ring : county.parts) {
            if (ringContains(ring, world))
                return true;
        }
    }
    return false;
}

void TestPlaceNamesAndInsets::nationalViewNamesTheLargestTowns()
{
    MapRenderer renderer;
    const MapScene national = scene(QDate(2023, 12, 31));
    const MapViewport viewport = MapExporter::homeViewport(QSize(1920, 1080));
    const QStringList names
            = texts(renderer.placeLabels(viewport, national, renderer.placeMarkers(viewport, national)));
    for (const char *town : {"Stockholm", "Göteborg", "Malmö", "Umeå", "Luleå", "Kiruna"})
        QVERIFY2(names.contains(QString::fromUtf8(town)),
                 qPrintable(QString::fromUtf8(town) + " is not named: " + names.join(", ")));
    // Names as the sources spell them, each once.
    QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), names.size());
    QVERIFY(!names.contains(QStringLiteral("Gothenburg")));
}

void TestPlaceNamesAndInsets::countyNamesComeFromTheBaseMap()
{
    const std::vector<PlaceName> &counties = m_atlas.placeNames().counties();
    QCOMPARE(counties.size(), size_t(21));
    QStringList names;
    for (const PlaceName &county : counties) {
        names << county.name;
        QVERIFY2(insideSweden(m_atlas.baseMap(), county.position), qPrintable(county.name));
    }
    QVERIFY(names.contains(QStringLiteral("Norrbottens län")));
    QVERIFY(names.contains(QStringLiteral("Västra Götalands län")));
    // The 21 county seats come first among the places.
    const std::vector<PlaceName> &places = m_atlas.placeNames().places();
    for (size_t i = 0; i < 21; ++i)
        QCOMPARE(int(places[i].kind), int(PlaceName::Kind::CountySeat));
    QCOMPARE(places.front().name, QStringLiteral("Stockholm"));
}

void TestPlaceNamesAndInsets::namesNeverCoverMarkersOrEachOther_data()
{
    QTest::addColumn<double>("metresPerPixel");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<quint32>("seed");
    const double scales[] = {2600, 1500, 900, 500, 250, 120, 60, 25};
    const QDate dates[] = {QDate(2021, 5, 25), QDate(2022, 12, 31), QDate(2023, 12, 31), QDate(2026, 6, 30)};
    for (quint32 seed = 1; seed <= 24; ++seed) {
        const double scale = scales[seed % 8];
        const QDate date = dates[seed % 4];
        QTest::addRow("seed %u, %g m/px, %s", seed, scale, qPrintable(date.toString(Qt::ISODate)))
                << scale << date << seed;
    }
}

void TestPlaceNamesAndInsets::namesNeverCoverMarkersOrEachOther()
{
    QFETCH(double, metresPerPixel);
    QFETCH(QDate, date);
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    MapRenderer renderer(seed % 2 ? MapStyle::dark() : MapStyle::light());
    MapScene scene = this->scene(date);
    scene.textScale = seed % 3 == 0 ? 1.8 : 1.0;
    MapViewport viewport;
    viewport.setSize(QSizeF(1280 + random.bounded(800), 720 + random.bounded(500)));
    // Somewhere over Sweden's offices, so that markers are in view.
    const Office &office
            = m_atlas.rollout().offices()[random.bounded(static_cast<int>(m_atlas.rollout().offices().size()))];
    const double reach = 300 * metresPerPixel;
    viewport.setCentre(office.position + QPointF(random.bounded(2 * reach) - reach, random.bounded(2 * reach) - reach));
    viewport.setMetresPerPixel(metresPerPixel);
    const std::vector<MarkerPlacement> markers = renderer.placeMarkers(viewport, scene);
    const std::vector<MapLabel> labels = renderer.placeLabels(viewport, scene, markers);
    const FrameLayout frame = renderer.frameLayout(viewport, scene);
    QVERIFY(!labels.empty());
    for (size_t i = 0; i < labels.size(); ++i) {
        const MapLabel &label = labels[i];
        for (size_t j = i + 1; j < labels.size(); ++j)
            QVERIFY2(!overlaps(label.box, labels[j].box),
                     qPrintable(label.text + QStringLiteral(" overlaps ") + labels[j].text));
        for (const MarkerPlacement &marker : markers) {
            if (marker.inset < 0)
                QVERIFY2(!overlaps(label.box, LabelPainter::markerBox(marker, scene.markerSize)),
                         qPrintable(label.text + QStringLiteral(" covers a marker")));
        }
        for (const QRectF &panel : frame.panels())
            QVERIFY2(!overlaps(label.box, panel), qPrintable(label.text + QStringLiteral(" is under a panel")));
        for (const PlacedInset &inset : frame.insets)
            QVERIFY2(!overlaps(label.box, inset.frame), qPrintable(label.text + QStringLiteral(" is under an inset")));
    }
}

void TestPlaceNamesAndInsets::panningDoesNotPlaceAgain()
{
    MapRenderer renderer;
    const MapScene scene = this->scene(QDate(2023, 12, 31));
    MapViewport viewport;
    viewport.setSize(QSizeF(1600, 900));
    viewport.setCentre(QPointF(600'000, 6'600'000));
    viewport.setMetresPerPixel(400);
    const auto place = [&] { return renderer.placeLabels(viewport, scene, renderer.placeMarkers(viewport, scene)); };
    const std::vector<MapLabel> before = place();
    const int placements = renderer.labelPlacementCount();
    QCOMPARE(placements, 1);
    viewport.panByPixels(QPointF(37, -21));
    const std::vector<MapLabel> after = place();
    QCOMPARE(renderer.labelPlacementCount(), placements);
    // The same names moved with the map (those that stay in view).
    int moved = 0;
    for (const MapLabel &label : after) {
        moved += std::any_of(before.begin(), before.end(), [&](const MapLabel &other) {
            return other.text == label.text
                    && QLineF(other.box.topLeft() + QPointF(37, -21), label.box.topLeft()).length() < 1e-6;
        });
    }
    QVERIFY(moved > int(after.size()) * 9 / 10);
    viewport.zoomAbout(QPointF(800, 450), 1.5);
    place();
    QCOMPARE(renderer.labelPlacementCount(), placements + 1);
}

void TestPlaceNamesAndInsets::officeNamesWhenCloseIn()
{
    MapRenderer renderer;
    const MapScene scene = this->scene(QDate(2023, 12, 31));
    MapViewport viewport;
    viewport.setSize(QSizeF(1600, 900));
    const auto kiruna = std::find_if(m_atlas.rollout().offices().begin(), m_atlas.rollout().offices().end(),
                                     [](const Office &office) { return office.name == QStringLiteral("Kiruna"); });
    QVERIFY(kiruna != m_atlas.rollout().offices().end());
    viewport.setCentre(kiruna->position);
    viewport.setMetresPerPixel(20);
    const QStringList names = texts(renderer.placeLabels(viewport, scene, renderer.placeMarkers(viewport, scene)));
    QVERIFY2(names.contains(QStringLiteral("Kiruna")), qPrintable(names.join(", ")));
    viewport.setMetresPerPixel(1500);
    QVERIFY(renderer.placeMarkers(viewport, scene).size() > 0);
}

void TestPlaceNamesAndInsets::everyOfficeIsItsOwnMarkerWithInsets_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QSize>("size");
    for (const QDate date : {QDate(2021, 5, 25), QDate(2022, 12, 31), QDate(2023, 12, 31), QDate(2026, 12, 31)}) {
        QTest::addRow("%s 1920×1080", qPrintable(date.toString(Qt::ISODate))) << date << QSize(1920, 1080);
        QTest::addRow("%s 3840×2160", qPrintable(date.toString(Qt::ISODate))) << date << QSize(3840, 2160);
    }
}

void TestPlaceNamesAndInsets::everyOfficeIsItsOwnMarkerWithInsets()
{
    QFETCH(QDate, date);
    QFETCH(QSize, size);
    MapRenderer renderer;
    const MapScene scene = this->scene(date);
    const MapViewport viewport = MapExporter::homeViewport(size);
    const std::vector<MarkerPlacement> placements = renderer.placeMarkers(viewport, scene);
    QCOMPARE(renderer.frameLayout(viewport, scene).insets.size(), size_t(3));
    std::multiset<int> drawn;
    int inInsets = 0;
    for (const MarkerPlacement &placement : placements) {
        QVERIFY2(!placement.isCluster(),
                 qPrintable(QStringLiteral("a cluster of %1 remains, with %2")
                                    .arg(placement.members.size())
                                    .arg(scene.offices->at(size_t(placement.members.front())).name)));
        drawn.insert(placement.members.front());
        inInsets += placement.inset >= 0 ? 1 : 0;
    }
    int shown = 0;
    for (size_t i = 0; i < scene.states.size(); ++i) {
        if (!scene.states[i].isShown())
            continue;
        ++shown;
        QVERIFY2(drawn.count(int(i)) == 1, qPrintable(scene.offices->at(i).name));
    }
    QCOMPARE(int(drawn.size()), shown);
    QVERIFY(inInsets >= 15);
}

void TestPlaceNamesAndInsets::insetsStayOffSwedishLand_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("textScale");
    QTest::newRow("1920×1080") << QSize(1920, 1080) << 1.0;
    QTest::newRow("1600×900") << QSize(1600, 900) << 1.0;
    QTest::newRow("1280×720") << QSize(1280, 720) << 1.0;
    QTest::newRow("briefing 1920×1080") << QSize(1920, 1080) << 1.8;
    QTest::newRow("portrait 1080×1350") << QSize(1080, 1350) << 1.0;
}

void TestPlaceNamesAndInsets::insetsStayOffSwedishLand()
{
    QFETCH(QSize, size);
    QFETCH(double, textScale);
    MapRenderer renderer;
    MapScene scene = this->scene(QDate(2023, 12, 31));
    scene.textScale = textScale;
    const MapViewport viewport = MapExporter::homeViewport(size);
    const FrameLayout frame = renderer.frameLayout(viewport, scene);
    QVERIFY(!frame.insets.empty());
    for (size_t i = 0; i < frame.insets.size(); ++i) {
        const PlacedInset &inset = frame.insets[i];
        QVERIFY(frame.frame.contains(inset.frame));
        // Every 4th pixel of the inset's frame lies off Swedish land on the main map.
        for (double x = inset.frame.left(); x <= inset.frame.right(); x += 4) {
            for (double y = inset.frame.top(); y <= inset.frame.bottom(); y += 4)
                QVERIFY2(!insideSweden(m_atlas.baseMap(), viewport.screenToWorld(QPointF(x, y))),
                         qPrintable(inset.title + QStringLiteral(" covers Swedish land")));
        }
        for (size_t j = i + 1; j < frame.insets.size(); ++j)
            QVERIFY(!overlaps(inset.frame, frame.insets[j].frame));
        for (const QRectF &panel : frame.panels())
            QVERIFY(!overlaps(inset.frame, panel));
        // Its own, larger scale, and its whole area shown.
        QVERIFY(inset.viewport.metresPerPixel() * 2.5 <= viewport.metresPerPixel());
        QVERIFY(inset.viewport.visibleWorldRect().adjusted(-1, -1, 1, 1).contains(inset.extent));
    }
}

void TestPlaceNamesAndInsets::insetsHoldStillWhileDragged()
{
    const MapScene scene = this->scene(QDate(2023, 12, 31));
    const MapViewport settled = MapExporter::homeViewport(QSize(1920, 1080));
    MapViewport dragged = settled;
    dragged.panByPixels(QPointF(60, -30));

    MapRenderer renderer;
    const std::vector<PlacedInset> before = renderer.frameLayout(settled, scene).insets;
    QCOMPARE(before.size(), size_t(3));
    renderer.setSettledViewport(settled);
    const std::vector<PlacedInset> during = renderer.frameLayout(dragged, scene).insets;
    QCOMPARE(during.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        QCOMPARE(during[i].frame, before[i].frame); // the frame stays on the screen
        QCOMPARE(during[i].map, before[i].map);
        const QPointF shift = during[i].outline.topLeft() - before[i].outline.topLeft();
        QVERIFY2(QLineF(shift, QPointF(60, -30)).length() < 1e-6, qPrintable(during[i].title)); // its area moves
    }
    // Settled at the new place, the insets are placed as any renderer places them there (as an export would).
    renderer.setSettledViewport(dragged);
    const std::vector<PlacedInset> after = renderer.frameLayout(dragged, scene).insets;
    MapRenderer fresh;
    const std::vector<PlacedInset> exported = fresh.frameLayout(dragged, scene).insets;
    QCOMPARE(after.size(), exported.size());
    for (size_t i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].frame, exported[i].frame);
        QCOMPARE(after[i].outline, exported[i].outline);
    }
    // A zoom is no drag: placed anew at once.
    MapViewport zoomed = settled;
    zoomed.zoomAbout(QPointF(960, 540), 1.2);
    renderer.setSettledViewport(settled);
    const std::vector<PlacedInset> zoomedInsets = renderer.frameLayout(zoomed, scene).insets;
    const std::vector<PlacedInset> zoomedFresh = MapRenderer().frameLayout(zoomed, scene).insets;
    QCOMPARE(zoomedInsets.size(), zoomedFresh.size());
    for (size_t i = 0; i < zoomedInsets.size(); ++i)
        QCOMPARE(zoomedInsets[i].frame, zoomedFresh[i].frame);
}

void TestPlaceNamesAndInsets::insetsOnlyWhereOfficesAreShown_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<QStringList>("insets");
    QTest::newRow("no filter") << QStringList() << QStringList{"Stockholm–Uppsala", "Göteborg", "Malmö–Helsingborg"};
    QTest::newRow("Norrbottens län") << QStringList{"county=25"} << QStringList();
    QTest::newRow("Stockholms län") << QStringList{"county=01"} << QStringList{"Stockholm–Uppsala"};
    QTest::newRow("Skåne and Västra Götaland") << QStringList{"county=12,14"}
                                               << QStringList{"Göteborg", "Malmö–Helsingborg"};
}

void TestPlaceNamesAndInsets::insetsOnlyWhereOfficesAreShown()
{
    QFETCH(QStringList, filter);
    QFETCH(QStringList, insets);
    QString error;
    const std::optional<OfficeFilter> parsed = OfficeFilter::parse(filter, m_atlas.reference(), &error);
    QVERIFY2(parsed, qPrintable(error));
    const MapScene scene = MapSceneBuilder::build(m_atlas, QDate(2023, 12, 31), *parsed);
    MapRenderer renderer;
    const MapViewport viewport = MapExporter::homeViewport(QSize(1920, 1080));
    QStringList titles;
    for (const PlacedInset &inset : renderer.frameLayout(viewport, scene).insets) {
        titles << inset.title;
        QCOMPARE(CityInsets::sweden()[static_cast<size_t>(inset.index)].title, inset.title);
    }
    QCOMPARE(titles, insets);
    // Every shown office inside an inset's area is drawn in that inset.
    for (const MarkerPlacement &placement : renderer.placeMarkers(viewport, scene)) {
        if (placement.inset >= 0)
            QVERIFY(titles.contains(CityInsets::sweden()[static_cast<size_t>(placement.inset)].title));
    }
}

void TestPlaceNamesAndInsets::insetsAreOptional()
{
    MapRenderer renderer;
    MapScene scene = this->scene(QDate(2023, 12, 31));
    scene.decorations.insets = false;
    const MapViewport viewport = MapExporter::homeViewport(QSize(1920, 1080));
    QVERIFY(renderer.frameLayout(viewport, scene).insets.empty());
    const std::vector<MarkerPlacement> placements = renderer.placeMarkers(viewport, scene);
    QVERIFY(std::any_of(placements.begin(), placements.end(), [](const MarkerPlacement &p) { return p.isCluster(); }));
    QVERIFY(std::none_of(placements.begin(), placements.end(), [](const MarkerPlacement &p) { return p.inset >= 0; }));
    scene.decorations.labels = false;
    QVERIFY(renderer.placeLabels(viewport, scene, placements).empty());
}

void TestPlaceNamesAndInsets::insetsLeaveCloseViews()
{
    MapRenderer renderer;
    const MapScene scene = this->scene(QDate(2023, 12, 31));
    MapViewport viewport;
    viewport.setSize(QSizeF(1920, 1080));
    viewport.setCentre(QPointF(674'572, 6'580'743));
    viewport.setMetresPerPixel(100);
    QVERIFY(renderer.frameLayout(viewport, scene).insets.empty());
}

void TestPlaceNamesAndInsets::labelsAndInsetsReachEveryExport()
{
    // The same scene with and without names and insets differs in a PNG, and the vector exports carry them too.
    MapRenderer renderer;
    MapScene scene = this->scene(QDate(2023, 12, 31));
    const MapViewport viewport = MapExporter::homeViewport(QSize(1280, 800));
    const QImage withBoth = MapExporter::renderImage(renderer, viewport, scene);
    scene.decorations.insets = false;
    const QImage withoutInsets = MapExporter::renderImage(renderer, viewport, scene);
    scene.decorations.labels = false;
    const QImage withNeither = MapExporter::renderImage(renderer, viewport, scene);
    QVERIFY(ImageComparison::compare(withBoth, withoutInsets, 24).mismatched > 20'000);
    QVERIFY(ImageComparison::compare(withoutInsets, withNeither, 24).mismatched > 2'000);
}

void TestPlaceNamesAndInsets::closeViewNamesOffices_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<double>("metresPerPixel");
    QTest::newRow("Stockholm, light") << false << 12.0;
    QTest::newRow("Stockholm, dark") << true << 12.0;
    QTest::newRow("Sweden, dark") << true << 0.0;
}

void TestPlaceNamesAndInsets::closeViewNamesOffices()
{
    // Set SERVICEKARTA_RENDER_DIR to keep the pictures and look at them.
    QFETCH(bool, dark);
    QFETCH(double, metresPerPixel);
    MapRenderer renderer(dark ? MapStyle::dark() : MapStyle::light());
    const MapScene scene = this->scene(QDate(2023, 12, 31));
    MapViewport viewport = MapExporter::homeViewport(QSize(1920, 1080));
    if (metresPerPixel > 0) {
        viewport.setCentre(QPointF(672'600, 6'581'500)); // Kungsholmen and Odenplan
        viewport.setMetresPerPixel(metresPerPixel);
    }
    const QStringList names = texts(renderer.placeLabels(viewport, scene, renderer.placeMarkers(viewport, scene)));
    if (metresPerPixel > 0) {
        QVERIFY2(names.contains(QStringLiteral("Kungsholmen")), qPrintable(names.join(", ")));
        QVERIFY2(names.contains(QStringLiteral("Odenplan")), qPrintable(names.join(", ")));
    } else {
        QVERIFY(names.contains(QStringLiteral("Kiruna")));
    }
    const QImage image = MapExporter::renderImage(renderer, viewport, scene);
    // The corner shows the theme's sea or land, whichever lies there.
    const QColor corner = image.pixelColor(2, 2);
    QVERIFY(corner == renderer.style().sea || corner == renderer.style().swedenLand);
    if (const QString dir = qEnvironmentVariable("SERVICEKARTA_RENDER_DIR"); !dir.isEmpty()) {
        image.save(QStringLiteral("%1/%2-%3.png")
                           .arg(dir,
                                metresPerPixel > 0 ? QStringLiteral("stockholm-close") : QStringLiteral("national"),
                                dark ? QStringLiteral("dark") : QStringLiteral("light")));
    }
}

QTEST_MAIN(TestPlaceNamesAndInsets)
#include "tst_placenamesandinsets.moc"
