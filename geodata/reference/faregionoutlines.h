// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/geo/vectorlayer.h"
#include "geodata/reference/referencedata.h"

#include <QPointF>
#include <QStringList>

#include <vector>

namespace sk {

// The outlines of the FA regions (Tillväxtverket's 60 functional analysis regions), dissolved from official
// municipality polygons with GEOS. Built once when boundaries are loaded: about 0.2 s for SCB's 290 municipalities.
class FaRegionOutlines
{
public:
    // One polygon feature per FA region with at least one polygon, ordered by code: code = FA code, name = FA name.
    // Municipalities the reference does not know, or without an FA code, are left out.
    static VectorLayer build(const VectorLayer &municipalities, const ReferenceData &reference);
    // The seats of the municipalities in these FA regions, for a map without official boundaries.
    static std::vector<QPointF> seatsIn(const QStringList &faCodes, const ReferenceData &reference);
};

} // namespace sk
