// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QTransform>

namespace sk {

// The viewport maths and nothing else: a centre in SWEREF 99 TM metres, a scale in metres per logical pixel, and a
// size in logical pixels. Screen y grows downwards, northing upwards.
class MapViewport
{
public:
    static constexpr double minMetresPerPixel = 5.0;
    static constexpr double maxMetresPerPixel = 8000.0;

    QPointF centre() const { return m_centre; }
    void setCentre(const QPointF &centre) { m_centre = centre; }
    double metresPerPixel() const { return m_metresPerPixel; }
    void setMetresPerPixel(double metresPerPixel);
    QSizeF size() const { return m_size; }
    void setSize(const QSizeF &size) { m_size = size; }
    double devicePixelRatio() const { return m_devicePixelRatio; }
    void setDevicePixelRatio(double ratio) { m_devicePixelRatio = ratio > 0 ? ratio : 1.0; }

    QPointF worldToScreen(const QPointF &world) const;
    QPointF screenToWorld(const QPointF &screen) const;
    QTransform worldToScreenTransform() const;
    QRectF visibleWorldRect() const;

    // Shows all of `world` with `margin` logical pixels around it.
    void fit(const QRectF &world, double margin = 16.0);
    // Zooms by `factor` (> 1 zooms in) keeping the world point under `screenAnchor` in place.
    void zoomAbout(const QPointF &screenAnchor, double factor);
    void panByPixels(const QPointF &delta);

    bool operator==(const MapViewport &other) const = default;

private:
    QPointF m_centre{590000.0, 6900000.0};
    double m_metresPerPixel = 1000.0;
    QSizeF m_size{800.0, 600.0};
    double m_devicePixelRatio = 1.0;
};

} // namespace sk
