// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "suggestionpainter.h"

#include "widgets/render/paintsupport.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

namespace sk {

void SuggestionPainter::paintLayer(QPainter &painter, const LayerContext &context)
{
    const MapViewport &viewport = context.viewport;
    const MapScene &scene = context.scene;
    const MapStyle &style = context.style;
    if (scene.suggestions.empty())
        return;
    const double deviceScale = deviceScaleOf(painter);
    const double radius = scene.suggestionRadiusKm * 1000.0 / viewport.metresPerPixel();
    const double badge = scene.markerSize * 1.5;
    const QFont font = sizedFont(painter.font(), badge * 0.62, true);
    const QFont labelFont = sizedFont(painter.font(), 12.0 * scene.textScale, true);
    const QRectF frame = QRectF(QPointF(0, 0), viewport.size()).adjusted(-radius, -radius, radius, radius);

    painter.save();
    for (const MapScene::SuggestedPlace &place : scene.suggestions) {
        const QPointF centre = viewport.worldToScreen(place.position);
        if (!frame.contains(centre))
            continue;
        if (radius > badge) {
            painter.setBrush(withAlpha(style.text, 18));
            QPen ring = cosmeticPen(style.text, 1.4, deviceScale);
            ring.setStyle(Qt::DashLine);
            painter.setPen(ring);
            painter.drawEllipse(centre, radius, radius);
        }
        const QRectF badgeRect(centre - QPointF(badge / 2, badge / 2), QSizeF(badge, badge));
        painter.setPen(QPen(style.text, 2.2));
        painter.setBrush(style.textHalo);
        painter.drawEllipse(badgeRect);
        painter.setFont(font);
        painter.drawText(badgeRect, Qt::AlignCenter, QString::number(place.rank));
        if (scene.decorations.text && !place.name.isEmpty()) {
            painter.setFont(labelFont);
            const QFontMetricsF metrics(labelFont);
            const QPointF at(badgeRect.right() + 4, centre.y() + metrics.ascent() / 2 - 1);
            QPainterPath text;
            text.addText(at, labelFont, place.name);
            painter.strokePath(text, QPen(style.textHalo, 3.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.fillPath(text, style.text);
        }
    }
    painter.restore();
}

} // namespace sk
