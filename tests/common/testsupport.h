// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

// Small helpers shared by the geodata tests: writing fixture files on the fly.

#include <QFile>
#include <QList>
#include <QPointF>
#include <QString>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <memory>
#include <vector>

namespace sktest {

inline bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

struct DatasetCloser
{
    void operator()(GDALDataset *dataset) const { GDALClose(GDALDataset::ToHandle(dataset)); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

// A GeoPackage layer to write: string fields, and one polygon (closed ring) per feature; epsg 0 leaves it without CRS.
struct PolygonLayer
{
    const char *name;
    int epsg;
    QStringList fields;
    std::vector<QStringList> values;
    std::vector<QList<QPointF>> rings;
};

// Writes `layers` with an OGR driver ("GPKG", "ESRI Shapefile", …).
inline bool writeVectorFile(const QString &path, const char *driverName, const std::vector<PolygonLayer> &layers)
{
    GDALAllRegister();
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(driverName);
    if (!driver)
        return false;
    DatasetPtr dataset(driver->Create(QFile::encodeName(path).constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!dataset)
        return false;
    for (const PolygonLayer &spec : layers) {
        OGRSpatialReference reference;
        if (spec.epsg != 0 && reference.importFromEPSG(spec.epsg) != OGRERR_NONE)
            return false;
        reference.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        OGRLayer *layer = dataset->CreateLayer(spec.name, spec.epsg != 0 ? &reference : nullptr, wkbPolygon, nullptr);
        if (!layer)
            return false;
        for (const QString &field : spec.fields) {
            OGRFieldDefn definition(field.toUtf8().constData(), OFTString);
            if (layer->CreateField(&definition) != OGRERR_NONE)
                return false;
        }
        for (size_t i = 0; i < spec.rings.size(); ++i) {
            OGRFeature feature(layer->GetLayerDefn());
            for (qsizetype f = 0; f < spec.fields.size() && i < spec.values.size(); ++f)
                feature.SetField(spec.fields[f].toUtf8().constData(), spec.values[i].value(f).toUtf8().constData());
            OGRLinearRing ring;
            for (const QPointF &p : spec.rings[i])
                ring.addPoint(p.x(), p.y());
            OGRPolygon polygon;
            polygon.addRing(&ring);
            feature.SetGeometry(&polygon);
            if (layer->CreateFeature(&feature) != OGRERR_NONE)
                return false;
        }
    }
    return true;
}

inline bool writeGeoPackage(const QString &path, const std::vector<PolygonLayer> &layers)
{
    return writeVectorFile(path, "GPKG", layers);
}

} // namespace sktest
