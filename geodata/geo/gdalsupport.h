// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>

class GDALDataset;
class OGRCoordinateTransformation;
class OGRSpatialReference;

namespace sk {

struct GdalDatasetCloser
{
    void operator()(GDALDataset *dataset) const;
};
using GdalDatasetPtr = std::unique_ptr<GDALDataset, GdalDatasetCloser>;

// Registers GDAL's drivers once per process; cheap to call again.
void ensureGdalRegistered();

// The vector drivers a user-supplied file may be opened with. Anything else (VRT, network, archives) is refused.
const QStringList &userFileDrivers();

// Why a file's content must not be handed to GDAL (VRT XML, KML NetworkLink, GeoJSON $ref/href), or empty.
QString unsafeContentReason(const QByteArray &content);

// Why the start of a text file cannot be read as UTF-8 or its ASCII subset (UTF-16, with or without a byte order
// mark), naming the encoding; empty when it can.
QString textEncodingProblem(const QByteArray &start);

// The message every network request GDAL attempts fails with: ensureGdalRegistered() cuts GDAL off the network.
const char *networkRefusedMessage();

// Opens a vector file a user gave us: a plain local path, one of userFileDrivers(), read-only, refused when
// unsafeContentReason() objects to any part of its content. Only fixed open options are ever passed,
// none that names another file. On failure returns null and sets *error to a sentence naming the file.
GdalDatasetPtr openUserVectorFile(const QString &path, QString *error, const QStringList &openOptions = {});

// Opens a vector file that ships with the application (trusted), read-only.
GdalDatasetPtr openShippedVectorFile(const QString &path, QString *error);

// A spatial reference with traditional GIS axis order (x = east/longitude), as every reference here must have.
OGRSpatialReference spatialReferenceFromEpsg(int epsg);

struct CoordinateTransformDeleter
{
    void operator()(OGRCoordinateTransformation *transform) const;
};
using CoordinateTransformPtr = std::unique_ptr<OGRCoordinateTransformation, CoordinateTransformDeleter>;

// False for a missing CRS, and for the "Undefined geographic/cartesian SRS" GeoPackage reports for a layer without one.
bool hasCoordinateReferenceSystem(const OGRSpatialReference *reference);

// The transform from `source` to EPSG:`targetEpsg`, both in traditional GIS axis order. Null with *alreadyThere set
// when `source` is that CRS; null with *alreadyThere false when no transform exists.
CoordinateTransformPtr transformTo(const OGRSpatialReference &source, int targetEpsg, bool *alreadyThere);

// The last error GDAL reported, or "unknown error".
QString lastGdalError();

} // namespace sk
