// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QHash>
#include <QImage>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace sk {

// Panels that change only with their content (the date label, the legend, a city inset's frame): on raster targets
// each is drawn once into an image and then blitted, as text layout and rounded panels would otherwise cost more
// than the markers of a frame. Vector targets (PDF, SVG, print) and rotated or sheared painters get them drawn
// every time. The image is drawn at the panel's own sub-pixel offset, so a blit looks exactly like drawing it.
class PanelImageCache
{
public:
    using Paint = std::function<void(QPainter &painter, const QRectF &box)>;

    // Draws `box` with `paint`, or the image drawn before for the same `content` key at the same size and offset.
    // The key must name everything `paint` depends on besides the box, the painter's font and its device scale.
    void draw(QPainter &painter, const QRectF &box, const QString &content, const Paint &paint);
    void clear() { m_images.clear(); }

private:
    QHash<QString, QImage> m_images;
};

} // namespace sk
