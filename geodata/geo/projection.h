// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QGeoCoordinate>
#include <QPointF>
#include <QRectF>

#include <vector>

namespace sk {

// WGS 84 (EPSG:4326) <-> SWEREF 99 TM (EPSG:3006), the working CRS of the whole program.
// Points in SWEREF 99 TM are QPointF(easting, northing) in metres. Thread-safe: each thread has its own transforms.
class Projection
{
public:
    static constexpr int workingEpsg = 3006;

    static QPointF toSweref(const QGeoCoordinate &coordinate);
    static QGeoCoordinate toWgs84(const QPointF &sweref);
    static std::vector<QPointF> toSweref(const std::vector<QGeoCoordinate> &coordinates);

    // The view that shows all of Sweden.
    static QRectF swedenHomeExtent();
};

} // namespace sk
