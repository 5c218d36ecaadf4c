// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "populationmodel.h"

#include "geodata/coverage/municipalitypeople.h"
#include "geodata/coverage/nearestofficeindex.h"
#include "geodata/geo/gdalerrorcapture.h"
#include "geodata/geo/gdalsupport.h"
#include "geodata/geo/layerfeaturestream.h"
#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"

#include <QFileInfo>
#include <QHash>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>

namespace sk {

namespace {

// A user's file with thousands of bad rows would otherwise bury the first problem in a wall of messages.
constexpr int maxListedProblems = 20;
// Sweden has about 10.4 million people: a single feature or a whole layer far above that is a wrong column, a unit
// error or a damaged file, and would overflow the sums and bands computed from it.
constexpr double maxPopulationPerFeature = 10'000'000;
constexpr double maxPopulationTotal = 100'000'000;

QString availableFields(const OGRFeatureDefn &definition)
{
    QStringList names;
    for (int i = 0; i < definition.GetFieldCount(); ++i)
        names << QString::fromUtf8(definition.GetFieldDefn(i)->GetNameRef());
    return names.isEmpty() ? PopulationModel::tr("(none)") : names.join(QStringLiteral(", "));
}

bool isPointOrPolygon(const OGRGeometry &geometry)
{
    switch (wkbFlatten(geometry.getGeometryType())) {
    case wkbPoint:
    case wkbMultiPoint:
    case wkbPolygon:
    case wkbMultiPolygon:
    case wkbCurvePolygon:
    case wkbMultiSurface:
        return true;
    default:
        return false;
    }
}

} // namespace

PopulationModel::PopulationModel(std::vector<PopulationPoint> points, QString source)
    : m_points(std::move(points))
    , m_source(std::move(source))
{ }

PopulationModel PopulationModel::fromReference(const ReferenceData &reference)
{
    std::vector<PopulationPoint> points;
    points.reserve(reference.localities().size() + reference.municipalities().size());
    for (const MunicipalityPeople &share : MunicipalityPeople::split(reference)) {
        for (const MunicipalityPeople::LocalityPeople &locality : share.localities)
            points.push_back({locality.locality->position, locality.people, share.municipality->code});
        if (share.rest > 0)
            points.push_back({share.municipality->seatPosition, share.rest, share.municipality->code});
    }
    return PopulationModel(std::move(points), QStringLiteral("points"));
}

PopulationModel PopulationModel::load(const QString &path, const QString &field, const ReferenceData &reference,
                                      QStringList *errors)
{
    const QString fileName = QFileInfo(path).fileName();
    QString error;
    const GdalDatasetPtr dataset = openUserVectorFile(path, &error);
    if (!dataset) {
        *errors << error;
        return {};
    }
    if (dataset->GetLayerCount() < 1) {
        *errors << tr("%1: contains no layer").arg(fileName);
        return {};
    }
    OGRLayer &layer = *dataset->GetLayer(0);
    const OGRFeatureDefn &definition = *layer.GetLayerDefn();
    const int fieldIndex = definition.GetFieldIndex(field.toUtf8().constData());
    if (fieldIndex < 0) {
        *errors << tr("%1: no population field '%2'; the fields are: %3")
                           .arg(fileName, field, availableFields(definition));
        return {};
    }
    const OGRFieldType fieldType = definition.GetFieldDefn(fieldIndex)->GetType();
    const bool numericField = fieldType == OFTInteger || fieldType == OFTInteger64 || fieldType == OFTReal;

    const OGRSpatialReference *source = layer.GetSpatialRef();
    if (!hasCoordinateReferenceSystem(source)) {
        *errors << tr("%1: the layer has no coordinate reference system").arg(fileName);
        return {};
    }
    bool alreadySweref = false;
    const CoordinateTransformPtr transform = transformTo(*source, Projection::workingEpsg, &alreadySweref);
    if (!transform && !alreadySweref) {
        *errors << tr("%1: cannot transform from %2 to SWEREF 99 TM")
                           .arg(fileName, QString::fromUtf8(source->GetName()));
        return {};
    }

    // Each point belongs to the municipality whose seat is nearest: close to the truth without boundaries, and
    // exact for the places that matter most, the towns around the seats.
    std::vector<QPointF> seats;
    for (const Municipality &municipality : reference.municipalities())
        seats.push_back(municipality.seatPosition);
    const NearestOfficeIndex nearestSeat(std::move(seats));

    const bool isCsv = QString::fromUtf8(dataset->GetDriverName()) == QLatin1String("CSV");
    QStringList problems;
    int unlisted = 0;
    std::vector<PopulationPoint> points;
    double total = 0;
    // GDAL's complaints about a feature's geometry become that feature's problem below, not lines on stderr.
    const GdalErrorCapture geometryErrors;
    LayerFeatureStream stream(layer);
    while (const OgrFeaturePtr feature = stream.next()) {
        const long long ordinal = stream.ordinal();
        const auto problem = [&](const QString &what) {
            if (problems.size() >= maxListedProblems) {
                ++unlisted;
                return;
            }
            // The CSV header is line 1, as FeatureReader counts.
            const QString where = isCsv ? tr("line %1").arg(ordinal + 1) : tr("feature %1").arg(ordinal);
            problems << QStringLiteral("%1, %2: %3").arg(fileName, where, what);
        };

        double population = 0;
        if (!feature->IsFieldSetAndNotNull(fieldIndex)) {
            problem(tr("'%1' is empty").arg(field));
            continue;
        }
        bool isNumber = true;
        if (numericField) {
            population = feature->GetFieldAsDouble(fieldIndex);
        } else {
            const QString text = QString::fromUtf8(feature->GetFieldAsString(fieldIndex)).trimmed();
            population = text.toDouble(&isNumber);
        }
        if (!isNumber || !std::isfinite(population)) {
            problem(tr("'%1' is not a number: '%2'")
                            .arg(field, QString::fromUtf8(feature->GetFieldAsString(fieldIndex))));
            continue;
        }
        if (population < 0) {
            problem(tr("'%1' is negative: %2").arg(field).arg(population));
            continue;
        }
        if (population > maxPopulationPerFeature) {
            problem(PopulationModel::tr("'%1' is %2, more than the %L3 people any one place in Sweden could hold")
                            .arg(field, QString::fromUtf8(feature->GetFieldAsString(fieldIndex)))
                            .arg(maxPopulationPerFeature, 0, 'f', 0));
            continue;
        }
        total += population;

        OGRGeometry *geometry = feature->GetGeometryRef();
        if (!geometry || geometry->IsEmpty()) {
            problem(tr("has no geometry"));
            continue;
        }
        if (!isPointOrPolygon(*geometry)) {
            problem(tr("geometry type %1 is neither a point nor a polygon")
                            .arg(QString::fromUtf8(geometry->getGeometryName())));
            continue;
        }
        if (transform && geometry->transform(transform.get()) != OGRERR_NONE) {
            problem(tr("coordinates cannot be transformed from %1 to SWEREF 99 TM; is the CRS right?")
                            .arg(QString::fromUtf8(source->GetName())));
            continue;
        }
        // Polygons count at their centroid, taken after reprojection so that it is an area centroid in metres.
        OGRPoint centroid;
        if (geometry->Centroid(&centroid) != OGRERR_NONE || centroid.IsEmpty()) {
            problem(tr("has no centroid: %1").arg(lastGdalError()));
            continue;
        }
        const QPointF position(centroid.getX(), centroid.getY());
        if (!SwedenBounds::sweref().contains(position)) {
            problem(tr("lies outside Sweden in SWEREF 99 TM (%1, %2 after reprojection from %3); "
                       "is the CRS right?")
                            .arg(position.x(), 0, 'f', 0)
                            .arg(position.y(), 0, 'f', 0)
                            .arg(QString::fromUtf8(source->GetName())));
            continue;
        }
        const NearestOfficeIndex::Hit seat = nearestSeat.nearest(position);
        points.push_back(
                {position, population,
                 seat.office >= 0 ? reference.municipalities()[static_cast<size_t>(seat.office)].code : QString()});
    }
    if (stream.failed()) {
        // The CSV header is line 1, so the record after the last one read is on line ordinal + 2.
        *errors << problems
                << (isCsv && stream.failedAtFeature()
                            ? PopulationModel::tr("%1, line %2: %3; the file is refused, not read in part")
                                      .arg(fileName)
                                      .arg(stream.ordinal() + 2)
                                      .arg(stream.failure())
                            : stream.message(fileName));
        return {};
    }
    if (problems.isEmpty() && total > maxPopulationTotal)
        problems << PopulationModel::tr(
                            "%1: '%2' adds up to %L3 people, more than the %L4 a layer of Sweden could hold")
                            .arg(fileName, field)
                            .arg(total, 0, 'f', 0)
                            .arg(maxPopulationTotal, 0, 'f', 0);
    if (unlisted > 0)
        problems << tr("%1: %n more problem(s) not listed", nullptr, unlisted).arg(fileName);
    if (problems.isEmpty() && points.empty())
        problems << tr("%1: the layer has no features").arg(fileName);
    if (!problems.isEmpty()) {
        *errors << problems;
        return {};
    }
    return PopulationModel(std::move(points), fileName);
}

double PopulationModel::totalPopulation() const
{
    double total = 0;
    for (const PopulationPoint &point : m_points)
        total += point.population;
    return total;
}

} // namespace sk
