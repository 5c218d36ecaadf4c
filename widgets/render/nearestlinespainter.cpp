// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "nearestlinespainter.h"

#include "widgets/render/paintsupport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace sk {

void NearestLinesPainter::paintLayer(QPainter &painter, const LayerContext &context)
{
    const MapViewport &viewport = context.viewport;
    const MapScene &scene = context.scene;
    const MapStyle &style = context.style;
    if (!scene.nearestFrom)
        return;
    const double deviceScale = deviceScaleOf(painter);
    const QPointF from = viewport.worldToScreen(*scene.nearestFrom);
    const QFont labelFont = sizedFont(painter.font(), 12.0 * scene.textScale, true);
    const QFontMetricsF metrics(labelFont);

    painter.save();
    painter.setBrush(Qt::NoBrush);
    // Farthest first, so the nearest line and its label end on top.
    for (auto line = scene.nearestLines.rbegin(); line != scene.nearestLines.rend(); ++line) {
        const QPointF to = viewport.worldToScreen(line->office);
        painter.setPen(cosmeticPen(style.textHalo, 5.0, deviceScale));
        painter.drawLine(from, to);
        QPen pen = cosmeticPen(style.text, 2.2, deviceScale);
        if (line != scene.nearestLines.rend() - 1)
            pen.setStyle(Qt::DashLine); // the nearest solid, the others dashed
        painter.setPen(pen);
        painter.drawLine(from, to);
        if (scene.decorations.text && !line->label.isEmpty()) {
            const QPointF middle = (from + to) / 2;
            QPainterPath text;
            text.addText(middle + QPointF(-metrics.horizontalAdvance(line->label) / 2, metrics.ascent() / 2 - 1),
                         labelFont, line->label);
            painter.strokePath(text, QPen(style.textHalo, 3.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.fillPath(text, style.text);
        }
    }
    // The place: a ringed dot, distinct from every office marker.
    const double radius = scene.markerSize * 0.55;
    painter.setPen(QPen(style.textHalo, 3.0));
    painter.setBrush(style.text);
    painter.drawEllipse(from, radius, radius);
    painter.setPen(QPen(style.text, 2.0));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(from, radius * 2, radius * 2);
    painter.restore();
}

} // namespace sk
