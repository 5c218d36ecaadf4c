// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "markerlayout.h"

#include <QLineF>

#include <cmath>
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
            const double angle = -std::numbers::pi / 2 + 2 * std::numbers::pi * static_cast<double>(k) / count;
            spread.push_back({group.screen + QPointF(std::cos(angle), std::sin(angle)) * radius, {group.members[k]}});
        }
    }
    return spread;
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
