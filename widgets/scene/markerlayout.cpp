// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "markerlayout.h"

#include <QLineF>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>
#include <unordered_map>

namespace sk {

namespace {

// Disjoint sets of marker indices, with path halving and union by size.
class MarkerSets
{
public:
    explicit MarkerSets(size_t count)
        : m_parent(count)
        , m_size(count, 1)
    {
        for (size_t i = 0; i < count; ++i)
            m_parent[i] = static_cast<int>(i);
    }
    int find(int index)
    {
        while (m_parent[static_cast<size_t>(index)] != index) {
            int &parent = m_parent[static_cast<size_t>(index)];
            parent = m_parent[static_cast<size_t>(parent)];
            index = parent;
        }
        return index;
    }
    void unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size[static_cast<size_t>(a)] < m_size[static_cast<size_t>(b)])
            std::swap(a, b);
        m_parent[static_cast<size_t>(b)] = a;
        m_size[static_cast<size_t>(a)] += m_size[static_cast<size_t>(b)];
    }

private:
    std::vector<int> m_parent;
    std::vector<size_t> m_size;
};

struct CellKey
{
    long long x;
    long long y;
    bool operator==(const CellKey &other) const = default;
};

struct CellKeyHash
{
    size_t operator()(const CellKey &key) const
    {
        return std::hash<long long>()(key.x * 73856093LL ^ key.y * 19349663LL);
    }
};

// Groups the shown markers into the connected sets of "nearer than `distance`" on a grid of cells so small that
// all markers in one cell are near each other: a cell joins as a whole, and only markers in nearby cells are
// compared, so the cost grows with the number of markers, not with its square, however densely they lie.
MarkerSets connectNearMarkers(const std::vector<QPointF> &points, const std::vector<bool> &shown, double distance)
{
    // A cell's diagonal is a little shorter than the distance.
    const double cellSize = distance / 1.5;
    std::unordered_map<CellKey, std::vector<int>, CellKeyHash> cells;
    for (size_t i = 0; i < points.size(); ++i) {
        if (shown[i])
            cells[{static_cast<long long>(std::floor(points[i].x() / cellSize)),
                   static_cast<long long>(std::floor(points[i].y() / cellSize))}]
                    .push_back(static_cast<int>(i));
    }
    MarkerSets sets(points.size());
    for (const auto &[key, members] : cells) {
        for (int member : members)
            sets.unite(members.front(), member);
    }
    // Cells up to two apart can hold near markers (two cells are 1.33 distances wide); each pair is looked at once.
    for (const auto &[key, members] : cells) {
        for (long long dx = -2; dx <= 2; ++dx) {
            for (long long dy = -2; dy <= 2; ++dy) {
                if (dx < 0 || (dx == 0 && dy <= 0))
                    continue;
                const auto other = cells.find(CellKey{key.x + dx, key.y + dy});
                if (other == cells.end() || sets.find(members.front()) == sets.find(other->second.front()))
                    continue;
                bool joined = false;
                for (size_t a = 0; a < members.size() && !joined; ++a) {
                    const QPointF &point = points[static_cast<size_t>(members[a])];
                    for (int candidate : other->second) {
                        if (QLineF(point, points[static_cast<size_t>(candidate)]).length() < distance) {
                            sets.unite(members.front(), candidate);
                            joined = true;
                            break;
                        }
                    }
                }
            }
        }
    }
    return sets;
}

} // namespace

MarkerPositions MarkerLayout::positions(const MapViewport &viewport, const MapScene &scene)
{
    MarkerPositions result;
    result.metresPerPixel = viewport.metresPerPixel();
    result.markerSize = scene.markerSize;
    if (!scene.offices)
        return result;
    const std::vector<Office> &offices = *scene.offices;
    result.points.resize(offices.size());
    result.shown.assign(offices.size(), false);
    const double margin = scene.markerSize * viewport.metresPerPixel();
    const QRectF visible = viewport.visibleWorldRect().adjusted(-margin, -margin, margin, margin);
    for (size_t i = 0; i < offices.size(); ++i) {
        result.points[i] = viewport.worldToScreen(offices[i].position);
        result.shown[i] = i < scene.states.size() && scene.states[i].isShown() && visible.contains(offices[i].position);
    }
    return result;
}

std::vector<MarkerPlacement> MarkerLayout::layout(const std::vector<QPointF> &points, const std::vector<bool> &shown,
                                                  double metresPerPixel, double markerSize)
{
    const double groupingDistance = markerSize * 1.1;
    // Markers far off any screen (a world position projected at a tiny scale) would overflow a cell key; they
    // cannot overlap anything visible, so they are left out as hidden ones are.
    std::vector<bool> placeable(shown);
    for (size_t i = 0; i < points.size(); ++i) {
        if (placeable[i] && !(std::abs(points[i].x()) < 1e12 && std::abs(points[i].y()) < 1e12))
            placeable[i] = false;
    }
    MarkerSets sets = connectNearMarkers(points, placeable, groupingDistance);
    // Groups in the order of their lowest index, members ascending.
    std::vector<MarkerPlacement> groups;
    std::unordered_map<int, size_t> groupOfSet;
    for (size_t i = 0; i < points.size(); ++i) {
        if (!placeable[i])
            continue;
        const auto [found, added] = groupOfSet.try_emplace(sets.find(static_cast<int>(i)), groups.size());
        if (added)
            groups.push_back({});
        groups[found->second].members.push_back(static_cast<int>(i));
    }
    for (MarkerPlacement &group : groups) {
        QPointF sum;
        for (int member : group.members)
            sum += points[static_cast<size_t>(member)];
        group.screen = sum / static_cast<double>(group.members.size());
    }
    if (metresPerPixel > spreadBelowMetresPerPixel)
        return groups;

    std::vector<MarkerPlacement> spread;
    for (const MarkerPlacement &group : groups) {
        if (!group.isCluster()) {
            spread.push_back(group);
            continue;
        }
        const double count = static_cast<double>(group.members.size());
        const double radius = std::max(markerSize, markerSize * count / (2 * std::numbers::pi) * 1.3);
        for (size_t k = 0; k < group.members.size(); ++k) {
            const double angle = -std::numbers::pi / 2
                    + 2 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(count);
            spread.push_back({group.screen + QPointF(std::cos(angle), std::sin(angle)) * radius, {group.members[k]}});
        }
    }
    return spread;
}

std::vector<MarkerPlacement> MarkerLayout::separateSmallGroups(std::vector<MarkerPlacement> groups,
                                                               const std::vector<QPointF> &points, double markerSize)
{
    // A handful of offices in one spot (a town's second office, neighbouring towns) read better as markers side by
    // side than as a disc with a count, wherever none of them would touch anything else. Each member takes the
    // slot on a small ring nearest to its own direction from the group's centre.
    struct Footprint
    {
        QPointF centre;
        double radius;
    };
    const auto ringFor = [&](const MarkerPlacement &group, double rotation) {
        std::vector<QPointF> positions;
        const size_t count = group.members.size();
        const double radius = markerSize * (count == 2 ? 0.55 : count == 3 ? 0.66 : 0.8);
        for (size_t k = 0; k < count; ++k) {
            const double angle = std::numbers::pi + rotation
                    + 2 * std::numbers::pi * static_cast<double>(k) / static_cast<double>(count);
            positions.push_back(group.screen + QPointF(std::cos(angle), std::sin(angle)) * radius);
        }
        std::vector<QPointF> assigned(count);
        std::vector<bool> used(count, false);
        for (size_t m = 0; m < count; ++m) {
            const QPointF direction = points[static_cast<size_t>(group.members[m])] - group.screen;
            size_t best = 0;
            double bestDistance = std::numeric_limits<double>::max();
            for (size_t k = 0; k < count; ++k) {
                const double distance = QLineF(group.screen + direction, positions[k]).length();
                if (!used[k] && distance < bestDistance) {
                    bestDistance = distance;
                    best = k;
                }
            }
            used[best] = true;
            assigned[m] = positions[best];
        }
        return assigned;
    };
    const auto splittable = [](const MarkerPlacement &group) {
        return group.members.size() >= 2 && group.members.size() <= maximumSplitGroup;
    };
    // Side by side first, then upright and slanted: the first way round that touches nothing is taken.
    constexpr std::array<double, 4> rotations{0, std::numbers::pi / 2, std::numbers::pi / 4, -std::numbers::pi / 4};
    const auto footprintOf = [&](const std::vector<QPointF> &ring) {
        std::vector<Footprint> own;
        for (const QPointF &position : ring)
            own.push_back({position, markerSize / 2});
        return own;
    };
    std::vector<std::vector<Footprint>> footprints;
    std::vector<std::vector<QPointF>> rings(groups.size());
    std::vector<bool> split(groups.size());
    for (size_t g = 0; g < groups.size(); ++g) {
        split[g] = splittable(groups[g]);
        if (split[g]) {
            rings[g] = ringFor(groups[g], rotations[0]);
            footprints.push_back(footprintOf(rings[g]));
        } else {
            footprints.push_back({{groups[g].screen, groups[g].isCluster() ? markerSize : markerSize / 2}});
        }
    }
    const auto touches = [&](size_t a, size_t b) {
        const QPointF apart = groups[a].screen - groups[b].screen;
        if (std::abs(apart.x()) > 4 * markerSize || std::abs(apart.y()) > 4 * markerSize)
            return false;
        for (const Footprint &mine : footprints[a]) {
            for (const Footprint &theirs : footprints[b]) {
                if (QLineF(mine.centre, theirs.centre).length() < mine.radius + theirs.radius + 1)
                    return true;
            }
        }
        return false;
    };
    const auto touchesAny = [&](size_t g) {
        for (size_t other = 0; other < groups.size(); ++other) {
            if (other != g && touches(g, other))
                return true;
        }
        return false;
    };
    // A group that cannot stand apart stays a cluster and widens its footprint: check again until nothing changes.
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t g = 0; g < groups.size(); ++g) {
            if (!split[g] || !touchesAny(g))
                continue;
            bool placed = false;
            for (double rotation : rotations) {
                rings[g] = ringFor(groups[g], rotation);
                footprints[g] = footprintOf(rings[g]);
                if (!touchesAny(g)) {
                    placed = true;
                    break;
                }
            }
            if (!placed) {
                split[g] = false;
                footprints[g] = {{groups[g].screen, markerSize}};
            }
            changed = true;
        }
    }
    std::vector<MarkerPlacement> result;
    for (size_t g = 0; g < groups.size(); ++g) {
        if (!split[g]) {
            result.push_back(std::move(groups[g]));
            continue;
        }
        for (size_t m = 0; m < groups[g].members.size(); ++m)
            result.push_back({rings[g][m], {groups[g].members[m]}, groups[g].inset});
    }
    return result;
}

int MarkerLayout::hit(const std::vector<MarkerPlacement> &placements, const QPointF &screen, double radius)
{
    int best = -1;
    double bestDistance = radius;
    for (size_t i = 0; i < placements.size(); ++i) {
        const double distance = QLineF(placements[i].screen, screen).length();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = static_cast<int>(i);
        }
    }
    return best;
}

} // namespace sk
