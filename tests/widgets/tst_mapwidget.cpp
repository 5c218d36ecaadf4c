#include "atlas.h"
#include "mapscenebuilder.h"
#include "mapwidget.h"
#include "projection.h"

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

private:
    void showAt(QDate date);
    const Office &northernmostOffice() const;

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
    // Stockholm's offices overlap at the whole-Sweden scale and form a cluster.
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

QTEST_MAIN(TestMapWidget)
#include "tst_mapwidget.moc"
