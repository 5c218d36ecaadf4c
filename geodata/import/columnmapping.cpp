// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "columnmapping.h"

#include "geodata/import/officeschema.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace sk {

namespace {

// The other names each field goes by in lists we have been sent, lower case, most specific first; the reference
// column name (OfficeSchema) is tried before them.
const QHash<OfficeField, QStringList> &aliases()
{
    static const QHash<OfficeField, QStringList> names{
            {OfficeField::Id, {"kontor_id", "office_id", "nr", "lopnr"}},
            {OfficeField::Name, {"namn", "kontor", "kontorsnamn", "office", "servicekontor"}},
            {OfficeField::Municipality, {"kommun", "kommunnamn", "municipality_name"}},
            {OfficeField::MunicipalityCode, {"kommunkod", "kommun_kod", "kod", "kommunnr"}},
            {OfficeField::County, {"län", "lan", "lansnamn", "länsnamn"}},
            {OfficeField::Locality, {"ort", "tätort", "tatort", "postort", "city"}},
            {OfficeField::Address, {"adress", "besöksadress", "besoksadress", "gatuadress"}},
            {OfficeField::Latitude, {"latitude", "latitud", "lat_wgs84", "y"}},
            {OfficeField::Longitude, {"lng", "long", "longitude", "longitud", "lon_wgs84", "x"}},
            {OfficeField::Easting, {"easting", "sweref_e", "x_sweref", "east", "e", "östlig", "ostlig"}},
            {OfficeField::Northing, {"northing", "sweref_n", "y_sweref", "north", "n", "nordlig"}},
            {OfficeField::CoordPrecision, {"precision", "noggrannhet"}},
            {OfficeField::Status2021, {"status", "status_2021"}},
            {OfficeField::Opened, {"öppnad", "oppnad", "öppnar", "open_date", "opening_date", "öppningsdatum"}},
            {OfficeField::Phase, {"fas", "etapp"}},
            {OfficeField::Closed, {"stängd", "stangd", "close_date", "closing_date"}},
            {OfficeField::VulnerableArea, {"utsatt_omrade", "utsatt_område", "utsatt", "vulnerable_area"}},
            {OfficeField::Source, {"källa", "kalla", "sources", "url"}}};
    return names;
}

QStringList knownNames(OfficeField field)
{
    QStringList names = aliases().value(field);
    if (const std::optional<QString> reference = OfficeSchema::columnName(field))
        names.prepend(*reference);
    return names;
}

} // namespace

const std::vector<OfficeField> &ColumnMapping::fields()
{
    static const std::vector<OfficeField> all{OfficeField::Id,
                                              OfficeField::Name,
                                              OfficeField::Municipality,
                                              OfficeField::MunicipalityCode,
                                              OfficeField::County,
                                              OfficeField::Locality,
                                              OfficeField::Address,
                                              OfficeField::Latitude,
                                              OfficeField::Longitude,
                                              OfficeField::Easting,
                                              OfficeField::Northing,
                                              OfficeField::CoordPrecision,
                                              OfficeField::Status2021,
                                              OfficeField::Opened,
                                              OfficeField::Phase,
                                              OfficeField::Closed,
                                              OfficeField::VulnerableArea,
                                              OfficeField::Source};
    return all;
}

QString ColumnMapping::fieldLabel(OfficeField field)
{
    switch (field) {
    case OfficeField::Id:
        return tr("id");
    case OfficeField::Name:
        return tr("name");
    case OfficeField::Municipality:
        return tr("municipality");
    case OfficeField::MunicipalityCode:
        return tr("municipality code");
    case OfficeField::County:
        return tr("county");
    case OfficeField::Locality:
        return tr("locality");
    case OfficeField::Address:
        return tr("address");
    case OfficeField::Latitude:
        return tr("latitude");
    case OfficeField::Longitude:
        return tr("longitude");
    case OfficeField::Easting:
        return tr("easting");
    case OfficeField::Northing:
        return tr("northing");
    case OfficeField::CoordPrecision:
        return tr("coordinate precision");
    case OfficeField::Status2021:
        return tr("status in May 2021");
    case OfficeField::Opened:
        return tr("opened");
    case OfficeField::Phase:
        return tr("phase");
    case OfficeField::Closed:
        return tr("closed");
    case OfficeField::VulnerableArea:
        return tr("socially vulnerable area");
    case OfficeField::Source:
        return tr("source");
    }
    return {};
}

ColumnMapping ColumnMapping::guess(const QStringList &columns, bool hasPointGeometry)
{
    ColumnMapping mapping;
    QSet<QString> taken;
    // Fields in order, so the more specific names (lat before y-as-easting) claim their column first.
    for (const OfficeField field : fields()) {
        for (const QString &known : knownNames(field)) {
            const auto match = std::find_if(columns.cbegin(), columns.cend(), [&](const QString &column) {
                return column.trimmed().compare(known, Qt::CaseInsensitive) == 0;
            });
            if (match != columns.cend() && !taken.contains(match->toLower())) {
                mapping.setColumn(field, *match);
                taken.insert(match->toLower());
                break;
            }
        }
    }
    const bool latLon = mapping.isMapped(OfficeField::Latitude) && mapping.isMapped(OfficeField::Longitude);
    const bool eastNorth = mapping.isMapped(OfficeField::Easting) && mapping.isMapped(OfficeField::Northing);
    if (latLon)
        mapping.setCoordinateSource(CoordinateSource::LatitudeLongitude);
    else if (eastNorth)
        mapping.setCoordinateSource(CoordinateSource::EastingNorthing);
    else if (hasPointGeometry)
        mapping.setCoordinateSource(CoordinateSource::PointGeometry);
    return mapping;
}

void ColumnMapping::setColumn(OfficeField field, const QString &column)
{
    if (column.isEmpty())
        m_columns.remove(field);
    else
        m_columns.insert(field, column);
}

QStringList ColumnMapping::problems() const
{
    QStringList problems;
    if (!isMapped(OfficeField::Name))
        problems << tr("choose a column for the name");
    switch (m_coordinateSource) {
    case CoordinateSource::LatitudeLongitude:
        if (!isMapped(OfficeField::Latitude) || !isMapped(OfficeField::Longitude))
            problems << tr("choose latitude and longitude, or easting and northing (SWEREF 99 TM)");
        else if (column(OfficeField::Latitude).compare(column(OfficeField::Longitude), Qt::CaseInsensitive) == 0)
            problems << tr("latitude and longitude need two different columns");
        break;
    case CoordinateSource::EastingNorthing:
        if (!isMapped(OfficeField::Easting) || !isMapped(OfficeField::Northing))
            problems << tr("choose easting and northing (SWEREF 99 TM), or latitude and longitude");
        else if (column(OfficeField::Easting).compare(column(OfficeField::Northing), Qt::CaseInsensitive) == 0)
            problems << tr("easting and northing need two different columns");
        break;
    case CoordinateSource::PointGeometry:
        break;
    }
    return problems;
}

} // namespace sk
