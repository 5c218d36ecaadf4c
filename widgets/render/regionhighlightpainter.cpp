// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "regionhighlightpainter.h"

#include "widgets/render/paintsupport.h"
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sk {

namespace {

constexpr double legendPad = 8;
constexpr double legendGap = 6;
constexpr double legendSwatch = 18;

bool hasOutlines(const MapScene &scene)
{
    return scene.faRegionOutlines && !scene.faRegionOutlines->isEmpty();
}

// A solid halo in the land's contrast colour under the dashes keeps the line readable on land, sea and any fill.
void strokeDashed(QPainter &painter, const QPainterPath &path, const QColor &colour, const QColor &halo, double width,
                  double deviceScale)
{
    QPen under(halo, (width + 2.5) * deviceScale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    under.setCosmetic(true);
    painter.strokePath(path, under);
    QPen dashes(colour, width * deviceScale, Qt::CustomDashLine, Qt::FlatCap, Qt::RoundJoin);
    dashes.setCosmetic(true);
    dashes.setDashPattern({3.0, 1.6});
    painter.strokePath(path, dashes);
}

// Hollow and hatched, unlike every office marker.
void drawSeatMarker(QPainter &painter, const QPointF &centre, double size, const QColor &colour, const QColor &halo)
{
    const QRectF square(centre - QPointF(size / 2, size / 2), QSizeF(size, size));
    painter.setPen(QPen(halo, 3.2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(square);
    painter.setPen(QPen(colour, 1.6));
    QBrush hatch(colour, Qt::BDiagPattern);
    hatch.setTransform(QTransform::fromScale(0.6, 0.6));
    painter.setBrush(hatch);
    painter.drawRect(square);
}

} // namespace

QColor RegionHighlightPainter::colour(const MapStyle &style)
{
    return style.theme == MapStyle::Theme::Dark ? QColor(0xff, 0x6b, 0x8b) : QColor(0xb0, 0x00, 0x3c);
}

void RegionHighlightPainter::clearCache()
{
    m_paths.clear();
}

void RegionHighlightPainter::paintLayer(QPainter &painter, const LayerContext &context)
{
    const MapViewport &viewport = context.viewport;
    const MapScene &scene = context.scene;
    const MapStyle &style = context.style;
    if (!scene.showRegionGaps || scene.faRegionsWithoutOffice.isEmpty())
        return;
    if (hasOutlines(scene))
        paintOutlines(painter, viewport, scene, style);
    else
        paintSeats(painter, viewport, scene, style);
}

void RegionHighlightPainter::paintOutlines(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
                                           const MapStyle &style)
{
    const VectorLayer &layer = *scene.faRegionOutlines;
    const size_t level = layer.levelFor(viewport.metresPerPixel());
    const std::vector<VectorFeature> &features = layer.level(level);
    const std::vector<QPainterPath> &featurePaths = m_paths.paths(layer, level);
    const QRectF visible = viewport.visibleWorldRect();
    const double deviceScale = deviceScaleOf(painter);
    const QColor colour = RegionHighlightPainter::colour(style);
    painter.save();
    painter.setWorldTransform(viewport.worldToScreenTransform(), true);
    for (size_t i = 0; i < features.size(); ++i) {
        if (!features[i].bounds.intersects(visible) || !scene.faRegionsWithoutOffice.contains(features[i].code))
            continue;
        painter.fillPath(featurePaths[i], withAlpha(colour, style.theme == MapStyle::Theme::Dark ? 60 : 38));
        strokeDashed(painter, featurePaths[i], colour, style.textHalo, 2.6, deviceScale);
    }
    painter.restore();
}

void RegionHighlightPainter::paintSeats(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
                                        const MapStyle &style)
{
    const QRectF frame(QPointF(0, 0), viewport.size());
    const double size = scene.markerSize * 1.15;
    for (const QPointF &seat : scene.faRegionGapSeats) {
        const QPointF centre = viewport.worldToScreen(seat);
        if (frame.adjusted(-size, -size, size, size).contains(centre))
            drawSeatMarker(painter, centre, size, colour(style), style.textHalo);
    }
}

QString RegionHighlightPainter::legendLabel(const MapScene &scene)
{
    return tr("FA region without an office (%1)").arg(QLocale().toString(scene.faRegionsWithoutOffice.size()));
}

QSizeF RegionHighlightPainter::legendSize(const QFont &base, const MapScene &scene, const MapStyle &) const
{
    if (!scene.showRegionGaps || !scene.decorations.text || !scene.decorations.legend)
        return {};
    const double s = scene.textScale;
    const QFontMetricsF metrics(sizedFont(base, 12.5 * s));
    return QSizeF(legendPad * s + legendSwatch * s + legendGap * s + metrics.horizontalAdvance(legendLabel(scene))
                          + legendPad * s,
                  std::max(metrics.height(), legendSwatch * s) + 2 * legendPad * s);
}

void RegionHighlightPainter::paintLegend(QPainter &painter, const LayerContext &context, const QRectF &box)
{
    const MapScene &scene = context.scene;
    const MapStyle &style = context.style;
    const double s = scene.textScale;
    const double pad = legendPad * s;
    const double swatch = legendSwatch * s;
    const QFont font = sizedFont(painter.font(), 12.5 * s);
    const QString label = legendLabel(scene);
    painter.save();
    painter.setPen(QPen(style.panelBorder, 1.0));
    painter.setBrush(style.panel);
    painter.drawRoundedRect(box, 6 * s, 6 * s);
    const QRectF swatchRect(box.left() + pad, box.center().y() - swatch / 2, swatch, swatch);
    const QColor colour = RegionHighlightPainter::colour(style);
    if (hasOutlines(scene)) {
        QPainterPath path;
        path.addRect(swatchRect.adjusted(2 * s, 2 * s, -2 * s, -2 * s));
        painter.fillPath(path, withAlpha(colour, style.theme == MapStyle::Theme::Dark ? 60 : 38));
        strokeDashed(painter, path, colour, style.textHalo, 2.6, deviceScaleOf(painter));
    } else {
        drawSeatMarker(painter, swatchRect.center(), scene.markerSize * 1.15, colour, style.textHalo);
    }
    painter.setPen(style.text);
    painter.setFont(font);
    const double textLeft = swatchRect.right() + legendGap * s;
    painter.drawText(QRectF(textLeft, box.top(), box.right() - textLeft, box.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, label);
    painter.restore();
}

} // namespace sk
