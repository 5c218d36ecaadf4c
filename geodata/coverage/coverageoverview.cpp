// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coverageoverview.h"

namespace sk {

CoverageOverview CoverageOverview::compute(const CoverageCalculator &calculator)
{
    CoverageCalculator fixedBands = calculator;
    fixedBands.setBandsKm({10, 20});
    const Rollout &rollout = fixedBands.rollout();
    std::vector<QDate> dates{rollout.firstDate()};
    for (QDate month(rollout.firstDate().year(), rollout.firstDate().month(), 1); month <= rollout.lastDate();
         month = month.addMonths(1)) {
        const QDate monthEnd = month.addMonths(1).addDays(-1);
        if (monthEnd > dates.back())
            dates.push_back(std::min(monthEnd, rollout.lastDate()));
    }

    CoverageOverview overview;
    for (const QDate &date : dates) {
        const CoverageResult result = fixedBands.at(date);
        overview.series.push_back({date, result.band(10)->share, result.band(20)->share,
                                   result.municipalitiesWithOffice, result.municipalitiesTotal()});
    }
    overview.phases = fixedBands.phaseSummary();
    return overview;
}

} // namespace sk
