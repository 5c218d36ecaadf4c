// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

#include <vector>

namespace sk {

// The timeline's state without any UI, after QGIS's QgsTemporalNavigationObject: a current date inside [first, last],
// monthly steps on the last day of each month, optional phase boundaries, and playback driven by a timer.
class TimelineController : public QObject
{
    Q_OBJECT

public:
    enum class StepMode { Month, Phase };
    Q_ENUM(StepMode)

    static constexpr int defaultFrameInterval = 600;

    explicit TimelineController(QObject *parent = nullptr);

    void setRange(QDate first, QDate last);
    QDate firstDate() const { return m_first; }
    QDate lastDate() const { return m_last; }
    // Ascending; may lie outside the range, stepping only stops at those inside it.
    void setPhaseBoundaries(std::vector<QDate> boundaries);
    const std::vector<QDate> &phaseBoundaries() const { return m_phaseBoundaries; }

    QDate date() const { return m_date; }
    // The last day of every month from first's month to last's month; the last step is last's month end even when
    // last falls earlier in that month (stepping there stops at last).
    const std::vector<QDate> &monthSteps() const { return m_monthSteps; }
    // The month step whose month contains date(), -1 without a range.
    int stepIndex() const;

    StepMode stepMode() const { return m_stepMode; }
    // Where the step that ends at `date` began, in the current step mode: the last phase boundary before `date` (or
    // the first date), or the end of the month before — what the briefing notes compare `date` with.
    QDate stepStart(QDate date) const;
    void setStepMode(StepMode mode);

    bool isPlaying() const { return m_timer.isActive(); }
    bool isLooping() const { return m_looping; }
    int frameInterval() const { return m_frameInterval; }

public Q_SLOTS:
    // Clamped to the range; any day is allowed.
    void setDate(QDate date);
    void stepForward();
    void stepBackward();
    void nextMonth();
    void previousMonth();
    // To the next/previous phase boundary inside the range, or to the range's end/start when there is none.
    void nextPhaseBoundary();
    void previousPhaseBoundary();
    void goToStart();
    void goToEnd();

    // Starting playback at the end rewinds to the start first.
    void play();
    void pause();
    void togglePlayback();
    void setLooping(bool looping);
    void setFrameInterval(int milliseconds);
    // One frame of playback: the timer's handler, public so that tests can drive playback without waiting.
    void advance();

Q_SIGNALS:
    void rangeChanged();
    void phaseBoundariesChanged();
    void dateChanged(QDate date);
    void stepModeChanged(sk::TimelineController::StepMode mode);
    void playingChanged(bool playing);
    void loopingChanged(bool looping);
    void frameIntervalChanged(int milliseconds);
    // Playback stopped by itself at the end of a range that does not loop.
    void finished();

private:
    bool hasRange() const { return m_first.isValid() && m_last.isValid(); }
    QDate clamped(QDate date) const;

    QDate m_first;
    QDate m_last;
    QDate m_date;
    std::vector<QDate> m_monthSteps;
    std::vector<QDate> m_phaseBoundaries;
    StepMode m_stepMode = StepMode::Month;
    bool m_looping = false;
    int m_frameInterval = defaultFrameInterval;
    QTimer m_timer;
};

} // namespace sk
