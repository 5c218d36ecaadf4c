// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "faregionoutlines.h"

#include <ogr_geometry.h>

#include <map>
#include <memory>

namespace sk {

namespace {

// A feature's rings (outer rings and holes mixed, as the layer stores them) as polygons with their holes.
std::unique_ptr<OGRGeometry> polygonsOf(const VectorFeature &feature)
{
    std::vector<OGRGeometry *> rings;
    for (const QList<QPointF> &part : feature.parts) {
        auto *ring = new OGRLinearRing;
        ring->setNumPoints(static_cast<int>(part.size()), false);
        for (qsizetype i = 0; i < part.size(); ++i)
            ring->setPoint(static_cast<int>(i), part[i].x(), part[i].y());
        ring->closeRings();
        auto *polygon = new OGRPolygon;
        polygon->addRingDirectly(ring);
        rings.push_back(polygon);
    }
    if (rings.empty())
        return nullptr;
    int valid = 0;
    return std::unique_ptr<OGRGeometry>(
            OGRGeometryFactory::organizePolygons(rings.data(), static_cast<int>(rings.size()), &valid, nullptr));
}

QList<QPointF> pointsOf(const OGRLinearRing &ring)
{
    QList<QPointF> points;
    points.reserve(ring.getNumPoints());
    for (const OGRPoint &point : ring)
        points.append(QPointF(point.getX(), point.getY()));
    return points;
}

void appendRings(const OGRGeometry &geometry, std::vector<QList<QPointF>> &parts)
{
    if (const auto *polygon = dynamic_cast<const OGRPolygon *>(&geometry)) {
        for (const OGRLinearRing *ring : *polygon)
            parts.push_back(pointsOf(*ring));
    } else if (const auto *collection = dynamic_cast<const OGRGeometryCollection *>(&geometry)) {
        for (const OGRGeometry *member : *collection)
            appendRings(*member, parts);
    }
}

void addPolygons(OGRMultiPolygon &target, std::unique_ptr<OGRGeometry> geometry)
{
    if (!geometry)
        return;
    if (auto *multi = dynamic_cast<OGRMultiPolygon *>(geometry.get())) {
        for (const OGRPolygon *polygon : *multi)
            target.addGeometry(polygon);
    } else if (wkbFlatten(geometry->getGeometryType()) == wkbPolygon) {
        target.addGeometryDirectly(geometry.release());
    }
}

} // namespace

VectorLayer FaRegionOutlines::build(const VectorLayer &municipalities, const ReferenceData &reference)
{
    struct Region
    {
        QString name;
        OGRMultiPolygon polygons;
    };
    std::map<QString, Region> regions;
    for (const VectorFeature &feature : municipalities.features()) {
        const Municipality *municipality = reference.municipality(feature.code);
        if (!municipality || municipality->faRegion.isEmpty())
            continue;
        Region &region = regions[municipality->faRegion];
        region.name = municipality->faRegionName;
        addPolygons(region.polygons, polygonsOf(feature));
    }

    std::vector<VectorFeature> features;
    features.reserve(regions.size());
    for (auto &[code, region] : regions) {
        if (region.polygons.IsEmpty())
            continue;
        // The municipalities of a region only touch, so a failed union (no GEOS) still outlines the region, with its
        // inner borders.
        const std::unique_ptr<OGRGeometry> dissolved(region.polygons.UnionCascaded());
        VectorFeature feature;
        feature.code = code;
        feature.name = region.name;
        appendRings(dissolved ? *dissolved : region.polygons, feature.parts);
        features.push_back(std::move(feature));
    }
    return VectorLayer(QStringLiteral("fa_regions"), VectorLayer::Geometry::Polygons, std::move(features));
}

std::vector<QPointF> FaRegionOutlines::seatsIn(const QStringList &faCodes, const ReferenceData &reference)
{
    std::vector<QPointF> seats;
    for (const Municipality &municipality : reference.municipalities()) {
        if (!municipality.faRegion.isEmpty() && faCodes.contains(municipality.faRegion))
            seats.push_back(municipality.seatPosition);
    }
    return seats;
}

} // namespace sk
