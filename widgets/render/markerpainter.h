// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/mapstyle.h"

#include <QPointF>
#include <vector>

class QPainter;

namespace sk {

// Draws the status markers and cluster discs; shared by the map, the legend and every export.
class MarkerPainter
{
public:
    struct Marker
    {
        OfficeStatus status = OfficeStatus::Open;
        bool uncertain = false; // drawn hollow: the date lies inside the interval the data gives
        bool vulnerable = false; // ringed: in or next to a socially vulnerable area
        bool selected = false;
        bool emphasised = false; // e.g. opened in the current step
        double emphasisProgress = 1.0; // a ripple grows and settles as this goes from 0 to 1
    };

    static void drawMarker(QPainter &painter, const QPointF &centre, double size, const Marker &marker,
                           const MapStyle &style);
    // A disc with the member count, its rim divided by status like a pie.
    static void drawCluster(QPainter &painter, const QPointF &centre, double size,
                            const std::vector<OfficeStatus> &memberStatuses, bool anyVulnerable, const MapStyle &style,
                            bool drawCount = true);
    static double clusterDiameter(double markerSize, size_t count);
    // A persistent ring, drawn beneath a marker or cluster of the given radius: solid and haloed, unlike the dashed
    // selection ring, so it reads on light and dark maps alike.
    static void drawHighlightRing(QPainter &painter, const QPointF &centre, double radius, double markerSize,
                                  const MapStyle &style);
};

} // namespace sk
