// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coverageexport.h"

#include "geodata/coverage/coveragelogging.h"
#include "geodata/geo/atomicfilereplacement.h"
#include "geodata/geo/gdalsupport.h"
#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <map>
#include <memory>

namespace sk {

namespace {

// Silences GDAL's own printing for a scope; failures are reported through lastGdalError().
struct QuietGdal
{
    QuietGdal()
    {
        CPLErrorReset();
        CPLPushErrorHandler(CPLQuietErrorHandler);
    }
    ~QuietGdal() { CPLPopErrorHandler(); }
};

QString failure(const QString &path, const QString &what)
{
    return QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), what);
}

// Creates the dataset at the replacement's temporary path; the target is replaced only by finish().
GdalDatasetPtr createDataset(const char *driverName, AtomicFileReplacement &replacement, int width, int height,
                             int bands, GDALDataType type, const QStringList &options, QString *error)
{
    ensureGdalRegistered();
    const QString path = replacement.targetPath();
    if (QFileInfo(path).exists() && !QFileInfo(path).isFile()) {
        *error = failure(path, CoverageExport::tr("cannot replace the existing file"));
        return nullptr;
    }
    if (!replacement.prepare(error))
        return nullptr;
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver) {
        *error = failure(path, CoverageExport::tr("GDAL has no %1 driver").arg(QString::fromLatin1(driverName)));
        return nullptr;
    }
    std::vector<QByteArray> optionBytes;
    std::vector<char *> optionList;
    for (const QString &option : options)
        optionBytes.push_back(option.toUtf8());
    for (QByteArray &option : optionBytes)
        optionList.push_back(option.data());
    optionList.push_back(nullptr);
    GdalDatasetPtr dataset(driver->Create(QFile::encodeName(replacement.temporaryPath()).constData(), width, height,
                                          bands, type, optionList.data()));
    if (!dataset)
        *error = failure(path, CoverageExport::tr("cannot create: %1").arg(lastGdalError()));
    return dataset;
}

// The code as the reference tables write it: boundary files sometimes store kommunkod as a number (114).
QString municipalityCode(const QString &code)
{
    bool numeric = false;
    code.toInt(&numeric);
    return numeric && code.size() < 4 ? code.rightJustified(4, QLatin1Char('0')) : code;
}

using Polygons = std::map<QString, std::unique_ptr<OGRGeometry>>;

// All rings of all features with the same code, sorted into outer rings and holes by GDAL.
Polygons municipalityPolygons(const AdminBoundaries &boundaries)
{
    QHash<QString, std::vector<OGRGeometry *>> rings;
    for (const VectorFeature &feature : boundaries.municipalities().features()) {
        for (const QList<QPointF> &part : feature.parts) {
            auto *ring = new OGRLinearRing;
            ring->setNumPoints(static_cast<int>(part.size()));
            for (qsizetype i = 0; i < part.size(); ++i)
                ring->setPoint(static_cast<int>(i), part[i].x(), part[i].y());
            ring->closeRings();
            auto *polygon = new OGRPolygon;
            polygon->addRingDirectly(ring);
            rings[municipalityCode(feature.code)].push_back(polygon);
        }
    }
    Polygons polygons;
    for (auto it = rings.begin(); it != rings.end(); ++it) {
        int valid = 0;
        OGRGeometry *organised
                = OGRGeometryFactory::organizePolygons(it.value().data(), static_cast<int>(it.value().size()), &valid);
        polygons[it.key()].reset(OGRGeometryFactory::forceToMultiPolygon(organised));
    }
    return polygons;
}

bool writeMunicipalityLayer(GDALDataset &dataset, const QString &path, const CoverageResult &result,
                            OGRSpatialReference *reference, OGRwkbGeometryType geometryType, const Polygons *polygons,
                            QString *error)
{
    OGRLayer *layer = dataset.CreateLayer("municipality_coverage", reference, geometryType, nullptr);
    if (!layer) {
        *error = failure(path, CoverageExport::tr("cannot create the layer: %1").arg(lastGdalError()));
        return false;
    }
    const std::pair<const char *, OGRFieldType> fields[] = {{"date", OFTString},
                                                            {"code", OFTString},
                                                            {"name", OFTString},
                                                            {"county", OFTString},
                                                            {"population", OFTInteger64},
                                                            {"nearest_office", OFTString},
                                                            {"nearest_office_name", OFTString},
                                                            {"seat_distance_km", OFTReal},
                                                            {"has_office", OFTInteger},
                                                            {"population_model", OFTString}};
    for (const auto &[name, type] : fields) {
        OGRFieldDefn field(name, type);
        if (type == OFTInteger)
            field.SetSubType(OFSTBoolean);
        if (layer->CreateField(&field) != OGRERR_NONE) {
            *error = failure(
                    path,
                    CoverageExport::tr("cannot create field %1: %2").arg(QString::fromLatin1(name), lastGdalError()));
            return false;
        }
    }
    const QByteArray date = result.date.toString(Qt::ISODate).toUtf8();
    const QByteArray populationModel = result.populationModel.toUtf8();
    dataset.StartTransaction();
    for (const MunicipalityCoverage &row : result.municipalities) {
        std::unique_ptr<OGRFeature, void (*)(OGRFeature *)> feature(
                OGRFeature::CreateFeature(layer->GetLayerDefn()), [](OGRFeature *f) { OGRFeature::DestroyFeature(f); });
        feature->SetField("date", date.constData());
        feature->SetField("code", row.code.toUtf8().constData());
        feature->SetField("name", row.name.toUtf8().constData());
        feature->SetField("county", row.county.toUtf8().constData());
        feature->SetField("population", static_cast<GIntBig>(row.population));
        feature->SetField("nearest_office", row.nearestOfficeId.toUtf8().constData());
        feature->SetField("nearest_office_name", row.nearestOfficeName.toUtf8().constData());
        if (std::isfinite(row.seatDistanceKm))
            feature->SetField("seat_distance_km", row.seatDistanceKm);
        else
            feature->SetFieldNull(feature->GetFieldIndex("seat_distance_km"));
        feature->SetField("has_office", row.hasOffice ? 1 : 0);
        feature->SetField("population_model", populationModel.constData());
        if (polygons) {
            if (const auto found = polygons->find(row.code); found != polygons->end())
                feature->SetGeometry(found->second.get());
        } else if (geometryType == wkbPoint) {
            OGRPoint seat(row.seatPosition.x(), row.seatPosition.y());
            feature->SetGeometry(&seat);
        }
        if (layer->CreateFeature(feature.get()) != OGRERR_NONE) {
            dataset.RollbackTransaction();
            *error = failure(path,
                             CoverageExport::tr("cannot write municipality %1: %2").arg(row.code, lastGdalError()));
            return false;
        }
    }
    if (dataset.CommitTransaction() == OGRERR_FAILURE) {
        *error = failure(path, CoverageExport::tr("cannot write: %1").arg(lastGdalError()));
        return false;
    }
    return true;
}

// Closes the dataset (flushing it) and, when everything was written, replaces the target; a failed export leaves
// the old file as it was. GDAL's messages name the temporary file, which the user never sees.
bool finish(GdalDatasetPtr dataset, AtomicFileReplacement &replacement, bool ok, QString *error)
{
    CPLErrorReset();
    dataset.reset();
    if (ok && CPLGetLastErrorType() >= CE_Failure) {
        *error = failure(replacement.targetPath(), CoverageExport::tr("cannot write: %1").arg(lastGdalError()));
        ok = false;
    }
    if (!ok) {
        error->replace(replacement.temporaryPath(), replacement.targetPath());
        return false;
    }
    return replacement.commit(error);
}

} // namespace

bool CoverageExport::writeMunicipalityCsv(const CoverageResult &result, const QString &path, QString *error)
{
    // GDAL's CSV driver makes a directory of a name without the suffix.
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0) {
        *error = failure(path, tr("a CSV file name must end in .csv"));
        return false;
    }
    const QuietGdal quiet;
    AtomicFileReplacement replacement(path);
    GdalDatasetPtr dataset = createDataset("CSV", replacement, 0, 0, 0, GDT_Unknown, {}, error);
    if (!dataset)
        return false;
    const bool ok = writeMunicipalityLayer(*dataset, path, result, nullptr, wkbNone, nullptr, error);
    return finish(std::move(dataset), replacement, ok, error);
}

bool CoverageExport::writeMunicipalityGeoPackage(const CoverageResult &result, const AdminBoundaries &boundaries,
                                                 const QString &path, QString *error)
{
    const QuietGdal quiet;
    AtomicFileReplacement replacement(path);
    GdalDatasetPtr dataset = createDataset("GPKG", replacement, 0, 0, 0, GDT_Unknown, {}, error);
    if (!dataset)
        return false;
    OGRSpatialReference sweref = spatialReferenceFromEpsg(Projection::workingEpsg); // CreateLayer wants it mutable
    bool ok = false;
    if (boundaries.isEmpty()) {
        ok = writeMunicipalityLayer(*dataset, path, result, &sweref, wkbPoint, nullptr, error);
    } else {
        const Polygons polygons = municipalityPolygons(boundaries);
        ok = writeMunicipalityLayer(*dataset, path, result, &sweref, wkbMultiPolygon, &polygons, error);
    }
    return finish(std::move(dataset), replacement, ok, error);
}

bool CoverageExport::writeDistanceRaster(const NearestOfficeIndex &offices, const LandMask &land, const QString &path,
                                         QString *error, double cellMetres)
{
    if (offices.isEmpty()) {
        *error = failure(path, tr("no office is open, so there is no distance to map"));
        return false;
    }
    const QRectF extent = SwedenBounds::sweref();
    const int width = static_cast<int>(std::ceil(extent.width() / cellMetres));
    const int height = static_cast<int>(std::ceil(extent.height() / cellMetres));
    const QuietGdal quiet;
    AtomicFileReplacement replacement(path);
    GdalDatasetPtr dataset = createDataset(
            "GTiff", replacement, width, height, 1, GDT_Float32,
            {QStringLiteral("COMPRESS=DEFLATE"), QStringLiteral("PREDICTOR=3"), QStringLiteral("TILED=YES")}, error);
    if (!dataset)
        return false;
    // North-up: row 0 is the northern edge, which QRectF calls bottom() as northings grow upwards.
    double geoTransform[6] = {extent.left(), cellMetres, 0, extent.bottom(), 0, -cellMetres};
    const OGRSpatialReference sweref = spatialReferenceFromEpsg(Projection::workingEpsg);
    bool ok = dataset->SetGeoTransform(geoTransform) == CE_None && dataset->SetSpatialRef(&sweref) == CE_None;
    GDALRasterBand *band = dataset->GetRasterBand(1);
    band->SetDescription("distance_km");
    band->SetNoDataValue(noDataValue);
    std::vector<float> row(static_cast<size_t>(width));
    for (int y = 0; ok && y < height; ++y) {
        const double northing = extent.bottom() - (y + 0.5) * cellMetres;
        for (int x = 0; x < width; ++x) {
            const QPointF centre(extent.left() + (x + 0.5) * cellMetres, northing);
            row[static_cast<size_t>(x)] = land.isEmpty() || land.contains(centre)
                    ? static_cast<float>(offices.nearest(centre).distance / 1000)
                    : noDataValue;
        }
        ok = band->RasterIO(GF_Write, 0, y, width, 1, row.data(), width, 1, GDT_Float32, 0, 0) == CE_None;
    }
    if (!ok)
        *error = failure(path, CoverageExport::tr("cannot write: %1").arg(lastGdalError()));
    return finish(std::move(dataset), replacement, ok, error);
}

} // namespace sk
