// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "scenariobandpainter.h"

#include "widgets/render/paintsupport.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace sk {

namespace {
// Okabe–Ito orange with near-black text: readable in both themes and unlike any map colour.
const QColor bandFill(0xE6, 0x9F, 0x00);
const QColor bandInk(0x1A, 0x1A, 0x1A);
} // namespace

QString ScenarioBandPainter::bandText(const MapScene &scene)
{
    return tr("Scenario: %1 — not the official plan").arg(scene.scenarioName);
}

double ScenarioBandPainter::height(const MapScene &scene)
{
    return scene.scenarioName.isEmpty() ? 0.0 : 30.0 * scene.textScale;
}

void ScenarioBandPainter::paint(QPainter &painter, const MapViewport &viewport, const MapScene &scene)
{
    if (scene.scenarioName.isEmpty())
        return;
    const double s = scene.textScale;
    const QRectF band(0, 0, viewport.size().width(), height(scene));
    const double stripes = std::min(band.width() / 10, 80 * s);
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(bandFill);
    painter.drawRect(band);
    // Diagonal stripes at the ends mark the band as a warning even in a grey-scale print.
    painter.setBrush(QBrush(bandInk, Qt::BDiagPattern));
    painter.drawRect(QRectF(0, 0, stripes, band.height()));
    painter.drawRect(QRectF(band.right() - stripes, 0, stripes, band.height()));
    if (scene.decorations.text) {
        const QFont font = sizedFont(painter.font(), 15 * s, true);
        painter.setFont(font);
        painter.setPen(bandInk);
        const QRectF textRect = band.adjusted(stripes + 8 * s, 0, -stripes - 8 * s, 0);
        painter.drawText(textRect, Qt::AlignCenter,
                         QFontMetricsF(font).elidedText(bandText(scene), Qt::ElideMiddle, textRect.width()));
    }
    painter.restore();
}

} // namespace sk
