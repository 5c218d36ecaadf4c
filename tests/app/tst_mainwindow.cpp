// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "app/mainwindow.h"
#include "app/scenariocontroller.h"
#include "geodata/atlas/atlas.h"
#include "geodata/geo/projection.h"
#include "geodata/scenario/officedraft.h"
#include "widgets/coverage/municipalitypanel.h"
#include "widgets/map/mapwidget.h"
#include "widgets/offices/officefilterpanel.h"
#include "widgets/offices/officefilterproxymodel.h"
#include "widgets/offices/searchfield.h"
#include "widgets/scenario/scenariodocument.h"
#include "widgets/timeline/timelinecontroller.h"
#include "widgets/timeline/timelinewidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sk;

// The main window keeps what the user had: settings round-trip, and a bad file loses nothing.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void settingsRoundTrip();
    void badOfficeFileKeepsOffices();
    void boundariesAreRemembered();
    void scenarioEditsReachTheMapAndUndo();
    void closingWithUnsavedScenarioAsks_data();
    void closingWithUnsavedScenarioAsks();
    void savedScenarioReopens();
    void unsavedWorkIsAutosavedAndRecovered();
    void redoShortcutIsUnambiguous();
    void firstWindowFitsTheScreen();
    void searchMarksAndOpensTheMunicipality();
    void filterReachesMapAndTable();

private:
    Atlas m_atlas;
    QTemporaryDir m_home;
};

void TestMainWindow::initTestCase()
{
    // Settings and autosaves go to this test's own folder, never to the home of whoever runs the tests.
    QVERIFY(m_home.isValid());
    qputenv("HOME", QFile::encodeName(m_home.path()));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).startsWith(m_home.path()));
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestMainWindow::init()
{
    QSettings().clear();
    // Autosaves of earlier runs would be offered for recovery.
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave"))
            .removeRecursively();
}

void TestMainWindow::settingsRoundTrip()
{
    {
        MainWindow window(m_atlas);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.timeline()->setDate(QDate(2023, 3, 31));
        const QList<QAction *> actions = window.findChildren<QAction *>();
        auto dark = std::find_if(actions.begin(), actions.end(),
                                 [](QAction *a) { return a->isCheckable() && a->text().contains("Dark"); });
        QVERIFY(dark != actions.end());
        (*dark)->trigger();
        window.resize(1111, 777);
        window.close();
    }
    MainWindow restored(m_atlas);
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QCOMPARE(restored.timeline()->date(), QDate(2023, 3, 31));
    QCOMPARE(restored.mapWidget()->renderer().style().theme, MapStyle::Theme::Dark);
    QCOMPARE(restored.size(), QSize(1111, 777));
}

void TestMainWindow::badOfficeFileKeepsOffices()
{
    MainWindow window(m_atlas);
    const std::vector<Office> *before = window.mapWidget()->scene().offices;
    const size_t count = before->size();
    // The refusal is shown in a modal box; close it as a user would.
    QTimer::singleShot(0, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    QVERIFY(!window.openOffices(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/offices/bad-latitude.csv")));
    QCOMPARE(window.mapWidget()->scene().offices->size(), count);
    QVERIFY(QSettings().value(QStringLiteral("data/offices")).toString().isEmpty());
}

void TestMainWindow::boundariesAreRemembered()
{
    const QString path = QStringLiteral(SERVICEKARTA_SHARED_DIR "/geodata/sweden_scb_admin.gpkg");
    if (!QFile::exists(path))
        QSKIP("official boundaries not available");
    {
        MainWindow window(m_atlas);
        QVERIFY(window.openBoundaries(path));
        QVERIFY(window.mapWidget()->scene().boundaries->municipalities().features().size() == 290);
    }
    MainWindow restored(m_atlas);
    QCOMPARE(restored.mapWidget()->scene().boundaries->municipalities().features().size(), size_t(290));
}

namespace {

// Answers the next modal message box with the button whose text contains `label`.
void answerNextMessageBox(const QString &label)
{
    QTimer::singleShot(0, [label] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove('&').contains(label, Qt::CaseInsensitive)) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

} // namespace

void TestMainWindow::scenarioEditsReachTheMapAndUndo()
{
    MainWindow window(m_atlas);
    window.timeline()->setDate(QDate(2024, 12, 31));
    const size_t official = window.mapWidget()->scene().offices->size();
    ScenarioController *scenarios = window.scenarios();
    QVERIFY(!scenarios->isActive());
    scenarios->newAction()->trigger();
    QVERIFY(scenarios->isActive());
    QVERIFY(!window.isWindowModified());

    const QPointF hammerdal = Projection::toSweref(QGeoCoordinate(63.59, 15.35));
    scenarios->addOffice(OfficeDraft::at(hammerdal, m_atlas.reference(), nullptr, 3));
    QCOMPARE(window.mapWidget()->scene().offices->size(), official + 1);
    QVERIFY(window.isWindowModified());
    QVERIFY(window.windowTitle().contains(scenarios->scenarioName()));
    // Phase 3 opens during 2024: at the end of 2024 the new office is open on the map.
    const auto &states = window.mapWidget()->scene().states;
    QCOMPARE(states.back().status, OfficeStatus::Open);

    const QString boden = QStringLiteral("boden");
    scenarios->document()->removeOffice(boden);
    QCOMPARE(window.mapWidget()->scene().offices->size(), official);
    scenarios->undoAction()->trigger();
    scenarios->undoAction()->trigger();
    QCOMPARE(window.mapWidget()->scene().offices->size(), official);
    QVERIFY(std::any_of(window.mapWidget()->scene().offices->begin(), window.mapWidget()->scene().offices->end(),
                        [&](const Office &office) { return office.id == boden; }));
    QVERIFY(!window.isWindowModified());
    scenarios->redoAction()->trigger();
    QCOMPARE(window.mapWidget()->scene().offices->size(), official + 1);

    scenarios->document()->undoStack()->setClean();
    scenarios->closeAction()->trigger();
    QVERIFY(!scenarios->isActive());
    QCOMPARE(window.mapWidget()->scene().offices->size(), official);
}

void TestMainWindow::closingWithUnsavedScenarioAsks_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("closes");
    QTest::newRow("cancel keeps the window and the work") << "Cancel" << false;
    QTest::newRow("discard closes") << "Discard" << true;
}

void TestMainWindow::closingWithUnsavedScenarioAsks()
{
    QFETCH(QString, answer);
    QFETCH(bool, closes);
    MainWindow window(m_atlas);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.scenarios()->newAction()->trigger();
    window.scenarios()->document()->removeOffice(QStringLiteral("boden"));
    answerNextMessageBox(answer);
    QCOMPARE(window.close(), closes);
    QCOMPARE(window.isVisible(), !closes);
    if (!closes) {
        QVERIFY(window.scenarios()->isActive());
        QVERIFY(window.scenarios()->document()->isModified());
    }
}

void TestMainWindow::savedScenarioReopens()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("what-if.gpkg"));
    size_t edited = 0;
    {
        MainWindow window(m_atlas);
        window.scenarios()->newAction()->trigger();
        window.scenarios()->document()->removeOffice(QStringLiteral("boden"));
        QString error;
        QVERIFY2(window.scenarios()->document()->saveAs(path, &error), qPrintable(error));
        edited = window.mapWidget()->scene().offices->size();
    }
    MainWindow window(m_atlas);
    QVERIFY(window.openScenario(path));
    QVERIFY(window.scenarios()->isActive());
    QCOMPARE(window.mapWidget()->scene().offices->size(), edited);
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::unsavedWorkIsAutosavedAndRecovered()
{
    size_t edited = 0;
    QString autosave;
    {
        // A session that ends without a clean close, as after a crash: its autosave stays behind.
        MainWindow window(m_atlas);
        window.scenarios()->newAction()->trigger();
        window.scenarios()->document()->removeOffice(QStringLiteral("boden"));
        window.scenarios()->document()->removeOffice(QStringLiteral("kiruna"));
        edited = window.mapWidget()->scene().offices->size();
        autosave = window.scenarios()->autosavePath();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(autosave), 20000);
    }
    QVERIFY(QFile::exists(autosave));
    MainWindow window(m_atlas);
    answerNextMessageBox(QStringLiteral("Recover"));
    window.offerRecovery();
    QVERIFY(window.scenarios()->isActive());
    QCOMPARE(window.mapWidget()->scene().offices->size(), edited);
    QVERIFY(window.scenarios()->document()->isModified());
    QVERIFY(window.isWindowModified());
    // Nothing more to offer once it is recovered.
    window.scenarios()->discardOwnAutosave();
    MainWindow later(m_atlas);
    answerNextMessageBox(QStringLiteral("Recover"));
    later.offerRecovery();
    QVERIFY(!later.scenarios()->isActive());
}

void TestMainWindow::redoShortcutIsUnambiguous()
{
    MainWindow window(m_atlas);
    const QList<QKeySequence> keys = window.scenarios()->redoAction()->shortcuts();
    QCOMPARE(keys.count(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)), 1);
    QCOMPARE(QSet<QKeySequence>(keys.begin(), keys.end()).size(), keys.size());
}

void TestMainWindow::firstWindowFitsTheScreen()
{
    MainWindow window(m_atlas);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    // Never larger than the screen unless the screen is smaller than the window can be.
    const QSize minimum = window.minimumSizeHint();
    const QSize frame = window.frameGeometry().size() - window.size();
    QVERIFY(window.frameGeometry().width() <= std::max(available.width(), minimum.width() + frame.width()));
    QVERIFY(window.frameGeometry().height() <= std::max(available.height(), minimum.height() + frame.height()));
    // A 1280×720 screen (less a title bar) holds the window with the map and the timeline below it.
    QVERIFY2(minimum.width() <= 1280 && minimum.height() <= 690,
             qPrintable(QStringLiteral("%1x%2").arg(minimum.width()).arg(minimum.height())));
    window.resize(1280, 690);
    QTRY_COMPARE(window.size(), QSize(1280, 690));
    MapWidget *map = window.mapWidget();
    QVERIFY(map->isVisible());
    QVERIFY(map->height() >= 300);
    QVERIFY(map->width() >= 700);
    auto *timeline = window.findChild<TimelineWidget *>();
    QVERIFY(timeline && timeline->isVisible());
    QVERIFY(window.rect().contains(QRect(timeline->mapTo(&window, QPoint(0, 0)), timeline->size())));
}

void TestMainWindow::searchMarksAndOpensTheMunicipality()
{
    MainWindow window(m_atlas);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.timeline()->setDate(QDate(2023, 12, 31));
    SearchIndex index;
    index.rebuild(m_atlas.rollout(), m_atlas.reference());
    const std::vector<SearchIndex::Entry> hits = index.find(QStringLiteral("pajala"));
    const auto pajala = std::find_if(hits.begin(), hits.end(), [](const SearchIndex::Entry &e) {
        return e.kind == SearchIndex::Kind::Municipality && e.key == QLatin1String("2521");
    });
    QVERIFY(pajala != hits.end());
    Q_EMIT window.findChild<SearchField *>()->entryChosen(*pajala);
    QVERIFY(window.mapWidget()->hasSearchMark());
    auto *panel = window.findChild<MunicipalityPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->code(), QStringLiteral("2521"));
    QVERIFY2(panel->text().contains(QStringLiteral("Nearest open office: Överkalix")), qPrintable(panel->text()));
    QTRY_VERIFY(panel->isVisible()); // its tab is raised
    // Set SERVICEKARTA_SCREENSHOT_DIR to look at the window.
    if (const QString folder = qEnvironmentVariable("SERVICEKARTA_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QTest::qWait(1200);
        window.grab().save(folder + QStringLiteral("/window-pajala.png"));
        window.findChild<QDockWidget *>(QStringLiteral("CoverageDock"))->raise();
        QTest::qWait(1500);
        window.grab().save(folder + QStringLiteral("/window-coverage.png"));
    }
}

void TestMainWindow::filterReachesMapAndTable()
{
    MainWindow window(m_atlas);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.timeline()->setDate(QDate(2023, 12, 31));
    OfficeFilter norrbotten;
    norrbotten.countyCodes = {QStringLiteral("25")};
    window.findChild<OfficeFilterPanel *>()->setFilter(norrbotten);
    const MapScene &scene = window.mapWidget()->scene();
    QCOMPARE(scene.filterDescription, QStringLiteral("Norrbottens län"));
    QCOMPARE(scene.municipalityTotal, 14);
    const QList<QTableView *> tables = window.findChildren<QTableView *>();
    const auto officeTable = std::find_if(tables.begin(), tables.end(), [](QTableView *view) {
        return qobject_cast<OfficeFilterProxyModel *>(view->model()) != nullptr;
    });
    QVERIFY(officeTable != tables.end());
    QTableView *table = *officeTable;
    int shownInCounty = 0;
    for (const Office &office : m_atlas.rollout().offices())
        shownInCounty += office.municipalityCode.startsWith(QLatin1String("25")) ? 1 : 0;
    QCOMPARE(table->model()->rowCount(), shownInCounty);
    QCOMPARE(scene.counts.open(), 8);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
