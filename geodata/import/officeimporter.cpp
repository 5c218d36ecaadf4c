// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officeimporter.h"

#include "geodata/import/officeschema.h"

#include "geodata/geo/featurereader.h"
#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/import/officeschema.h"
#include "geodata/offices/rollout.h"
#include "geodata/reference/referencedata.h"
#include "geodata/reference/swedishland.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace sk {

namespace {

// Offices closer than this are one place twice, or two offices sharing a locality's coordinates.
constexpr double samePositionMetres = 1.0;

std::optional<double> parseNumber(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !qIsFinite(value))
        return std::nullopt;
    return value;
}

// The fields whose column, once mapped, the file must have; the others may be absent and read as empty.
QStringList missingRequiredColumns(const FeatureReader &reader, const ColumnMapping &mapping)
{
    QList<OfficeField> required{OfficeField::Id, OfficeField::MunicipalityCode, OfficeField::Name,
                                OfficeField::Status2021, OfficeField::Phase};
    if (!reader.layerHasPointGeometry()) {
        if (mapping.coordinateSource() == CoordinateSource::LatitudeLongitude)
            required << OfficeField::Latitude << OfficeField::Longitude;
        else if (mapping.coordinateSource() == CoordinateSource::EastingNorthing)
            required << OfficeField::Easting << OfficeField::Northing;
    }
    QStringList missing;
    for (const OfficeField field : ColumnMapping::fields()) {
        if (required.contains(field) && mapping.isMapped(field) && !reader.hasColumn(mapping.column(field)))
            missing << mapping.column(field);
    }
    return missing;
}

// How well a layer fits: having what the import needs counts most, then each office column it has, and point
// geometry only breaks ties, so a layer of bus stops before the offices does not win.
int layerFitness(bool hasWhatIsNeeded, int officeColumns, bool hasPoints)
{
    return (hasWhatIsNeeded ? 1000 : 0) + 2 * officeColumns + (hasPoints ? 1 : 0);
}

int presentColumns(const FeatureReader &reader, const ColumnMapping &mapping)
{
    int present = 0;
    for (const OfficeField field : ColumnMapping::fields()) {
        if (mapping.isMapped(field) && reader.hasColumn(mapping.column(field)))
            ++present;
    }
    return present;
}

// The layer that fits best by `fitness`; the first of equals. Returns a note naming the layer when the file has
// several, else empty.
QString chooseLayer(FeatureReader &reader, const std::function<int()> &fitness)
{
    const int count = reader.layerCount();
    int chosen = 0;
    int best = -1;
    for (int i = 0; i < count; ++i) {
        reader.useLayer(i);
        if (const int fit = fitness(); fit > best) {
            best = fit;
            chosen = i;
        }
    }
    reader.useLayer(chosen);
    if (count < 2)
        return {};
    return OfficeImporter::tr("%1: has %2 layers; reading layer '%3' (number %4), the one with the most office columns")
            .arg(reader.fileName())
            .arg(count)
            .arg(reader.layerName())
            .arg(chosen + 1);
}

// A file GDAL opens but that is not a table of offices: a shapefile without its .dbf, a GeoJSON that is a bare
// geometry or a single Feature.
QString shapeProblem(const FeatureReader &reader, const QString &path)
{
    if (reader.driverName() == QLatin1String("ESRI Shapefile")) {
        // GDAL reads a .shp without its .dbf as points without columns; say what is missing instead.
        const QFileInfo info(path);
        const QDir directory = info.dir();
        const QStringList tables = directory.entryList({info.completeBaseName() + QStringLiteral(".dbf")}, QDir::Files);
        if (tables.isEmpty())
            return OfficeImporter::tr("%1: the shapefile's table %2 is missing; copy it next to the .shp file")
                    .arg(reader.fileName(), info.completeBaseName() + QStringLiteral(".dbf"));
        return {};
    }
    if (reader.driverName() != QLatin1String("GeoJSON"))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    const QString type = document.object().value(QLatin1String("type")).toString();
    if (!document.isObject() || type == QLatin1String("FeatureCollection"))
        return {};
    return OfficeImporter::tr("%1: is a GeoJSON %2, not a FeatureCollection of offices")
            .arg(reader.fileName(), type.isEmpty() ? OfficeImporter::tr("object without a type") : type);
}

struct PositionEntry
{
    QPointF position;
    QString location;
    QString id;
};

// All the rules for one row; every message goes through fail() so it names the file and the line or feature.
class RowRules
{
public:
    RowRules(FeatureReader &reader, const ColumnMapping &mapping, QStringList &errors)
        : m_reader(reader)
        , m_mapping(mapping)
        , m_errors(errors)
    { }

    bool rowOk() const { return m_rowOk; }

    void fail(const QString &what)
    {
        m_errors << m_reader.message(what);
        m_rowOk = false;
    }

    QString cell(OfficeField field) const
    {
        return m_mapping.isMapped(field) ? m_reader.text(m_mapping.column(field)) : QString();
    }

    QString column(OfficeField field) const { return m_mapping.column(field); }

    std::optional<PartialDate> date(OfficeField field)
    {
        const QString text = cell(field);
        if (text.isEmpty())
            return std::nullopt;
        DateParseError error;
        const std::optional<PartialDate> parsed = PartialDate::parse(text, &error);
        if (!parsed)
            fail(OfficeImporter::tr("%1 '%2' is not a date, at character %3: %4 (EDTF: YYYY, YYYY-21…24 for a season, "
                                    "YYYY-MM, YYYY-MM-DD, or A/B of these with '..' for an open end)")
                         .arg(column(field), text)
                         .arg(error.column)
                         .arg(error.message));
        return parsed;
    }

    // The position in WGS 84 and SWEREF 99 TM, from wherever the mapping says.
    std::optional<std::pair<QGeoCoordinate, QPointF>> position()
    {
        switch (m_mapping.coordinateSource()) {
        case CoordinateSource::LatitudeLongitude:
            return withSweref(fromLatitudeLongitude());
        case CoordinateSource::EastingNorthing:
            return fromEastingNorthing();
        case CoordinateSource::PointGeometry:
            return withSweref(fromGeometry(OfficeImporter::tr("no position: the feature has no point geometry")));
        }
        return std::nullopt;
    }

    // The position as the row gives it, to begin a message: "lat 59.91, lon 10.75", "the point at lat …, lon …".
    QString positionText(const QGeoCoordinate &coordinate) const
    {
        switch (m_mapping.coordinateSource()) {
        case CoordinateSource::LatitudeLongitude:
            if (!cell(OfficeField::Latitude).isEmpty() || !cell(OfficeField::Longitude).isEmpty())
                return QStringLiteral("%1 %2, %3 %4")
                        .arg(column(OfficeField::Latitude), cell(OfficeField::Latitude), column(OfficeField::Longitude),
                             cell(OfficeField::Longitude));
            break;
        case CoordinateSource::EastingNorthing:
            return QStringLiteral("%1 %2, %3 %4")
                    .arg(column(OfficeField::Easting), cell(OfficeField::Easting), column(OfficeField::Northing),
                         cell(OfficeField::Northing));
        case CoordinateSource::PointGeometry:
            break;
        }
        return OfficeImporter::tr("the point at lat %1, lon %2")
                .arg(coordinate.latitude(), 0, 'f', 5)
                .arg(coordinate.longitude(), 0, 'f', 5);
    }

private:
    static std::optional<std::pair<QGeoCoordinate, QPointF>> withSweref(const std::optional<QGeoCoordinate> &coordinate)
    {
        if (!coordinate)
            return std::nullopt;
        return std::pair{*coordinate, Projection::toSweref(*coordinate)};
    }

    std::optional<QGeoCoordinate> fromGeometry(const QString &noPointMessage)
    {
        const std::optional<QPointF> raw = m_reader.rawPoint();
        if (!raw) {
            fail(noPointMessage);
            return std::nullopt;
        }
        if (!m_reader.layerHasCoordinateSystem() && (qAbs(raw->x()) > 180 || qAbs(raw->y()) > 90)) {
            fail(OfficeImporter::tr(
                         "the layer has no coordinate system, and x %1, y %2 are not longitude and latitude; "
                         "save the file with its coordinate system (e.g. EPSG:3006)")
                         .arg(raw->x(), 0, 'f')
                         .arg(raw->y(), 0, 'f'));
            return std::nullopt;
        }
        const std::optional<QGeoCoordinate> point = m_reader.pointGeometry();
        if (!point || !qIsFinite(point->latitude()) || !qIsFinite(point->longitude())) {
            fail(OfficeImporter::tr("the point x %1, y %2 cannot be converted to WGS 84").arg(raw->x()).arg(raw->y()));
            return std::nullopt;
        }
        if (!SwedenBounds::containsDegrees(point->latitude(), point->longitude())) {
            fail(OfficeImporter::tr("the point at lat %1, lon %2 lies outside Sweden")
                         .arg(point->latitude(), 0, 'f', 5)
                         .arg(point->longitude(), 0, 'f', 5));
            return std::nullopt;
        }
        return QGeoCoordinate(point->latitude(), point->longitude());
    }

    std::optional<QGeoCoordinate> fromLatitudeLongitude()
    {
        const QString latName = column(OfficeField::Latitude);
        const QString lonName = column(OfficeField::Longitude);
        const QString latText = cell(OfficeField::Latitude);
        const QString lonText = cell(OfficeField::Longitude);
        if (latText.isEmpty() && lonText.isEmpty()) {
            return fromGeometry(OfficeImporter::tr("no position: %1 and %2 are empty and there is no point geometry")
                                        .arg(latName, lonName));
        }
        const std::optional<double> latitude = parseNumber(latText);
        const std::optional<double> longitude = parseNumber(lonText);
        if (!latitude)
            fail(OfficeImporter::tr("%1 '%2' is not a number").arg(latName, latText));
        if (!longitude)
            fail(OfficeImporter::tr("%1 '%2' is not a number").arg(lonName, lonText));
        if (!latitude || !longitude)
            return std::nullopt;
        if (SwedenBounds::containsSweref(*longitude, *latitude)
            || SwedenBounds::containsSweref(*latitude, *longitude)) {
            fail(OfficeImporter::tr("%1 %2, %3 %4 are SWEREF 99 TM metres, not degrees; choose easting and northing")
                         .arg(latName, latText, lonName, lonText));
            return std::nullopt;
        }
        if (*latitude < -90 || *latitude > 90 || *longitude < -180 || *longitude > 180) {
            fail(OfficeImporter::tr("%1 %2, %3 %4 is not a position on Earth").arg(latName, latText, lonName, lonText));
            return std::nullopt;
        }
        if (!SwedenBounds::containsDegrees(*latitude, *longitude)) {
            if (SwedenBounds::containsDegrees(*longitude, *latitude))
                fail(OfficeImporter::tr("%1 %2, %3 %4 lies outside Sweden; latitude and longitude look swapped")
                             .arg(latName, latText, lonName, lonText));
            else
                fail(OfficeImporter::tr("%1 %2, %3 %4 lies outside Sweden").arg(latName, latText, lonName, lonText));
            return std::nullopt;
        }
        return QGeoCoordinate(*latitude, *longitude);
    }

    std::optional<std::pair<QGeoCoordinate, QPointF>> fromEastingNorthing()
    {
        const QString eName = column(OfficeField::Easting);
        const QString nName = column(OfficeField::Northing);
        const QString eText = cell(OfficeField::Easting);
        const QString nText = cell(OfficeField::Northing);
        const std::optional<double> easting = parseNumber(eText);
        const std::optional<double> northing = parseNumber(nText);
        if (!easting)
            fail(OfficeImporter::tr("%1 '%2' is not a number").arg(eName, eText));
        if (!northing)
            fail(OfficeImporter::tr("%1 '%2' is not a number").arg(nName, nText));
        if (!easting || !northing)
            return std::nullopt;
        if (!SwedenBounds::containsSweref(*easting, *northing)) {
            if (SwedenBounds::containsSweref(*northing, *easting))
                fail(OfficeImporter::tr("%1 %2, %3 %4 lies outside Sweden; easting and northing look swapped")
                             .arg(eName, eText, nName, nText));
            else if (SwedenBounds::containsDegrees(*northing, *easting)
                     || SwedenBounds::containsDegrees(*easting, *northing))
                fail(OfficeImporter::tr(
                             "%1 %2, %3 %4 look like latitude and longitude in degrees, not SWEREF 99 TM metres")
                             .arg(eName, eText, nName, nText));
            else
                fail(OfficeImporter::tr(
                             "%1 %2, %3 %4 lies outside Sweden (SWEREF 99 TM: easting %5–%6, northing %7–%8)")
                             .arg(eName, eText, nName, nText)
                             .arg(SwedenBounds::minEasting, 0, 'f', 0)
                             .arg(SwedenBounds::maxEasting, 0, 'f', 0)
                             .arg(SwedenBounds::minNorthing, 0, 'f', 0)
                             .arg(SwedenBounds::maxNorthing, 0, 'f', 0));
            return std::nullopt;
        }
        // The metre box is a rectangle in another projection: its corners lie beyond the degree bounds every office
        // is checked against when a saved scenario is read back.
        const QPointF position(*easting, *northing);
        const QGeoCoordinate coordinate = Projection::toWgs84(position);
        if (!SwedenBounds::containsDegrees(coordinate.latitude(), coordinate.longitude())) {
            fail(OfficeImporter::tr("%1 %2, %3 %4 lies outside Sweden").arg(eName, eText, nName, nText));
            return std::nullopt;
        }
        return std::pair{coordinate, position};
    }

    FeatureReader &m_reader;
    const ColumnMapping &m_mapping;
    QStringList &m_errors;
    bool m_rowOk = true;
};

const Municipality *nearestSeat(const ReferenceData &reference, QPointF position)
{
    const Municipality *nearest = nullptr;
    double best = std::numeric_limits<double>::max();
    for (const Municipality &municipality : reference.municipalities()) {
        const QPointF d = municipality.seatPosition - position;
        const double distance = d.x() * d.x() + d.y() * d.y();
        if (distance < best) {
            best = distance;
            nearest = &municipality;
        }
    }
    return nearest;
}

// Reports an office less than samePositionMetres from one already read, naming both rows.
class SamePositionFinder
{
public:
    std::optional<PositionEntry> add(const PositionEntry &entry)
    {
        const qint64 cellX = static_cast<qint64>(std::floor(entry.position.x() / samePositionMetres));
        const qint64 cellY = static_cast<qint64>(std::floor(entry.position.y() / samePositionMetres));
        std::optional<PositionEntry> found;
        for (qint64 dx = -1; dx <= 1 && !found; ++dx) {
            for (qint64 dy = -1; dy <= 1 && !found; ++dy) {
                for (const PositionEntry &other : m_cells.value({cellX + dx, cellY + dy})) {
                    const QPointF d = other.position - entry.position;
                    if (std::hypot(d.x(), d.y()) < samePositionMetres) {
                        found = other;
                        break;
                    }
                }
            }
        }
        m_cells[{cellX, cellY}].append(entry);
        return found;
    }

private:
    QHash<std::pair<qint64, qint64>, QList<PositionEntry>> m_cells;
};

int defaultPhase(Status2021 status, const std::optional<PartialDate> &opened)
{
    if (status != Status2021::Planned)
        return 0;
    if (opened)
        return Rollout::phaseOfYear((opened->first().isValid() ? opened->first() : opened->last()).year());
    return Rollout::laterPhase;
}

} // namespace

bool OfficeImporter::acceptsPosition(const QGeoCoordinate &coordinate)
{
    return coordinate.isValid() && SwedenBounds::containsDegrees(coordinate.latitude(), coordinate.longitude());
}

ImportPreview OfficeImporter::inspect(const QString &path)
{
    ImportPreview preview;
    preview.path = path;
    FeatureReader reader(path);
    preview.fileName = reader.fileName();
    if (!reader.isOpen()) {
        preview.error = reader.openError();
        return preview;
    }
    preview.driverName = reader.driverName();
    if (!reader.headerDefect().isEmpty()) {
        preview.error = reader.headerDefect();
        return preview;
    }
    if (const QString problem = shapeProblem(reader, path); !problem.isEmpty()) {
        preview.error = problem;
        return preview;
    }
    preview.layerNote = chooseLayer(reader, [&] {
        const bool points = reader.layerHasPointGeometry();
        const ColumnMapping guess = ColumnMapping::guess(reader.columns(), points);
        return layerFitness(guess.isUsable(), presentColumns(reader, guess), points);
    });
    preview.layerName = reader.layerName();
    preview.featureCount = reader.featureCount();
    if (preview.featureCount > maxFeatures) {
        preview.error = tr("%1: has %2 rows; more than %3 is not an office list this program imports")
                                .arg(preview.fileName)
                                .arg(preview.featureCount)
                                .arg(maxFeatures);
        return preview;
    }
    preview.columns = reader.columns();
    preview.hasPointGeometry = reader.layerHasPointGeometry();
    preview.guessedMapping = ColumnMapping::guess(preview.columns, preview.hasPointGeometry);
    while (preview.rows.size() < previewRowCount && reader.next()) {
        QStringList row;
        for (const QString &column : std::as_const(preview.columns))
            row << reader.text(column);
        preview.rows << row;
    }
    if (const QString readError = reader.readError(); !readError.isEmpty())
        preview.error = readError;
    else if (preview.rows.isEmpty())
        preview.error = OfficeImporter::tr("%1: contains no offices").arg(preview.fileName);
    return preview;
}

OfficeLoadResult OfficeImporter::load(const QString &path, const SwedishLand *land)
{
    return import(path, OfficeSchema::mapping(), nullptr, land);
}

OfficeLoadResult OfficeImporter::import(const QString &path, const ColumnMapping &mapping,
                                        const ReferenceData *reference, const SwedishLand *land)
{
    OfficeLoadResult result;
    FeatureReader reader(path);
    if (!reader.isOpen()) {
        result.errors << reader.openError();
        return result;
    }
    if (!reader.headerDefect().isEmpty()) {
        result.errors << reader.headerDefect();
        return result;
    }
    if (const QString problem = shapeProblem(reader, path); !problem.isEmpty()) {
        result.errors << problem;
        return result;
    }
    if (const QStringList problems = mapping.problems(); !problems.isEmpty()) {
        result.errors << tr("%1: %2").arg(reader.fileName(), problems.join(QStringLiteral("; ")));
        return result;
    }
    if (const QString note = chooseLayer(reader,
                                         [&] {
                                             return layerFitness(missingRequiredColumns(reader, mapping).isEmpty(),
                                                                 presentColumns(reader, mapping),
                                                                 reader.layerHasPointGeometry());
                                         });
        !note.isEmpty())
        result.warnings << note;
    if (const long long count = reader.featureCount(); count > maxFeatures) {
        result.errors << tr("%1: has %2 rows; more than %3 is not an office list this program imports")
                                 .arg(reader.fileName())
                                 .arg(count)
                                 .arg(maxFeatures);
        return result;
    }
    if (const QStringList missing = missingRequiredColumns(reader, mapping); !missing.isEmpty()) {
        result.errors << tr("%1: missing column(s): %2").arg(reader.fileName(), missing.join(QStringLiteral(", ")));
        return result;
    }
    if (mapping.coordinateSource() == CoordinateSource::PointGeometry && !reader.layerHasPointGeometry()) {
        result.errors << tr("%1: layer '%2' has no point geometry; choose coordinate columns")
                                 .arg(reader.fileName(), reader.layerName());
        return result;
    }
    if (!mapping.isMapped(OfficeField::MunicipalityCode) && !reference) {
        result.errors << tr("%1: choose a column for the municipality code, or import with the reference data "
                            "so that the nearest municipality seat gives it")
                                 .arg(reader.fileName());
        return result;
    }

    static const QRegularExpression municipalityCode(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QHash<QString, QString> locationOfId;
    SamePositionFinder samePosition;
    while (reader.next()) {
        RowRules row(reader, mapping, result.errors);
        if (const QString defect = reader.rowDefect(); !defect.isEmpty()) {
            row.fail(defect);
            continue;
        }
        Office office;
        office.id = mapping.isMapped(OfficeField::Id) ? row.cell(OfficeField::Id)
                                                      : QStringLiteral("import-%1").arg(reader.locationNumber());
        office.name = row.cell(OfficeField::Name);
        office.municipality = row.cell(OfficeField::Municipality);
        office.municipalityCode = row.cell(OfficeField::MunicipalityCode);
        office.county = row.cell(OfficeField::County);
        office.locality = row.cell(OfficeField::Locality);
        office.address = row.cell(OfficeField::Address);
        office.coordPrecision = row.cell(OfficeField::CoordPrecision);

        if (office.id.isEmpty())
            row.fail(tr("id is empty"));
        else if (locationOfId.contains(office.id))
            row.fail(tr("id '%1' is already used on %2").arg(office.id, locationOfId.value(office.id)));
        else
            locationOfId.insert(office.id, reader.location());
        if (office.name.isEmpty())
            row.fail(tr("name is empty"));
        if (mapping.isMapped(OfficeField::MunicipalityCode)
            && !municipalityCode.match(office.municipalityCode).hasMatch())
            row.fail(tr("%1 '%2' is not a four-digit municipality code")
                             .arg(row.column(OfficeField::MunicipalityCode), office.municipalityCode));

        if (const auto position = row.position()) {
            office.coordinate = position->first;
            office.position = position->second;
            if (land) {
                if (const QString outside = land->whereOutside(office.position); !outside.isEmpty())
                    row.fail(QStringLiteral("%1 %2").arg(row.positionText(office.coordinate), outside));
            }
        }

        if (reference) {
            const Municipality *municipality = mapping.isMapped(OfficeField::MunicipalityCode)
                    ? reference->municipality(office.municipalityCode)
                    : (office.coordinate.isValid() ? nearestSeat(*reference, office.position) : nullptr);
            if (municipality) {
                office.municipalityCode = municipality->code;
                if (office.municipality.isEmpty())
                    office.municipality = municipality->name;
                if (office.county.isEmpty())
                    office.county = municipality->county;
            } else if (municipalityCode.match(office.municipalityCode).hasMatch()) {
                row.fail(tr("%1 '%2' is not the code of a Swedish municipality")
                                 .arg(row.column(OfficeField::MunicipalityCode), office.municipalityCode));
            }
        }

        const QString statusText = row.cell(OfficeField::Status2021);
        if (!mapping.isMapped(OfficeField::Status2021)) {
            const std::optional<PartialDate> opened = PartialDate::parse(row.cell(OfficeField::Opened));
            office.status2021 = opened && opened->last().isValid() && opened->last() < Rollout::orderDate()
                    ? Status2021::Open
                    : Status2021::Planned;
        } else if (const std::optional<Status2021> status = status2021FromString(statusText)) {
            office.status2021 = *status;
        } else {
            row.fail(tr("%1 '%2' is not one of open, establishing, planned")
                             .arg(row.column(OfficeField::Status2021), statusText));
        }

        const QString phaseText = row.cell(OfficeField::Phase);
        if (!mapping.isMapped(OfficeField::Phase)
            || (phaseText.isEmpty() && !mapping.isMapped(OfficeField::Status2021))) {
            office.phase = defaultPhase(office.status2021, PartialDate::parse(row.cell(OfficeField::Opened)));
        } else {
            bool phaseOk = false;
            office.phase = phaseText.isEmpty() ? 0 : phaseText.toInt(&phaseOk);
            if (!phaseText.isEmpty() && (!phaseOk || office.phase < 0 || office.phase > 9))
                row.fail(
                        tr("%1 '%2' is not a whole number from 0 to 9").arg(row.column(OfficeField::Phase), phaseText));
            else if (office.status2021 == Status2021::Planned && office.phase == 0)
                row.fail(tr("a planned office needs a phase of 1 or more"));
        }

        office.opened = row.date(OfficeField::Opened);
        office.closed = row.date(OfficeField::Closed);
        if (office.opened && office.closed && office.closed->last().isValid() && office.opened->first().isValid()
            && office.closed->last() < office.opened->first())
            row.fail(OfficeImporter::tr("closed %1 is before opened %2")
                             .arg(office.closed->toIsoString(), office.opened->toIsoString()));

        const QString vulnerableText = row.cell(OfficeField::VulnerableArea);
        if (const std::optional<VulnerableArea> vulnerable = vulnerableAreaFromString(vulnerableText))
            office.vulnerableArea = *vulnerable;
        else
            row.fail(tr("%1 '%2' is not one of yes, no, unknown")
                             .arg(row.column(OfficeField::VulnerableArea), vulnerableText));

        office.sources = row.cell(OfficeField::Source).split(whitespace, Qt::SkipEmptyParts);
        if (!row.rowOk())
            continue;
        if (const std::optional<PositionEntry> other
            = samePosition.add({office.position, reader.location(), office.id}))
            result.warnings << reader.message(
                    tr("less than 1 m from '%1' on %2: two offices at one position").arg(other->id, other->location));
        result.offices.push_back(std::move(office));
    }
    if (const QString readError = reader.readError(); !readError.isEmpty()) {
        // The rows before a read error are not the file: nothing of it may be used.
        result.offices.clear();
        result.warnings.clear();
        result.errors << readError;
        return result;
    }
    if (result.offices.empty() && result.errors.isEmpty())
        result.errors << tr("%1: contains no offices").arg(reader.fileName());
    return result;
}

} // namespace sk
