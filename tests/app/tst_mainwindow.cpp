#include "atlas.h"
#include "mainwindow.h"
#include "mapwidget.h"
#include "timelinecontroller.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

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

private:
    Atlas m_atlas;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::settingsRoundTrip()
{
    {
        MainWindow window(m_atlas);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.timeline()->setDate(QDate(2023, 3, 31));
        const QList<QAction *> actions = window.findChildren<QAction *>();
        auto dark = std::find_if(actions.begin(), actions.end(), [](QAction *a) { return a->isCheckable() && a->text().contains("Dark"); });
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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
