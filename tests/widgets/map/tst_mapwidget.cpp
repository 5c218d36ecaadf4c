// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/geo/projection.h"
#include "tests/common/imagecomparison.h"
#include "widgets/export/mapexporter.h"
#include "widgets/map/mapwidget.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace sk;

// The map widget driven as a user would, offscreen, on the shipped data.
class TestMapWidget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void wheelZoomsAboutCursor();
    void dragPans();
    void keyboard_data();
    void keyboard();
    void clickSelectsOffice();
    void clickOnClusterZoomsIn();
    void dateChangeRepaintsOnlyMarkers();
    void editingRequests_data();
    void editingRequests();
    void editingDragMovesOfficeNotMap();
    void suggestionsAreDrawn();
    void exportEqualsScreen_data();
    void exportEqualsScreen();
    void exportEqualsScreenInsideAWindow();
    void manyOfficesAreLaidOutOffTheGuiThread();
    void clickOnMunicipality();
    void searchMarkStaysUntilTheUserMovesOn_data();
    void searchMarkStaysUntilTheUserMovesOn();

private:
    void showAt(QDate date);
    const Office &northernmostOffice() const;
    void drag(const QPointF &from, const QPointF &to);

    Atlas m_atlas;
    std::unique_ptr<MapWidget> m_map;
};

void TestMapWidget::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestMapWidget::init()
{
    m_map = std::make_unique<MapWidget>();
    m_map->resize(800, 600);
    m_map->setBaseLayers(&m_atlas.baseMap(), &m_atlas.boundaries(), m_atlas.reference().municipalityCount());
    showAt(QDate(2023, 12, 31));
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
}

void TestMapWidget::showAt(QDate date)
{
    const MapScene scene = MapSceneBuilder::build(m_atlas, date);
    m_map->setPlaceNames(scene.placeNames); // as the main window gives them, with the published count
    m_map->setPublishedCount(scene.published);
    m_map->setOffices(scene.offices, scene.states, scene.counts, date);
}

const Office &TestMapWidget::northernmostOffice() const
{
    const auto &offices = m_atlas.rollout().offices();
    return *std::max_element(offices.begin(), offices.end(),
                             [](const Office &a, const Office &b) { return a.position.y() < b.position.y(); });
}

void TestMapWidget::wheelZoomsAboutCursor()
{
    const QPointF cursor(250, 180);
    const QPointF anchor = m_map->viewport().screenToWorld(cursor);
    const double before = m_map->viewport().metresPerPixel();
    QWheelEvent wheel(cursor, m_map->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_map.get(), &wheel);
    QVERIFY(m_map->viewport().metresPerPixel() < before);
    const QPointF after = m_map->viewport().worldToScreen(anchor);
    QVERIFY(QLineF(after, cursor).length() < 0.01);
}

void TestMapWidget::dragPans()
{
    QSignalSpy moved(m_map.get(), &MapWidget::viewportChanged);
    const QPointF grabbed = m_map->viewport().screenToWorld(QPointF(400, 300));
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(400, 300), m_map->mapToGlobal(QPointF(400, 300)),
                      Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_map.get(), &press);
    for (int step = 1; step <= 5; ++step) {
        const QPointF at(400 + step * 20, 300 - step * 10);
        QMouseEvent move(QEvent::MouseMove, at, m_map->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_map.get(), &move);
    }
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(500, 250), m_map->mapToGlobal(QPointF(500, 250)),
                        Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_map.get(), &release);
    QVERIFY(moved.count() >= 5);
    QVERIFY(QLineF(m_map->viewport().worldToScreen(grabbed), QPointF(500, 250)).length() < 0.01);
    QVERIFY(m_map->selectedOfficeId().isEmpty());
}

void TestMapWidget::keyboard_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<double>("scaleFactor");
    QTest::addColumn<QPointF>("centreShiftPixels");
    QTest::newRow("plus zooms in") << int(Qt::Key_Plus) << 1 / 1.5 << QPointF();
    QTest::newRow("minus zooms out") << int(Qt::Key_Minus) << 1.5 << QPointF();
    QTest::newRow("right pans east") << int(Qt::Key_Right) << 1.0 << QPointF(100, 0);
    QTest::newRow("up pans north") << int(Qt::Key_Up) << 1.0 << QPointF(0, -75);
}

void TestMapWidget::keyboard()
{
    QFETCH(int, key);
    QFETCH(double, scaleFactor);
    QFETCH(QPointF, centreShiftPixels);
    const MapViewport before = m_map->viewport();
    QTest::keyClick(m_map.get(), Qt::Key(key));
    const MapViewport after = m_map->viewport();
    QVERIFY(std::abs(after.metresPerPixel() - before.metresPerPixel() * scaleFactor) < 1e-6);
    const QPointF shift = before.worldToScreen(after.centre()) - QPointF(400, 300);
    QVERIFY2(QLineF(shift, centreShiftPixels).length() < 1e-6,
             qPrintable(QStringLiteral("shift %1,%2").arg(shift.x()).arg(shift.y())));
    QTest::keyClick(m_map.get(), Qt::Key_Home);
    QCOMPARE(m_map->viewport().visibleWorldRect().contains(Projection::swedenHomeExtent()), true);
}

void TestMapWidget::clickSelectsOffice()
{
    const Office &office = northernmostOffice();
    QSignalSpy selected(m_map.get(), &MapWidget::officeSelected);
    const QPoint at = m_map->viewport().worldToScreen(office.position).toPoint();
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::NoModifier, at);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.front().front().toString(), office.id);
    QCOMPARE(m_map->officeAt(at), office.id);
    // Clicking empty sea clears the selection.
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 590));
    QCOMPARE(m_map->selectedOfficeId(), QString());
}

void TestMapWidget::clickOnClusterZoomsIn()
{
    // Stockholm's offices overlap at the whole-Sweden scale and form a cluster, unless a city inset shows them.
    MapScene::Decorations decorations = m_map->scene().decorations;
    decorations.insets = false;
    m_map->setDecorations(decorations);
    const QPointF stockholm = m_map->viewport().worldToScreen(Projection::toSweref(QGeoCoordinate(59.33, 18.05)));
    QVERIFY(m_map->officeAt(stockholm).isEmpty());
    const double before = m_map->viewport().metresPerPixel();
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::NoModifier, stockholm.toPoint());
    QVERIFY(m_map->viewport().metresPerPixel() < before / 2);
    QVERIFY(m_map->selectedOfficeId().isEmpty());
}

void TestMapWidget::dateChangeRepaintsOnlyMarkers()
{
    m_map->repaint();
    const int renders = m_map->baseRenderCount();
    QVERIFY(renders >= 1);
    for (QDate date : {QDate(2021, 5, 31), QDate(2022, 6, 30), QDate(2025, 12, 31)}) {
        showAt(date);
        m_map->repaint();
    }
    QCOMPARE(m_map->baseRenderCount(), renders);
    QCOMPARE(m_map->scene().date, QDate(2025, 12, 31));
}

void TestMapWidget::drag(const QPointF &from, const QPointF &to)
{
    QMouseEvent press(QEvent::MouseButtonPress, from, m_map->mapToGlobal(from), Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(m_map.get(), &press);
    for (int step = 1; step <= 4; ++step) {
        const QPointF at = from + (to - from) * step / 4.0;
        QMouseEvent move(QEvent::MouseMove, at, m_map->mapToGlobal(at), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_map.get(), &move);
    }
    QMouseEvent release(QEvent::MouseButtonRelease, to, m_map->mapToGlobal(to), Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QApplication::sendEvent(m_map.get(), &release);
}

// What each gesture asks for, with and without editing: outside editing the map never asks to change data.
void TestMapWidget::editingRequests_data()
{
    QTest::addColumn<bool>("editing");
    QTest::addColumn<QString>("gesture");
    QTest::addColumn<int>("adds");
    QTest::addColumn<int>("removes");
    QTest::addColumn<int>("edits");
    QTest::newRow("click on land, editing") << true << "click land" << 1 << 0 << 0;
    QTest::newRow("click on land, viewing") << false << "click land" << 0 << 0 << 0;
    QTest::newRow("click on office, editing") << true << "click office" << 0 << 0 << 0;
    QTest::newRow("delete selected, editing") << true << "delete" << 0 << 1 << 0;
    QTest::newRow("delete selected, viewing") << false << "delete" << 0 << 0 << 0;
    QTest::newRow("double-click office, editing") << true << "double-click" << 0 << 0 << 1;
    QTest::newRow("double-click office, viewing") << false << "double-click" << 0 << 0 << 0;
}

void TestMapWidget::editingRequests()
{
    QFETCH(bool, editing);
    QFETCH(QString, gesture);
    QFETCH(int, adds);
    QFETCH(int, removes);
    QFETCH(int, edits);
    m_map->setEditing(editing);
    QSignalSpy added(m_map.get(), &MapWidget::addOfficeRequested);
    QSignalSpy removed(m_map.get(), &MapWidget::removeOfficeRequested);
    QSignalSpy edited(m_map.get(), &MapWidget::editOfficeRequested);
    const Office &office = northernmostOffice();
    const QPoint officeAt = m_map->viewport().worldToScreen(office.position).toPoint();
    // Inland north of Östersund, far from any office marker.
    const QPointF land = Projection::toSweref(QGeoCoordinate(64.2, 15.8));
    const QPoint landAt = m_map->viewport().worldToScreen(land).toPoint();
    QVERIFY(m_map->officeAt(landAt).isEmpty());
    if (gesture == "click land") {
        QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::NoModifier, landAt);
    } else if (gesture == "click office") {
        QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::NoModifier, officeAt);
        QCOMPARE(m_map->selectedOfficeId(), office.id);
    } else if (gesture == "delete") {
        m_map->setSelectedOfficeId(office.id);
        QTest::keyClick(m_map.get(), Qt::Key_Delete);
    } else {
        QTest::mouseDClick(m_map.get(), Qt::LeftButton, Qt::NoModifier, officeAt);
    }
    QCOMPARE(added.count(), adds);
    QCOMPARE(removed.count(), removes);
    QCOMPARE(edited.count(), edits);
    if (adds)
        QVERIFY(QLineF(added.front().front().toPointF(), land).length() < m_map->viewport().metresPerPixel());
    if (removes)
        QCOMPARE(removed.front().front().toString(), office.id);
    if (edits)
        QCOMPARE(edited.front().front().toString(), office.id);
}

void TestMapWidget::editingDragMovesOfficeNotMap()
{
    const Office &office = northernmostOffice();
    const QPointF from = m_map->viewport().worldToScreen(office.position);
    const QPointF to = from + QPointF(60, 40);
    const MapViewport before = m_map->viewport();
    QSignalSpy moves(m_map.get(), &MapWidget::officeMoveRequested);
    QSignalSpy finished(m_map.get(), &MapWidget::officeMoveFinished);

    m_map->setEditing(true);
    drag(from, to);
    QCOMPARE(m_map->viewport().centre(), before.centre());
    QVERIFY(moves.count() >= 1);
    QCOMPARE(moves.last().at(0).toString(), office.id);
    QVERIFY(QLineF(moves.last().at(1).toPointF(), before.screenToWorld(to)).length() < 1e-6);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.front().front().toString(), office.id);

    // The same drag outside editing pans the map and moves nothing.
    m_map->setEditing(false);
    drag(from, to);
    QCOMPARE(finished.count(), 1);
    QVERIFY(m_map->viewport().centre() != before.centre());
}

void TestMapWidget::suggestionsAreDrawn()
{
    const QPointF place = Projection::toSweref(QGeoCoordinate(64.2, 15.8));
    const QPoint at = m_map->viewport().worldToScreen(place).toPoint();
    const QColor before = m_map->grab().toImage().pixelColor(at);
    m_map->setSuggestions({{place, 1, QStringLiteral("Hammerdal")}}, 20);
    QCOMPARE(m_map->scene().suggestions.size(), size_t(1));
    // The badge is filled with the text halo and ringed with the text colour: the centre changes colour.
    const QColor after = m_map->grab().toImage().pixelColor(at);
    QVERIFY2(after != before, qPrintable(after.name()));
    m_map->setSuggestions({}, 20);
    QCOMPARE(m_map->grab().toImage().pixelColor(at), before);
}

void TestMapWidget::exportEqualsScreen_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("zoomSteps");
    QTest::newRow("start-up view") << QDate(2021, 5, 25) << 0;
    QTest::newRow("zoomed in on the north") << QDate(2022, 6, 30) << 2;
    QTest::newRow("zoomed in, markers fanned out") << QDate(2023, 12, 31) << 7;
}

// What the window shows is what an export of the same viewport and date writes, pixel for pixel.
void TestMapWidget::exportEqualsScreen()
{
    QFETCH(QDate, date);
    QFETCH(int, zoomSteps);
    showAt(date);
    m_map->clearFocus(); // the focus frame belongs to the window, not to the map
    if (zoomSteps > 0) {
        const Office &office = northernmostOffice();
        m_map->centreOn(office.position);
        for (int i = 0; i < zoomSteps; ++i)
            m_map->zoomIn();
        // After a zoom the cached base map is scaled until it is rendered again at the new scale.
        const int renders = m_map->baseRenderCount();
        QTRY_VERIFY(m_map->baseRenderCount() > renders);
    }
    const QImage screen = m_map->grab().toImage();
    MapRenderer renderer;
    const QImage exported = MapExporter::renderImage(renderer, m_map->viewport(), MapSceneBuilder::build(m_atlas, date),
                                                     m_map->devicePixelRatioF());
    const ImageComparison comparison = ImageComparison::compare(screen, exported, 2);
    QVERIFY2(comparison.problem.isEmpty(), qPrintable(comparison.problem));
    // Place names on screen are blitted from cached halo images at whole device pixels, in an export drawn at their
    // exact position: the glyph edges may differ, by far less than one marker (about 150 pixels) per name.
    QVERIFY2(comparison.mismatchedShare() <= 0.001,
             qPrintable(QStringLiteral("%1 pixels differ").arg(comparison.mismatched)));
}

// As in the main window and the compare view, the map is one widget among others: its panels and city insets are
// blitted from cached images and must land where the export draws them, not shifted by the map's place in the window.
void TestMapWidget::exportEqualsScreenInsideAWindow()
{
    QWidget window;
    window.resize(900, 700);
    auto *map = new MapWidget(&window);
    map->setGeometry(37, 53, 800, 600);
    map->setBaseLayers(&m_atlas.baseMap(), &m_atlas.boundaries(), m_atlas.reference().municipalityCount());
    const QDate date(2023, 12, 31);
    const MapScene scene = MapSceneBuilder::build(m_atlas, date);
    map->setPlaceNames(scene.placeNames);
    map->setPublishedCount(scene.published);
    map->setOffices(scene.offices, scene.states, scene.counts, date);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    map->clearFocus(); // the focus frame belongs to the window, not to the map
    const double ratio = window.devicePixelRatioF();
    const QImage screen = window.grab().toImage().copy(QRect(map->geometry().topLeft() * ratio, map->size() * ratio));
    MapRenderer renderer;
    const QImage exported = MapExporter::renderImage(renderer, map->viewport(), scene, ratio);
    const ImageComparison comparison = ImageComparison::compare(screen, exported, 2);
    QVERIFY2(comparison.problem.isEmpty(), qPrintable(comparison.problem));
    QVERIFY2(comparison.mismatchedShare() <= 0.001,
             qPrintable(QStringLiteral("%1 pixels differ").arg(comparison.mismatched)));
}

// With many offices the marker layout runs on a worker thread: a timeline step returns before the layout is
// done, and the markers appear when it is. Here the shipped offices come first, followed by enough offices not
// shown at the date to cross the threshold, so the finished map looks as with the shipped ones alone.
void TestMapWidget::manyOfficesAreLaidOutOffTheGuiThread()
{
    const QDate date(2023, 12, 31);
    const MapScene real = MapSceneBuilder::build(m_atlas, date);
    std::vector<Office> many = m_atlas.rollout().offices();
    std::vector<OfficeState> states = real.states;
    for (size_t i = 0; many.size() < MarkerLayoutJob::backgroundFromOffices + 1000; ++i) {
        Office office = m_atlas.rollout().offices()[i % real.states.size()];
        office.id = QStringLiteral("not-yet-known-%1").arg(i);
        many.push_back(std::move(office));
        states.push_back(OfficeState{});
    }
    const Office &lonely = northernmostOffice();
    const QPointF where = m_map->viewport().worldToScreen(lonely.position);
    QCOMPARE(m_map->officeAt(where), lonely.id);

    m_map->setOffices(&many, states, Rollout::count(many, states), date);
    m_map->repaint();
    QVERIFY(m_map->officeAt(where).isEmpty()); // still being laid out
    QTRY_COMPARE(m_map->officeAt(where), lonely.id);
    showAt(date); // back to the shipped offices before `many` goes away
    QCOMPARE(m_map->officeAt(where), lonely.id);
}

void TestMapWidget::clickOnMunicipality()
{
    m_map->setReference(&m_atlas.reference());
    QSignalSpy clicked(m_map.get(), &MapWidget::municipalityClicked);
    // Pajala has no office: its seat is free of markers at the whole-Sweden scale.
    const QPointF pajala
            = m_map->viewport().worldToScreen(m_atlas.reference().municipality(QStringLiteral("2521"))->seatPosition);
    QVERIFY(m_map->officeAt(pajala).isEmpty());
    QCOMPARE(m_map->municipalityAt(pajala), QStringLiteral("2521"));
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::NoModifier, pajala.toPoint());
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.front().front().toString(), QStringLiteral("2521"));
    // Open sea names nothing.
    QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::NoModifier, QPoint(5, 590));
    QCOMPARE(clicked.count(), 1);
}

void TestMapWidget::searchMarkStaysUntilTheUserMovesOn_data()
{
    QTest::addColumn<QString>("gesture");
    QTest::newRow("drag") << "drag";
    QTest::newRow("wheel") << "wheel";
    QTest::newRow("arrow key") << "key";
    QTest::newRow("escape") << "escape";
    QTest::newRow("click") << "click";
}

void TestMapWidget::searchMarkStaysUntilTheUserMovesOn()
{
    QFETCH(QString, gesture);
    const QPointF kiruna = Projection::toSweref(QGeoCoordinate(67.855, 20.225));
    m_map->centreOn(kiruna, 250);
    const QPointF centre(m_map->width() / 2.0, m_map->height() / 2.0);
    // A ring around the hit: a point on it changes colour.
    const QPoint onRing = (centre + QPointF(m_map->scene().markerSize * 1.1, 0)).toPoint();
    const QColor before = m_map->grab().toImage().pixelColor(onRing);
    m_map->setSearchMark(kiruna, QStringLiteral("Kiruna"));
    QVERIFY(m_map->hasSearchMark());
    QTRY_COMPARE(m_map->scene().searchPulse, 1.0); // the pulses end; the mark stays
    QVERIFY(m_map->hasSearchMark());
    QVERIFY(m_map->grab().toImage().pixelColor(onRing) != before);
    m_map->centreOn(kiruna, 200); // the program moving the map is not the user moving on
    QVERIFY(m_map->hasSearchMark());
    if (gesture == QLatin1String("drag")) {
        drag(QPointF(100, 100), QPointF(160, 140));
    } else if (gesture == QLatin1String("wheel")) {
        QWheelEvent wheel(centre, m_map->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(m_map.get(), &wheel);
    } else if (gesture == QLatin1String("key")) {
        QTest::keyClick(m_map.get(), Qt::Key_Left);
    } else if (gesture == QLatin1String("escape")) {
        QTest::keyClick(m_map.get(), Qt::Key_Escape);
    } else {
        QTest::mouseClick(m_map.get(), Qt::LeftButton, Qt::NoModifier, QPoint(20, 20));
    }
    QVERIFY(!m_map->hasSearchMark());
}

QTEST_MAIN(TestMapWidget)
#include "tst_mapwidget.moc"
