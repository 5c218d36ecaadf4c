// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/coverageresult.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace sk {

// The coverage numbers the command line's --report --coverage prints.
// JSON: one object per date (date, offices_open, municipalities_with_office, population_model, population_total,
// population_within_km {"5": share, …}, median_distance_km, p90_distance_km, municipalities [...]).
// CSV: one row per municipality per date, so that a spreadsheet can filter and pivot it, the population model
// named in the last column; the national figures
// (bands, median, 90th percentile) are in the JSON only.
class CoverageReport
{
public:
    static QJsonObject toJson(const CoverageResult &result);
    static QString toCsv(const std::vector<CoverageResult> &results);

    // With the default embedded population model (EmbeddedPopulation) and the atlas's offices, reference tables,
    // base map and boundaries.
    static QJsonObject forDate(const Atlas &atlas, QDate date);
    static QString csvForDates(const Atlas &atlas, const std::vector<QDate> &dates);
};

} // namespace sk
