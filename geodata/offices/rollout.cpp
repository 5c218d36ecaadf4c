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

PhaseBand Rollout::phaseBand(int phase)
{
    const int year = orderDate().year() + phase;
    return PhaseBand{phase, QDate(year, 1, 1), QDate(year, 12, 31)};
}

std::pair<QDate, QDate> Rollout::openingWindow(const Office &office)
{
    QDate first = office.opened ? office.opened->first() : QDate();
    QDate last = office.opened ? office.opened->last() : QDate();
    if (office.status2021 == Status2021::Open) {
        if (!office.opened)
            return {};
        last = std::min(last, orderDate());
    } else {
        if (!office.opened) {
            const PhaseBand band = phaseBand(office.status2021 == Status2021::Planned ? std::max(1, office.phase) : 1);
            first = office.status2021 == Status2021::Planned ? band.start : orderDate();
            last = band.end;
        }
        first = std::max(first, orderDate().addDays(1));
    }
    first = std::min(first, last);
    return {first, last};
}

OfficeState Rollout::stateAt(const Office &office, QDate date)
{
    OfficeState state;
    if (office.closed) {
        if (date >= office.closed->last()) {
            state.status = OfficeStatus::Closed;
            return state;
        }
        if (date >= office.closed->first())
            state.pendingClosing = office.closed->interval();
    }
    const auto [first, last] = openingWindow(office);
    if (!last.isValid() || date >= last) {
        state.status = OfficeStatus::Open;
        return state;
    }
    if (date >= first && first < last)
        state.pendingOpening = DateInterval{first, last};

    switch (office.status2021) {
    case Status2021::Open:
        state.status = date >= first ? OfficeStatus::Establishing : OfficeStatus::NotYetKnown;
        break;
    case Status2021::Establishing:
        state.status = date >= orderDate() ? OfficeStatus::Establishing : OfficeStatus::NotYetKnown;
        break;
    case Status2021::Planned:
        if (date < orderDate())
            state.status = OfficeStatus::NotYetKnown;
        else if (office.phase <= 1)
            state.status = OfficeStatus::PlannedPhase1;
        else if (office.phase == 2)
            state.status = OfficeStatus::PlannedPhase2;
        else
            state.status = OfficeStatus::PlannedLater;
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
    for (size_t i = 0; i < offices.size() && i < states.size(); ++i) {
        ++counts.byStatus[static_cast<size_t>(states[i].status)];
        if (states[i].status == OfficeStatus::Open)
            municipalities.insert(offices[i].municipalityCode);
        if (states[i].pendingOpening)
            ++counts.openingPending;
    }
    counts.municipalitiesWithOffice = static_cast<int>(municipalities.size());
    return counts;
}

Rollout::Rollout(std::vector<Office> offices)
    : m_offices(std::move(offices))
{
    for (const Office &office : m_offices) {
        if (office.opened)
            m_lastDate = std::max(m_lastDate, office.opened->last());
        if (office.closed)
            m_lastDate = std::max(m_lastDate, office.closed->last());
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
    std::set<QDate> boundaries;
    for (const PhaseBand &band : phaseBands()) {
        boundaries.insert(band.start.addDays(-1));
        boundaries.insert(band.end);
    }
    return {boundaries.begin(), boundaries.end()};
}

} // namespace sk
