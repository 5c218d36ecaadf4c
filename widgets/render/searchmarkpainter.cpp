// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "searchmarkpainter.h"

#include "widgets/render/paintsupport.h"

#include <QFontMetricsF>
#include <QPainter>

namespace sk {

void SearchMarkPainter::paint(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
                              const MapStyle &style)
{
    if (!scene.searchMark)
        return;
    const QPointF centre = viewport.worldToScreen(scene.searchMark->position);
    if (!QRectF(QPointF(0, 0), viewport.size()).adjusted(-40, -40, 40, 40).contains(centre))
        return;
    const double s = scene.textScale;
    const double ring = scene.markerSize * 1.1;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    if (scene.searchPulse < 1.0) {
        const double radius = ring + scene.markerSize * 3.0 * scene.searchPulse;
        painter.setPen(QPen(withAlpha(style.selection, int(255 * (1.0 - scene.searchPulse))), 3 * s));
        painter.drawEllipse(centre, radius, radius);
    }
    painter.setPen(QPen(style.textHalo, 5 * s));
    painter.drawEllipse(centre, ring, ring);
    painter.setPen(QPen(style.selection, 2.5 * s));
    painter.drawEllipse(centre, ring, ring);
    if (scene.decorations.text && !scene.searchMark->label.isEmpty()) {
        const QFont font = sizedFont(painter.font(), 14 * s, true);
        const QFontMetricsF metrics(font);
        const double pad = 6 * s;
        QRectF box(centre.x() + ring + 6 * s, centre.y() - metrics.height() / 2 - pad / 2,
                   metrics.horizontalAdvance(scene.searchMark->label) + 2 * pad, metrics.height() + pad);
        // Beside the mark, flipped to the left near the right edge.
        if (box.right() > viewport.size().width() - 4)
            box.moveRight(centre.x() - ring - 6 * s);
        painter.setPen(QPen(style.selection, 1.5 * s));
        painter.setBrush(style.panel);
        painter.drawRoundedRect(box, 4 * s, 4 * s);
        painter.setFont(font);
        painter.setPen(style.text);
        painter.drawText(box, Qt::AlignCenter, scene.searchMark->label);
    }
    painter.restore();
}

} // namespace sk
