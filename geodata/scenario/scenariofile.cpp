// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "scenariofile.h"

#include "geodata/geo/atomicfilereplacement.h"
#include "geodata/geo/gdalsupport.h"
#include "geodata/import/officeimporter.h"
#include "geodata/import/officeschema.h"
#include "geodata/offices/officetext.h"
#include "geodata/scenario/scenariologging.h"

#include <QFileInfo>
#include <QLocale>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <atomic>

namespace sk {

namespace {

std::atomic<int> failAfterFeatures{-1};

enum class Format { GeoPackage, GeoJson, Csv, Kml };

std::optional<Format> formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gpkg"))
        return Format::GeoPackage;
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return Format::GeoJson;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("kml"))
        return Format::Kml;
    return std::nullopt;
}

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

struct FormatSpec
{
    const char *driver;
    int epsg; // 0: no geometry
    QStringList datasetOptions;
    QStringList layerOptions;
};

FormatSpec specOf(Format format)
{
    switch (format) {
    case Format::GeoPackage:
        return {"GPKG", 3006, {}, {}};
    case Format::GeoJson:
        return {"GeoJSON", 4326, {}, {QStringLiteral("RFC7946=YES"), QStringLiteral("WRITE_NAME=NO")}};
    case Format::Csv:
        return {"CSV", 0, {}, {QStringLiteral("LINEFORMAT=LF")}};
    case Format::Kml:
        return {"KML", 4326, {}, {}};
    }
    return {};
}

struct CStringList
{
    explicit CStringList(const QStringList &strings)
    {
        for (const QString &string : strings)
            bytes.push_back(string.toUtf8());
        for (QByteArray &string : bytes)
            pointers.push_back(string.data());
        pointers.push_back(nullptr);
    }
    char **data() { return pointers.data(); }

    std::vector<QByteArray> bytes;
    std::vector<char *> pointers;
};

OGRFieldType fieldType(OfficeSchema::ValueType type)
{
    switch (type) {
    case OfficeSchema::ValueType::Integer:
        return OFTInteger;
    case OfficeSchema::ValueType::Real:
        return OFTReal;
    case OfficeSchema::ValueType::Text:
        return OFTString;
    }
    return OFTString;
}

QString kmlDescription(const Office &office)
{
    QStringList lines;
    lines << ScenarioFile::tr("Municipality: %1 (%2)").arg(office.municipality, office.county);
    if (!office.address.isEmpty())
        lines << ScenarioFile::tr("Address: %1").arg(office.address);
    lines << ScenarioFile::tr("Opening: %1").arg(OfficeText::opening(office));
    if (office.phase > 0)
        lines << ScenarioFile::tr("Phase: %1").arg(office.phase);
    if (office.closed)
        lines << ScenarioFile::tr("Closed: %1").arg(OfficeText::partialDate(*office.closed));
    return lines.join(QLatin1Char('\n'));
}

bool createFields(OGRLayer *layer, Format format, QString *reason)
{
    const auto create = [&](const QString &column, OGRFieldType type) {
        OGRFieldDefn field(column.toUtf8().constData(), type);
        if (layer->CreateField(&field) == OGRERR_NONE)
            return true;
        *reason = ScenarioFile::tr("cannot create column %1: %2").arg(column, lastGdalError());
        return false;
    };
    if (format == Format::Kml)
        return create(QStringLiteral("Name"), OFTString) && create(QStringLiteral("Description"), OFTString);
    for (const OfficeSchema::Column &column : OfficeSchema::columns()) {
        if (!create(column.name, fieldType(column.type)))
            return false;
    }
    return true;
}

bool writeOffices(GDALDataset &dataset, Format format, const Scenario &scenario, QString *reason)
{
    const FormatSpec spec = specOf(format);
    OGRSpatialReference reference;
    if (spec.epsg != 0)
        reference = spatialReferenceFromEpsg(spec.epsg);
    CStringList layerOptions(spec.layerOptions);
    OGRLayer *layer = dataset.CreateLayer("offices", spec.epsg != 0 ? &reference : nullptr,
                                          spec.epsg != 0 ? wkbPoint : wkbNone, layerOptions.data());
    if (!layer) {
        *reason = ScenarioFile::tr("cannot create the layer: %1").arg(lastGdalError());
        return false;
    }
    if (!createFields(layer, format, reason))
        return false;

    const bool transaction = dataset.StartTransaction() == OGRERR_NONE;
    int written = 0;
    for (const Office &office : scenario.offices) {
        if (written == failAfterFeatures.load()) {
            *reason = ScenarioFile::tr("simulated failure after %n office(s)", nullptr, written);
            return false;
        }
        OGRFeature feature(layer->GetLayerDefn());
        if (format == Format::Kml) {
            feature.SetField("Name", office.name.toUtf8().constData());
            feature.SetField("Description", kmlDescription(office).toUtf8().constData());
        } else {
            for (const OfficeSchema::Column &column : OfficeSchema::columns()) {
                const QString value = OfficeSchema::text(office, column.field);
                // Empty optional values are written as null, not as "" or 0.
                if (!value.isEmpty())
                    feature.SetField(column.name.toUtf8().constData(), value.toUtf8().constData());
            }
        }
        if (spec.epsg != 0 && office.coordinate.isValid()) {
            OGRPoint point = spec.epsg == 3006 ? OGRPoint(office.position.x(), office.position.y())
                                               : OGRPoint(office.coordinate.longitude(), office.coordinate.latitude());
            feature.SetGeometry(&point);
        }
        if (layer->CreateFeature(&feature) != OGRERR_NONE) {
            *reason = ScenarioFile::tr("cannot write office %1: %2").arg(office.id, lastGdalError());
            return false;
        }
        ++written;
    }
    if (transaction && dataset.CommitTransaction() != OGRERR_NONE) {
        *reason = ScenarioFile::tr("cannot commit: %1").arg(lastGdalError());
        return false;
    }
    return true;
}

// Writes the whole file at `path` and closes it; false with the reason (GDAL's own text for disk errors).
bool writeFile(Format format, const Scenario &scenario, const QString &path, const QHash<QString, QString> &metadata,
               QString *reason)
{
    ensureGdalRegistered();
    const FormatSpec spec = specOf(format);
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName(spec.driver);
    if (!driver) {
        *reason = ScenarioFile::tr("GDAL has no %1 driver").arg(QString::fromLatin1(spec.driver));
        return false;
    }
    const QuietGdal quiet;
    CStringList datasetOptions(spec.datasetOptions);
    GdalDatasetPtr dataset(
            driver->Create(QFile::encodeName(path).constData(), 0, 0, 0, GDT_Unknown, datasetOptions.data()));
    if (!dataset) {
        *reason = ScenarioFile::tr("cannot create: %1").arg(lastGdalError());
        return false;
    }
    for (auto it = metadata.begin(); it != metadata.end(); ++it) {
        if (dataset->SetMetadataItem(it.key().toUtf8().constData(), it.value().toUtf8().constData()) != CE_None)
            qCWarning(lcScenario).noquote()
                    << path << ": the metadata item" << it.key() << "was not written:" << lastGdalError();
    }
    if (!writeOffices(*dataset, format, scenario, reason))
        return false;
    // Closing writes what GDAL still buffers; a full disk shows here as an error.
    CPLErrorReset();
    dataset.reset();
    if (CPLGetLastErrorType() >= CE_Failure) {
        *reason = lastGdalError();
        return false;
    }
    return true;
}

// Reads the written file back before it may replace anything: it must hold every office and, in the reference
// columns, read through OfficeImporter::load() without a complaint, or the scenario could be saved but never opened
// again.
bool verify(Format format, const Scenario &scenario, const QString &temporaryPath, const QString &targetPath,
            QString *reason)
{
    const auto expected = static_cast<long long>(scenario.offices.size());
    if (format == Format::Kml) {
        QString error;
        const GdalDatasetPtr dataset = openUserVectorFile(temporaryPath, &error);
        const long long count = dataset && dataset->GetLayerCount() > 0 ? dataset->GetLayer(0)->GetFeatureCount() : -1;
        if (count != expected) {
            *reason = dataset ? ScenarioFile::tr("read back %1 of %2 offices").arg(count).arg(expected) : error;
            return false;
        }
        return true;
    }
    const OfficeLoadResult readBack = OfficeImporter::load(temporaryPath);
    if (!readBack.errors.isEmpty()) {
        QString first = readBack.errors.first();
        first.replace(QFileInfo(temporaryPath).fileName(), QFileInfo(targetPath).fileName());
        *reason = ScenarioFile::tr("the file would not open again: %1").arg(first);
        return false;
    }
    if (static_cast<long long>(readBack.offices.size()) != expected) {
        *reason = ScenarioFile::tr("read back %1 of %2 offices").arg(readBack.offices.size()).arg(expected);
        return false;
    }
    return true;
}

bool writeAtomically(Format format, const Scenario &scenario, const QString &path,
                     const QHash<QString, QString> &metadata, QString *error)
{
    AtomicFileReplacement replacement(path);
    if (!replacement.prepare(error))
        return false;
    const QString name = QFileInfo(path).fileName();
    QString reason;
    if (!writeFile(format, scenario, replacement.temporaryPath(), metadata, &reason)
        || !verify(format, scenario, replacement.temporaryPath(), path, &reason)) {
        // GDAL's messages name the temporary file, which the user never sees.
        reason.replace(replacement.temporaryPath(), replacement.targetPath());
        *error = ScenarioFile::tr("%1: not saved: %2").arg(name, reason);
        return false;
    }
    return replacement.commit(error);
}

} // namespace

bool ScenarioFile::save(const Scenario &scenario, const QString &path, QString *error,
                        const QHash<QString, QString> &extraMetadata)
{
    QHash<QString, QString> metadata = extraMetadata;
    metadata.insert(QString::fromLatin1(nameKey), scenario.name);
    metadata.insert(QString::fromLatin1(basedOnKey), scenario.basedOn);
    return writeAtomically(Format::GeoPackage, scenario, path, metadata, error);
}

std::optional<Scenario> ScenarioFile::open(const QString &path, QStringList *errors)
{
    OfficeLoadResult loaded = OfficeImporter::load(path);
    if (!loaded.ok()) {
        *errors << loaded.errors;
        return std::nullopt;
    }
    const QHash<QString, QString> items = metadata(path);
    Scenario scenario;
    scenario.name = items.value(QString::fromLatin1(nameKey));
    scenario.basedOn = items.value(QString::fromLatin1(basedOnKey));
    scenario.offices = std::move(loaded.offices);
    return scenario;
}

QHash<QString, QString> ScenarioFile::metadata(const QString &path)
{
    QString error;
    const GdalDatasetPtr dataset = openUserVectorFile(path, &error);
    QHash<QString, QString> items;
    if (!dataset)
        return items;
    char **list = dataset->GetMetadata();
    for (int i = 0; list && list[i]; ++i) {
        const QString item = QString::fromUtf8(list[i]);
        const qsizetype separator = item.indexOf(QLatin1Char('='));
        if (separator > 0)
            items.insert(item.left(separator), item.mid(separator + 1));
    }
    return items;
}

bool ScenarioFile::exportTo(const Scenario &scenario, const QString &path, QString *error)
{
    const std::optional<Format> format = formatOf(path);
    if (!format) {
        *error = tr("%1: cannot export to this kind of file; use one of %2")
                         .arg(QFileInfo(path).fileName(), exportSuffixes().join(QStringLiteral(", ")));
        return false;
    }
    if (*format == Format::GeoPackage)
        return save(scenario, path, error);
    return writeAtomically(*format, scenario, path, {}, error);
}

QStringList ScenarioFile::exportSuffixes()
{
    return {QStringLiteral("gpkg"), QStringLiteral("geojson"), QStringLiteral("json"), QStringLiteral("csv"),
            QStringLiteral("kml")};
}

void ScenarioFile::setFailAfterFeaturesForTesting(int count)
{
    failAfterFeatures.store(count);
}

} // namespace sk
