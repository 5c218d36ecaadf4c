// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/offices/rollout.h"
#include "widgets/timeline/timelinecontroller.h"
#include "widgets/timeline/timelineslider.h"
#include "widgets/timeline/timelinewidget.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using sk::TimelineController;
using sk::TimelineSlider;
using sk::TimelineWidget;

namespace {

const QDate rolloutFirst(2019, 6, 1);
const QDate rolloutLast(2026, 12, 31);

QDate monthEnd(QDate date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

} // namespace

class TimelineWidgetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keyboard_data();
    void keyboard();
    void spaceTogglesPlayback();
    void clickSetsADateInThatMonth_data();
    void clickSetsADateInThatMonth();
    void dragFollowsTheMouse();
    void dateLabelFollowsTheDate();
    void dateLabelFollowsTheDefaultLocale();
    void controlsDriveTheController();
    void controlsFollowTheController();
    void slider();
    void withoutController();

private:
    TimelineSlider *timelineSlider() const { return m_widget->findChild<TimelineSlider *>(); }
    QLabel *dateLabel() const { return m_widget->findChild<QLabel *>(QStringLiteral("dateLabel")); }

    std::unique_ptr<TimelineController> m_controller;
    std::unique_ptr<TimelineWidget> m_widget;
};

void TimelineWidgetTest::initTestCase()
{
    // The date label follows the default locale; the expectations are in English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TimelineWidgetTest::init()
{
    m_controller = std::make_unique<TimelineController>();
    m_controller->setRange(rolloutFirst, rolloutLast);
    m_controller->setPhaseBoundaries({QDate(2021, 12, 31), QDate(2022, 12, 31), QDate(2023, 12, 31)});
    m_widget = std::make_unique<TimelineWidget>(m_controller.get());
    m_widget->setPhaseBands({sk::Rollout::phaseBand(1), sk::Rollout::phaseBand(2)});
    m_widget->resize(1000, m_widget->sizeHint().height());
    m_widget->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
}

void TimelineWidgetTest::cleanup()
{
    m_widget.reset();
    m_controller.reset();
}

void TimelineWidgetTest::keyboard_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("Right") << QDate(2019, 12, 31) << Qt::Key_Right << QDate(2020, 1, 31);
    QTest::newRow("Left") << QDate(2020, 1, 31) << Qt::Key_Left << QDate(2019, 12, 31);
    QTest::newRow("PageDown") << QDate(2020, 1, 31) << Qt::Key_PageDown << QDate(2021, 12, 31);
    QTest::newRow("PageDown inside a phase") << QDate(2022, 3, 31) << Qt::Key_PageDown << QDate(2022, 12, 31);
    QTest::newRow("PageUp") << QDate(2023, 6, 30) << Qt::Key_PageUp << QDate(2022, 12, 31);
    QTest::newRow("End") << QDate(2022, 3, 31) << Qt::Key_End << rolloutLast;
    QTest::newRow("Home") << QDate(2022, 3, 31) << Qt::Key_Home << rolloutFirst;
}

void TimelineWidgetTest::keyboard()
{
    QFETCH(QDate, date);
    QFETCH(Qt::Key, key);
    QFETCH(QDate, expected);

    m_controller->setDate(date);
    QTest::keyClick(timelineSlider(), key);
    QCOMPARE(m_controller->date(), expected);
}

void TimelineWidgetTest::spaceTogglesPlayback()
{
    auto *playButton = m_widget->findChild<QToolButton *>(QStringLiteral("playButton"));
    QCOMPARE(playButton->accessibleName(), QStringLiteral("Play"));

    QTest::keyClick(timelineSlider(), Qt::Key_Space);
    QVERIFY(m_controller->isPlaying());
    QCOMPARE(playButton->accessibleName(), QStringLiteral("Pause"));
    QVERIFY(playButton->toolTip().contains(QStringLiteral("Space")));

    QTest::keyClick(timelineSlider(), Qt::Key_Space);
    QVERIFY(!m_controller->isPlaying());
    QCOMPARE(playButton->accessibleName(), QStringLiteral("Play"));
}

void TimelineWidgetTest::clickSetsADateInThatMonth_data()
{
    QTest::addColumn<QDate>("target");

    QTest::newRow("first month") << QDate(2019, 6, 15);
    QTest::newRow("in phase 1") << QDate(2022, 3, 15);
    QTest::newRow("leap February") << QDate(2024, 2, 14);
    QTest::newRow("last month") << QDate(2026, 12, 15);
}

void TimelineWidgetTest::clickSetsADateInThatMonth()
{
    QFETCH(QDate, target);

    TimelineSlider *slider = timelineSlider();
    const QPoint position(qRound(slider->positionOf(target)), slider->height() / 2);
    QTest::mouseClick(slider, Qt::LeftButton, {}, position);
    QCOMPARE(m_controller->date(), monthEnd(target));
}

void TimelineWidgetTest::dragFollowsTheMouse()
{
    TimelineSlider *slider = timelineSlider();
    const int y = slider->height() / 2;
    QTest::mousePress(slider, Qt::LeftButton, {}, QPoint(qRound(slider->positionOf(QDate(2020, 4, 15))), y));
    QCOMPARE(m_controller->date(), QDate(2020, 4, 30));
    QTest::mouseMove(slider, QPoint(qRound(slider->positionOf(QDate(2023, 9, 15))), y));
    QCOMPARE(m_controller->date(), QDate(2023, 9, 30));
    QTest::mouseRelease(slider, Qt::LeftButton, {}, QPoint(qRound(slider->positionOf(QDate(2023, 9, 15))), y));
    QTest::mouseMove(slider, QPoint(qRound(slider->positionOf(QDate(2025, 9, 15))), y));
    QCOMPARE(m_controller->date(), QDate(2023, 9, 30));
}

void TimelineWidgetTest::dateLabelFollowsTheDate()
{
    QCOMPARE(dateLabel()->text(), QStringLiteral("1 June 2019"));
    m_controller->setDate(QDate(2022, 3, 31));
    QCOMPARE(dateLabel()->text(), QStringLiteral("31 March 2022"));
    QTest::keyClick(timelineSlider(), Qt::Key_End);
    QCOMPARE(dateLabel()->text(), QStringLiteral("31 December 2026"));
}

void TimelineWidgetTest::dateLabelFollowsTheDefaultLocale()
{
    const QLocale original;
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    m_controller->setDate(QDate(2022, 3, 31));
    const QString text = dateLabel()->text();
    QLocale::setDefault(original);
    QCOMPARE(text, QStringLiteral("31 mars 2022"));
}

void TimelineWidgetTest::controlsDriveTheController()
{
    m_widget->findChild<QToolButton *>(QStringLiteral("loopButton"))->click();
    QVERIFY(m_controller->isLooping());

    m_widget->findChild<QToolButton *>(QStringLiteral("playButton"))->click();
    QVERIFY(m_controller->isPlaying());

    auto *speedCombo = m_widget->findChild<QComboBox *>(QStringLiteral("speedCombo"));
    QCOMPARE(speedCombo->currentText(), QStringLiteral("1×"));
    speedCombo->setCurrentIndex(speedCombo->findText(QStringLiteral("4×")));
    QCOMPARE(m_controller->frameInterval(), 150);
    speedCombo->setCurrentIndex(speedCombo->findText(QStringLiteral("0.5×")));
    QCOMPARE(m_controller->frameInterval(), 1200);

    auto *stepModeCombo = m_widget->findChild<QComboBox *>(QStringLiteral("stepModeCombo"));
    stepModeCombo->setCurrentIndex(stepModeCombo->findText(QStringLiteral("Phases")));
    QCOMPARE(m_controller->stepMode(), TimelineController::StepMode::Phase);
}

void TimelineWidgetTest::controlsFollowTheController()
{
    m_controller->setLooping(true);
    QVERIFY(m_widget->findChild<QToolButton *>(QStringLiteral("loopButton"))->isChecked());

    m_controller->setFrameInterval(280);
    QCOMPARE(m_widget->findChild<QComboBox *>(QStringLiteral("speedCombo"))->currentText(), QStringLiteral("2×"));
    QCOMPARE(m_controller->frameInterval(), 280);

    m_controller->setStepMode(TimelineController::StepMode::Phase);
    QCOMPARE(m_widget->findChild<QComboBox *>(QStringLiteral("stepModeCombo"))->currentText(),
             QStringLiteral("Phases"));
}

void TimelineWidgetTest::slider()
{
    TimelineSlider *slider = timelineSlider();
    QCOMPARE(slider->accessibleName(), QStringLiteral("Timeline"));
    QVERIFY(slider->sizeHint().height() >= 56);
    QVERIFY(slider->positionOf(rolloutFirst) < slider->positionOf(QDate(2022, 1, 1)));
    QVERIFY(slider->positionOf(QDate(2022, 1, 1)) < slider->positionOf(rolloutLast));
    QCOMPARE(slider->positionOf(QDate(2000, 1, 1)), slider->positionOf(rolloutFirst));
    QCOMPARE(slider->dateAt(slider->positionOf(rolloutLast)), rolloutLast);
    QCOMPARE(slider->monthStepAt(slider->width()), rolloutLast);
    QVERIFY(!m_widget->grab().isNull());
}

void TimelineWidgetTest::withoutController()
{
    TimelineWidget widget;
    widget.setPhaseBands({sk::Rollout::phaseBand(1)});
    widget.resize(600, widget.sizeHint().height());
    QVERIFY(!widget.grab().isNull());
    QVERIFY(!widget.findChild<QToolButton *>(QStringLiteral("playButton"))->isEnabled());
    QTest::keyClick(widget.findChild<TimelineSlider *>(), Qt::Key_Right);

    widget.setController(m_controller.get());
    QVERIFY(widget.findChild<QToolButton *>(QStringLiteral("playButton"))->isEnabled());
    QCOMPARE(widget.findChild<QLabel *>(QStringLiteral("dateLabel"))->text(), QStringLiteral("1 June 2019"));
}

QTEST_MAIN(TimelineWidgetTest)
#include "tst_timelinewidget.moc"
