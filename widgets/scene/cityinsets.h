// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/scene/mapviewport.h"
#include "widgets/scene/occupancymask.h"

#include <QRectF>
#include <QString>

#include <vector>

namespace sk {

// A city area shown at a larger scale beside the national map, so that its offices need no cluster.
struct CityInset
{
    QString title;
    QRectF extent; // SWEREF 99 TM (y = northing)
};

// Where an inset stands in a frame and at which scale it shows its area.
struct PlacedInset
{
    int index = -1; // into the definitions
    QString title;
    QRectF extent; // SWEREF 99 TM
    QRectF frame; // screen: panel with title strip
    QRectF map; // screen: the map inside the panel
    QRectF titleStrip; // screen
    QRectF outline; // screen: the extent on the main map
    MapViewport viewport; // the inset's own; its screen is offset by map.topLeft()

    QPointF toScreen(const QPointF &world) const { return viewport.worldToScreen(world) + map.topLeft(); }
};

// Places city insets over sea or neighbouring countries: never over Swedish land, another inset or a panel of the
// frame, each as near its city as the frame allows. An inset that fits nowhere is left out.
class CityInsets
{
public:
    // Stockholm with Uppsala, Göteborg, and Malmö with Lund and Helsingborg: where offices crowd at national scale.
    static const std::vector<CityInset> &sweden();

    // Insets accompany national and large regional views only; closer in the main map shows every office itself.
    static constexpr double fromMetresPerPixel = 700.0;
    // An inset map is at least this many pixels tall, else it is left out.
    static constexpr double minimumMapHeight = 90.0;

    // `land` covers the frame's Swedish land; `obstacles` are panels (date, legend, scale bar, credits, …).
    static std::vector<PlacedInset> place(const std::vector<CityInset> &insets, const MapViewport &main,
                                          const OccupancyMask &land, const std::vector<QRectF> &obstacles,
                                          double textScale);
};

} // namespace sk
