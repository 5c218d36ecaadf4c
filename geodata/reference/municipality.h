// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QGeoCoordinate>
#include <QPointF>
#include <QString>

namespace sk {

// One of Sweden's 290 municipalities (kommuner), SCB population at 31 Dec 2020.
struct Municipality
{
    QString code;
    QString name;
    QString countyCode;
    QString county;
    qint64 population = 0;
    double areaKm2 = 0;
    QString seat;
    QGeoCoordinate seatCoordinate;
    QPointF seatPosition; // SWEREF 99 TM
    QString faRegion;
    QString faRegionName;
};

} // namespace sk
