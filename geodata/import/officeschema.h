// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/import/columnmapping.h"
#include "geodata/offices/office.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sk {

// The reference columns of an office list, written once: the shipped offices.csv, scenario GeoPackages and the
// scenario exports use them, and OfficeImporter reads them (mapping()) like any other file.
class OfficeSchema
{
public:
    enum class ValueType { Text, Integer, Real };

    struct Column
    {
        OfficeField field;
        QString name;
        ValueType type;
    };

    // In file order: id, name, municipality, municipality_code, county, locality, address, lat, lon, coord_precision,
    // status_2021_05, opened, phase, socially_vulnerable_area, closed, source.
    static const std::vector<Column> &columns();
    static QStringList columnNames();
    // The column that holds `field`, when the reference columns have one (easting and northing they do not).
    static std::optional<QString> columnName(OfficeField field);
    // The reference columns mapped onto their fields, positions from lat/lon.
    static ColumnMapping mapping();
    // The office's value for one column, as the reference files write it; empty for an unknown value.
    static QString text(const Office &office, OfficeField field);
};

} // namespace sk
