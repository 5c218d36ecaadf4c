// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/mapstyle.h"
#include "widgets/scene/cityinsets.h"
#include "widgets/scene/mapscene.h"
#include "widgets/scene/mapviewport.h"
#include "widgets/scene/markerlayout.h"

#include <QFont>
#include <QRectF>
#include <QSizeF>

#include <functional>
#include <vector>

class QPainter;

namespace sk {

// Where the renderer puts everything that is not the map itself. Layer painters take their places from here and
// never work them out again.
struct FrameLayout
{
    QRectF frame; // the whole frame, logical pixels
    double textScale = 1.0;
    double margin = 14.0; // between the frame's edge and its panels
    // Each empty when not drawn.
    QRectF dateLabel;
    QRectF legend;
    QRectF scaleBar;
    QRectF credits;
    QRectF topRightLegend; // a layer's legend at the top right
    QRectF aboveScaleBarLegend; // a layer's legend above the scale bar
    std::vector<PlacedInset> insets;

    // Every panel drawn over the map, insets excluded.
    std::vector<QRectF> panels() const
    {
        std::vector<QRectF> result;
        for (const QRectF &panel : {dateLabel, legend, scaleBar, credits, topRightLegend, aboveScaleBarLegend}) {
            if (!panel.isEmpty())
                result.push_back(panel);
        }
        return result;
    }
};

// What a layer painter is handed for one frame.
struct LayerContext
{
    const MapViewport &viewport;
    const MapScene &scene;
    const MapStyle &style;
    const FrameLayout &frame;
    const std::vector<MarkerPlacement> &markers; // screen, as drawn (city insets' included)
    // The main map's markers laid out in "layout pixels" (MapLabelLayout::toLayout) without culling, so that
    // anything placed against them holds while the map is panned; screen = layout + layoutOffset.
    const std::vector<MarkerPlacement> &layoutMarkers;
    QPointF layoutOffset;
    // The renderer's own base map and marker drawing, for painters that show the map again (city insets).
    std::function<void(QPainter &, const MapViewport &)> paintBase;
    std::function<void(QPainter &, const std::vector<const MarkerPlacement *> &)> paintMarkers;
};

// One layer over the base map (coverage, FA-region gaps, suggestions, names, city insets) and its legend, if any.
class LayerPainter
{
public:
    enum class LegendSlot { None, TopRight, AboveScaleBar };

    virtual ~LayerPainter() = default;

    virtual void paintLayer(QPainter &painter, const LayerContext &context) = 0;
    virtual LegendSlot legendSlot() const { return LegendSlot::None; }
    // The legend's logical size for this scene, or an empty size when it shows none.
    virtual QSizeF legendSize(const QFont &base, const MapScene &scene, const MapStyle &style) const
    {
        Q_UNUSED(base)
        Q_UNUSED(scene)
        Q_UNUSED(style)
        return {};
    }
    // Paints the legend into the box the renderer chose for it.
    virtual void paintLegend(QPainter &painter, const LayerContext &context, const QRectF &box)
    {
        Q_UNUSED(painter)
        Q_UNUSED(context)
        Q_UNUSED(box)
    }
    // Forget cached paths and images; called when a layer the scene points to is replaced.
    virtual void clearCache() { }
};

} // namespace sk
