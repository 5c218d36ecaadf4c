// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "panelimagecache.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace sk {

namespace {

// Images kept before the cache starts again: a timeline run adds one date label per step.
constexpr qsizetype imageLimit = 200;
// Room around the box for a border's half width and antialiasing, in device pixels.
constexpr double padding = 2.0;
// Sub-pixel offsets are told apart in quarters of a device pixel.
constexpr double offsetSteps = 4.0;

} // namespace

void PanelImageCache::draw(QPainter &painter, const QRectF &box, const QString &content, const Paint &paint)
{
    const QTransform device = painter.deviceTransform();
    if (painter.paintEngine()->type() != QPaintEngine::Raster || device.type() > QTransform::TxScale
        || device.m11() != device.m22() || device.m11() <= 0) {
        paint(painter, box);
        return;
    }
    const double ratio = device.m11();
    const QRectF deviceBox = device.mapRect(box).adjusted(-padding, -padding, padding, padding);
    const QPointF origin(std::floor(deviceBox.left()), std::floor(deviceBox.top()));
    const QPointF offset(std::round((deviceBox.left() - origin.x()) * offsetSteps) / offsetSteps,
                         std::round((deviceBox.top() - origin.y()) * offsetSteps) / offsetSteps);
    const QSize size(static_cast<int>(std::ceil(deviceBox.width())) + 1,
                     static_cast<int>(std::ceil(deviceBox.height())) + 1);
    const QString key = QStringLiteral("%1|%2x%3|%4,%5|%6|%7")
                                .arg(content)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(offset.x())
                                .arg(offset.y())
                                .arg(ratio)
                                .arg(painter.font().key());
    auto image = m_images.constFind(key);
    if (image == m_images.constEnd()) {
        if (m_images.size() >= imageLimit)
            m_images.clear();
        QImage drawn(size, QImage::Format_ARGB32_Premultiplied);
        drawn.fill(Qt::transparent);
        QPainter imagePainter(&drawn);
        imagePainter.setRenderHints(painter.renderHints());
        imagePainter.setFont(painter.font());
        imagePainter.translate(offset);
        imagePainter.scale(ratio, ratio);
        imagePainter.translate(-box.topLeft() + QPointF(padding, padding) / ratio);
        paint(imagePainter, box);
        imagePainter.end();
        drawn.setDevicePixelRatio(ratio);
        image = m_images.insert(key, drawn);
    }
    // Back through the painter's own transform (a widget's offset in its window is part of it), so that the image
    // lands on whole device pixels at one image pixel each.
    painter.drawImage(device.inverted().map(origin), *image);
}

} // namespace sk
