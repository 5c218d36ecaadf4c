// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/coverageclasses.h"
#include "widgets/render/layerpainter.h"
#include "widgets/render/layerpathcache.h"
#include "widgets/render/mapstyle.h"
#include "widgets/scene/mapscene.h"
#include "widgets/scene/mapviewport.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPainterPath>

#include <array>
#include <vector>

class QPainter;

namespace sk {

// Paints the coverage layer of a MapScene (scene.coverage, shown as scene.coverageDisplay asks) beneath the markers:
// municipalities coloured by CoverageClasses, as a translucent choropleth when the scene has official boundaries
// and as circles at the seats (area by population) otherwise; optional rings around the open offices; its legend.
class CoverageLayerPainter : public LayerPainter
{
    Q_DECLARE_TR_FUNCTIONS(sk::CoverageLayerPainter)

public:
    void paintLayer(QPainter &painter, const LayerContext &context) override;
    // At the top right; only with the scene's legend decorations on and the layer or the rings shown.
    LegendSlot legendSlot() const override { return LegendSlot::TopRight; }
    QSizeF legendSize(const QFont &base, const MapScene &scene, const MapStyle &style) const override;
    void paintLegend(QPainter &painter, const LayerContext &context, const QRectF &box) override;
    void clearCache() override;

    // A class's choropleth fill, translucent so that lakes, lines and neighbours show through.
    static QColor choroplethFill(int distanceClass, const MapStyle &style);
    // Logical radius of a seat circle: its area is proportional to the population.
    static double circleRadius(double population, double markerSize);

private:
    // Everything the legend measures before it paints; an empty size when it shows nothing.
    struct LegendGeometry
    {
        bool layer = false;
        bool rings = false;
        bool circles = false;
        double pad = 0, gap = 0, rowHeight = 0, swatch = 0, maxRadius = 0;
        double width = 0, labelWidth = 0, countWidth = 0, titleHeight = 0, noteHeight = 0;
        QFont titleFont, font, noteFont;
        QString title, note, ringLabel;
        QStringList shares;
        std::array<int, CoverageClasses::count> counts{};
        QSizeF size;
    };
    static LegendGeometry legendGeometry(const QFont &base, const MapScene &scene);

    void paintChoropleth(QPainter &painter, const MapViewport &viewport, const MapScene &scene, const MapStyle &style);
    void paintCircles(QPainter &painter, const MapViewport &viewport, const MapScene &scene, const MapStyle &style);
    void paintRings(QPainter &painter, const MapViewport &viewport, const MapScene &scene, const MapStyle &style);
    // Each municipality path in the fill of its class; a class below zero leaves it out.
    static void drawChoropleth(QPainter &painter, const MapViewport &viewport, const std::vector<QPainterPath> &paths,
                               const std::vector<int> &classes, const MapStyle &style);

    // What the cached choropleth image shows.
    struct ChoroplethKey
    {
        MapViewport viewport;
        double deviceScale = 1;
        const VectorLayer *layer = nullptr;
        size_t level = 0;
        std::vector<int> classes; // per feature of the level
        MapStyle::Theme theme = MapStyle::Theme::Light;
        bool operator==(const ChoroplethKey &other) const = default;
    };

    LayerPathCache m_paths;
    ChoroplethKey m_choroplethKey;
    QImage m_choroplethImage;
};

} // namespace sk
