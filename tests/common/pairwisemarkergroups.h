// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

// Marker grouping by its definition, comparing every pair (quadratic, for tests only): each cluster grows from its
// lowest index, and each member adds its not yet grouped neighbours nearer than 1.1 marker sizes in index order.
// This was the map's own layout before it moved to a grid; MarkerLayout must find the same clusters.

#include "widgets/scene/markerlayout.h"

#include <QLineF>

#include <vector>

namespace sktest {

inline std::vector<sk::MarkerPlacement> pairwiseMarkerGroups(const std::vector<QPointF> &points,
                                                             const std::vector<bool> &shown, double markerSize)
{
    std::vector<sk::MarkerPlacement> groups;
    std::vector<bool> taken(points.size(), false);
    for (size_t i = 0; i < points.size(); ++i) {
        if (taken[i] || !shown[i])
            continue;
        sk::MarkerPlacement group{points[i], {static_cast<int>(i)}};
        taken[i] = true;
        for (size_t g = 0; g < group.members.size(); ++g) {
            const QPointF anchor = points[static_cast<size_t>(group.members[g])];
            for (size_t j = 0; j < points.size(); ++j) {
                if (!taken[j] && shown[j] && QLineF(anchor, points[j]).length() < markerSize * 1.1) {
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
    return groups;
}

} // namespace sktest
