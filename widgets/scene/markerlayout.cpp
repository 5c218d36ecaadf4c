// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/scene/markerlayout.h"

#include <QLineF>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numbers>

namespace sk {

std::vector<MarkerPlacement> MarkerLayout::layout(const std::vector<QPointF> &points, const std::vector<bool> &shown,
                                                  double metresPerPixel, double markerSize)
{
    const double groupingDistance = markerSize * 1.1;
    std::vector<MarkerPlacement> groups;
    std::vector<bool> taken(points.size(), false);
    for (size_t i = 0; i < points.size(); ++i) {
        if (taken[i] || !shown[i])
            continue;
        MarkerPlacement group{points[i], {static_cast<int>(i)}};
        taken[i] = true;
        // Grow the group transitively so a chain of near neighbours forms one cluster.
        for (size_t g = 0; g < group.members.size(); ++g) {
            const QPointF anchor = points[static_cast<size_t>(group.members[g])];
            for (size_t j = i + 1; j < points.size(); ++j) {
                if (!taken[j] && shown[j] && QLineF(anchor, points[j]).length() < groupingDistance) {
                    taken[j] = true;
                    group.members.push_back(static_cast<int>(j));
                }
            }
        }
        QPointF sum;
        for (int member : group.members)
            sum += points[static_cast<size_t>(member)];
        group.screen = sum / static_cast<double>(group.members.size());
        groups.push_back(std::move(group));
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
