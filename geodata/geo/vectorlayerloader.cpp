// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "vectorlayerloader.h"

#include "geodata/geo/datalogging.h"
#include "geodata/geo/gdalsupport.h"
#include "geodata/geo/layerfeaturestream.h"
#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"

#include <cpl_error.h>
#include <ogrsf_frmts.h>

namespace sk {

namespace {

void appendRing(const OGRLinearRing &ring, std::vector<QList<QPointF>> &parts)
{
    QList<QPointF> points;
    points.reserve(ring.getNumPoints());
    for (int i = 0; i < ring.getNumPoints(); ++i)
        points.append(QPointF(ring.getX(i), ring.getY(i)));
    parts.push_back(std::move(points));
}

void appendLine(const OGRLineString &line, std::vector<QList<QPointF>> &parts)
{
    QList<QPointF> points;
    points.reserve(line.getNumPoints());
    for (int i = 0; i < line.getNumPoints(); ++i)
        points.append(QPointF(line.getX(i), line.getY(i)));
    parts.push_back(std::move(points));
}

// Returns false for geometry types a base layer cannot hold.
bool appendGeometry(const OGRGeometry &geometry, std::vector<QList<QPointF>> &parts, bool &isPolygon)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPolygon: {
        const OGRPolygon *polygon = geometry.toPolygon();
        isPolygon = true;
        for (const OGRLinearRing *ring : *polygon)
            appendRing(*ring, parts);
        return true;
    }
    case wkbLineString:
        isPolygon = false;
        appendLine(*geometry.toLineString(), parts);
        return true;
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbGeometryCollection:
        for (const OGRGeometry *member : *geometry.toGeometryCollection()) {
            if (!appendGeometry(*member, parts, isPolygon))
                return false;
        }
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<VectorLayer> VectorLayerLoader::load(OGRLayer &layer, const QString &fileName, const Fields &fields,
                                                   QString *error)
{
    const QString layerName = QString::fromUtf8(layer.GetName());
    const OGRSpatialReference *source = layer.GetSpatialRef();
    if (!hasCoordinateReferenceSystem(source)) {
        *error = tr("%1: layer '%2' has no coordinate reference system").arg(fileName, layerName);
        return std::nullopt;
    }
    bool alreadySweref = false;
    const CoordinateTransformPtr transform = transformTo(*source, Projection::workingEpsg, &alreadySweref);
    if (!transform && !alreadySweref) {
        *error = tr("%1: layer '%2': cannot transform from its CRS to SWEREF 99 TM").arg(fileName, layerName);
        return std::nullopt;
    }
    const int nameIndex
            = fields.name.isEmpty() ? -1 : layer.GetLayerDefn()->GetFieldIndex(fields.name.toUtf8().constData());
    const int codeIndex
            = fields.code.isEmpty() ? -1 : layer.GetLayerDefn()->GetFieldIndex(fields.code.toUtf8().constData());

    std::vector<VectorFeature> features;
    bool isPolygon = true;
    long long withoutGeometry = 0;
    LayerFeatureStream stream(layer);
    while (const OgrFeaturePtr feature = stream.next()) {
        const long long ordinal = stream.ordinal();
        OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            ++withoutGeometry;
            continue;
        }
        CPLPushErrorHandler(CPLQuietErrorHandler);
        const bool transformed = !transform || geometry->transform(transform.get()) == OGRERR_NONE;
        CPLPopErrorHandler();
        if (!transformed) {
            *error = tr("%1: layer '%2', feature %3: coordinates cannot be transformed from %4 to SWEREF 99 TM; "
                        "is the CRS right?")
                             .arg(fileName, layerName)
                             .arg(ordinal)
                             .arg(QString::fromUtf8(source->GetName()));
            return std::nullopt;
        }
        VectorFeature converted;
        if (!appendGeometry(*geometry, converted.parts, isPolygon)) {
            *error = tr("%1: layer '%2', feature %3: geometry type %4 is neither polygons nor lines")
                             .arg(fileName, layerName)
                             .arg(ordinal)
                             .arg(QString::fromUtf8(geometry->getGeometryName()));
            return std::nullopt;
        }
        if (nameIndex >= 0)
            converted.name = QString::fromUtf8(feature->GetFieldAsString(nameIndex));
        if (codeIndex >= 0)
            converted.code = QString::fromUtf8(feature->GetFieldAsString(codeIndex));
        features.push_back(std::move(converted));
    }
    if (withoutGeometry > 0)
        qCDebug(lcData).noquote() << fileName << "layer" << layerName << ":" << withoutGeometry
                                  << "features without geometry left out";
    if (stream.failed()) {
        *error = stream.message(tr("%1: layer '%2'").arg(fileName, layerName));
        return std::nullopt;
    }
    VectorLayer result(layerName, isPolygon ? VectorLayer::Geometry::Polygons : VectorLayer::Geometry::Lines,
                       std::move(features));
    if (result.isEmpty()) {
        *error = tr("%1: layer '%2' has no features").arg(fileName, layerName);
        return std::nullopt;
    }
    if (!result.extent().intersects(SwedenBounds::sweref())) {
        *error = tr("%1: layer '%2' lies outside Sweden in SWEREF 99 TM (after reprojection from %3); "
                    "is the CRS right?")
                         .arg(fileName, layerName, QString::fromUtf8(source->GetName()));
        return std::nullopt;
    }
    return result;
}

} // namespace sk
