// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "dispersedpopulation.h"

#include "geodata/coverage/municipalitypeople.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sk {

namespace {

// Urban density follows the size of the place as a power law through two SCB figures:
// - all statistical tätorter together: 1,437 inhabitants per km² at the end of 2019 (SCB statistical news
//   "Tätorter 2018: Befolkning 2019-12-31", 24 March 2020), at their mean size: 8.9 million people in 2,011
//   tätorter (SCB "Tätorter 2018: Arealer och befolkning", 24 October 2019), 4,426 people;
// - the five largest tätorter of 2020 (Stockholm, Göteborg, Malmö, Uppsala, Upplands Väsby och Sollentuna):
//   2,866,757 people on 821.94 km² of land (SCB, Statistiska tätorter 2020, MI 38), 3,488 per km², at their mean
//   size of 573,351.
// So a village of 300 gets about 880 people per km², a town of 20,000 about 1,900, Stockholm about 3,800.
constexpr double allTatorterDensity = 1437;
constexpr double allTatorterMeanSize = 4426;
constexpr double largestTatorterDensity = 3488;
constexpr double largestTatorterMeanSize = 573351;

// Points in a locality's disc: about four per km², at least 7 and at most 400 (Stockholm's disc, 250 km², then
// has one point per 0.6 km²).
constexpr double localityPointsPerKm2 = 4;
constexpr int minLocalityPoints = 7;
constexpr int maxLocalityPoints = 400;
// A locality whose disc holds no land (a point in the sea of the generalised coast) looks this much farther out.
constexpr int maxLocalityWidenings = 4;
// The rest of a municipality: about 250 lattice points, never closer than 250 m nor farther apart than 2.5 km (a
// timeline step costs in proportion to the points; the distance bands are 5 km and more).
constexpr double ruralTargetPoints = 250;
constexpr double minRuralSpacing = 250;
constexpr double maxRuralSpacing = 2500;
// Without boundaries, land is looked for within growing multiples of the radius of a disc of the land area (a
// coastal seat needs more than an inland one), at most 2.5.
constexpr double seatSearchFactors[] = {1.25, 1.6, 2.0, 2.5};

const double golden = std::numbers::pi * (3 - std::sqrt(5.0));

// The code as the reference tables write it: boundary files sometimes store kommunkod as a number (114).
QString municipalityCode(const QString &code)
{
    bool numeric = false;
    code.toInt(&numeric);
    return numeric && code.size() < 4 ? code.rightJustified(4, QLatin1Char('0')) : code;
}

struct Sampler
{
    const LandMask &land;

    bool onLand(QPointF point) const { return land.isEmpty() || land.contains(point); }

    // Points of a sunflower spiral in a disc: even density, no two close together, always the same.
    std::vector<QPointF> disc(QPointF centre, double radius, int count) const
    {
        std::vector<QPointF> points;
        for (int k = 0; k < count; ++k) {
            const double r = radius * std::sqrt((k + 0.5) / count);
            const double angle = k * golden;
            const QPointF point = centre + QPointF(r * std::cos(angle), r * std::sin(angle));
            if (onLand(point))
                points.push_back(point);
        }
        return points;
    }

    // The lattice points ((i + ½)·s, (j + ½)·s) inside `bounds`.
    template<typename Keep> std::vector<QPointF> lattice(const QRectF &bounds, double spacing, Keep keep) const
    {
        std::vector<QPointF> points;
        const int i0 = int(std::floor(bounds.left() / spacing - 0.5));
        const int i1 = int(std::ceil(bounds.right() / spacing - 0.5));
        const int j0 = int(std::floor(bounds.top() / spacing - 0.5));
        const int j1 = int(std::ceil(bounds.bottom() / spacing - 0.5));
        for (int j = j0; j <= j1; ++j) {
            for (int i = i0; i <= i1; ++i) {
                const QPointF point((i + 0.5) * spacing, (j + 0.5) * spacing);
                if (bounds.contains(point) && keep(point) && onLand(point))
                    points.push_back(point);
            }
        }
        return points;
    }

    // The `count` land lattice points nearest the seat (fewer when there is not that much land nearby).
    std::vector<QPointF> nearestLand(QPointF seat, double spacing, int count, double searchRadius) const
    {
        const QRectF bounds(seat - QPointF(searchRadius, searchRadius), QSizeF(2 * searchRadius, 2 * searchRadius));
        const double limit = searchRadius * searchRadius;
        const auto squaredDistance = [&](QPointF p) {
            const QPointF d = p - seat;
            return d.x() * d.x() + d.y() * d.y();
        };
        std::vector<QPointF> points
                = lattice(bounds, spacing, [&](QPointF point) { return squaredDistance(point) <= limit; });
        const auto nearer = [&](QPointF a, QPointF b) {
            const double da = squaredDistance(a);
            const double db = squaredDistance(b);
            if (da != db)
                return da < db;
            return a.y() != b.y() ? a.y() < b.y() : a.x() < b.x();
        };
        if (points.size() > size_t(count)) {
            std::nth_element(points.begin(), points.begin() + count, points.end(), nearer);
            points.resize(size_t(count));
        }
        std::sort(points.begin(), points.end(), nearer);
        return points;
    }
};

} // namespace

double DispersedPopulation::urbanDensity(double population)
{
    static const double exponent = std::log(largestTatorterDensity / allTatorterDensity)
            / std::log(largestTatorterMeanSize / allTatorterMeanSize);
    return allTatorterDensity * std::pow(std::max(population, 1.0) / allTatorterMeanSize, exponent);
}

double DispersedPopulation::localityRadiusMetres(double population)
{
    const double areaKm2 = population / urbanDensity(population);
    return std::sqrt(areaKm2 / std::numbers::pi) * 1000;
}

PopulationModel DispersedPopulation::build(const ReferenceData &reference, const LandMask &land,
                                           const AdminBoundaries &boundaries)
{
    const Sampler sampler{land};
    QHash<QString, std::vector<const VectorFeature *>> polygonsOf;
    for (const VectorFeature &feature : boundaries.municipalities().features())
        polygonsOf[municipalityCode(feature.code)].push_back(&feature);

    std::vector<PopulationPoint> points;
    for (const MunicipalityPeople &share : MunicipalityPeople::split(reference)) {
        const Municipality &municipality = *share.municipality;
        double rest = share.rest;
        for (const MunicipalityPeople::LocalityPeople &placed : share.localities) {
            const Locality *locality = placed.locality;
            const double people = placed.people;
            if (people <= 0)
                continue;
            const double radius = localityRadiusMetres(people);
            const int count
                    = std::clamp(int(std::lround(localityPointsPerKm2 * std::numbers::pi * radius * radius / 1e6)),
                                 minLocalityPoints, maxLocalityPoints);
            std::vector<QPointF> disc = sampler.disc(locality->position, radius, count);
            for (int widening = 1; disc.empty() && widening <= maxLocalityWidenings; ++widening)
                disc = sampler.disc(locality->position, radius * (1 << widening), count);
            if (disc.empty()) { // no land near it at all: its people join the municipality's rest
                rest += people;
                continue;
            }
            const double each = people / double(disc.size());
            for (const QPointF &point : disc)
                points.push_back({point, each, municipality.code});
        }
        if (rest <= 0)
            continue;

        const double areaM2 = std::max(municipality.areaKm2, 1.0) * 1e6;
        const double spacing = std::clamp(std::sqrt(areaM2 / ruralTargetPoints), minRuralSpacing, maxRuralSpacing);
        std::vector<QPointF> rural;
        if (const auto polygons = polygonsOf.constFind(municipality.code); polygons != polygonsOf.constEnd()) {
            std::vector<VectorFeature> features;
            QRectF bounds;
            for (const VectorFeature *feature : *polygons) {
                features.push_back(*feature);
                bounds = bounds.united(feature->bounds);
            }
            const PolygonMask inside({&features}, bounds,
                                     std::max(spacing, std::max(bounds.width(), bounds.height()) / 256));
            rural = sampler.lattice(bounds, spacing, [&](QPointF point) { return inside.layersAt(point) != 0; });
        }
        if (rural.empty()) {
            const int count = std::max(1, int(std::lround(areaM2 / (spacing * spacing))));
            for (double factor : seatSearchFactors) {
                rural = sampler.nearestLand(municipality.seatPosition, spacing, count,
                                            factor * std::sqrt(areaM2 / std::numbers::pi));
                if (rural.size() >= size_t(count))
                    break;
            }
        }
        if (rural.empty()) // not even land near the seat: the seat itself, as the points model has it
            rural.push_back(municipality.seatPosition);
        const double each = rest / double(rural.size());
        for (const QPointF &point : rural)
            points.push_back({point, each, municipality.code});
    }
    return PopulationModel(std::move(points), QString::fromLatin1(name));
}

} // namespace sk
