// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "rollout.h"

#include <QSet>

#include <algorithm>
#include <set>

namespace sk {

QDate Rollout::takeoverDate()
{
    return QDate(2019, 6, 1);
}

QDate Rollout::orderDate()
{
    return QDate(2021, 5, 25);
}

int Rollout::phaseYear(int phase)
{
    return orderDate().year() + phase;
}

int Rollout::phaseOfYear(int year)
{
    return std::clamp(year - orderDate().year(), 1, 9);
}

PhaseBand Rollout::phaseBand(int phase)
{
    const int year = phaseYear(phase);
    return PhaseBand{phase, QDate(year, 1, 1), QDate(year, 12, 31)};
}

OfficeStatus Rollout::plannedStatus(int phase)
{
    if (phase <= 1)
        return OfficeStatus::PlannedPhase1;
    return phase < laterPhase ? OfficeStatus::PlannedPhase2 : OfficeStatus::PlannedLater;
}

std::pair<QDate, QDate> Rollout::openingWindow(const Office &office)
{
    if (office.status2021 == Status2021::Open && !office.opened)
        return {};
    QDate first;
    QDate last;
    if (office.opened) {
        first = office.opened->first();
        last = office.opened->last();
    } else {
        const PhaseBand band = phaseBand(office.status2021 == Status2021::Planned ? std::max(1, office.phase) : 1);
        first = office.status2021 == Status2021::Planned ? band.start : orderDate();
        last = band.end;
    }
    if (office.status2021 == Status2021::Open) {
        // Open on 25 May 2021: opened by then at the latest, whatever the interval says.
        last = last.isValid() ? std::min(last, orderDate()) : orderDate();
        if (!first.isValid())
            first = std::min(takeoverDate(), last);
    } else {
        first = std::max(first, orderDate().addDays(1));
    }
    if (last.isValid())
        first = std::min(first, last);
    return {first, last};
}

OfficeState Rollout::stateAt(const Office &office, QDate date)
{
    OfficeState state;
    if (office.closed) {
        const QDate closedLast = office.closed->last();
        if (closedLast.isValid() && date >= closedLast) {
            state.status = OfficeStatus::Closed;
            return state;
        }
        if (office.closed->interval().contains(date) && office.closed->first() != closedLast)
            state.pendingClosing = office.closed->interval();
    }
    const auto [first, last] = openingWindow(office);
    const bool openBeforeTimeline = !first.isValid() && !last.isValid();
    if (openBeforeTimeline || (last.isValid() && date >= last)) {
        state.status = OfficeStatus::Open;
        return state;
    }
    if (date >= first && (!last.isValid() || first < last))
        state.pendingOpening = DateInterval{first, last};

    switch (office.status2021) {
    case Status2021::Open:
        state.status = date >= first ? OfficeStatus::Establishing : OfficeStatus::NotYetKnown;
        break;
    case Status2021::Establishing:
        state.status = date >= orderDate() ? OfficeStatus::Establishing : OfficeStatus::NotYetKnown;
        break;
    case Status2021::Planned:
        state.status = date < orderDate() ? OfficeStatus::NotYetKnown : plannedStatus(office.phase);
        break;
    }
    if (state.status == OfficeStatus::NotYetKnown) {
        state.pendingOpening.reset();
        state.pendingClosing.reset();
    }
    return state;
}

StatusCounts Rollout::count(const std::vector<Office> &offices, const std::vector<OfficeState> &states)
{
    StatusCounts counts;
    QSet<QString> municipalities;
    QSet<QString> maybeMunicipalities;
    for (size_t i = 0; i < offices.size() && i < states.size(); ++i) {
        const OfficeState &state = states[i];
        ++counts.byStatus[static_cast<size_t>(state.status)];
        const bool open = state.status == OfficeStatus::Open;
        if (open && !state.pendingClosing)
            municipalities.insert(offices[i].municipalityCode);
        if (open || state.pendingOpening)
            maybeMunicipalities.insert(offices[i].municipalityCode);
        if (state.pendingOpening)
            ++counts.openingPending;
        else if (open && state.pendingClosing)
            ++counts.closingPending;
    }
    counts.municipalitiesWithOffice = static_cast<int>(municipalities.size());
    counts.municipalitiesWithOfficeMax = static_cast<int>(maybeMunicipalities.size());
    return counts;
}

Rollout::Rollout(std::vector<Office> offices)
    : m_offices(std::move(offices))
{
    for (const Office &office : m_offices) {
        for (const std::optional<PartialDate> &event : {office.opened, office.closed}) {
            if (event)
                m_lastDate = std::max({m_lastDate, event->first(), event->last()});
        }
        if (office.status2021 == Status2021::Planned)
            m_lastDate = std::max(m_lastDate, phaseBand(office.phase).end);
    }
}

std::vector<OfficeState> Rollout::statesAt(QDate date) const
{
    std::vector<OfficeState> states;
    states.reserve(m_offices.size());
    for (const Office &office : m_offices)
        states.push_back(stateAt(office, date));
    return states;
}

StatusCounts Rollout::countsAt(QDate date) const
{
    return count(m_offices, statesAt(date));
}

std::vector<PhaseBand> Rollout::phaseBands() const
{
    std::set<int> phases;
    for (const Office &office : m_offices) {
        if (office.phase > 0)
            phases.insert(office.phase);
    }
    std::vector<PhaseBand> bands;
    for (int phase : phases)
        bands.push_back(phaseBand(phase));
    return bands;
}

std::vector<QDate> Rollout::phaseBoundaries() const
{
    const std::vector<PhaseBand> bands = phaseBands();
    if (bands.empty())
        return {};
    std::set<QDate> boundaries{orderDate()};
    for (const PhaseBand &band : bands)
        boundaries.insert(band.end);
    QDate lastPhaseOpening;
    QDate lastClosing;
    for (const Office &office : m_offices) {
        if (office.phase > 0)
            lastPhaseOpening = std::max(lastPhaseOpening, openingWindow(office).second);
        if (office.closed)
            lastClosing = std::max({lastClosing, office.closed->first(), office.closed->last()});
    }
    if (lastPhaseOpening > bands.back().end)
        boundaries.insert(QDate(lastPhaseOpening.year(), 12, 31));
    if (lastClosing > *boundaries.rbegin())
        boundaries.insert(m_lastDate);
    return {boundaries.begin(), boundaries.end()};
}

} // namespace sk
