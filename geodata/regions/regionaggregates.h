// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/populationmodel.h"
#include "geodata/offices/rollout.h"
#include "geodata/reference/referencedata.h"
#include "geodata/regions/regionsnapshot.h"

#include <QDate>

#include <vector>

namespace sk {

// Offices, municipalities with an office, population and coverage bands summed per FA region and per county.
// Everything that does not depend on the date is worked out once; each date then takes one office index and one
// nearest-office query per population point. Const and free of shared mutable state, like CoverageCalculator.
// A municipality without an FA code, an office whose municipality code is unknown and a population point outside
// the reference's municipalities count in no region (DataChecks reports such offices).
class RegionAggregates
{
public:
    RegionAggregates() = default;
    // With the embedded population model (PopulationModel::fromReference).
    RegionAggregates(const Rollout &rollout, const ReferenceData &reference);
    RegionAggregates(const Rollout &rollout, const ReferenceData &reference, const PopulationModel &population);

    // The calculator the regions share their office index and bands with, for national figures and comparisons.
    const CoverageCalculator &calculator() const { return m_calculator; }
    RegionSnapshot at(QDate date) const;

private:
    struct Grouping
    {
        std::vector<RegionSummary> regions; // the date-independent fields, bands at zero
        std::vector<int> regionOfMunicipality; // -1 when the municipality belongs to none
    };
    static Grouping group(const ReferenceData &reference, QString Municipality::*code, QString Municipality::*name);
    static void addPopulation(Grouping &grouping, int municipality, double people);
    static void finishShares(std::vector<RegionSummary> &regions);

    CoverageCalculator m_calculator;
    Grouping m_faRegions;
    Grouping m_counties;
    std::vector<int> m_municipalityOfOffice; // index into the reference's municipalities, or -1
    std::vector<QPointF> m_pointPositions;
    std::vector<double> m_pointPeople;
    std::vector<int> m_pointMunicipality; // or -1
};

} // namespace sk
