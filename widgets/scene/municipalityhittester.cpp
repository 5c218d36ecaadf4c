// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "municipalityhittester.h"

#include <QLineF>
#include <QPolygonF>

#include <limits>

namespace sk {

QString MunicipalityHitTester::polygonCodeAt(const VectorLayer &municipalities, const QPointF &world,
                                             double metresPerPixel)
{
    if (municipalities.geometry() != VectorLayer::Geometry::Polygons)
        return {};
    // The copy drawn at this scale: its borders are within a pixel of the full detail.
    for (const VectorFeature &feature : municipalities.level(municipalities.levelFor(metresPerPixel))) {
        if (!feature.bounds.contains(world))
            continue;
        // Rings of one feature are combined odd-even, so lakes and enclaves cut out holes.
        bool inside = false;
        for (const QList<QPointF> &ring : feature.parts)
            inside ^= QPolygonF(ring).containsPoint(world, Qt::OddEvenFill);
        if (inside)
            return feature.code;
    }
    return {};
}

QString MunicipalityHitTester::codeAt(const MapViewport &viewport, const AdminBoundaries *boundaries,
                                      const ReferenceData &reference, const QPointF &screen, double seatRadius)
{
    if (boundaries && !boundaries->isEmpty())
        return polygonCodeAt(boundaries->municipalities(), viewport.screenToWorld(screen), viewport.metresPerPixel());
    QString nearest;
    double nearestDistance = std::numeric_limits<double>::infinity();
    for (const Municipality &municipality : reference.municipalities()) {
        const double distance = QLineF(viewport.worldToScreen(municipality.seatPosition), screen).length();
        if (distance <= seatRadius && distance < nearestDistance) {
            nearestDistance = distance;
            nearest = municipality.code;
        }
    }
    return nearest;
}

} // namespace sk
