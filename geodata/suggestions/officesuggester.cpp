// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officesuggester.h"

#include "geodata/coverage/nearestofficeindex.h"

#include <QHash>

#include <cmath>
#include <queue>
#include <unordered_map>

namespace sk {

namespace {

// The people not yet within reach, bucketed in square cells as wide as the reach: everyone within reach of a place
// is in the place's cell or one of its eight neighbours.
class UncoveredPoints
{
public:
    UncoveredPoints(const std::vector<QPointF> &positions, const std::vector<double> &weights,
                    const std::vector<double> &distances, double reach)
        : m_positions(positions)
        , m_weights(weights)
        , m_reach(reach)
        , m_covered(positions.size(), 1)
    {
        for (size_t i = 0; i < positions.size(); ++i) {
            if (distances[i] > reach) {
                m_covered[i] = 0;
                m_cells[key(cellOf(positions[i].x()), cellOf(positions[i].y()))].push_back(i);
            }
        }
    }

    // The people not yet within reach of anything who are within reach of `place`; with `cover`, marks them reached.
    double gain(QPointF place, bool cover)
    {
        double people = 0;
        const double reachSquared = m_reach * m_reach;
        const qint64 column = cellOf(place.x());
        const qint64 row = cellOf(place.y());
        for (qint64 dx = -1; dx <= 1; ++dx) {
            for (qint64 dy = -1; dy <= 1; ++dy) {
                const auto found = m_cells.find(key(column + dx, row + dy));
                if (found == m_cells.end())
                    continue;
                for (size_t point : found->second) {
                    if (m_covered[point])
                        continue;
                    const double ex = m_positions[point].x() - place.x();
                    const double ny = m_positions[point].y() - place.y();
                    if (ex * ex + ny * ny > reachSquared)
                        continue;
                    people += m_weights[point];
                    if (cover)
                        m_covered[point] = 1;
                }
            }
        }
        return people;
    }

private:
    qint64 cellOf(double coordinate) const { return static_cast<qint64>(std::floor(coordinate / m_reach)); }
    static qint64 key(qint64 column, qint64 row) { return (column << 32) ^ (row & 0xffffffff); }

    const std::vector<QPointF> &m_positions;
    const std::vector<double> &m_weights;
    double m_reach;
    std::vector<char> m_covered;
    std::unordered_map<qint64, std::vector<size_t>> m_cells;
};

// A candidate's gain as last computed; an upper bound on its gain now, since picks only ever reach more people.
struct Bound
{
    double gain = 0;
    size_t candidate = 0;
    int round = 0; // the number of picks made when `gain` was computed
};

} // namespace

OfficeSuggester::OfficeSuggester(const std::vector<Office> &offices, const ReferenceData &reference,
                                 const PopulationModel &population)
    : m_offices(offices)
    , m_populationSource(population.source())
{
    QHash<QString, size_t> seatOf;
    for (const Municipality &municipality : reference.municipalities()) {
        seatOf.insert(municipality.code, m_places.size());
        m_places.push_back({municipality.seat, municipality.code, municipality.name, municipality.county,
                            municipality.seatPosition, municipality.seatCoordinate, SuggestionCandidate::Kind::Seat,
                            0});
    }
    for (const Locality &locality : reference.localities()) {
        const auto seat = seatOf.constFind(locality.municipalityCode);
        if (seat != seatOf.constEnd()) {
            SuggestionCandidate &seatPlace = m_places[*seat];
            const QPointF offset = locality.position - seatPlace.position;
            if (std::hypot(offset.x(), offset.y()) <= sameAsSeatMetres) {
                seatPlace.placePopulation = std::max(seatPlace.placePopulation, locality.population);
                continue;
            }
        }
        const Municipality *municipality = reference.municipality(locality.municipalityCode);
        m_places.push_back({locality.name, locality.municipalityCode, municipality ? municipality->name : QString(),
                            municipality ? municipality->county : QString(), locality.position, locality.coordinate,
                            SuggestionCandidate::Kind::Locality, locality.population});
    }
    m_positions.reserve(population.points().size());
    m_weights.reserve(population.points().size());
    for (const PopulationPoint &point : population.points()) {
        m_positions.push_back(point.position);
        m_weights.push_back(point.population);
        m_populationTotal += point.population;
    }
}

std::vector<SuggestionCandidate> OfficeSuggester::candidatesAt(QDate date) const
{
    const NearestOfficeIndex open = NearestOfficeIndex::openAt(m_offices, date);
    std::vector<SuggestionCandidate> candidates;
    for (const SuggestionCandidate &place : m_places) {
        if (open.nearest(place.position).distance > officeAtPlaceMetres)
            candidates.push_back(place);
    }
    return candidates;
}

std::vector<double> OfficeSuggester::distancesToOpenOffices(QDate date) const
{
    const NearestOfficeIndex open = NearestOfficeIndex::openAt(m_offices, date);
    std::vector<double> distances(m_positions.size());
    for (size_t i = 0; i < m_positions.size(); ++i)
        distances[i] = open.nearest(m_positions[i]).distance;
    return distances;
}

double OfficeSuggester::coveredPeople(QDate date, double withinKm) const
{
    const std::vector<double> distances = distancesToOpenOffices(date);
    const double reach = withinKm * 1000;
    double people = 0;
    for (size_t i = 0; i < distances.size(); ++i) {
        if (distances[i] <= reach)
            people += m_weights[i];
    }
    return people;
}

std::vector<Suggestion> OfficeSuggester::suggest(QDate date, int count, double withinKm) const
{
    std::vector<Suggestion> picks;
    if (count <= 0 || !std::isfinite(withinKm) || withinKm <= 0)
        return picks;
    const std::vector<SuggestionCandidate> candidates = candidatesAt(date);
    const double reach = withinKm * 1000;
    const std::vector<double> distances = distancesToOpenOffices(date);
    double covered = 0;
    for (size_t i = 0; i < distances.size(); ++i) {
        if (distances[i] <= reach)
            covered += m_weights[i];
    }
    UncoveredPoints uncovered(m_positions, m_weights, distances, reach);

    // Lazy greedy (CELF): a candidate whose fresh gain still heads the queue of upper bounds is the best pick.
    const auto worse = [&candidates](const Bound &a, const Bound &b) {
        if (a.gain != b.gain)
            return a.gain < b.gain;
        const SuggestionCandidate &x = candidates[a.candidate];
        const SuggestionCandidate &y = candidates[b.candidate];
        if (x.placePopulation != y.placePopulation)
            return x.placePopulation < y.placePopulation;
        if (const int order = x.name.compare(y.name); order != 0)
            return order > 0;
        return a.candidate > b.candidate;
    };
    std::priority_queue<Bound, std::vector<Bound>, decltype(worse)> queue(worse);
    for (size_t i = 0; i < candidates.size(); ++i)
        queue.push({uncovered.gain(candidates[i].position, false), i, 0});

    double cumulative = 0;
    while (static_cast<int>(picks.size()) < count && !queue.empty()) {
        Bound top = queue.top();
        queue.pop();
        const int round = static_cast<int>(picks.size());
        if (top.round != round) {
            top.gain = uncovered.gain(candidates[top.candidate].position, false);
            top.round = round;
            queue.push(top);
            continue;
        }
        if (top.gain <= 0)
            break;
        uncovered.gain(candidates[top.candidate].position, true);
        cumulative += top.gain;
        picks.push_back({round + 1, candidates[top.candidate], top.gain, cumulative,
                         m_populationTotal > 0 ? (covered + cumulative) / m_populationTotal : 0});
    }
    return picks;
}

} // namespace sk
