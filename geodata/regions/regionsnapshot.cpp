// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "regionsnapshot.h"

#include <algorithm>

namespace sk {

std::vector<RegionSummary> RegionSnapshot::faRegionsWithoutOffice() const
{
    std::vector<RegionSummary> without;
    std::copy_if(faRegions.begin(), faRegions.end(), std::back_inserter(without),
                 [](const RegionSummary &region) { return !region.hasOffice(); });
    return without;
}

int RegionSnapshot::faRegionsWithOffice() const
{
    return static_cast<int>(std::count_if(faRegions.begin(), faRegions.end(),
                                          [](const RegionSummary &region) { return region.hasOffice(); }));
}

} // namespace sk
