// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/labelpainter.h"
#include "widgets/render/layerpainter.h"
#include "widgets/render/layerpathcache.h"
#include "widgets/render/panelimagecache.h"

#include <QImage>

#include <optional>

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
    // While the map is dragged, frames are drawn for viewports that differ from the settled one only by a shift:
    // the insets then keep the places found for the settled viewport (their frames fixed on the screen, their
    // outlines following the map) and are placed anew once the map settles. Without one, every frame places them.
    void setSettledViewport(const std::optional<MapViewport> &viewport);
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
        std::vector<int> insets; // which of CityInsets::sweden()
        bool operator==(const LayoutKey &other) const = default;
    };

    static bool isShiftOf(const MapViewport &settled, const MapViewport &viewport);
    static bool showsAnOfficeIn(const MapScene &scene, const QRectF &extent);
    const OccupancyMask &swedishLand(const MapViewport &viewport, const BaseMap &baseMap) const;
    void paintInset(QPainter &painter, const LayerContext &context, const PlacedInset &inset);
    // Everything of the inset that only the frame changes: its panel, base map, border, title and scale bar.
    void paintCard(QPainter &painter, const LayerContext &context, const PlacedInset &inset);
    static QString cardKey(const LayerContext &context, const PlacedInset &inset);
    static void paintMapBorder(QPainter &painter, const PlacedInset &inset, const MapStyle &style, double textScale);
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
    mutable std::vector<PlacedInset> m_shiftedLayout;
    std::optional<MapViewport> m_settled;
    PanelImageCache m_cards;
};

} // namespace sk
