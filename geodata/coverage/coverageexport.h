// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coverageresult.h"
#include "geodata/coverage/nearestofficeindex.h"
#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/landmask.h"

#include <QCoreApplication>
#include <QString>

namespace sk {

// Writes coverage results through GDAL/OGR for use in other tools. Each replaces an existing file, and on failure
// returns false with *error naming the file.
class CoverageExport
{
    Q_DECLARE_TR_FUNCTIONS(sk::CoverageExport)

public:
    // The municipality table, one row per municipality, each naming the population model; the path must end in
    // .csv.
    static bool writeMunicipalityCsv(const CoverageResult &result, const QString &path, QString *error);
    // A GeoPackage layer "municipality_coverage" in SWEREF 99 TM: the municipality polygons of `boundaries` when it
    // has them (a municipality it lacks gets no geometry), otherwise a point at each seat.
    static bool writeMunicipalityGeoPackage(const CoverageResult &result, const AdminBoundaries &boundaries,
                                            const QString &path, QString *error);
    // A Float32 GeoTIFF in SWEREF 99 TM over SwedenBounds::sweref(): each cell whose centre lies on Swedish
    // land holds the distance in km from its centre to the nearest office in `offices`; sea, lakes and the
    // neighbouring countries are no data (noDataValue). An empty mask leaves every cell a distance.
    static bool writeDistanceRaster(const NearestOfficeIndex &offices, const LandMask &land, const QString &path,
                                    QString *error, double cellMetres = 1000);
    static constexpr float noDataValue = -1;
};

} // namespace sk
