// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officeschema.h"

#include <QLocale>

namespace sk {

const std::vector<OfficeSchema::Column> &OfficeSchema::columns()
{
    static const std::vector<Column> all{
            {OfficeField::Id, QStringLiteral("id"), ValueType::Text},
            {OfficeField::Name, QStringLiteral("name"), ValueType::Text},
            {OfficeField::Municipality, QStringLiteral("municipality"), ValueType::Text},
            {OfficeField::MunicipalityCode, QStringLiteral("municipality_code"), ValueType::Text},
            {OfficeField::County, QStringLiteral("county"), ValueType::Text},
            {OfficeField::Locality, QStringLiteral("locality"), ValueType::Text},
            {OfficeField::Address, QStringLiteral("address"), ValueType::Text},
            {OfficeField::Latitude, QStringLiteral("lat"), ValueType::Real},
            {OfficeField::Longitude, QStringLiteral("lon"), ValueType::Real},
            {OfficeField::CoordPrecision, QStringLiteral("coord_precision"), ValueType::Text},
            {OfficeField::Status2021, QStringLiteral("status_2021_05"), ValueType::Text},
            {OfficeField::Opened, QStringLiteral("opened"), ValueType::Text},
            {OfficeField::Phase, QStringLiteral("phase"), ValueType::Integer},
            {OfficeField::VulnerableArea, QStringLiteral("socially_vulnerable_area"), ValueType::Text},
            {OfficeField::Closed, QStringLiteral("closed"), ValueType::Text},
            {OfficeField::Source, QStringLiteral("source"), ValueType::Text}};
    return all;
}

QStringList OfficeSchema::columnNames()
{
    QStringList names;
    for (const Column &column : columns())
        names << column.name;
    return names;
}

std::optional<QString> OfficeSchema::columnName(OfficeField field)
{
    for (const Column &column : columns()) {
        if (column.field == field)
            return column.name;
    }
    return std::nullopt;
}

ColumnMapping OfficeSchema::mapping()
{
    ColumnMapping mapping;
    for (const Column &column : columns())
        mapping.setColumn(column.field, column.name);
    mapping.setCoordinateSource(CoordinateSource::LatitudeLongitude);
    return mapping;
}

QString OfficeSchema::text(const Office &office, OfficeField field)
{
    const auto number = [](double value) { return QString::number(value, 'g', QLocale::FloatingPointShortest); };
    const bool located = office.coordinate.isValid();
    switch (field) {
    case OfficeField::Id:
        return office.id;
    case OfficeField::Name:
        return office.name;
    case OfficeField::Municipality:
        return office.municipality;
    case OfficeField::MunicipalityCode:
        return office.municipalityCode;
    case OfficeField::County:
        return office.county;
    case OfficeField::Locality:
        return office.locality;
    case OfficeField::Address:
        return office.address;
    case OfficeField::Latitude:
        return located ? number(office.coordinate.latitude()) : QString();
    case OfficeField::Longitude:
        return located ? number(office.coordinate.longitude()) : QString();
    case OfficeField::Easting:
        return located ? number(office.position.x()) : QString();
    case OfficeField::Northing:
        return located ? number(office.position.y()) : QString();
    case OfficeField::CoordPrecision:
        return office.coordPrecision;
    case OfficeField::Status2021:
        return status2021ToString(office.status2021);
    case OfficeField::Opened:
        return office.opened ? office.opened->toIsoString() : QString();
    case OfficeField::Phase:
        return QString::number(office.phase);
    case OfficeField::VulnerableArea:
        return vulnerableAreaToString(office.vulnerableArea);
    case OfficeField::Closed:
        return office.closed ? office.closed->toIsoString() : QString();
    case OfficeField::Source:
        return office.sources.join(QLatin1Char(' '));
    }
    return {};
}

} // namespace sk
