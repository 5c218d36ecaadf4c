// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/regions/regionsummary.h"

#include <QDate>

#include <vector>

namespace sk {

// Every FA region (FA15) and every county on one date, each ordered by code.
struct RegionSnapshot
{
    QDate date;
    std::vector<RegionSummary> faRegions;
    std::vector<RegionSummary> counties;

    // The FA regions with no open office: the SOU 2018:43 criterion for where an office is needed.
    std::vector<RegionSummary> faRegionsWithoutOffice() const;
    int faRegionsWithOffice() const;
};

} // namespace sk
