// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "mapviewport.h"

#include <algorithm>

namespace sk {

void MapViewport::setMetresPerPixel(double metresPerPixel)
{
    m_metresPerPixel = std::clamp(metresPerPixel, minMetresPerPixel, maxMetresPerPixel);
}

QPointF MapViewport::worldToScreen(const QPointF &world) const
{
    return QPointF((world.x() - m_centre.x()) / m_metresPerPixel + m_size.width() / 2.0,
                   m_size.height() / 2.0 - (world.y() - m_centre.y()) / m_metresPerPixel);
}

QPointF MapViewport::screenToWorld(const QPointF &screen) const
{
    return QPointF(m_centre.x() + (screen.x() - m_size.width() / 2.0) * m_metresPerPixel,
                   m_centre.y() - (screen.y() - m_size.height() / 2.0) * m_metresPerPixel);
}

QTransform MapViewport::worldToScreenTransform() const
{
    const double scale = 1.0 / m_metresPerPixel;
    return QTransform(scale, 0, 0, -scale, m_size.width() / 2.0 - m_centre.x() * scale,
                      m_size.height() / 2.0 + m_centre.y() * scale);
}

QRectF MapViewport::visibleWorldRect() const
{
    const QPointF a = screenToWorld(QPointF(0, 0));
    const QPointF b = screenToWorld(QPointF(m_size.width(), m_size.height()));
    return QRectF(a, b).normalized();
}

void MapViewport::fit(const QRectF &world, double margin)
{
    const double width = std::max(1.0, m_size.width() - 2 * margin);
    const double height = std::max(1.0, m_size.height() - 2 * margin);
    m_centre = world.center();
    setMetresPerPixel(std::max(world.width() / width, world.height() / height));
}

void MapViewport::zoomAbout(const QPointF &screenAnchor, double factor)
{
    const QPointF anchorWorld = screenToWorld(screenAnchor);
    setMetresPerPixel(m_metresPerPixel / factor);
    const QPointF moved = screenToWorld(screenAnchor);
    m_centre += anchorWorld - moved;
}

void MapViewport::panByPixels(const QPointF &delta)
{
    m_centre += QPointF(-delta.x() * m_metresPerPixel, delta.y() * m_metresPerPixel);
}

} // namespace sk
