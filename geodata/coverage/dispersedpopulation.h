// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/populationmodel.h"
#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/landmask.h"
#include "geodata/reference/referencedata.h"

namespace sk {

// The embedded population model with area ("dispersed"): the same people per municipality as
// PopulationModel::fromReference, but
// - each locality's people spread evenly over a disc around it whose area follows its population at an urban
//   density that grows with the size of the place (urbanDensity()),
// - the rest of the municipality's SCB population (SCB total − localities) spread evenly over the municipality's
//   land: inside its official polygon when boundaries are given, otherwise over the land nearest its seat, as much
//   of it as the municipality's SCB land area,
// - every point on Swedish land (LandMask), each a fixed pattern: a sunflower spiral in a locality's disc, a square
//   lattice anchored at SWEREF 99 TM's origin for the rest. The same input gives the same points, bit for bit.
// Each municipality's points sum to its SCB population; the country to 10,379,295.
class DispersedPopulation
{
public:
    static constexpr const char *name = "dispersed";

    // Without a land mask (no base map) every place counts as land.
    static PopulationModel build(const ReferenceData &reference, const LandMask &land,
                                 const AdminBoundaries &boundaries = {});

    // People per km² in a place of `population` inhabitants: a power law through two SCB figures (see the .cpp).
    static double urbanDensity(double population);
    // The radius in metres of the disc a locality's people are spread over.
    static double localityRadiusMetres(double population);
};

} // namespace sk
