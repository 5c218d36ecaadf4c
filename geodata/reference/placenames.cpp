// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "placenames.h"

#include <QHash>
#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sk {

namespace {

// GeoNames' duplicates of one place lie within this distance of each other.
constexpr double duplicateDistance = 4000.0;

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    const double t = lengthSquared > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / lengthSquared, 0.0, 1.0) : 0.0;
    return QLineF(p, a + ab * t).length();
}

bool ringContains(const QList<QPointF> &ring, const QPointF &point)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const QPointF &a = ring[i];
        const QPointF &b = ring[j];
        if ((a.y() > point.y()) != (b.y() > point.y())
            && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
            inside = !inside;
    }
    return inside;
}

QRectF boundsOf(const QList<QPointF> &ring)
{
    double left = ring.front().x(), right = left, top = ring.front().y(), bottom = top;
    for (const QPointF &point : ring) {
        left = std::min(left, point.x());
        right = std::max(right, point.x());
        top = std::min(top, point.y());
        bottom = std::max(bottom, point.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

// Distance to the nearest edge, negative outside the polygon (even-odd over all rings: holes are outside).
double signedEdgeDistance(const QPointF &point, const std::vector<QList<QPointF>> &rings)
{
    bool inside = false;
    double nearest = std::numeric_limits<double>::max();
    for (const QList<QPointF> &ring : rings) {
        inside = inside != ringContains(ring, point);
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
            nearest = std::min(nearest, distanceToSegment(point, ring[i], ring[j]));
    }
    return inside ? nearest : -nearest;
}

double ringArea(const QList<QPointF> &ring)
{
    double area = 0;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        area += (ring[j].x() - ring[i].x()) * (ring[j].y() + ring[i].y());
    return std::abs(area) / 2;
}

} // namespace

QPointF PlaceNames::interiorPoint(const std::vector<QList<QPointF>> &rings)
{
    if (rings.empty() || rings.front().isEmpty())
        return {};
    QRectF area = boundsOf(rings.front());
    constexpr int samples = 24;
    QPointF best = area.center();
    double bestDistance = -std::numeric_limits<double>::max();
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i <= samples; ++i) {
            for (int j = 0; j <= samples; ++j) {
                const QPointF point(area.left() + area.width() * i / samples, area.top() + area.height() * j / samples);
                const double distance = signedEdgeDistance(point, rings);
                if (distance > bestDistance) {
                    bestDistance = distance;
                    best = point;
                }
            }
        }
        const QSizeF cell(area.width() / samples, area.height() / samples);
        area = QRectF(best - QPointF(cell.width(), cell.height()), cell * 2);
    }
    return best;
}

PlaceNames PlaceNames::build(const ReferenceData &reference, const VectorLayer &counties)
{
    PlaceNames names;
    const auto isDuplicate = [&](const QString &name, const QPointF &position) {
        return std::any_of(names.m_places.begin(), names.m_places.end(), [&](const PlaceName &place) {
            return place.name == name && QLineF(place.position, position).length() < duplicateDistance;
        });
    };

    QHash<QString, const Municipality *> seatOf; // "code/name" of each municipality seat
    for (const Municipality &municipality : reference.municipalities())
        seatOf.insert(municipality.code + QLatin1Char('/') + municipality.seat, &municipality);

    std::vector<const Locality *> localities;
    for (const Locality &locality : reference.localities())
        localities.push_back(&locality);
    std::stable_sort(localities.begin(), localities.end(),
                     [](const Locality *a, const Locality *b) { return a->population > b->population; });
    QSet<const Municipality *> seatsListed;
    for (const Locality *locality : localities) {
        if (isDuplicate(locality->name, locality->position))
            continue;
        PlaceName place{locality->name, locality->position, locality->population, PlaceName::Kind::Locality};
        // GeoNames marks county seats PPLA (the capital PPLC) and municipality seats PPLA2.
        if (locality->featureCode == QLatin1String("PPLA") || locality->featureCode == QLatin1String("PPLC"))
            place.kind = PlaceName::Kind::CountySeat;
        else if (const Municipality *municipality
                 = seatOf.value(locality->municipalityCode + QLatin1Char('/') + locality->name)) {
            place.kind = PlaceName::Kind::MunicipalitySeat;
            seatsListed.insert(municipality);
        } else if (locality->featureCode == QLatin1String("PPLA2")) {
            place.kind = PlaceName::Kind::MunicipalitySeat;
        }
        if (place.kind == PlaceName::Kind::CountySeat)
            seatsListed.insert(seatOf.value(locality->municipalityCode + QLatin1Char('/') + locality->name));
        names.m_places.push_back(std::move(place));
    }
    // A seat GeoNames lists without a population still gets its name on the map, ranked by its municipality's.
    for (const Municipality &municipality : reference.municipalities()) {
        if (seatsListed.contains(&municipality) || municipality.seat.isEmpty()
            || isDuplicate(municipality.seat, municipality.seatPosition))
            continue;
        names.m_places.push_back({municipality.seat, municipality.seatPosition, municipality.population,
                                  PlaceName::Kind::MunicipalitySeat});
    }
    std::stable_sort(names.m_places.begin(), names.m_places.end(), [](const PlaceName &a, const PlaceName &b) {
        const bool aSeat = a.kind == PlaceName::Kind::CountySeat;
        const bool bSeat = b.kind == PlaceName::Kind::CountySeat;
        if (aSeat != bSeat)
            return aSeat;
        return a.population > b.population;
    });

    QHash<QString, qint64> countyPopulation;
    for (const Municipality &municipality : reference.municipalities())
        countyPopulation[municipality.countyCode] += municipality.population;
    // The coarsest copy: a label point needs no more detail, and the search costs time per vertex.
    for (const VectorFeature &county : counties.level(VectorLayer::tolerances.size() - 1)) {
        if (county.name.isEmpty() || county.parts.empty())
            continue;
        // Rings of one feature: outer rings and holes in the order the loader keeps; the largest ring is the
        // mainland part, and the holes inside it are the rings it contains.
        size_t largest = 0;
        for (size_t i = 1; i < county.parts.size(); ++i) {
            if (ringArea(county.parts[i]) > ringArea(county.parts[largest]))
                largest = i;
        }
        std::vector<QList<QPointF>> rings{county.parts[largest]};
        for (size_t i = 0; i < county.parts.size(); ++i) {
            if (i != largest && !county.parts[i].isEmpty()
                && ringContains(county.parts[largest], county.parts[i].front()))
                rings.push_back(county.parts[i]);
        }
        names.m_counties.push_back(
                {county.name, interiorPoint(rings), countyPopulation.value(county.code), PlaceName::Kind::County});
    }
    std::stable_sort(names.m_counties.begin(), names.m_counties.end(),
                     [](const PlaceName &a, const PlaceName &b) { return a.population > b.population; });
    return names;
}

} // namespace sk
