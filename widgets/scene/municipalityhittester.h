// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/referencedata.h"
#include "widgets/scene/mapviewport.h"

#include <QPointF>
#include <QString>

namespace sk {

// Which municipality lies under a point of the map: the official polygon containing it when boundaries are loaded,
// otherwise the municipality whose seat is within `seatRadius` logical pixels (the nearest one).
class MunicipalityHitTester
{
public:
    static constexpr double defaultSeatRadius = 14.0;

    static QString codeAt(const MapViewport &viewport, const AdminBoundaries *boundaries,
                          const ReferenceData &reference, const QPointF &screen, double seatRadius = defaultSeatRadius);
    // The polygon test alone, in SWEREF 99 TM; empty when no municipality polygon contains `world`.
    static QString polygonCodeAt(const VectorLayer &municipalities, const QPointF &world, double metresPerPixel);
};

} // namespace sk
