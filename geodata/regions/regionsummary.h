// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coverageresult.h"

#include <QString>

#include <vector>

namespace sk {

// One FA region or county on one date: its offices, its municipalities and how near its people are to an office.
struct RegionSummary
{
    QString code;
    QString name;
    int officesOpen = 0;
    int municipalitiesWithOffice = 0;
    int municipalitiesTotal = 0;
    qint64 population = 0; // SCB, the sum over the region's municipalities
    // The people the population model places in the region; the bands' shares are of this (with the embedded model
    // it equals `population`).
    double modelPopulation = 0;
    std::vector<CoverageBand> bands; // cumulative, ascending by km, as in CoverageResult

    bool hasOffice() const { return officesOpen > 0; }
    const CoverageBand *band(double km) const;
};

} // namespace sk
