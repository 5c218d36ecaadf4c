// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "widgets/briefing/briefingwindow.h"
#include "widgets/briefing/notespanel.h"
#include "widgets/map/mapwidget.h"
#include "widgets/render/mapstyle.h"
#include "widgets/timeline/timelinecontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace sk;

// Briefing mode keys and clicker drive the shared timeline; offices opening in a step are emphasised.
class TestBriefingWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keys_data();
    void keys();
    void spaceTogglesPlayback();
    void openingsAreEmphasised();
    void escapeLeaves();
    void presenterViewKeepsNotesOffTheMap();
    void filterAndScenarioReachTheBriefing();

private:
    Atlas m_atlas;
    TimelineController *m_timeline = nullptr;
    QPointer<BriefingWindow> m_window;
};

void TestBriefingWindow::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestBriefingWindow::init()
{
    m_timeline = new TimelineController;
    m_timeline->setRange(m_atlas.rollout().firstDate(), m_atlas.rollout().lastDate());
    m_timeline->setPhaseBoundaries(m_atlas.rollout().phaseBoundaries());
    m_timeline->setDate(QDate(2021, 12, 31));
    m_window = new BriefingWindow(m_atlas, m_timeline, false);
    m_window->resize(1024, 768);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestBriefingWindow::cleanup()
{
    delete m_window;
    delete m_timeline;
}

void TestBriefingWindow::keys_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<bool>("byPhase");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("right: next month") << int(Qt::Key_Right) << false << QDate(2022, 1, 31);
    QTest::newRow("page down: next month") << int(Qt::Key_PageDown) << false << QDate(2022, 1, 31);
    QTest::newRow("left: previous month") << int(Qt::Key_Left) << false << QDate(2021, 11, 30);
    QTest::newRow("page down by phase") << int(Qt::Key_PageDown) << true << QDate(2022, 12, 31);
    QTest::newRow("page up by phase") << int(Qt::Key_PageUp) << true << QDate(2021, 5, 25);
    QTest::newRow("end") << int(Qt::Key_End) << false << QDate(2026, 12, 31);
    QTest::newRow("home") << int(Qt::Key_Home) << false << QDate(2019, 6, 1);
}

void TestBriefingWindow::keys()
{
    QFETCH(int, key);
    QFETCH(bool, byPhase);
    QFETCH(QDate, expected);
    m_timeline->setStepMode(byPhase ? TimelineController::StepMode::Phase : TimelineController::StepMode::Month);
    QTest::keyClick(m_window, Qt::Key(key));
    QCOMPARE(m_timeline->date(), expected);
    QCOMPARE(m_window->mapWidget()->scene().date, expected);
}

void TestBriefingWindow::spaceTogglesPlayback()
{
    QSignalSpy playing(m_timeline, &TimelineController::playingChanged);
    QTest::keyClick(m_window, Qt::Key_Space);
    QVERIFY(m_timeline->isPlaying());
    QTest::keyClick(m_window, Qt::Key_Space);
    QVERIFY(!m_timeline->isPlaying());
    QCOMPARE(playing.count(), 2);
}

void TestBriefingWindow::openingsAreEmphasised()
{
    // Stepping across the end of 2023 opens the phase-1 offices the sources date only to 2022/2023.
    m_timeline->setDate(QDate(2023, 11, 30));
    QVERIFY(m_window->mapWidget()->scene().emphasisedOfficeIds.contains(QStringLiteral("laholm")));
    QTest::keyClick(m_window, Qt::Key_Right);
    // Set SERVICEKARTA_SCREENSHOT_DIR to look at the briefing as an audience sees it.
    if (const QString folder = qEnvironmentVariable("SERVICEKARTA_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QTest::qWait(500);
        m_window->grab().save(folder + QStringLiteral("/briefing.png"));
    }
    const QSet<QString> emphasised = m_window->mapWidget()->scene().emphasisedOfficeIds;
    QVERIFY(emphasised.contains(QStringLiteral("finspang")));
    QVERIFY(!emphasised.contains(QStringLiteral("laholm"))); // opened in May 2022
    // Going back emphasises nothing.
    QTest::keyClick(m_window, Qt::Key_Left);
    QVERIFY(m_window->mapWidget()->scene().emphasisedOfficeIds.isEmpty());
}

void TestBriefingWindow::escapeLeaves()
{
    QSignalSpy closed(m_window.data(), &BriefingWindow::closed);
    m_timeline->play();
    QTest::keyClick(m_window, Qt::Key_Escape);
    QCOMPARE(closed.count(), 1);
    QVERIFY(!m_timeline->isPlaying());
    QTRY_VERIFY(m_window.isNull()); // deleted on close
}

void TestBriefingWindow::presenterViewKeepsNotesOffTheMap()
{
    if (m_window->notesOnOwnScreen())
        QSKIP("a second screen takes the notes");
    QVERIFY(!m_window->notes()->isVisible());
    QTest::keyClick(m_window, Qt::Key_N);
    QVERIFY(m_window->isPresenterView());
    QVERIFY(m_window->notes()->isVisible());
    QVERIFY(!m_window->notes()->plainText().isEmpty());
    // Beside the map, never over it.
    const QRect map = m_window->mapWidget()->geometry();
    const QRect notes = m_window->notes()->geometry();
    QVERIFY(!map.intersects(notes));
    QVERIFY(notes.width() > m_window->width() / 4);
    // In the map's style: dark notes for a dark map.
    QTest::keyClick(m_window, Qt::Key_D);
    QVERIFY(m_window->notes()->styleSheet().contains(MapStyle::dark().panel.name()));
    // Set SERVICEKARTA_SCREENSHOT_DIR to look at the presenter view.
    if (const QString folder = qEnvironmentVariable("SERVICEKARTA_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QTest::qWait(500);
        m_window->grab().save(folder + QStringLiteral("/briefing-presenter-view.png"));
    }
    QTest::keyClick(m_window, Qt::Key_D);
    QVERIFY(m_window->notes()->styleSheet().contains(MapStyle::light().panel.name()));
    if (const QString folder = qEnvironmentVariable("SERVICEKARTA_SCREENSHOT_DIR"); !folder.isEmpty()) {
        QTest::qWait(500);
        m_window->grab().save(folder + QStringLiteral("/briefing-presenter-view-light.png"));
    }
    QTest::keyClick(m_window, Qt::Key_N);
    QVERIFY(!m_window->isPresenterView());
    QVERIFY(!m_window->notes()->isVisible());
}

void TestBriefingWindow::filterAndScenarioReachTheBriefing()
{
    OfficeFilter filter;
    filter.countyCodes = {QStringLiteral("25")};
    m_window->setFilter(filter);
    m_window->setScenarioNotice(QStringLiteral("Norr"), QStringLiteral("norr.gpkg, saved 7 December 2026 10:00"));
    const MapScene &scene = m_window->mapWidget()->scene();
    QCOMPARE(scene.filterDescription, QStringLiteral("Norrbottens län"));
    QCOMPARE(scene.municipalityTotal, 14);
    QCOMPARE(scene.scenarioName, QStringLiteral("Norr"));
    QVERIFY(scene.counts.open() < 20);
}

QTEST_MAIN(TestBriefingWindow)
#include "tst_briefingwindow.moc"
