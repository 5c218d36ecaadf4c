// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/layerpainter.h"
#include "widgets/scene/maplabellayout.h"

#include <QHash>
#include <QImage>

#include <vector>

namespace sk {

// Paints the names on the map (scene.decorations.labels): towns and counties, office names close in, each with a
// halo in the map's colours. The main map's names are placed once per scale (MapLabelLayout) and only shifted
// while panning; a name that a panel or city inset would cover is left out, never drawn beneath it.
class LabelPainter : public LayerPainter
{
public:
    void paintLayer(QPainter &painter, const LayerContext &context) override;
    void clearCache() override;

    // The main map's names in this frame, in screen pixels.
    std::vector<MapLabel> mainLabels(const QFont &base, const LayerContext &context);
    // The names inside a city inset, in screen pixels; `obstacles` are anything else drawn on the inset's map.
    const std::vector<MapLabel> &insetLabels(const QFont &base, const LayerContext &context, const PlacedInset &inset,
                                             const std::vector<QRectF> &obstacles);
    void paintLabels(QPainter &painter, const std::vector<MapLabel> &labels, const MapScene &scene,
                     const MapStyle &style);
    // How often the main map's names were placed.
    int placementCount() const { return m_main.placementCount(); }

    static MapLabelLayout::Fonts fonts(const QFont &base, const MapStyle &style, double textScale);
    // What a name must keep clear of around a marker or cluster.
    static QRectF markerBox(const MarkerPlacement &placement, double markerSize);
    static bool isShown(const MapScene &scene);

private:
    struct Sprite
    {
        MapLabelKind kind;
        int pixelSize;
        double ratio;
        QRgb colour;
        QRgb halo;
        QImage image;
    };
    struct DotKey
    {
        double radius;
        double textScale;
        double ratio;
        QRgb halo;
        QRgb fill;
        QPoint quarterPixelOffset;
        bool operator==(const DotKey &other) const = default;
    };

    void drawDot(QPainter &painter, const QPointF &centre, double radius, const MapStyle &style, double textScale);
    void drawText(QPainter &painter, const MapLabel &label, const QFont &font, const QColor &colour,
                  const MapStyle &style, double halo);

    MapLabelLayout m_main;
    std::vector<MapLabelLayout> m_insets;
    std::vector<MapLabel> m_insetScreenLabels;
    QHash<QString, std::vector<Sprite>> m_sprites; // by the name's text
    std::vector<std::pair<DotKey, QImage>> m_dots;
};

} // namespace sk
