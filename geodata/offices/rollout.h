// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"
#include "geodata/offices/officestatus.h"

#include <QDate>

#include <array>
#include <vector>

namespace sk {

// A phase of the expansion and the year its offices are due to open in.
struct PhaseBand
{
    int phase = 0;
    QDate start;
    QDate end;
};

// Counts at one date. Where the data leaves an opening or closing open the count is a range: open() is what the
// data makes certain, openMax() adds every office that may already have opened or not yet closed.
struct StatusCounts
{
    std::array<int, 7> byStatus{};
    // Municipalities with an office open for certain, and with one that is open or may be.
    int municipalitiesWithOffice = 0;
    int municipalitiesWithOfficeMax = 0;
    // Offices whose opening falls in an interval that contains the date.
    int openingPending = 0;
    // Open offices whose closing falls in an interval that contains the date.
    int closingPending = 0;

    int count(OfficeStatus status) const { return byStatus[static_cast<size_t>(status)]; }
    int open() const { return count(OfficeStatus::Open) - closingPending; }
    int openMax() const { return count(OfficeStatus::Open) + openingPending; }
    bool isRange() const { return openingPending > 0 || closingPending > 0; }
    bool operator==(const StatusCounts &other) const = default;
};

// The rules that turn the reference data into a status at any date (documented in README.md):
// - an office open on 25 May 2021 without an opening date has been open since before June 2019;
// - an office establishing or planned on 25 May 2021 opens after that day: phase N within the year 2021 + N,
//   an establishing office without a date by the end of phase 1 (31 Dec 2022);
// - a partial date is an interval: an office counts as open from the last day of its opening interval, and as
//   closed from the last day of its closing interval; inside an interval its state says what is pending. An
//   interval with an open end never becomes certain.
class Rollout
{
public:
    // Phases from this one on are "later phases": planned beyond the two rounds the government ordered.
    static constexpr int laterPhase = 3;

    static QDate takeoverDate();
    static QDate orderDate();
    // The year phase N's offices are due to open in (2021 + N), and the phase of a year (at least 1).
    static int phaseYear(int phase);
    static int phaseOfYear(int year);
    static PhaseBand phaseBand(int phase);
    // The status of an office planned for `phase` before it opens.
    static OfficeStatus plannedStatus(int phase);
    // The interval in which the office opens; both ends invalid when it was open before the timeline starts, only
    // the last invalid when the data leaves the end open (it never opens for certain).
    static std::pair<QDate, QDate> openingWindow(const Office &office);
    static OfficeState stateAt(const Office &office, QDate date);
    static StatusCounts count(const std::vector<Office> &offices, const std::vector<OfficeState> &states);

    Rollout() = default;
    explicit Rollout(std::vector<Office> offices);

    const std::vector<Office> &offices() const { return m_offices; }
    std::vector<OfficeState> statesAt(QDate date) const;
    StatusCounts countsAt(QDate date) const;

    // The span of the timeline: from Statens servicecenter's takeover to the last date in the data.
    QDate firstDate() const { return takeoverDate(); }
    QDate lastDate() const { return m_lastDate; }
    std::vector<PhaseBand> phaseBands() const;
    // Where the phase steps end, ascending: the baseline of 25 May 2021, the last day of each phase, the end of the
    // year the last phase office may open in (when later than the last phase), and the end of the closures.
    std::vector<QDate> phaseBoundaries() const;

private:
    std::vector<Office> m_offices;
    QDate m_lastDate = QDate(2023, 12, 31);
};

} // namespace sk
