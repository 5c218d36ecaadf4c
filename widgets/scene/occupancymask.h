// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QImage>
#include <QRectF>

#include <vector>

namespace sk {

// Which pixels of a frame are taken (e.g. by land), from a coarse mask image, answering "does this rectangle touch
// any taken pixel?" in constant time through a summed-area table.
class OccupancyMask
{
public:
    OccupancyMask() = default;
    // `mask`: any pixel with alpha > 0 is taken; one mask pixel covers `pixelsPerCell` frame pixels in each direction.
    OccupancyMask(const QImage &mask, double pixelsPerCell);

    bool isEmpty() const { return m_width == 0; }
    // Where the mask's first cell lies in frame pixels (e.g. a mask kept per scale, shifted as the map pans).
    void setOrigin(const QPointF &origin) { m_origin = origin; }
    bool intersects(const QRectF &rect) const;

private:
    int m_width = 0;
    int m_height = 0;
    double m_pixelsPerCell = 1;
    QPointF m_origin;
    std::vector<int> m_sums; // (m_width + 1) × (m_height + 1)
};

} // namespace sk
