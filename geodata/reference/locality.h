// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QGeoCoordinate>
#include <QPointF>
#include <QString>

namespace sk {

// A populated place from GeoNames (CC BY 4.0).
struct Locality
{
    QString name;
    QString municipalityCode;
    QGeoCoordinate coordinate;
    QPointF position; // SWEREF 99 TM
    qint64 population = 0;
    QString geonamesId;
    QString featureCode;
};

} // namespace sk
