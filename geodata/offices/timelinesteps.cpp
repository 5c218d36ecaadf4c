// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "timelinesteps.h"

#include <algorithm>
#include <set>

namespace sk {

QDate TimelineSteps::monthEnd(QDate date)
{
    return QDate(date.year(), date.month(), date.daysInMonth());
}

int TimelineSteps::monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

std::vector<QDate> TimelineSteps::monthEnds(QDate first, QDate last)
{
    std::vector<QDate> ends;
    if (!first.isValid() || !last.isValid() || last < first)
        return ends;
    for (QDate end = monthEnd(first); end < last; end = monthEnd(end.addDays(1)))
        ends.push_back(end);
    ends.push_back(monthEnd(last));
    return ends;
}

std::vector<QDate> TimelineSteps::dates(QDate from, QDate to, Step step, const std::vector<QDate> &phaseBoundaries)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    std::set<QDate> dates{from, to};
    const std::vector<QDate> stops = step == Step::Month ? monthEnds(from, to) : phaseBoundaries;
    for (QDate stop : stops) {
        if (stop > from && stop < to)
            dates.insert(stop);
    }
    return {dates.begin(), dates.end()};
}

QDate TimelineSteps::stepStart(QDate date, Step step, const std::vector<QDate> &phaseBoundaries, QDate first)
{
    if (step == Step::Phase)
        return previous(phaseBoundaries, date, first);
    return monthEnd(date.addMonths(-1));
}

QDate TimelineSteps::next(const std::vector<QDate> &stops, QDate date, QDate fallback)
{
    const auto next = std::upper_bound(stops.begin(), stops.end(), date);
    return next == stops.end() ? fallback : *next;
}

QDate TimelineSteps::previous(const std::vector<QDate> &stops, QDate date, QDate fallback)
{
    const auto next = std::lower_bound(stops.begin(), stops.end(), date);
    return next == stops.begin() ? fallback : *std::prev(next);
}

} // namespace sk
