// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "regionsummary.h"

#include <algorithm>

namespace sk {

const CoverageBand *RegionSummary::band(double km) const
{
    const auto it = std::find_if(bands.begin(), bands.end(), [km](const CoverageBand &band) { return band.km == km; });
    return it == bands.end() ? nullptr : &*it;
}

} // namespace sk
