// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/regions/regionsnapshot.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace sk {

// The numbers the command line's --report --regions prints.
// JSON, one object per date: date, fa_regions_total, fa_regions_with_office, fa_regions_without_office
// [{code, name}], then fa_regions and counties, each [{code, name, offices_open, municipalities_with_office,
// municipalities_total, population, people_within_km {"5": people, …}, population_within_km {"5": share, …}}].
// CSV, flat: one row per region per date with the columns date, level (fa_region or county), code, name,
// offices_open, municipalities_with_office, municipalities_total, population, then people_within_<km>km and
// share_within_<km>km per band. An FA region without an office is a fa_region row with offices_open 0.
class RegionReport
{
public:
    static QJsonObject toJson(const RegionSnapshot &snapshot);
    static QString toCsv(const std::vector<RegionSnapshot> &snapshots);
};

} // namespace sk
