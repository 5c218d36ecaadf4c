// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/geo/projection.h"
#include "tests/common/imagecomparison.h"
#include "tests/common/pairwisemarkergroups.h"
#include "widgets/export/mapexporter.h"
#include "widgets/render/maprenderer.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QDir>
#include <QPainter>
#include <QLineF>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace sk;

// Golden images of the whole-Sweden map. Text is left out of compared images (fonts differ between machines);
// set SERVICEKARTA_UPDATE_CONTROL=1 to write new control images after an intended change, and look at them.
// The images are checked twice: structurally (every office's marker, status and position from the marker layout
// against the rollout) and by pixels, with a tolerance that one office drawn with another status exceeds.
class TestMapRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void markersMatchTheRollout_data();
    void markersMatchTheRollout();
    void oneChangedMarkerExceedsTheTolerance();
    void shippedOfficesClusterAsBefore_data();
    void shippedOfficesClusterAsBefore();
    void datesDiffer();
    void highDpiIsSharper();
    void darkThemeDiffers();
    void baseInBandsEqualsOnePass_data();
    void baseInBandsEqualsOnePass();

private:
    // Pixels that may differ (beyond the colour tolerance) from a control image: antialiasing noise, far less than
    // one marker drawn with another status (oneChangedMarkerExceedsTheTolerance proves it for every marker).
    static constexpr qsizetype allowedMismatchedPixels = 12;
    static constexpr int colourTolerance = 24;
    static MapViewport goldenViewport() { return MapExporter::homeViewport(QSize(360, 560)); }
    static QImage render(const MapScene &scene, const MapStyle &style = MapStyle::light(), double ratio = 1.0);
    QImage render(QDate date, const MapStyle &style = MapStyle::light(), double ratio = 1.0);
    Atlas m_atlas;
};

void TestMapRenderer::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

QImage TestMapRenderer::render(const MapScene &scene, const MapStyle &style, double ratio)
{
    MapScene withoutText = scene;
    withoutText.decorations.text = false;
    MapRenderer renderer(style);
    return MapExporter::renderImage(renderer, goldenViewport(), withoutText, ratio);
}

QImage TestMapRenderer::render(QDate date, const MapStyle &style, double ratio)
{
    return render(MapSceneBuilder::build(m_atlas, date), style, ratio);
}

void TestMapRenderer::golden_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("before the order") << QDate(2021, 5, 25);
    QTest::newRow("after phase 2") << QDate(2023, 12, 31);
}

void TestMapRenderer::golden()
{
    QFETCH(QDate, date);
    const QImage actual = render(date);
    const QString control = QDir(QStringLiteral(SERVICEKARTA_CONTROL_DIR))
                                    .filePath(QStringLiteral("sweden-%1.png").arg(date.toString(Qt::ISODate)));
    if (qEnvironmentVariableIsSet("SERVICEKARTA_UPDATE_CONTROL")) {
        QVERIFY(actual.save(control));
        QSKIP("control image written");
    }
    const QImage expected(control);
    QVERIFY2(!expected.isNull(), qPrintable(control + " is missing"));
    const ImageComparison comparison = ImageComparison::compare(actual, expected, colourTolerance);
    QVERIFY2(comparison.problem.isEmpty(), qPrintable(comparison.problem));
    // A mismatch keeps the actual image in a folder of its own for a look.
    QTemporaryDir kept;
    if (comparison.mismatched > allowedMismatchedPixels) {
        kept.setAutoRemove(false);
        actual.save(kept.filePath(QFileInfo(control).fileName()));
    }
    QVERIFY2(comparison.mismatched <= allowedMismatchedPixels,
             qPrintable(QStringLiteral("%1 of %2 pixels differ; actual image in %3")
                                .arg(comparison.mismatched)
                                .arg(comparison.total)
                                .arg(kept.path())));
}

void TestMapRenderer::markersMatchTheRollout_data()
{
    golden_data();
}

// The structure behind the golden image: every office the rollout shows at the date has exactly one marker, with
// the rollout's status, at its own position (alone) or in a cluster at the centre of its members; no other office
// has one; and no two placements are near enough to have been grouped.
void TestMapRenderer::markersMatchTheRollout()
{
    QFETCH(QDate, date);
    const MapScene scene = MapSceneBuilder::build(m_atlas, date);
    const MapViewport viewport = goldenViewport();
    const std::vector<MarkerPlacement> placements = MapRenderer().placeMarkers(viewport, scene);
    const std::vector<Office> &offices = m_atlas.rollout().offices();
    QCOMPARE(scene.offices, &offices);
    std::vector<int> placementOf(offices.size(), -1);
    for (size_t p = 0; p < placements.size(); ++p) {
        QPointF sum;
        for (int member : placements[p].members) {
            QVERIFY(member >= 0 && size_t(member) < offices.size());
            QVERIFY2(placementOf[size_t(member)] < 0, qPrintable(offices[size_t(member)].id + " placed twice"));
            placementOf[size_t(member)] = int(p);
            sum += viewport.worldToScreen(offices[size_t(member)].position);
        }
        const QPointF centre = sum / double(placements[p].members.size());
        QVERIFY(QLineF(placements[p].screen, centre).length() < 1e-6);
    }
    int shown = 0;
    StatusCounts drawn;
    for (size_t i = 0; i < offices.size(); ++i) {
        const OfficeState expected = Rollout::stateAt(offices[i], date);
        QCOMPARE(scene.states[i], expected);
        QCOMPARE(placementOf[i] >= 0, expected.isShown());
        if (!expected.isShown())
            continue;
        ++shown;
        ++drawn.byStatus[size_t(scene.states[i].status)];
        const MarkerPlacement &placement = placements[size_t(placementOf[i])];
        if (!placement.isCluster())
            QVERIFY(QLineF(placement.screen, viewport.worldToScreen(offices[i].position)).length() < 1e-6);
    }
    QVERIFY(shown > 100);
    const StatusCounts counts = m_atlas.rollout().countsAt(date);
    for (OfficeStatus status : shownStatuses)
        QCOMPARE(drawn.count(status), counts.count(status));
    for (size_t a = 0; a < placements.size(); ++a) {
        for (size_t b = a + 1; b < placements.size(); ++b) {
            if (placements[a].isCluster() || placements[b].isCluster())
                continue;
            QVERIFY(QLineF(placements[a].screen, placements[b].screen).length() >= scene.markerSize * 1.1);
        }
    }
}

// Every office shown, drawn with any other status (alone as another marker, in a cluster as another share of its
// rim), changes more pixels than the golden images allow: one wrong status cannot pass.
void TestMapRenderer::oneChangedMarkerExceedsTheTolerance()
{
    const QDate date(2023, 12, 31);
    const MapScene scene = MapSceneBuilder::build(m_atlas, date);
    const QImage reference = render(scene);
    qsizetype fewest = std::numeric_limits<qsizetype>::max();
    QString fewestWhere;
    int offices = 0;
    for (size_t index = 0; index < scene.states.size(); ++index) {
        if (!scene.states[index].isShown())
            continue;
        ++offices;
        for (OfficeStatus other : shownStatuses) {
            if (other == scene.states[index].status)
                continue;
            MapScene changed = scene;
            changed.states[index].status = other;
            const ImageComparison comparison = ImageComparison::compare(render(changed), reference, colourTolerance);
            if (comparison.mismatched < fewest) {
                fewest = comparison.mismatched;
                fewestWhere = QStringLiteral("%1 as %2").arg(scene.offices->at(index).id, officeStatusKey(other));
            }
        }
    }
    int shown = 0;
    for (OfficeStatus status : shownStatuses)
        shown += scene.counts.count(status);
    QCOMPARE(offices, shown);
    qInfo("one changed status alters at least %lld pixels (%s); %lld may differ", qlonglong(fewest),
          qPrintable(fewestWhere), qlonglong(allowedMismatchedPixels));
    QVERIFY(fewest > allowedMismatchedPixels);
}

void TestMapRenderer::shippedOfficesClusterAsBefore_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<double>("metresPerPixel");
    for (const double metresPerPixel : {4000.0, 2000.0, 1000.0, 500.0, 250.0, 120.0, 60.0, 30.0, 10.0}) {
        for (const auto &[name, latitude, longitude] :
             {std::tuple{"Stockholm", 59.33, 18.05}, std::tuple{"Göteborg", 57.71, 11.97},
              std::tuple{"Malmö", 55.60, 13.00}}) {
            for (const QDate date : {QDate(2021, 5, 25), QDate(2023, 12, 31)}) {
                QTest::addRow("%s at %g m/px, %s", name, metresPerPixel, qPrintable(date.toString(Qt::ISODate)))
                        << date << latitude << longitude << metresPerPixel;
            }
        }
    }
}

// For the shipped offices the clusters are exactly those of the earlier pairwise layout at every scale from the
// whole country down to a district, and where clusters fan out (60 m/px and closer) in the same member order, so
// each fanned-out marker keeps its place.
void TestMapRenderer::shippedOfficesClusterAsBefore()
{
    QFETCH(QDate, date);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(double, metresPerPixel);
    const MapScene scene = MapSceneBuilder::build(m_atlas, date);
    MapViewport viewport;
    viewport.setSize(QSizeF(1600, 1000));
    viewport.setMetresPerPixel(metresPerPixel);
    viewport.setCentre(Projection::toSweref(QGeoCoordinate(latitude, longitude)));
    const MarkerPositions positions = MarkerLayout::positions(viewport, scene);
    const std::vector<MarkerPlacement> before
            = sktest::pairwiseMarkerGroups(positions.points, positions.shown, positions.markerSize);
    // An unreachable scale keeps the clusters together, so the groups themselves are compared.
    const std::vector<MarkerPlacement> now
            = MarkerLayout::layout(positions.points, positions.shown, 1e12, positions.markerSize);
    QCOMPARE(now.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        // Drawn as one disc, a cluster's member order shows nowhere; fanned out it places each member.
        std::vector<int> expected = before[i].members;
        if (metresPerPixel > MarkerLayout::spreadBelowMetresPerPixel)
            std::sort(expected.begin(), expected.end());
        QCOMPARE(now[i].members, expected);
        QVERIFY(QLineF(now[i].screen, before[i].screen).length() < 1e-9);
    }
}

void TestMapRenderer::datesDiffer()
{
    const ImageComparison comparison
            = ImageComparison::compare(render(QDate(2021, 5, 25)), render(QDate(2023, 12, 31)), 24);
    QVERIFY(comparison.problem.isEmpty());
    // The phase offices turn from triangles to open circles: a visible but local change.
    QVERIFY(comparison.mismatched > 200);
    QVERIFY(comparison.mismatchedShare() < 0.05);
}

void TestMapRenderer::highDpiIsSharper()
{
    const QImage single = render(QDate(2023, 12, 31), MapStyle::light(), 1.0);
    const QImage twice = render(QDate(2023, 12, 31), MapStyle::light(), 2.0);
    QCOMPARE(twice.size(), single.size() * 2);
    QCOMPARE(twice.devicePixelRatio(), 2.0);
    // Downscaled, the 2x frame shows the same map.
    const QImage reduced = twice.scaled(single.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QVERIFY(ImageComparison::compare(reduced, single, 64).mismatchedShare() < 0.05);
}

void TestMapRenderer::darkThemeDiffers()
{
    const QImage light = render(QDate(2023, 12, 31));
    const QImage dark = render(QDate(2023, 12, 31), MapStyle::dark());
    QVERIFY(ImageComparison::compare(light, dark, 24).mismatchedShare() > 0.9);
    // Sea in the top-left corner follows the theme.
    QCOMPARE(dark.pixelColor(2, 2), MapStyle::dark().sea);
    QCOMPARE(light.pixelColor(2, 2), MapStyle::light().sea);
}

void TestMapRenderer::baseInBandsEqualsOnePass_data()
{
    QTest::addColumn<MapViewport>("viewport");
    QTest::newRow("national 1920x1080") << MapExporter::homeViewport(QSize(1920, 1080));
    MapViewport close = MapExporter::homeViewport(QSize(1280, 720));
    close.setCentre(QPointF(674'572, 6'580'743));
    close.setMetresPerPixel(120);
    QTest::newRow("Stockholm 1280x720") << close;
    MapViewport sharp = MapExporter::homeViewport(QSize(800, 600));
    sharp.setDevicePixelRatio(2.0);
    QTest::newRow("high dpi") << sharp;
}

void TestMapRenderer::baseInBandsEqualsOnePass()
{
    QFETCH(MapViewport, viewport);
    const MapScene scene = MapSceneBuilder::build(m_atlas, QDate(2023, 12, 31));
    const double ratio = viewport.devicePixelRatio();
    const auto image = [&] {
        QImage result((viewport.size() * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        result.setDevicePixelRatio(ratio);
        result.fill(Qt::red);
        return result;
    };
    MapRenderer renderer;
    QImage bands = image();
    {
        QPainter painter(&bands);
        renderer.renderBase(painter, viewport, scene); // the whole image: drawn in bands, one per core
    }
    QImage onePass = image();
    {
        QPainter painter(&onePass);
        painter.setClipRect(QRectF(QPointF(0, 0), viewport.size())); // a clip keeps the renderer to one pass
        renderer.renderBase(painter, viewport, scene);
    }
    const ImageComparison comparison = ImageComparison::compare(bands, onePass, colourTolerance);
    QVERIFY2(comparison.problem.isEmpty(), qPrintable(comparison.problem));
    // Only where a polygon edge crosses a seam between bands may its rasterised pixel fall otherwise (30 pixels
    // of a national frame).
    QVERIFY2(comparison.mismatchedShare() < 0.00005,
             qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(comparison.mismatched).arg(comparison.total)));
    // No row was left out between two bands: the red fill is gone everywhere.
    for (int y = 0; y < bands.height(); ++y)
        QVERIFY2(bands.pixelColor(bands.width() / 2, y) != QColor(Qt::red), qPrintable(QString::number(y)));
}

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
