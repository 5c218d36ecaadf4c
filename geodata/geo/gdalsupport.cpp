// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "gdalsupport.h"

#include "geodata/geo/datalogging.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_http.h>
#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <mutex>
#include <vector>

namespace sk {

void GdalDatasetCloser::operator()(GDALDataset *dataset) const
{
    GDALClose(GDALDataset::ToHandle(dataset));
}

namespace {

// The translation context of the messages the functions below give about files they refuse or cannot open.
class GdalSupport
{
    Q_DECLARE_TR_FUNCTIONS(sk::GdalSupport)
};

// Every CPLHTTPFetch (a GeoJSON "link" CRS, an SRS given as a URL, …) ends here instead of on the network.
CPLHTTPResult *refuseHttpFetch(const char *, CSLConstList, GDALProgressFunc, void *, CPLHTTPFetchWriteFunc, void *,
                               void *)
{
    auto *result = static_cast<CPLHTTPResult *>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup(networkRefusedMessage());
    return result;
}

Q_LOGGING_CATEGORY(gdalLog, "servicekarta.gdal", QtWarningMsg)

// What GDAL reports outside a GdalErrorCapture goes to the log, not as raw "ERROR 1: …" lines on stderr; every
// reader captures what concerns its file and names the file and feature itself.
void CPL_STDCALL logGdalError(CPLErr errorClass, CPLErrorNum errorNumber, const char *message)
{
    if (errorClass >= CE_Failure)
        qCWarning(gdalLog, "GDAL error %d: %s", errorNumber, message);
    else if (errorClass == CE_Warning)
        qCInfo(gdalLog, "GDAL warning %d: %s", errorNumber, message);
}

} // namespace

const char *networkRefusedMessage()
{
    return "network access is disabled in Servicekarta";
}

void ensureGdalRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // Never reach for the network or shell out, whatever a file asks for.
        CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
        CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", "none");
        CPLSetConfigOption("GDAL_DISABLE_READDIR_ON_OPEN", "EMPTY_DIR");
        CPLSetConfigOption("OGR_SQLITE_JOURNAL", "MEMORY");
        CPLHTTPSetFetchCallback(refuseHttpFetch, nullptr);
        CPLSetErrorHandler(logGdalError);
        OSRSetPROJEnableNetwork(FALSE);
        GDALAllRegister();
    });
}

const QStringList &userFileDrivers()
{
    // LIBKML is left out on purpose: libkml may resolve links on its own, the plain KML driver never does.
    static const QStringList drivers{QStringLiteral("CSV"),  QStringLiteral("GeoJSON"),
                                     QStringLiteral("GPKG"), QStringLiteral("ESRI Shapefile"),
                                     QStringLiteral("KML"),  QStringLiteral("XLSX")};
    return drivers;
}

QString unsafeContentReason(const QByteArray &head)
{
    // Some readers would follow what these point to: other files, other drivers, the network.
    if (head.contains("<OGRVRTDataSource"))
        return GdalSupport::tr("is a GDAL virtual dataset (VRT), which can point to other files; open the data itself");
    if (head.contains("<NetworkLink") || head.contains(":NetworkLink"))
        return GdalSupport::tr(
                "is a KML file with a NetworkLink to other files or web addresses, which are not followed");
    // Only as a JSON member name ("href": …) is a link one; a cell or property that merely says "href" is text.
    static const QRegularExpression jsonLink(QStringLiteral("\"(\\$ref|href)\"\\s*:"));
    if ((head.contains("\"$ref\"") || head.contains("\"href\""))
        && jsonLink.match(QString::fromLatin1(head)).hasMatch())
        return GdalSupport::tr("refers to other files or web addresses ($ref or href), which are not followed");
    return {};
}

QString textEncodingProblem(const QByteArray &start)
{
    // Excel's "Unicode text" and some Windows tools write UTF-16; GDAL would call such a file damaged.
    const auto utf16 = [](const char *byteOrder) {
        return GdalSupport::tr("the text is in UTF-16 (%1), which this program does not read; save the file as UTF-8 "
                               "(in Excel: CSV UTF-8)")
                .arg(QLatin1String(byteOrder));
    };
    if (start.startsWith("\xFF\xFE"))
        return utf16("little-endian");
    if (start.startsWith("\xFE\xFF"))
        return utf16("big-endian");
    // Without a byte order mark: ASCII text in UTF-16 has a zero byte beside every character.
    if (start.size() >= 8 && !start.contains(QByteArray(2, '\0'))) {
        qsizetype evenZeros = 0;
        qsizetype oddZeros = 0;
        for (qsizetype i = 0; i < start.size(); ++i) {
            if (start[i] == '\0')
                ++(i % 2 == 0 ? evenZeros : oddZeros);
        }
        const qsizetype pairs = start.size() / 2;
        if (oddZeros >= pairs * 3 / 4 && evenZeros == 0)
            return utf16("little-endian");
        if (evenZeros >= pairs * 3 / 4 && oddZeros == 0)
            return utf16("big-endian");
    }
    return {};
}

// Reads the file in chunks, so a large population layer costs no memory; zip (XLSX) and SQLite (GPKG) containers
// hold no links a reader follows and are not scanned.
static QString unsafeFileReason(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray start = file.peek(16);
    if (start.startsWith("PK") || start.startsWith("SQLite format 3"))
        return {};
    constexpr qint64 chunkSize = 1 << 20;
    constexpr qsizetype overlap = 64; // longer than any marker, so none is split unseen
    QByteArray previous;
    while (!file.atEnd()) {
        const QByteArray chunk = previous.right(overlap) + file.read(chunkSize);
        if (const QString reason = unsafeContentReason(chunk); !reason.isEmpty())
            return reason;
        previous = chunk;
    }
    return {};
}

// The suffixes of the text formats a user file may have; the others (GeoPackage, XLSX, shapefile) are binary.
static const QStringList &textSuffixes()
{
    static const QStringList suffixes{QStringLiteral("csv"),     QStringLiteral("tsv"),  QStringLiteral("txt"),
                                      QStringLiteral("geojson"), QStringLiteral("json"), QStringLiteral("kml")};
    return suffixes;
}

QString lastGdalError()
{
    const char *message = CPLGetLastErrorMsg();
    if (message && *message)
        return QString::fromUtf8(message);
    return GdalSupport::tr("unknown error");
}

static GdalDatasetPtr openVector(const QString &path, QString *error, const QStringList *allowed,
                                 const QStringList &openOptions)
{
    ensureGdalRegistered();
    const QString name = QFileInfo(path).fileName();
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() == 0) {
        *error = GdalSupport::tr("%1: the file is empty").arg(name);
        return nullptr;
    }
    if (!info.exists()) {
        *error = GdalSupport::tr("%1: file not found").arg(path);
        return nullptr;
    }
    if (!info.isFile() || !info.isReadable()) {
        *error = GdalSupport::tr("%1: not a readable file").arg(path);
        return nullptr;
    }
    if (allowed && textSuffixes().contains(info.suffix().toLower())) {
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly)) {
            if (const QString problem = textEncodingProblem(file.read(512)); !problem.isEmpty()) {
                *error = GdalSupport::tr("%1: cannot open: %2").arg(name, problem);
                return nullptr;
            }
        }
    }
    if (allowed) {
        if (const QString reason = unsafeFileReason(info.absoluteFilePath()); !reason.isEmpty()) {
            *error = GdalSupport::tr("%1: refused: the file %2").arg(name, reason);
            return nullptr;
        }
    }
    std::vector<QByteArray> driverNames;
    std::vector<const char *> driverList;
    if (allowed) {
        for (const QString &driver : *allowed)
            driverNames.push_back(driver.toUtf8());
        for (const QByteArray &driver : driverNames)
            driverList.push_back(driver.constData());
        driverList.push_back(nullptr);
    }
    std::vector<QByteArray> optionBytes;
    std::vector<const char *> optionList;
    for (const QString &option : openOptions)
        optionBytes.push_back(option.toUtf8());
    for (const QByteArray &option : optionBytes)
        optionList.push_back(option.constData());
    optionList.push_back(nullptr);

    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler);
    GDALDataset *dataset = GDALDataset::Open(QFile::encodeName(info.absoluteFilePath()).constData(),
                                             GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR,
                                             allowed ? driverList.data() : nullptr, optionList.data(), nullptr);
    CPLPopErrorHandler();
    if (!dataset) {
        const bool unrecognised
                = CPLGetLastErrorType() == CE_None || lastGdalError().contains(QLatin1String("not recognized"));
        // A file named like a format we read that its reader rejects is most often cut off in a download or copy.
        static const QHash<QString, QString> formatOfSuffix{{QStringLiteral("csv"), QStringLiteral("CSV")},
                                                            {QStringLiteral("geojson"), QStringLiteral("GeoJSON")},
                                                            {QStringLiteral("json"), QStringLiteral("GeoJSON")},
                                                            {QStringLiteral("kml"), QStringLiteral("KML")},
                                                            {QStringLiteral("gpkg"), QStringLiteral("GeoPackage")},
                                                            {QStringLiteral("xlsx"), QStringLiteral("XLSX")},
                                                            {QStringLiteral("shp"), QStringLiteral("Shapefile")}};
        const QString format = formatOfSuffix.value(info.suffix().toLower());
        QString reason;
        if (allowed && !format.isEmpty())
            reason = GdalSupport::tr("the file looks damaged or cut off; it is not a readable %1 file (%2)")
                             .arg(format, unrecognised ? GdalSupport::tr("not recognised") : lastGdalError());
        else if (unrecognised)
            reason = GdalSupport::tr("empty, or not a vector format this program reads (%1)")
                             .arg(userFileDrivers().join(QStringLiteral(", ")));
        else
            reason = lastGdalError();
        *error = GdalSupport::tr("%1: cannot open: %2").arg(name, reason);
        return nullptr;
    }
    if (CPLGetLastErrorType() == CE_Warning)
        qCDebug(lcData).noquote() << name << "opened; GDAL warned:" << lastGdalError();
    return GdalDatasetPtr(dataset);
}

GdalDatasetPtr openUserVectorFile(const QString &path, QString *error, const QStringList &openOptions)
{
    if (path.startsWith(QLatin1String("/vsi")) || path.contains(QLatin1String("://"))) {
        *error = GdalSupport::tr("%1: only local files can be opened").arg(path);
        return nullptr;
    }
    return openVector(path, error, &userFileDrivers(), openOptions);
}

GdalDatasetPtr openShippedVectorFile(const QString &path, QString *error)
{
    return openVector(path, error, nullptr, {});
}

void CoordinateTransformDeleter::operator()(OGRCoordinateTransformation *transform) const
{
    OGRCoordinateTransformation::DestroyCT(transform);
}

bool hasCoordinateReferenceSystem(const OGRSpatialReference *reference)
{
    return reference && !QByteArray(reference->GetName()).startsWith("Undefined");
}

CoordinateTransformPtr transformTo(const OGRSpatialReference &source, int targetEpsg, bool *alreadyThere)
{
    OGRSpatialReference sourceCopy(source);
    sourceCopy.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const OGRSpatialReference target = spatialReferenceFromEpsg(targetEpsg);
    *alreadyThere = sourceCopy.IsSame(&target);
    if (*alreadyThere)
        return nullptr;
    return CoordinateTransformPtr(OGRCreateCoordinateTransformation(&sourceCopy, &target));
}

OGRSpatialReference spatialReferenceFromEpsg(int epsg)
{
    ensureGdalRegistered();
    OGRSpatialReference reference;
    reference.importFromEPSG(epsg);
    reference.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return reference;
}

} // namespace sk
