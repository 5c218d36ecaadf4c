// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/geo/polygonmask.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/reference/basemap.h"

#include <QPointF>

namespace sk {

// Swedish land as the base map draws it: land, less the neighbouring countries' land, less lakes (islands in lakes
// are land again). Over SwedenBounds::sweref(); everything outside it is not Swedish land. Exact at the base
// map's 250 m level of detail. Immutable; safe to query from several threads at once.
class LandMask
{
public:
    LandMask() = default;
    // About 60 ms for the shipped base map at the default cell size.
    explicit LandMask(const BaseMap &baseMap, double cellMetres = 1000);

    // True when there is no base map: then nothing counts as land.
    bool isEmpty() const { return m_mask.isEmpty(); }
    bool contains(QPointF sweref) const;
    // The same answer by testing every ring; the reference the mask is tested against.
    static bool containsBruteForce(const BaseMap &baseMap, QPointF sweref);

private:
    PolygonMask m_mask;
};

} // namespace sk
