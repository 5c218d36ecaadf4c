// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "occupancymask.h"

#include <algorithm>
#include <cmath>

namespace sk {

OccupancyMask::OccupancyMask(const QImage &mask, double pixelsPerCell)
    : m_width(mask.width())
    , m_height(mask.height())
    , m_pixelsPerCell(pixelsPerCell)
    , m_sums(static_cast<size_t>(m_width + 1) * static_cast<size_t>(m_height + 1), 0)
{
    const QImage alpha = mask.convertToFormat(QImage::Format_Alpha8);
    const size_t stride = static_cast<size_t>(m_width + 1);
    for (int y = 0; y < m_height; ++y) {
        const uchar *row = alpha.constScanLine(y);
        int rowSum = 0;
        for (int x = 0; x < m_width; ++x) {
            rowSum += row[x] > 0 ? 1 : 0;
            m_sums[static_cast<size_t>(y + 1) * stride + static_cast<size_t>(x + 1)]
                    = m_sums[static_cast<size_t>(y) * stride + static_cast<size_t>(x + 1)] + rowSum;
        }
    }
}

bool OccupancyMask::intersects(const QRectF &rect) const
{
    if (isEmpty())
        return false;
    const QRectF frameRect = rect.translated(-m_origin);
    const int left = std::clamp(static_cast<int>(std::floor(frameRect.left() / m_pixelsPerCell)), 0, m_width);
    const int top = std::clamp(static_cast<int>(std::floor(frameRect.top() / m_pixelsPerCell)), 0, m_height);
    const int right = std::clamp(static_cast<int>(std::ceil(frameRect.right() / m_pixelsPerCell)), 0, m_width);
    const int bottom = std::clamp(static_cast<int>(std::ceil(frameRect.bottom() / m_pixelsPerCell)), 0, m_height);
    if (right <= left || bottom <= top)
        return false;
    const size_t stride = static_cast<size_t>(m_width + 1);
    const auto at = [&](int x, int y) { return m_sums[static_cast<size_t>(y) * stride + static_cast<size_t>(x)]; };
    return at(right, bottom) - at(left, bottom) - at(right, top) + at(left, top) > 0;
}

} // namespace sk
