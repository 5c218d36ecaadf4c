// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "timelinecontroller.h"

#include "widgets/timeline/timelinelogging.h"

#include "geodata/offices/timelinesteps.h"

#include <algorithm>

namespace sk {

TimelineController::TimelineController(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(m_frameInterval);
    connect(&m_timer, &QTimer::timeout, this, &TimelineController::advance);
}

void TimelineController::setRange(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid()) {
        qCWarning(lcTimeline) << "range" << first << "to" << last << "ignored: both ends must be dates";
        return;
    }
    if (last < first)
        std::swap(first, last);
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    m_monthSteps = TimelineSteps::monthEnds(first, last);
    Q_EMIT rangeChanged();
    setDate(m_date.isValid() ? m_date : first);
}

void TimelineController::setPhaseBoundaries(std::vector<QDate> boundaries)
{
    std::erase_if(boundaries, [](QDate date) { return !date.isValid(); });
    std::sort(boundaries.begin(), boundaries.end());
    boundaries.erase(std::unique(boundaries.begin(), boundaries.end()), boundaries.end());
    if (boundaries == m_phaseBoundaries)
        return;
    m_phaseBoundaries = std::move(boundaries);
    Q_EMIT phaseBoundariesChanged();
}

int TimelineController::stepIndex() const
{
    if (m_monthSteps.empty() || !m_date.isValid())
        return -1;
    const int index = TimelineSteps::monthsBetween(m_monthSteps.front(), m_date);
    return std::clamp(index, 0, static_cast<int>(m_monthSteps.size()) - 1);
}

QDate TimelineController::stepStart(QDate date) const
{
    return TimelineSteps::stepStart(
            date, m_stepMode == StepMode::Phase ? TimelineSteps::Step::Phase : TimelineSteps::Step::Month,
            m_phaseBoundaries, m_first);
}

void TimelineController::setStepMode(StepMode mode)
{
    if (mode == m_stepMode)
        return;
    m_stepMode = mode;
    Q_EMIT stepModeChanged(mode);
}

QDate TimelineController::clamped(QDate date) const
{
    return hasRange() ? std::clamp(date, m_first, m_last) : date;
}

void TimelineController::setDate(QDate date)
{
    if (!date.isValid()) {
        qCWarning(lcTimeline) << "an invalid date was ignored; the timeline stays at" << m_date;
        return;
    }
    date = clamped(date);
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged(date);
}

void TimelineController::stepForward()
{
    if (m_stepMode == StepMode::Month)
        nextMonth();
    else
        nextPhaseBoundary();
}

void TimelineController::stepBackward()
{
    if (m_stepMode == StepMode::Month)
        previousMonth();
    else
        previousPhaseBoundary();
}

void TimelineController::nextMonth()
{
    if (!hasRange())
        return;
    setDate(TimelineSteps::next(m_monthSteps, m_date, m_last));
}

void TimelineController::previousMonth()
{
    if (!hasRange())
        return;
    setDate(TimelineSteps::previous(m_monthSteps, m_date, m_first));
}

void TimelineController::nextPhaseBoundary()
{
    if (!hasRange())
        return;
    setDate(TimelineSteps::next(m_phaseBoundaries, m_date, m_last));
}

void TimelineController::previousPhaseBoundary()
{
    if (!hasRange())
        return;
    setDate(TimelineSteps::previous(m_phaseBoundaries, m_date, m_first));
}

void TimelineController::goToStart()
{
    setDate(m_first);
}

void TimelineController::goToEnd()
{
    setDate(m_last);
}

void TimelineController::play()
{
    if (isPlaying() || !hasRange() || m_first == m_last)
        return;
    if (m_date >= m_last)
        goToStart();
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void TimelineController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void TimelineController::togglePlayback()
{
    if (isPlaying())
        pause();
    else
        play();
}

void TimelineController::setLooping(bool looping)
{
    if (looping == m_looping)
        return;
    m_looping = looping;
    Q_EMIT loopingChanged(looping);
}

void TimelineController::setFrameInterval(int milliseconds)
{
    milliseconds = std::max(1, milliseconds);
    if (milliseconds == m_frameInterval)
        return;
    m_frameInterval = milliseconds;
    m_timer.setInterval(milliseconds);
    Q_EMIT frameIntervalChanged(milliseconds);
}

void TimelineController::advance()
{
    if (!isPlaying())
        return;
    // A looping run shows the last date for a whole frame before wrapping; a single run stops as soon as it gets there.
    if (m_date >= m_last && m_looping) {
        goToStart();
        return;
    }
    stepForward();
    if (m_date >= m_last && !m_looping) {
        pause();
        Q_EMIT finished();
    }
}

} // namespace sk
