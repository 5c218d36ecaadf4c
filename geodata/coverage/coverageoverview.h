// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/coveragecomparison.h"

#include <QDate>

#include <vector>

namespace sk {

// One month of the coverage chart.
struct CoverageSeriesPoint
{
    QDate date;
    double within10KmShare = 0; // of the population, 0–1
    double within20KmShare = 0;
    int municipalitiesWithOffice = 0;
    int municipalitiesTotal = 0;
    // Offices open for certain, and with those that may already have opened or not yet closed.
    int officesOpen = 0;
    int officesOpenMax = 0;
};

// The whole timeline at a glance: coverage at the end of every month, and what each phase added (people brought
// within 20 km, municipalities that got their first office). Independent of the panel's editable bands.
struct CoverageOverview
{
    std::vector<CoverageSeriesPoint> series;
    std::vector<PhaseCoverage> phases;

    // The rollout's first date, then the last day of every month up to its last date. Slow (one calculation per
    // month): run it off the GUI thread.
    static CoverageOverview compute(const CoverageCalculator &calculator);
};

} // namespace sk
