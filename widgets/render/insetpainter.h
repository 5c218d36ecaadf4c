// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/labelpainter.h"
#include "widgets/render/layerpainter.h"
#include "widgets/render/layerpathcache.h"

#include <QImage>

#include <vector>

namespace sk {

// City insets (scene.decorations.insets): Stockholm, Göteborg and Malmö framed at a larger scale over sea or
// neighbouring countries, each with its title, its own scale bar, every office as its own marker and the names of
// its places; their areas outlined on the main map.
class InsetPainter : public LayerPainter
{
public:
    explicit InsetPainter(LabelPainter &labels);

    // Where the insets go in this frame, avoiding Swedish land and `panels`; kept until the frame changes.
    const std::vector<PlacedInset> &layout(const MapViewport &viewport, const MapScene &scene,
                                           const std::vector<QRectF> &panels) const;
    void paintLayer(QPainter &painter, const LayerContext &context) override;
    void clearCache() override;

    // The inset's scale bar, at the right of its title strip.
    static QRectF scaleBarBox(const PlacedInset &inset, double textScale);

private:
    struct LayoutKey
    {
        MapViewport viewport;
        const BaseMap *baseMap = nullptr;
        std::vector<QRectF> panels;
        double textScale = 1;
        bool operator==(const LayoutKey &other) const = default;
    };
    struct BaseKey
    {
        MapViewport viewport;
        double deviceScale = 1;
        const BaseMap *baseMap = nullptr;
        const AdminBoundaries *boundaries = nullptr;
        MapStyle::Theme theme = MapStyle::Theme::Light;
        bool operator==(const BaseKey &other) const = default;
    };

    const OccupancyMask &swedishLand(const MapViewport &viewport, const BaseMap &baseMap) const;
    void paintInset(QPainter &painter, const LayerContext &context, const PlacedInset &inset);
    void paintBase(QPainter &painter, const LayerContext &context, const PlacedInset &inset);
    void paintScaleBar(QPainter &painter, const PlacedInset &inset, const MapScene &scene, const MapStyle &style);

    LabelPainter &m_labels;
    mutable LayerPathCache m_maskPaths;
    mutable OccupancyMask m_land;
    mutable QPointF m_landCorner;
    mutable double m_maskScale = 0;
    mutable const BaseMap *m_maskBaseMap = nullptr;
    mutable LayoutKey m_layoutKey;
    mutable bool m_layoutValid = false;
    mutable std::vector<PlacedInset> m_layout;
    std::vector<std::pair<BaseKey, QImage>> m_bases; // per inset
};

} // namespace sk
