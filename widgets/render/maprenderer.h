// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/coveragelayerpainter.h"
#include "widgets/render/layerpathcache.h"
#include "widgets/render/mapstyle.h"
#include "widgets/render/markerpainter.h"
#include "widgets/render/regionhighlightpainter.h"
#include "widgets/render/suggestionpainter.h"
#include "widgets/scene/mapscene.h"
#include "widgets/scene/mapviewport.h"
#include "widgets/scene/markerlayout.h"

#include <QHash>
#include <QImage>
#include <QPainterPath>

#include <vector>

class QPainter;

namespace sk {

// Paints a MapScene on any QPainter: widget, QImage, PDF, SVG or printer. The base (land, water, borders) and the
// overlay (markers, date, legend, scale bar) are separate so the map widget can cache the base and repaint only
// the overlay when the date changes.
class MapRenderer
{
public:
    explicit MapRenderer(const MapStyle &style = MapStyle::light());

    const MapStyle &style() const { return m_style; }
    void setStyle(const MapStyle &style);

    void render(QPainter &painter, const MapViewport &viewport, const MapScene &scene);
    void renderBase(QPainter &painter, const MapViewport &viewport, const MapScene &scene);
    void renderOverlay(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
                       const std::vector<MarkerPlacement> &placements);
    std::vector<MarkerPlacement> placeMarkers(const MapViewport &viewport, const MapScene &scene) const;

    // Forget cached paths; call when a layer the scene points to is replaced.
    void clearCache();

    // The text drawn under the date: "147 offices open in 120 of 290 municipalities".
    static QString summaryText(const MapScene &scene);
    // "published: 138, Dec 2023 (regeringen.se)", or empty without a published count near the date.
    static QString publishedText(const MapScene &scene);
    static QString dateText(QDate date);

private:
    void drawLayer(QPainter &painter, const MapViewport &viewport, const VectorLayer &layer, const QBrush &fill,
                   const QPen &pen, const QString &onlyCode = {}, const QString &exceptCode = {});
    void fadeOutsideData(QPainter &painter, const MapViewport &viewport, const QRectF &extent);
    void drawMarkers(QPainter &painter, const MapScene &scene, const std::vector<MarkerPlacement> &placements);
    void drawDateLabel(QPainter &painter, const MapViewport &viewport, const MapScene &scene);
    void drawLegend(QPainter &painter, const MapViewport &viewport, const MapScene &scene);
    void drawScaleBar(QPainter &painter, const MapViewport &viewport, const MapScene &scene);
    void drawCredits(QPainter &painter, const MapViewport &viewport, const MapScene &scene);
    void drawMarkerSprite(QPainter &painter, const QPointF &centre, double size, const MarkerPainter::Marker &marker);
    void drawPanel(QPainter &painter, const QRectF &rect, double scale);

    MapStyle m_style;
    LayerPathCache m_paths;
    QHash<QString, QImage> m_sprites;
    CoverageLayerPainter m_coverageLayer;
    RegionHighlightPainter m_regionHighlight;
    SuggestionPainter m_suggestions;
};

} // namespace sk
