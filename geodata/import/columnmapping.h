// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace sk {

// The facts an office list can give about one office.
enum class OfficeField {
    Id,
    Name,
    Municipality,
    MunicipalityCode,
    County,
    Locality,
    Address,
    Latitude,
    Longitude,
    Easting,
    Northing,
    CoordPrecision,
    Status2021,
    Opened,
    Phase,
    Closed,
    VulnerableArea,
    Source
};

// Where an office's position comes from.
enum class CoordinateSource {
    LatitudeLongitude, // WGS 84 degrees in two columns; a point geometry stands in when both cells are empty
    EastingNorthing, // SWEREF 99 TM metres in two columns
    PointGeometry // the feature's point, in whatever CRS the layer has
};

// Which column of a file holds each OfficeField; an unmapped field takes the importer's default.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(sk::ColumnMapping)

public:
    static const std::vector<OfficeField> &fields();
    // A short name for the field, as a person reads it: "latitude", "municipality code", …
    static QString fieldLabel(OfficeField field);

    // Recognises the usual names, Swedish and English, case-insensitively; each column is used for one field at most.
    // Positions: lat/lon if both are found, else easting/northing, else the point geometry when there is one.
    static ColumnMapping guess(const QStringList &columns, bool hasPointGeometry = false);

    QString column(OfficeField field) const { return m_columns.value(field); }
    bool isMapped(OfficeField field) const { return !column(field).isEmpty(); }
    // An empty name unmaps the field.
    void setColumn(OfficeField field, const QString &column);

    CoordinateSource coordinateSource() const { return m_coordinateSource; }
    void setCoordinateSource(CoordinateSource source) { m_coordinateSource = source; }

    // What must still be chosen before an import can run, one sentence each; empty when usable.
    QStringList problems() const;
    bool isUsable() const { return problems().isEmpty(); }

    bool operator==(const ColumnMapping &other) const = default;

private:
    QHash<OfficeField, QString> m_columns;
    CoordinateSource m_coordinateSource = CoordinateSource::LatitudeLongitude;
};

} // namespace sk
