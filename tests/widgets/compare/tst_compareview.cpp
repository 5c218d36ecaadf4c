// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "widgets/compare/compareview.h"
#include "widgets/compare/comparisonmeasuresmodel.h"
#include "widgets/compare/officedifferencemodel.h"
#include "widgets/map/mapwidget.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>

using namespace sk;

namespace {

const QDate endOf2021(2021, 12, 31);
const QDate endOf2022(2022, 12, 31);
const QDate endOf2023(2023, 12, 31);

bool sameView(const MapViewport &a, const MapViewport &b)
{
    return a.centre() == b.centre() && a.metresPerPixel() == b.metresPerPixel();
}

} // namespace

// The compare view offscreen on the shipped data: maps that move together, highlights, tables and presets.
class TestCompareView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mapsMoveTogether_data();
    void mapsMoveTogether();
    void bothMapsNamePlaces();
    void phase1HighlightsTheOfficesThatOpen();
    void scenarioDifferencesAreHighlighted();
    void editedScenarioIsRecompared();
    void activatingADifferenceCentresBothMaps();
    void measuresArriveForTheCurrentSides();
    void modelsPassTheModelTester();
    void screenshot();

private:
    std::vector<Office> scenarioWithout(const QStringList &ids) const;

    Atlas m_atlas;
    std::unique_ptr<CompareView> m_view;
    QTemporaryDir m_dir;
};

void TestCompareView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestCompareView::init()
{
    m_view = std::make_unique<CompareView>();
    m_view->resize(1600, 900);
    m_view->setReference(&m_atlas.baseMap(), &m_atlas.boundaries(), &m_atlas.placeNames(), m_atlas.reference());
    m_view->setOfficial(m_atlas.rollout().offices());
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestCompareView::cleanup()
{
    m_view.reset();
}

std::vector<Office> TestCompareView::scenarioWithout(const QStringList &ids) const
{
    std::vector<Office> offices;
    std::copy_if(m_atlas.rollout().offices().begin(), m_atlas.rollout().offices().end(), std::back_inserter(offices),
                 [&](const Office &office) { return !ids.contains(office.id); });
    return offices;
}

enum class Gesture { SetViewport, ZoomIn, Wheel, Drag };

void TestCompareView::mapsMoveTogether_data()
{
    QTest::addColumn<Gesture>("gesture");
    QTest::addColumn<bool>("onA");
    QTest::newRow("set viewport on A") << Gesture::SetViewport << true;
    QTest::newRow("set viewport on B") << Gesture::SetViewport << false;
    QTest::newRow("zoom in on A") << Gesture::ZoomIn << true;
    QTest::newRow("wheel on B") << Gesture::Wheel << false;
    QTest::newRow("drag on A") << Gesture::Drag << true;
    QTest::newRow("drag on B") << Gesture::Drag << false;
}

void TestCompareView::mapsMoveTogether()
{
    QFETCH(Gesture, gesture);
    QFETCH(bool, onA);
    MapWidget *moved = m_view->map(onA ? CompareView::Side::A : CompareView::Side::B);
    MapWidget *other = m_view->map(onA ? CompareView::Side::B : CompareView::Side::A);
    QVERIFY(sameView(moved->viewport(), other->viewport()));
    const MapViewport before = moved->viewport();
    QSignalSpy movedSpy(moved, &MapWidget::viewportChanged);
    QSignalSpy otherSpy(other, &MapWidget::viewportChanged);

    switch (gesture) {
    case Gesture::SetViewport: {
        MapViewport viewport = moved->viewport();
        viewport.setCentre(QPointF(674000, 6580000)); // Stockholm
        viewport.setMetresPerPixel(300);
        moved->setViewport(viewport);
        break;
    }
    case Gesture::ZoomIn:
        moved->zoomIn();
        break;
    case Gesture::Wheel: {
        const QPointF cursor(120, 200);
        QWheelEvent wheel(cursor, moved->mapToGlobal(cursor), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(moved, &wheel);
        break;
    }
    case Gesture::Drag: {
        const QPointF start(200, 200);
        QMouseEvent press(QEvent::MouseButtonPress, start, moved->mapToGlobal(start), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QApplication::sendEvent(moved, &press);
        for (int step = 1; step <= 4; ++step) {
            const QPointF at = start + QPointF(step * 15, step * 10);
            QMouseEvent move(QEvent::MouseMove, at, moved->mapToGlobal(at), Qt::NoButton, Qt::LeftButton,
                             Qt::NoModifier);
            QApplication::sendEvent(moved, &move);
        }
        const QPointF end = start + QPointF(60, 40);
        QMouseEvent release(QEvent::MouseButtonRelease, end, moved->mapToGlobal(end), Qt::LeftButton, Qt::NoButton,
                            Qt::NoModifier);
        QApplication::sendEvent(moved, &release);
        break;
    }
    }

    QVERIFY(!sameView(moved->viewport(), before));
    QVERIFY(sameView(moved->viewport(), other->viewport()));
    QVERIFY(movedSpy.count() >= 1);
    // Each move of the one map moves the other exactly once, and the other's move does not echo back.
    QCOMPARE(otherSpy.count(), movedSpy.count());
    QCOMPARE(movedSpy.count(), gesture == Gesture::Drag ? 4 : 1);
}

void TestCompareView::bothMapsNamePlaces()
{
    for (CompareView::Side side : {CompareView::Side::A, CompareView::Side::B}) {
        MapWidget *map = m_view->map(side);
        QCOMPARE(map->scene().placeNames, &m_atlas.placeNames());
        const std::vector<MapLabel> labels = map->renderer().placeLabels(
                map->viewport(), map->scene(), map->renderer().placeMarkers(map->viewport(), map->scene()));
        QStringList names;
        for (const MapLabel &label : labels)
            names << label.text;
        QVERIFY2(names.contains(QStringLiteral("Stockholm")), qPrintable(names.join(", ")));
    }
}

void TestCompareView::phase1HighlightsTheOfficesThatOpen()
{
    m_view->applyPreset(CompareView::Preset::Phase1);
    QCOMPARE(m_view->date(CompareView::Side::A), endOf2021);
    QCOMPARE(m_view->date(CompareView::Side::B), endOf2022);
    QSet<QString> opening;
    for (const Office &office : m_atlas.rollout().offices()) {
        if (Rollout::stateAt(office, endOf2021).status != OfficeStatus::Open
            && Rollout::stateAt(office, endOf2022).status == OfficeStatus::Open)
            opening.insert(office.id);
    }
    QVERIFY(!opening.isEmpty());
    QCOMPARE(m_view->comparison().differingIds(), opening);
    QCOMPARE(m_view->map(CompareView::Side::A)->scene().highlightedOfficeIds, opening);
    QCOMPARE(m_view->map(CompareView::Side::B)->scene().highlightedOfficeIds, opening);
    QCOMPARE(m_view->differenceModel()->rowCount(), int(opening.size()));
    QCOMPARE(m_view->map(CompareView::Side::B)->scene().counts.open(), m_atlas.rollout().countsAt(endOf2022).open());
}

void TestCompareView::scenarioDifferencesAreHighlighted()
{
    const QStringList removed{m_atlas.rollout().offices().front().id, m_atlas.rollout().offices().back().id};
    m_view->setScenario(QStringLiteral("Fewer offices"), scenarioWithout(removed));
    m_view->applyPreset(CompareView::Preset::PlanVsScenario);
    QCOMPARE(m_view->source(CompareView::Side::B), CompareView::Source::Scenario);
    QCOMPARE(m_view->date(CompareView::Side::A), m_view->date(CompareView::Side::B));
    const QSet<QString> expected(removed.begin(), removed.end());
    QCOMPARE(m_view->map(CompareView::Side::A)->scene().highlightedOfficeIds, expected);
    QCOMPARE(m_view->map(CompareView::Side::B)->scene().highlightedOfficeIds, expected);
    QCOMPARE(m_view->map(CompareView::Side::B)->scene().offices->size(), m_atlas.rollout().offices().size() - 2);
    QCOMPARE(m_view->map(CompareView::Side::B)->scene().title, QStringLiteral("Fewer offices"));
}

void TestCompareView::editedScenarioIsRecompared()
{
    m_view->setScenario(QStringLiteral("Scenario"), m_atlas.rollout().offices());
    m_view->applyPreset(CompareView::Preset::PlanVsScenario);
    QVERIFY(m_view->comparison().differences().empty());
    QSignalSpy changed(m_view.get(), &CompareView::comparisonChanged);
    std::vector<Office> edited = m_atlas.rollout().offices();
    edited.front().position += QPointF(0, 5000);
    m_view->setScenario(QStringLiteral("Scenario"), edited);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_view->comparison().differingIds(), QSet<QString>{edited.front().id});
    const QModelIndex detail = m_view->differenceModel()->index(0, OfficeDifferenceModel::DetailColumn);
    QCOMPARE(detail.data().toString(), QStringLiteral("moved 5.0 km"));
}

void TestCompareView::activatingADifferenceCentresBothMaps()
{
    m_view->applyPreset(CompareView::Preset::Phase2);
    QTableView *table = m_view->differenceTable();
    QVERIFY(table->model()->rowCount() > 0);
    const QModelIndex row = table->model()->index(table->model()->rowCount() - 1, OfficeDifferenceModel::OfficeColumn);
    const QPointF position = row.data(OfficeDifferenceModel::PositionRole).toPointF();
    const QString id = row.data(OfficeDifferenceModel::OfficeIdRole).toString();
    Q_EMIT table->activated(row);
    for (CompareView::Side side : {CompareView::Side::A, CompareView::Side::B}) {
        QCOMPARE(m_view->map(side)->viewport().centre(), position);
        QCOMPARE(m_view->map(side)->selectedOfficeId(), id);
    }
}

void TestCompareView::measuresArriveForTheCurrentSides()
{
    QSignalSpy ready(m_view.get(), &CompareView::measuresReady);
    m_view->applyPreset(CompareView::Preset::Phase2);
    QVERIFY(m_view->measuresPending());
    QVERIFY(ready.wait(60000));
    QVERIFY(!m_view->measuresPending());
    ComparisonMeasuresModel *model = m_view->measuresModel();
    QCOMPARE(model->index(0, ComparisonMeasuresModel::MeasureColumn).data().toString(), QStringLiteral("Offices open"));
    const int openA = m_atlas.rollout().countsAt(endOf2022).open();
    const int openB = m_atlas.rollout().countsAt(endOf2023).open();
    QCOMPARE(model->index(0, ComparisonMeasuresModel::AColumn).data(ComparisonMeasuresModel::SortRole).toDouble(),
             double(openA));
    QCOMPARE(model->index(0, ComparisonMeasuresModel::ChangeColumn).data().toString(),
             QStringLiteral("+%1").arg(openB - openA));
    QVERIFY(model->headerData(ComparisonMeasuresModel::BColumn, Qt::Horizontal).toString().contains("2023"));
}

void TestCompareView::modelsPassTheModelTester()
{
    QAbstractItemModelTester differences(m_view->differenceModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester measures(m_view->measuresModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester sortedDifferences(m_view->differenceTable()->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy ready(m_view.get(), &CompareView::measuresReady);
    m_view->applyPreset(CompareView::Preset::Phase2);
    m_view->setScenario(QStringLiteral("Scenario"), scenarioWithout({m_atlas.rollout().offices().front().id}));
    m_view->applyPreset(CompareView::Preset::PlanVsScenario);
    QVERIFY(ready.wait(60000));
    m_view->differenceTable()->sortByColumn(OfficeDifferenceModel::MunicipalityColumn, Qt::DescendingOrder);
    QCOMPARE(m_view->differenceModel()->rowCount(), 1);
}

void TestCompareView::screenshot()
{
    std::vector<Office> scenario = scenarioWithout({m_atlas.rollout().offices().front().id});
    scenario[5].position += QPointF(30000, 40000);
    m_view->setScenario(QStringLiteral("Scenario: fewer in Stockholm"), scenario);
    QSignalSpy ready(m_view.get(), &CompareView::measuresReady);
    m_view->applyPreset(CompareView::Preset::Phase1);
    QVERIFY(ready.wait(60000));
    const QImage image = m_view->grab().toImage();
    QCOMPARE(image.size(), QSize(1600, 900) * m_view->devicePixelRatioF());
    // Set SERVICEKARTA_SCREENSHOT_DIR to keep the pictures; else they go to the test's own folder.
    const QDir folder(qEnvironmentVariableIsSet("SERVICEKARTA_SCREENSHOT_DIR")
                              ? qEnvironmentVariable("SERVICEKARTA_SCREENSHOT_DIR")
                              : m_dir.path());
    QVERIFY(image.save(folder.filePath(QStringLiteral("compareview-phase1.png"))));

    m_view->setStyle(MapStyle::dark());
    m_view->applyPreset(CompareView::Preset::PlanVsScenario);
    m_view->findChild<QTabWidget *>()->setCurrentIndex(1);
    QVERIFY(ready.wait(60000));
    QVERIFY(m_view->grab().toImage().save(folder.filePath(QStringLiteral("compareview-scenario-dark.png"))));
}

QTEST_MAIN(TestCompareView)
#include "tst_compareview.moc"
