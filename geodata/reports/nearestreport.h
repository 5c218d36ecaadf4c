// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/nearestoffices.h"

#include <QDate>
#include <QGeoCoordinate>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace sk {

// The offices nearest a place as the command line's --nearest prints them.
// JSON: place (as typed or the place's name), lat, lon, date, offices [{name, municipality, distance_km,
// bearing_deg}], nearest first. CSV: the header name,municipality,distance_km,bearing_deg and one row per office.
// Distances in km to three decimals (metres), bearings in degrees clockwise from north to one decimal.
class NearestReport
{
public:
    NearestReport(QString place, QGeoCoordinate from, QDate date, std::vector<NearbyOffice> offices);

    const std::vector<NearbyOffice> &offices() const { return m_offices; }
    QJsonObject toJsonObject() const;
    QString toJson() const;
    QString toCsv() const;

private:
    QString m_place;
    QGeoCoordinate m_from;
    QDate m_date;
    std::vector<NearbyOffice> m_offices;
};

} // namespace sk
