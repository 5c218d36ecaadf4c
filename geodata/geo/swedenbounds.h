// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QPointF>
#include <QRectF>

namespace sk {

// Generous boxes around Sweden, in WGS 84 degrees and in SWEREF 99 TM metres: a position outside is a typo, swapped
// coordinates, a wrong CRS or the wrong file. They are not the border; whether a point lies on Swedish land is
// SwedishLand's question.
class SwedenBounds
{
public:
    static constexpr double minLatitude = 55.0;
    static constexpr double maxLatitude = 69.2;
    static constexpr double minLongitude = 10.5;
    static constexpr double maxLongitude = 24.3;

    static constexpr double minEasting = 180000;
    static constexpr double maxEasting = 1000000;
    static constexpr double minNorthing = 6050000;
    static constexpr double maxNorthing = 7720000;

    static constexpr bool containsDegrees(double latitude, double longitude)
    {
        return latitude >= minLatitude && latitude <= maxLatitude && longitude >= minLongitude
                && longitude <= maxLongitude;
    }
    static constexpr bool containsSweref(double easting, double northing)
    {
        return easting >= minEasting && easting <= maxEasting && northing >= minNorthing && northing <= maxNorthing;
    }
    static bool containsSweref(const QPointF &sweref) { return containsSweref(sweref.x(), sweref.y()); }
    // The metre box as a rectangle (y grows northwards), e.g. the extent of a distance raster.
    static QRectF sweref() { return QRectF(QPointF(minEasting, minNorthing), QPointF(maxEasting, maxNorthing)); }
};

} // namespace sk
