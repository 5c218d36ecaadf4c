// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/reference/referencedata.h"

#include <vector>

namespace sk {

// How both embedded population models share out a municipality's SCB population: over its GeoNames localities,
// scaled down to the SCB figure when they hold more (G >= P: each gets P · g / G), otherwise each keeps its own g and
// the rest, P − G, lives outside them. A locality without a municipality (Glommen in the shipped table) has no SCB
// figure to scale against and is left out; its people are in its municipality's rest.
struct MunicipalityPeople
{
    struct LocalityPeople
    {
        const Locality *locality = nullptr;
        double people = 0;
    };

    const Municipality *municipality = nullptr;
    std::vector<LocalityPeople> localities; // in the reference table's order
    double rest = 0; // never negative

    // One entry per municipality, in the reference table's order.
    static std::vector<MunicipalityPeople> split(const ReferenceData &reference);
};

} // namespace sk
