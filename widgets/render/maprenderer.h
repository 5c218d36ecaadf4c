// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/coveragelayerpainter.h"
#include "widgets/render/insetpainter.h"
#include "widgets/render/labelpainter.h"
#include "widgets/render/layerpainter.h"
#include "widgets/render/layerpathcache.h"
#include "widgets/render/mapstyle.h"
#include "widgets/render/markerpainter.h"
#include "widgets/render/nearestlinespainter.h"
#include "widgets/render/panelimagecache.h"
#include "widgets/render/regionhighlightpainter.h"
#include "widgets/render/suggestionpainter.h"
#include "widgets/scene/mapscene.h"
#include "widgets/scene/mapviewport.h"
#include "widgets/scene/markerlayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QPainterPath>

#include <array>
#include <vector>

class QPainter;

namespace sk {

// Paints a MapScene on any QPainter: widget, QImage, PDF, SVG or printer. The base (land, water, borders) and the
// overlay (markers, date, legend, scale bar) are separate so the map widget can cache the base and repaint only
// the overlay when the date changes.
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(sk::MapRenderer)

public:
    explicit MapRenderer(const MapStyle &style = MapStyle::light());
    // Its layer painters refer to each other.
    MapRenderer(const MapRenderer &) = delete;
    MapRenderer &operator=(const MapRenderer &) = delete;

    const MapStyle &style() const { return m_style; }
    void setStyle(const MapStyle &style);

    void render(QPainter &painter, const MapViewport &viewport, const MapScene &scene);
    void renderBase(QPainter &painter, const MapViewport &viewport, const MapScene &scene);
    void renderOverlay(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
                       const std::vector<MarkerPlacement> &placements);
    // Where every marker and cluster is drawn, in screen pixels: the main map's (culled to the frame) and, on national
    // views, each city inset's, where every office stands on its own.
    std::vector<MarkerPlacement> placeMarkers(const MapViewport &viewport, const MapScene &scene) const;
    // Where the panels and city insets go in this frame.
    FrameLayout frameLayout(const MapViewport &viewport, const MapScene &scene) const;
    // The main map's names as drawn with these placements, in screen pixels.
    std::vector<MapLabel> placeLabels(const MapViewport &viewport, const MapScene &scene,
                                      const std::vector<MarkerPlacement> &placements);
    // How often the main map's names have been placed (once per scale; panning must not add to it).
    int labelPlacementCount() const { return m_labels.placementCount(); }

    // The viewport the map last settled at while the user drags it (InsetPainter::setSettledViewport).
    void setSettledViewport(const std::optional<MapViewport> &viewport) { m_insets.setSettledViewport(viewport); }

    // Forget cached paths; call when a layer the scene points to is replaced.
    void clearCache();

    // The text drawn under the date: "147 offices open in 120 of 290 municipalities".
    static QString summaryText(const MapScene &scene);
    // "published: 138, Dec 2023 (regeringen.se)", or empty without a published count near the date.
    static QString publishedText(const MapScene &scene);
    static QString dateText(QDate date);
    // The data credits, after the scenario file and when it was saved while a scenario is shown.
    static QString creditsText(const MapScene &scene);
    // The header line of an active office filter: "Showing: Norrbottens län"; empty without one.
    static QString filterText(const MapScene &scene);

private:
    struct LegendRow
    {
        MarkerPainter::Marker marker;
        QString label;
    };
    static std::vector<LegendRow> legendRows(const MapScene &scene);

    // The base of `area` (screen pixels) of the viewport; the painter may hold just that part of the frame.
    void renderBaseDirect(QPainter &painter, LayerPathCache &paths, const MapViewport &viewport, const QRectF &area,
                          const MapScene &scene);
    void drawLayer(QPainter &painter, LayerPathCache &paths, const MapViewport &viewport, const QRectF &visible,
                   const VectorLayer &layer, const QBrush &fill, const QPen &pen);
    void fadeOutsideData(QPainter &painter, const MapViewport &viewport, const QRectF &extent);
    // The main map's markers in layout pixels (MapLabelLayout::toLayout), offices inside `insets` left out.
    std::vector<MarkerPlacement> layoutMarkers(const MapViewport &viewport, const MapScene &scene,
                                               const std::vector<PlacedInset> &insets) const;
    LayerContext context(const MapViewport &viewport, const MapScene &scene, const FrameLayout &frame,
                         const std::vector<MarkerPlacement> &placements,
                         const std::vector<MarkerPlacement> &layoutPlacements);
    std::array<LayerPainter *, 6> layers();
    std::array<const LayerPainter *, 6> layers() const;
    void drawMarkers(QPainter &painter, const MapScene &scene, const std::vector<const MarkerPlacement *> &placements);
    QRectF dateLabelBox(const QFont &base, const MapViewport &viewport, const MapScene &scene) const;
    void drawDateLabel(QPainter &painter, const QRectF &box, const MapScene &scene);
    QRectF legendBox(const QFont &base, const MapViewport &viewport, const MapScene &scene) const;
    void drawLegend(QPainter &painter, const QRectF &box, const MapScene &scene);
    static QRectF scaleBarBox(const MapViewport &viewport, const MapScene &scene);
    void drawScaleBar(QPainter &painter, const QRectF &box, const MapViewport &viewport, const MapScene &scene);
    QRectF creditsBox(const QFont &base, const MapViewport &viewport, const MapScene &scene) const;
    void drawCredits(QPainter &painter, const QRectF &box, const MapScene &scene);
    void drawMarkerSprite(QPainter &painter, const QPointF &centre, double size, const MarkerPainter::Marker &marker);
    void drawPanel(QPainter &painter, const QRectF &rect, double scale);

    MapStyle m_style;
    std::array<LayerPathCache, 8> m_bandPaths; // one per band of the base drawn at once (renderBase)
    QHash<QString, QImage> m_sprites;
    PanelImageCache m_panels;
    CoverageLayerPainter m_coverageLayer;
    RegionHighlightPainter m_regionHighlight;
    SuggestionPainter m_suggestions;
    NearestLinesPainter m_nearestLines;
    LabelPainter m_labels;
    InsetPainter m_insets{m_labels};
};

} // namespace sk
