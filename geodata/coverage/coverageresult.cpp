// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coverageresult.h"

#include <algorithm>

namespace sk {

const CoverageBand *CoverageResult::band(double km) const
{
    const auto it = std::find_if(bands.begin(), bands.end(), [km](const CoverageBand &band) { return band.km == km; });
    return it == bands.end() ? nullptr : &*it;
}

std::vector<MunicipalityCoverage> CoverageResult::farthest(int count) const
{
    std::vector<MunicipalityCoverage> sorted = municipalities;
    std::stable_sort(sorted.begin(), sorted.end(), [](const MunicipalityCoverage &a, const MunicipalityCoverage &b) {
        return a.seatDistanceKm > b.seatDistanceKm;
    });
    sorted.resize(std::min(sorted.size(), static_cast<size_t>(std::max(0, count))));
    return sorted;
}

} // namespace sk
