// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "projection.h"

#include "geodata/geo/gdalsupport.h"

#include <ogr_spatialref.h>

#include <memory>

namespace sk {

namespace {

struct TransformDeleter
{
    void operator()(OGRCoordinateTransformation *transform) const { OGRCoordinateTransformation::DestroyCT(transform); }
};
using TransformPtr = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

OGRCoordinateTransformation &transform(bool toSweref)
{
    // OGRCoordinateTransformation is not thread-safe: one pair per thread.
    thread_local TransformPtr forward;
    thread_local TransformPtr inverse;
    TransformPtr &slot = toSweref ? forward : inverse;
    if (!slot) {
        const OGRSpatialReference wgs84 = spatialReferenceFromEpsg(4326);
        const OGRSpatialReference sweref = spatialReferenceFromEpsg(Projection::workingEpsg);
        slot.reset(toSweref ? OGRCreateCoordinateTransformation(&wgs84, &sweref)
                            : OGRCreateCoordinateTransformation(&sweref, &wgs84));
        Q_ASSERT(slot);
    }
    return *slot;
}

} // namespace

QPointF Projection::toSweref(const QGeoCoordinate &coordinate)
{
    double x = coordinate.longitude();
    double y = coordinate.latitude();
    if (!coordinate.isValid() || !transform(true).Transform(1, &x, &y))
        return QPointF(qQNaN(), qQNaN());
    return QPointF(x, y);
}

QGeoCoordinate Projection::toWgs84(const QPointF &sweref)
{
    double x = sweref.x();
    double y = sweref.y();
    if (!transform(false).Transform(1, &x, &y))
        return QGeoCoordinate();
    return QGeoCoordinate(y, x);
}

std::vector<QPointF> Projection::toSweref(const std::vector<QGeoCoordinate> &coordinates)
{
    std::vector<double> xs(coordinates.size());
    std::vector<double> ys(coordinates.size());
    for (size_t i = 0; i < coordinates.size(); ++i) {
        xs[i] = coordinates[i].longitude();
        ys[i] = coordinates[i].latitude();
    }
    std::vector<int> ok(coordinates.size());
    transform(true).Transform(static_cast<int>(coordinates.size()), xs.data(), ys.data(), nullptr, ok.data());
    std::vector<QPointF> points(coordinates.size());
    for (size_t i = 0; i < coordinates.size(); ++i)
        points[i] = ok[i] && coordinates[i].isValid() ? QPointF(xs[i], ys[i]) : QPointF(qQNaN(), qQNaN());
    return points;
}

QRectF Projection::swedenHomeExtent()
{
    return QRectF(QPointF(250000, 6090000), QPointF(930000, 7700000));
}

} // namespace sk
