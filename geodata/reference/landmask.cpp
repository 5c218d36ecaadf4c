// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "landmask.h"

#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"

namespace sk {

namespace {

enum Layer : std::uint8_t { Land = 1, NeighbourLand = 2, Lakes = 4 };

// The 250 m level of detail, as a click that places an office is tested (OfficeDraft): the coast as the map draws
// it at most scales, and a quarter of the full detail's vertices to build from.
constexpr size_t landLevel = 1;

std::vector<const std::vector<VectorFeature> *> layersOf(const BaseMap &baseMap)
{
    return {&baseMap.land().level(landLevel), &baseMap.neighbourLand().level(landLevel),
            &baseMap.lakes().level(landLevel)};
}

bool isSwedishLand(std::uint8_t layers)
{
    return (layers & Land) && !(layers & NeighbourLand) && !(layers & Lakes);
}

} // namespace

LandMask::LandMask(const BaseMap &baseMap, double cellMetres)
{
    if (!baseMap.isEmpty())
        m_mask = PolygonMask(layersOf(baseMap), SwedenBounds::sweref(), cellMetres);
}

bool LandMask::contains(QPointF sweref) const
{
    return isSwedishLand(m_mask.layersAt(sweref));
}

bool LandMask::containsBruteForce(const BaseMap &baseMap, QPointF sweref)
{
    return SwedenBounds::sweref().contains(sweref)
            && isSwedishLand(PolygonMask::layersAtBruteForce(layersOf(baseMap), sweref));
}

} // namespace sk
