// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QCoreApplication>
#include <QGeoCoordinate>

#include "geodata/import/columnmapping.h"
#include "geodata/import/importpreview.h"
#include "geodata/import/officeloadresult.h"

namespace sk {

class ReferenceData;
class SwedishLand;

// The one reader of office lists: our own files in the reference columns (load(): offices.csv, scenario GeoPackages,
// --offices) and lists in any shape a planner is sent (CSV, GeoJSON, GeoPackage, KML, XLSX, Shapefile) through a
// ColumnMapping (import()), with the same validation rules and messages. A point geometry may stand in for lat/lon.
//
// Defaults for what a file does not map:
// - id: "import-<N>", N the line (CSV) or feature number the office comes from;
// - municipality code: with `reference`, the municipality whose seat is nearest (its name and county too); without,
//   the import refuses the file; a mapped code fills an unmapped municipality name and county from `reference`;
// - status in May 2021: "open" when the office has an opening date before 25 May 2021, otherwise "planned";
// - phase (unmapped, or empty while the status is unmapped): 0 for an open or establishing office; for a planned one
//   the phase whose year holds its opening date (2021 + N, at least 1), or phase 3 ("a third phase", after the
//   announced ones) without a date, so Rollout shows it as planned for later;
// - socially vulnerable area: unknown; source: none (the office counts as unverified); other texts: empty.
// A file that cannot be read whole (a damaged page, a cut-off file, a line longer than GDAL reads) gives no offices,
// only the error naming the file, the line or feature and GDAL's reason.
// Columns named by the mapping that the file lacks are errors for id, name, municipality code, status and phase,
// and for the coordinates unless the layer has point geometry; the others are read as empty.
class OfficeImporter
{
    Q_DECLARE_TR_FUNCTIONS(sk::OfficeImporter)

public:
    static constexpr long long maxFeatures = 100000;
    static constexpr int previewRowCount = 20;

    static ImportPreview inspect(const QString &path);
    // A file in the reference columns (OfficeSchema).
    static OfficeLoadResult load(const QString &path, const SwedishLand *land = nullptr);
    // With `land`, a position that is not Swedish land is an error, naming the neighbour it lies in or its distance
    // from the coast; without, only the bounds around Sweden apply.
    static OfficeLoadResult import(const QString &path, const ColumnMapping &mapping,
                                   const ReferenceData *reference = nullptr, const SwedishLand *land = nullptr);
    // Whether an office may stand here: the generous bounds around Sweden every imported or saved office must meet.
    static bool acceptsPosition(const QGeoCoordinate &coordinate);
};

} // namespace sk
