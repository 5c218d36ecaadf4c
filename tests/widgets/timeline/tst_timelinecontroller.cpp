// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/timeline/timelinecontroller.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using sk::TimelineController;
using StepMode = sk::TimelineController::StepMode;

namespace {

const QDate rolloutFirst(2019, 6, 1);
const QDate rolloutLast(2026, 12, 31);
const std::vector<QDate> rolloutBoundaries{QDate(2021, 12, 31), QDate(2022, 12, 31), QDate(2023, 12, 31)};

// The rollout's timeline, standing on `date`.
std::unique_ptr<TimelineController> rolloutTimeline(QDate date = rolloutFirst)
{
    auto controller = std::make_unique<TimelineController>();
    controller->setRange(rolloutFirst, rolloutLast);
    controller->setPhaseBoundaries(rolloutBoundaries);
    controller->setDate(date);
    return controller;
}

QList<QDate> datesOf(const QSignalSpy &spy)
{
    QList<QDate> dates;
    for (const QList<QVariant> &arguments : spy)
        dates.append(arguments.at(0).toDate());
    return dates;
}

} // namespace

class TimelineControllerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void monthSteps_data();
    void monthSteps();
    void setRangeClampsTheDate();
    void setDate_data();
    void setDate();
    void stepIndex_data();
    void stepIndex();
    void monthStepping_data();
    void monthStepping();
    void monthSteppingStopsAtARangeEndingMidMonth();
    void phaseStepping_data();
    void phaseStepping();
    void phaseSteppingWithoutBoundariesGoesToTheEnds();
    void stepStart_data();
    void stepStart();
    void goToStartAndEnd();
    void unchangedDateEmitsNothing();
    void settingsEmitOnlyOnChange();
    void playbackStopsAtTheEnd_data();
    void playbackStopsAtTheEnd();
    void loopingPlaybackWrapsToTheStart();
    void playAtTheEndRewinds();
    void togglePlayback();
    void advanceWhilePausedDoesNothing();
    void timerDrivesPlayback();
};

void TimelineControllerTest::defaults()
{
    TimelineController controller;
    QVERIFY(!controller.date().isValid());
    QVERIFY(controller.monthSteps().empty());
    QCOMPARE(controller.stepIndex(), -1);
    QCOMPARE(controller.stepMode(), StepMode::Month);
    QCOMPARE(controller.frameInterval(), 600);
    QVERIFY(!controller.isPlaying());
    QVERIFY(!controller.isLooping());

    controller.play();
    QVERIFY(!controller.isPlaying());
}

void TimelineControllerTest::monthSteps_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDate>("firstStep");
    QTest::addColumn<QDate>("lastStep");

    QTest::newRow("rollout") << rolloutFirst << rolloutLast << 91 << QDate(2019, 6, 30) << QDate(2026, 12, 31);
    QTest::newRow("month ends") << QDate(2021, 12, 31) << QDate(2023, 12, 31) << 25 << QDate(2021, 12, 31)
                                << QDate(2023, 12, 31);
    QTest::newRow("mid-month to leap February")
            << QDate(2019, 6, 15) << QDate(2020, 2, 10) << 9 << QDate(2019, 6, 30) << QDate(2020, 2, 29);
    QTest::newRow("one day") << QDate(2022, 3, 15) << QDate(2022, 3, 15) << 1 << QDate(2022, 3, 31)
                             << QDate(2022, 3, 31);
    QTest::newRow("reversed") << QDate(2020, 12, 31) << QDate(2020, 1, 1) << 12 << QDate(2020, 1, 31)
                              << QDate(2020, 12, 31);
}

void TimelineControllerTest::monthSteps()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, count);
    QFETCH(QDate, firstStep);
    QFETCH(QDate, lastStep);

    TimelineController controller;
    QSignalSpy rangeChanged(&controller, &TimelineController::rangeChanged);
    controller.setRange(first, last);
    QCOMPARE(rangeChanged.count(), 1);

    const std::vector<QDate> &steps = controller.monthSteps();
    QCOMPARE(static_cast<int>(steps.size()), count);
    QCOMPARE(steps.front(), firstStep);
    QCOMPARE(steps.back(), lastStep);
    for (size_t index = 0; index < steps.size(); ++index) {
        QCOMPARE(steps[index].day(), steps[index].daysInMonth());
        if (index > 0)
            QCOMPARE(steps[index], steps[index - 1].addDays(1).addMonths(1).addDays(-1));
    }
}

void TimelineControllerTest::setRangeClampsTheDate()
{
    TimelineController controller;
    QSignalSpy dateChanged(&controller, &TimelineController::dateChanged);
    controller.setRange(rolloutFirst, rolloutLast);
    QCOMPARE(controller.date(), rolloutFirst);

    controller.setDate(QDate(2026, 6, 30));
    controller.setRange(rolloutFirst, QDate(2023, 12, 31));
    QCOMPARE(controller.date(), QDate(2023, 12, 31));
    QCOMPARE(datesOf(dateChanged), (QList<QDate>{rolloutFirst, QDate(2026, 6, 30), QDate(2023, 12, 31)}));

    QSignalSpy rangeChanged(&controller, &TimelineController::rangeChanged);
    controller.setRange(rolloutFirst, QDate(2023, 12, 31));
    QCOMPARE(rangeChanged.count(), 0);
}

void TimelineControllerTest::setDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("inside") << QDate(2022, 3, 15) << QDate(2022, 3, 15);
    QTest::newRow("last day") << rolloutLast << rolloutLast;
    QTest::newRow("before the range") << QDate(2010, 1, 1) << rolloutFirst;
    QTest::newRow("after the range") << QDate(2030, 7, 1) << rolloutLast;
    QTest::newRow("invalid") << QDate() << QDate(2020, 5, 5);
}

void TimelineControllerTest::setDate()
{
    QFETCH(QDate, date);
    QFETCH(QDate, expected);

    auto controller = rolloutTimeline(QDate(2020, 5, 5));
    QSignalSpy dateChanged(controller.get(), &TimelineController::dateChanged);
    controller->setDate(date);
    QCOMPARE(controller->date(), expected);
    QCOMPARE(datesOf(dateChanged), expected == QDate(2020, 5, 5) ? QList<QDate>{} : QList<QDate>{expected});
}

void TimelineControllerTest::stepIndex_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("index");

    QTest::newRow("first day") << rolloutFirst << 0;
    QTest::newRow("first step") << QDate(2019, 6, 30) << 0;
    QTest::newRow("second month") << QDate(2019, 7, 1) << 1;
    QTest::newRow("mid-January 2022") << QDate(2022, 1, 15) << 31;
    QTest::newRow("last day") << rolloutLast << 90;
}

void TimelineControllerTest::stepIndex()
{
    QFETCH(QDate, date);
    QFETCH(int, index);

    auto controller = rolloutTimeline(date);
    QCOMPARE(controller->stepIndex(), index);
}

void TimelineControllerTest::monthStepping_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("next");
    QTest::addColumn<QDate>("previous");

    QTest::newRow("December into January") << QDate(2021, 12, 31) << QDate(2022, 1, 31) << QDate(2021, 11, 30);
    QTest::newRow("January back into December") << QDate(2022, 1, 31) << QDate(2022, 2, 28) << QDate(2021, 12, 31);
    QTest::newRow("mid-January") << QDate(2023, 1, 15) << QDate(2023, 1, 31) << QDate(2022, 12, 31);
    QTest::newRow("leap February") << QDate(2024, 1, 31) << QDate(2024, 2, 29) << QDate(2023, 12, 31);
    QTest::newRow("first day") << rolloutFirst << QDate(2019, 6, 30) << rolloutFirst;
    QTest::newRow("first step") << QDate(2019, 6, 30) << QDate(2019, 7, 31) << rolloutFirst;
    QTest::newRow("last day") << rolloutLast << rolloutLast << QDate(2026, 11, 30);
}

void TimelineControllerTest::monthStepping()
{
    QFETCH(QDate, date);
    QFETCH(QDate, next);
    QFETCH(QDate, previous);

    auto controller = rolloutTimeline(date);
    controller->nextMonth();
    QCOMPARE(controller->date(), next);
    controller->setDate(date);
    controller->previousMonth();
    QCOMPARE(controller->date(), previous);

    // Month mode steps the same way.
    controller->setDate(date);
    controller->stepForward();
    QCOMPARE(controller->date(), next);
    controller->setDate(date);
    controller->stepBackward();
    QCOMPARE(controller->date(), previous);
}

void TimelineControllerTest::monthSteppingStopsAtARangeEndingMidMonth()
{
    TimelineController controller;
    controller.setRange(QDate(2019, 6, 1), QDate(2020, 2, 10));
    controller.setDate(QDate(2020, 1, 31));
    controller.nextMonth();
    QCOMPARE(controller.date(), QDate(2020, 2, 10));
    controller.previousMonth();
    QCOMPARE(controller.date(), QDate(2020, 1, 31));
}

void TimelineControllerTest::phaseStepping_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("next");
    QTest::addColumn<QDate>("previous");

    QTest::newRow("before the phases") << QDate(2020, 5, 31) << QDate(2021, 12, 31) << rolloutFirst;
    QTest::newRow("on the first boundary") << QDate(2021, 12, 31) << QDate(2022, 12, 31) << rolloutFirst;
    QTest::newRow("inside phase 1") << QDate(2022, 6, 30) << QDate(2022, 12, 31) << QDate(2021, 12, 31);
    QTest::newRow("on the last boundary") << QDate(2023, 12, 31) << rolloutLast << QDate(2022, 12, 31);
    QTest::newRow("after the phases") << QDate(2025, 3, 31) << rolloutLast << QDate(2023, 12, 31);
    QTest::newRow("first day") << rolloutFirst << QDate(2021, 12, 31) << rolloutFirst;
    QTest::newRow("last day") << rolloutLast << rolloutLast << QDate(2023, 12, 31);
}

void TimelineControllerTest::phaseStepping()
{
    QFETCH(QDate, date);
    QFETCH(QDate, next);
    QFETCH(QDate, previous);

    auto controller = rolloutTimeline(date);
    controller->nextPhaseBoundary();
    QCOMPARE(controller->date(), next);
    controller->setDate(date);
    controller->previousPhaseBoundary();
    QCOMPARE(controller->date(), previous);

    QSignalSpy stepModeChanged(controller.get(), &TimelineController::stepModeChanged);
    controller->setStepMode(StepMode::Phase);
    QCOMPARE(stepModeChanged.count(), 1);
    QCOMPARE(stepModeChanged.at(0).at(0).value<StepMode>(), StepMode::Phase);
    controller->setDate(date);
    controller->stepForward();
    QCOMPARE(controller->date(), next);
    controller->setDate(date);
    controller->stepBackward();
    QCOMPARE(controller->date(), previous);
}

void TimelineControllerTest::phaseSteppingWithoutBoundariesGoesToTheEnds()
{
    TimelineController controller;
    controller.setRange(rolloutFirst, rolloutLast);
    controller.setDate(QDate(2022, 6, 30));
    controller.nextPhaseBoundary();
    QCOMPARE(controller.date(), rolloutLast);
    controller.previousPhaseBoundary();
    QCOMPARE(controller.date(), rolloutFirst);
}

void TimelineControllerTest::stepStart_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QDate>("start");

    QTest::newRow("month, month end") << int(StepMode::Month) << QDate(2022, 3, 31) << QDate(2022, 2, 28);
    QTest::newRow("month, mid-month") << int(StepMode::Month) << QDate(2022, 3, 15) << QDate(2022, 2, 28);
    QTest::newRow("month, into a leap February") << int(StepMode::Month) << QDate(2024, 3, 31) << QDate(2024, 2, 29);
    QTest::newRow("month, across the year") << int(StepMode::Month) << QDate(2023, 1, 31) << QDate(2022, 12, 31);
    QTest::newRow("phase, before the phases") << int(StepMode::Phase) << QDate(2020, 5, 31) << rolloutFirst;
    QTest::newRow("phase, on the first boundary") << int(StepMode::Phase) << QDate(2021, 12, 31) << rolloutFirst;
    QTest::newRow("phase, inside phase 2") << int(StepMode::Phase) << QDate(2023, 6, 30) << QDate(2022, 12, 31);
    QTest::newRow("phase, on the last boundary") << int(StepMode::Phase) << QDate(2023, 12, 31) << QDate(2022, 12, 31);
    QTest::newRow("phase, after the phases") << int(StepMode::Phase) << QDate(2026, 6, 30) << QDate(2023, 12, 31);
}

void TimelineControllerTest::stepStart()
{
    QFETCH(int, mode);
    QFETCH(QDate, date);
    QFETCH(QDate, start);

    auto controller = rolloutTimeline();
    controller->setStepMode(StepMode(mode));
    QCOMPARE(controller->stepStart(date), start);
}

void TimelineControllerTest::goToStartAndEnd()
{
    auto controller = rolloutTimeline(QDate(2022, 6, 30));
    QSignalSpy dateChanged(controller.get(), &TimelineController::dateChanged);
    controller->goToEnd();
    QCOMPARE(controller->date(), rolloutLast);
    controller->goToStart();
    QCOMPARE(controller->date(), rolloutFirst);
    QCOMPARE(datesOf(dateChanged), (QList<QDate>{rolloutLast, rolloutFirst}));
}

void TimelineControllerTest::unchangedDateEmitsNothing()
{
    auto controller = rolloutTimeline();
    QSignalSpy dateChanged(controller.get(), &TimelineController::dateChanged);
    controller->setDate(rolloutFirst);
    controller->setDate(QDate(2000, 1, 1));
    controller->setDate(QDate());
    controller->goToStart();
    controller->previousMonth();
    controller->previousPhaseBoundary();
    controller->setRange(rolloutFirst, rolloutLast);
    QCOMPARE(dateChanged.count(), 0);

    controller->goToEnd();
    controller->goToEnd();
    controller->nextMonth();
    controller->nextPhaseBoundary();
    controller->setDate(QDate(2100, 1, 1));
    QCOMPARE(datesOf(dateChanged), QList<QDate>{rolloutLast});
}

void TimelineControllerTest::settingsEmitOnlyOnChange()
{
    TimelineController controller;
    QSignalSpy loopingChanged(&controller, &TimelineController::loopingChanged);
    QSignalSpy frameIntervalChanged(&controller, &TimelineController::frameIntervalChanged);
    QSignalSpy stepModeChanged(&controller, &TimelineController::stepModeChanged);

    controller.setLooping(true);
    controller.setLooping(true);
    controller.setFrameInterval(300);
    controller.setFrameInterval(300);
    controller.setStepMode(StepMode::Month);

    QVERIFY(controller.isLooping());
    QCOMPARE(controller.frameInterval(), 300);
    QCOMPARE(loopingChanged.count(), 1);
    QCOMPARE(loopingChanged.at(0).at(0).toBool(), true);
    QCOMPARE(frameIntervalChanged.count(), 1);
    QCOMPARE(frameIntervalChanged.at(0).at(0).toInt(), 300);
    QCOMPARE(stepModeChanged.count(), 0);
}

void TimelineControllerTest::playbackStopsAtTheEnd_data()
{
    QTest::addColumn<StepMode>("stepMode");
    QTest::addColumn<QList<QDate>>("frames");

    QTest::newRow("months") << StepMode::Month
                            << QList<QDate>{QDate(2022, 10, 31), QDate(2022, 11, 30), QDate(2022, 12, 15)};
    QTest::newRow("phases") << StepMode::Phase << QList<QDate>{QDate(2022, 10, 31), QDate(2022, 12, 15)};
}

void TimelineControllerTest::playbackStopsAtTheEnd()
{
    QFETCH(StepMode, stepMode);
    QFETCH(QList<QDate>, frames);

    TimelineController controller;
    controller.setRange(QDate(2022, 10, 1), QDate(2022, 12, 15));
    controller.setPhaseBoundaries({QDate(2021, 12, 31), QDate(2022, 10, 31), QDate(2022, 12, 31)});
    controller.setStepMode(stepMode);
    QSignalSpy dateChanged(&controller, &TimelineController::dateChanged);
    QSignalSpy playingChanged(&controller, &TimelineController::playingChanged);
    QSignalSpy finished(&controller, &TimelineController::finished);

    controller.play();
    QVERIFY(controller.isPlaying());
    for (qsizetype frame = 0; frame < frames.size(); ++frame) {
        QVERIFY2(controller.isPlaying(), qPrintable(QStringLiteral("stopped before frame %1").arg(frame)));
        controller.advance();
    }
    QVERIFY(!controller.isPlaying());
    controller.advance();

    QCOMPARE(datesOf(dateChanged), frames);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(playingChanged.count(), 2);
    QCOMPARE(playingChanged.at(0).at(0).toBool(), true);
    QCOMPARE(playingChanged.at(1).at(0).toBool(), false);
}

void TimelineControllerTest::loopingPlaybackWrapsToTheStart()
{
    TimelineController controller;
    controller.setRange(QDate(2022, 10, 1), QDate(2022, 12, 31));
    controller.setLooping(true);
    QSignalSpy dateChanged(&controller, &TimelineController::dateChanged);
    QSignalSpy finished(&controller, &TimelineController::finished);

    controller.play();
    for (int frame = 0; frame < 5; ++frame)
        controller.advance();

    QVERIFY(controller.isPlaying());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(datesOf(dateChanged),
             (QList<QDate>{QDate(2022, 10, 31), QDate(2022, 11, 30), QDate(2022, 12, 31), QDate(2022, 10, 1),
                           QDate(2022, 10, 31)}));
}

void TimelineControllerTest::playAtTheEndRewinds()
{
    auto controller = rolloutTimeline(rolloutLast);
    QSignalSpy dateChanged(controller.get(), &TimelineController::dateChanged);
    controller->play();
    QVERIFY(controller->isPlaying());
    QCOMPARE(datesOf(dateChanged), QList<QDate>{rolloutFirst});
    controller->advance();
    QCOMPARE(controller->date(), QDate(2019, 6, 30));
}

void TimelineControllerTest::togglePlayback()
{
    auto controller = rolloutTimeline(QDate(2022, 6, 30));
    QSignalSpy playingChanged(controller.get(), &TimelineController::playingChanged);
    QSignalSpy dateChanged(controller.get(), &TimelineController::dateChanged);

    controller->togglePlayback();
    controller->play();
    QVERIFY(controller->isPlaying());
    controller->togglePlayback();
    controller->pause();
    QVERIFY(!controller->isPlaying());

    QCOMPARE(playingChanged.count(), 2);
    QCOMPARE(playingChanged.at(0).at(0).toBool(), true);
    QCOMPARE(playingChanged.at(1).at(0).toBool(), false);
    QCOMPARE(dateChanged.count(), 0);
}

void TimelineControllerTest::advanceWhilePausedDoesNothing()
{
    auto controller = rolloutTimeline(rolloutLast);
    QSignalSpy dateChanged(controller.get(), &TimelineController::dateChanged);
    QSignalSpy finished(controller.get(), &TimelineController::finished);
    controller->advance();
    QCOMPARE(dateChanged.count(), 0);
    QCOMPARE(finished.count(), 0);
}

// The timer's wiring; QTRY_ only waits here, it does not time anything.
void TimelineControllerTest::timerDrivesPlayback()
{
    TimelineController controller;
    controller.setRange(QDate(2022, 1, 1), QDate(2022, 12, 31));
    controller.setFrameInterval(1);
    QSignalSpy finished(&controller, &TimelineController::finished);
    controller.play();
    QTRY_VERIFY_WITH_TIMEOUT(!controller.isPlaying(), 60000);
    QCOMPARE(controller.date(), QDate(2022, 12, 31));
    QCOMPARE(finished.count(), 1);
}

QTEST_GUILESS_MAIN(TimelineControllerTest)
#include "tst_timelinecontroller.moc"
