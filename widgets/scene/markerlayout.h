// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/scene/mapscene.h"
#include "widgets/scene/mapviewport.h"

#include <QPointF>

#include <vector>

namespace sk {

// Where one marker or one cluster of markers is drawn, in logical screen pixels.
struct MarkerPlacement
{
    QPointF screen;
    std::vector<int> members; // indices into the office list, ascending
    int inset = -1; // the city inset it is drawn in, or -1 for the main map
    bool isCluster() const { return members.size() > 1; }
};

// Every office's screen position in a viewport, and whether its marker is shown (shown at the date and near enough
// to the visible area to be seen).
struct MarkerPositions
{
    std::vector<QPointF> points;
    std::vector<bool> shown;
    double metresPerPixel = 0;
    double markerSize = 0;
};

// Groups markers that would overlap at small scales into clusters with a count; once zoomed in far enough,
// markers at (almost) the same spot are fanned out around it instead, so each can be seen and clicked.
class MarkerLayout
{
public:
    // At or below this scale markers are never clustered.
    static constexpr double spreadBelowMetresPerPixel = 60.0;

    static MarkerPositions positions(const MapViewport &viewport, const MapScene &scene);
    static std::vector<MarkerPlacement> layout(const MarkerPositions &positions)
    {
        return layout(positions.points, positions.shown, positions.metresPerPixel, positions.markerSize);
    }
    // `points` are screen positions; indices whose `shown` is false are left out. Markers nearer than 1.1 marker
    // sizes, directly or through a chain of such neighbours, form one cluster; clusters come in the order of their
    // lowest index. Near-linear in the number of markers, however densely they lie.
    static std::vector<MarkerPlacement> layout(const std::vector<QPointF> &points, const std::vector<bool> &shown,
                                               double metresPerPixel, double markerSize);
    // Every marker on its own: groups fan out whatever the scale (city insets).
    static std::vector<MarkerPlacement> layoutSpread(const std::vector<QPointF> &points, const std::vector<bool> &shown,
                                                     double markerSize)
    {
        return layout(points, shown, spreadBelowMetresPerPixel, markerSize);
    }
    // Clusters of up to this many that separateSmallGroups() takes apart.
    static constexpr size_t maximumSplitGroup = 4;
    // Small clusters as markers side by side, each member on a little ring in its own direction, wherever none of
    // them would touch another marker or cluster (national views whose crowded cities are shown in insets).
    // `points` are the positions `groups` were laid out from.
    static std::vector<MarkerPlacement> separateSmallGroups(std::vector<MarkerPlacement> groups,
                                                            const std::vector<QPointF> &points, double markerSize);
    // The placement under `screen`, or -1; the nearest wins.
    static int hit(const std::vector<MarkerPlacement> &placements, const QPointF &screen, double radius);
};

} // namespace sk
