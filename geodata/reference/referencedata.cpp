// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "referencedata.h"

#include "geodata/geo/featurereader.h"
#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"

#include <QDir>

namespace sk {

namespace {

std::optional<QGeoCoordinate> readCoordinate(FeatureReader &reader, const QString &latColumn, const QString &lonColumn,
                                             QStringList *errors)
{
    bool latOk = false;
    bool lonOk = false;
    const double latitude = reader.text(latColumn).toDouble(&latOk);
    const double longitude = reader.text(lonColumn).toDouble(&lonOk);
    if (!latOk || !lonOk || !SwedenBounds::containsDegrees(latitude, longitude)) {
        *errors << reader.message(ReferenceData::tr("%1/%2 is not a position in Sweden").arg(latColumn, lonColumn));
        return std::nullopt;
    }
    return QGeoCoordinate(latitude, longitude);
}

} // namespace

ReferenceData ReferenceData::load(const QString &dataDirectory, QStringList *errors)
{
    const QDir directory(dataDirectory);
    return loadFiles(directory.filePath(QStringLiteral("municipalities.csv")),
                     directory.filePath(QStringLiteral("localities.csv")), errors);
}

ReferenceData ReferenceData::loadFiles(const QString &municipalitiesPath, const QString &localitiesPath,
                                       QStringList *errors)
{
    ReferenceData data;
    FeatureReader municipalities(municipalitiesPath, true);
    if (!municipalities.isOpen())
        *errors << municipalities.openError();
    while (municipalities.next()) {
        Municipality municipality;
        municipality.code = municipalities.text(QStringLiteral("code"));
        municipality.name = municipalities.text(QStringLiteral("name"));
        municipality.countyCode = municipalities.text(QStringLiteral("county_code"));
        municipality.county = municipalities.text(QStringLiteral("county"));
        bool populationOk = false;
        municipality.population = municipalities.text(QStringLiteral("population")).toLongLong(&populationOk);
        municipality.areaKm2 = municipalities.text(QStringLiteral("area_km2")).toDouble();
        municipality.seat = municipalities.text(QStringLiteral("seat"));
        municipality.faRegion = municipalities.text(QStringLiteral("fa_region"));
        municipality.faRegionName = municipalities.text(QStringLiteral("fa_region_name"));
        if (municipality.code.size() != 4 || municipality.name.isEmpty() || !populationOk
            || municipality.population < 0) {
            *errors << municipalities.message(tr("code, name or population is missing or malformed"));
            continue;
        }
        if (data.m_indexOfCode.contains(municipality.code)) {
            *errors << municipalities.message(tr("municipality code %1 appears twice").arg(municipality.code));
            continue;
        }
        const std::optional<QGeoCoordinate> seat
                = readCoordinate(municipalities, QStringLiteral("seat_lat"), QStringLiteral("seat_lon"), errors);
        if (!seat)
            continue;
        municipality.seatCoordinate = *seat;
        municipality.seatPosition = Projection::toSweref(*seat);
        data.m_indexOfCode.insert(municipality.code, static_cast<int>(data.m_municipalities.size()));
        data.m_municipalities.push_back(std::move(municipality));
    }

    if (const QString readError = municipalities.readError(); !readError.isEmpty()) {
        *errors << readError;
        data.m_municipalities.clear();
        data.m_indexOfCode.clear();
    }

    FeatureReader localities(localitiesPath, true);
    if (!localities.isOpen())
        *errors << localities.openError();
    while (localities.next()) {
        Locality locality;
        locality.name = localities.text(QStringLiteral("name"));
        locality.municipalityCode = localities.text(QStringLiteral("municipality_code"));
        bool populationOk = false;
        locality.population = localities.text(QStringLiteral("population")).toLongLong(&populationOk);
        locality.geonamesId = localities.text(QStringLiteral("geonames_id"));
        locality.featureCode = localities.text(QStringLiteral("feature_code"));
        if (locality.name.isEmpty() || !populationOk || locality.population < 0) {
            *errors << localities.message(tr("name or population is missing or malformed"));
            continue;
        }
        const std::optional<QGeoCoordinate> coordinate
                = readCoordinate(localities, QStringLiteral("lat"), QStringLiteral("lon"), errors);
        if (!coordinate)
            continue;
        locality.coordinate = *coordinate;
        locality.position = Projection::toSweref(*coordinate);
        data.m_localities.push_back(std::move(locality));
    }
    if (const QString readError = localities.readError(); !readError.isEmpty()) {
        *errors << readError;
        data.m_localities.clear();
    }
    return data;
}

const Municipality *ReferenceData::municipality(const QString &code) const
{
    const auto it = m_indexOfCode.constFind(code);
    return it == m_indexOfCode.constEnd() ? nullptr : &m_municipalities[static_cast<size_t>(*it)];
}

qint64 ReferenceData::totalPopulation() const
{
    qint64 total = 0;
    for (const Municipality &municipality : m_municipalities)
        total += municipality.population;
    return total;
}

} // namespace sk
