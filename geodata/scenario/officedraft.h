// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"

#include <QPointF>

namespace sk {

class AdminBoundaries;
class BaseMap;
class ReferenceData;

// A new office for a scenario at a place on the map, named and placed in a municipality the way a planner would:
// the municipality whose official boundary contains the point when boundaries are loaded, otherwise the one with
// the nearest seat; the name of the nearest locality within `localityRadiusMetres`, otherwise the seat's name.
// It is planned for `phase` and carries no source, so it shows as unverified until someone adds one.
class OfficeDraft
{
public:
    static constexpr double localityRadiusMetres = 8000;

    static Office at(const QPointF &sweref, const ReferenceData &reference, const AdminBoundaries *boundaries,
                     int phase);
    // Whether a point is Swedish land: inside a municipality when boundaries are loaded, else on the base map's
    // land outside the neighbours' and outside lakes. True when neither is available.
    static bool isInSweden(const QPointF &sweref, const BaseMap *baseMap, const AdminBoundaries *boundaries);
    // The municipality code at a point: from the boundaries when they contain it, else from the nearest seat.
    static QString municipalityCodeAt(const QPointF &sweref, const ReferenceData &reference,
                                      const AdminBoundaries *boundaries);
};

} // namespace sk
