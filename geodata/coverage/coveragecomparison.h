// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coverageresult.h"
#include "geodata/offices/rollout.h"

#include <vector>

namespace sk {

// What changed between two dates.
struct CoverageComparison
{
    CoverageResult before;
    CoverageResult after;
    std::vector<CoverageBand> bandDeltas; // after minus before, people and share per band
    std::vector<MunicipalityCoverage> firstOffices; // had no open office before, have one after (as after)
    double broughtWithinKm = 20;
    // People farther than broughtWithinKm before and within it after.
    double peopleBroughtWithin = 0;
};

// What one phase of the expansion added: from the day before its band to the band's last day.
struct PhaseCoverage
{
    PhaseBand band;
    CoverageComparison change;
};

} // namespace sk
