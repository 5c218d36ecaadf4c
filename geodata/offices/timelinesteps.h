// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QDate>

#include <vector>

namespace sk {

// How the timeline steps: by month ends or by phase boundaries (Rollout::phaseBoundaries()). The animation, the
// briefing, the notes and the frame exports all take their dates from here.
class TimelineSteps
{
public:
    enum class Step { Month, Phase };

    static QDate monthEnd(QDate date);
    // Whole months from date `from`'s month to date `to`'s month.
    static int monthsBetween(QDate from, QDate to);
    // The last day of every month from first's month to last's month, ascending.
    static std::vector<QDate> monthEnds(QDate first, QDate last);
    // The dates of an animation or frame export: from `from` to `to`, both included, and every month end or phase
    // boundary between them.
    static std::vector<QDate> dates(QDate from, QDate to, Step step, const std::vector<QDate> &phaseBoundaries);
    // Where the step that ends on `date` begins: the month end before it, or the phase boundary before it (the
    // first date when there is none).
    static QDate stepStart(QDate date, Step step, const std::vector<QDate> &phaseBoundaries, QDate first);
    // The next and previous stop after/before `date` among ascending `stops`, or `fallback` when there is none.
    static QDate next(const std::vector<QDate> &stops, QDate date, QDate fallback);
    static QDate previous(const std::vector<QDate> &stops, QDate date, QDate fallback);
};

} // namespace sk
