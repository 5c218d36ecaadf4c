// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"

#include <QDate>
#include <QGeoCoordinate>

#include <vector>

namespace sk {

// One office as seen from a place: how far, in which direction.
struct NearbyOffice
{
    int office = -1; // index into the offices searched
    QString id;
    QString name;
    QString municipality;
    QGeoCoordinate coordinate;
    double distanceMetres = 0; // QGeoCoordinate::distanceTo: great circle on a sphere of the Earth's mean radius
    double bearingDegrees = 0; // initial bearing from the place, 0–360 clockwise from north (azimuthTo)
};

// "How far is it from here to an office?": the offices open at a date nearest a place, nearest first, by the
// distance QGeoCoordinate gives (the great circle; within 0.5 % of the ellipsoidal geodesic).
class NearestOffices
{
public:
    static constexpr int defaultCount = 3;

    static std::vector<NearbyOffice> find(const std::vector<Office> &offices, const QGeoCoordinate &from, QDate date,
                                          int count = defaultCount);
};

} // namespace sk
