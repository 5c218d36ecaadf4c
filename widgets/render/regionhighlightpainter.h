// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/layerpainter.h"
#include "widgets/render/layerpathcache.h"
#include "widgets/render/mapstyle.h"
#include "widgets/scene/mapscene.h"
#include "widgets/scene/mapviewport.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainterPath>

#include <vector>

class QPainter;

namespace sk {

// Paints the FA regions without an open office (scene.faRegionsWithoutOffice, when scene.showRegionGaps): each
// region's outline as a thick dashed line over a translucent fill when the scene has FA-region outlines, otherwise
// a hatched square at the seat of each of their municipalities (scene.faRegionGapSeats); and its legend line.
class RegionHighlightPainter : public LayerPainter
{
    Q_DECLARE_TR_FUNCTIONS(sk::RegionHighlightPainter)

public:
    void paintLayer(QPainter &painter, const LayerContext &context) override;
    // At the bottom left above the scale bar; only with the scene's text and legend decorations on.
    LegendSlot legendSlot() const override { return LegendSlot::AboveScaleBar; }
    QSizeF legendSize(const QFont &base, const MapScene &scene, const MapStyle &style) const override;
    void paintLegend(QPainter &painter, const LayerContext &context, const QRectF &box) override;
    // Forget cached paths; call when the outlines the scene points to are replaced.
    void clearCache() override;

    // Crimson: apart from the Okabe–Ito status colours and the purple coverage classes.
    static QColor colour(const MapStyle &style);

private:
    static QString legendLabel(const MapScene &scene);
    void paintOutlines(QPainter &painter, const MapViewport &viewport, const MapScene &scene, const MapStyle &style);
    void paintSeats(QPainter &painter, const MapViewport &viewport, const MapScene &scene, const MapStyle &style);

    LayerPathCache m_paths;
};

} // namespace sk
