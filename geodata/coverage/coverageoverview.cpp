// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coverageoverview.h"

#include "geodata/offices/timelinesteps.h"

namespace sk {

CoverageOverview CoverageOverview::compute(const CoverageCalculator &calculator)
{
    CoverageCalculator fixedBands = calculator;
    fixedBands.setBandsKm({10, 20});
    const Rollout &rollout = fixedBands.rollout();
    CoverageOverview overview;
    for (const QDate &date :
         TimelineSteps::dates(rollout.firstDate(), rollout.lastDate(), TimelineSteps::Step::Month, {})) {
        const CoverageResult result = fixedBands.at(date);
        const StatusCounts counts = rollout.countsAt(date);
        overview.series.push_back({date, result.band(10)->share, result.band(20)->share,
                                   result.municipalitiesWithOffice, result.municipalitiesTotal(), counts.open(),
                                   counts.openMax()});
    }
    overview.phases = fixedBands.phaseSummary();
    return overview;
}

} // namespace sk
