// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/scenario/officedraft.h"

#include "geodata/geo/projection.h"
#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/basemap.h"
#include "geodata/reference/referencedata.h"

#include <QLineF>

#include <algorithm>
#include <limits>

namespace sk {

namespace {

// Even-odd ray casting over all rings, so holes (lakes) count as outside.
bool featureContains(const VectorFeature &feature, const QPointF &point)
{
    if (!feature.bounds.contains(point))
        return false;
    bool inside = false;
    for (const QList<QPointF> &ring : feature.parts) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF &a = ring[i];
            const QPointF &b = ring[j];
            if ((a.y() > point.y()) != (b.y() > point.y())
                && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

bool layerContains(const VectorLayer &layer, size_t level, const QPointF &point)
{
    const std::vector<VectorFeature> &features = layer.level(level);
    return std::any_of(features.begin(), features.end(),
                       [&](const VectorFeature &feature) { return featureContains(feature, point); });
}

// A detail level fine enough for the coast near a click (250 m) yet cheap enough for every drag step.
constexpr size_t landLevel = 1;

} // namespace

bool OfficeDraft::isInSweden(const QPointF &sweref, const BaseMap *baseMap, const AdminBoundaries *boundaries)
{
    if (boundaries && !boundaries->isEmpty())
        return layerContains(boundaries->municipalities(), 0, sweref);
    if (!baseMap || baseMap->land().isEmpty())
        return true;
    return layerContains(baseMap->land(), landLevel, sweref)
            && !layerContains(baseMap->neighbourLand(), landLevel, sweref)
            && !layerContains(baseMap->lakes(), landLevel, sweref);
}

QString OfficeDraft::municipalityCodeAt(const QPointF &sweref, const ReferenceData &reference,
                                        const AdminBoundaries *boundaries)
{
    if (boundaries && !boundaries->isEmpty()) {
        for (const VectorFeature &feature : boundaries->municipalities().features()) {
            if (featureContains(feature, sweref) && reference.municipality(feature.code))
                return feature.code;
        }
    }
    QString nearest;
    double best = std::numeric_limits<double>::infinity();
    for (const Municipality &municipality : reference.municipalities()) {
        const double distance = QLineF(sweref, municipality.seatPosition).length();
        if (distance < best) {
            best = distance;
            nearest = municipality.code;
        }
    }
    return nearest;
}

Office OfficeDraft::at(const QPointF &sweref, const ReferenceData &reference, const AdminBoundaries *boundaries,
                       int phase)
{
    Office office;
    office.position = sweref;
    office.coordinate = Projection::toWgs84(sweref);
    office.coordPrecision = QStringLiteral("scenario");
    office.status2021 = Status2021::Planned;
    office.phase = phase;
    office.municipalityCode = municipalityCodeAt(sweref, reference, boundaries);
    if (const Municipality *municipality = reference.municipality(office.municipalityCode)) {
        office.municipality = municipality->name;
        office.county = municipality->county;
        office.locality = municipality->seat;
    }
    double best = localityRadiusMetres;
    for (const Locality &locality : reference.localities()) {
        const double distance = QLineF(sweref, locality.position).length();
        if (distance <= best) {
            best = distance;
            office.locality = locality.name;
        }
    }
    office.name = office.locality.isEmpty() ? office.municipality : office.locality;
    return office;
}

} // namespace sk
