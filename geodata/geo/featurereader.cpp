// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "featurereader.h"

#include "geodata/geo/gdalerrorcapture.h"
#include "geodata/geo/scopedgdalconfigoption.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace sk {

namespace {

bool isUtf8Text(QByteArrayView bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    return !decoder.hasError();
}

// GDAL takes the separator from the header line: a semicolon or tab wins over commas only where there are more.
char csvSeparator(QByteArrayView header)
{
    const auto count = [&](char c) { return std::count(header.begin(), header.end(), c); };
    const long long commas = count(',');
    if (count(';') > commas && count(';') >= count('\t'))
        return ';';
    if (count('\t') > commas)
        return '\t';
    return ',';
}

} // namespace

// The line on which each CSV record starts (index 0: the header), and whether its bytes are whole. GDAL skips blank
// lines and lets quoted fields span lines, so record numbers alone would misname the line a person should look at.
void FeatureReader::scanCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    const qsizetype headerEnd = data.indexOf('\n');
    const char separator = csvSeparator(QByteArrayView(data).first(headerEnd < 0 ? data.size() : headerEnd));
    long long line = 1;
    CsvRecord record{1, true, 1, false};
    qsizetype recordStart = 0;
    bool hasContent = false;
    const auto finish = [&](qsizetype end) {
        if (!hasContent)
            return;
        record.utf8 = isUtf8Text(QByteArrayView(data).sliced(recordStart, end - recordStart));
        m_csvRecords.push_back(record);
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '"')
            record.quoteOpen = !record.quoteOpen;
        else if (c == separator && !record.quoteOpen)
            ++record.cells;
        if (c == '\n') {
            ++line;
            if (!record.quoteOpen) {
                finish(i);
                record = CsvRecord{line, true, 1, false};
                recordStart = i + 1;
                hasContent = false;
            }
            continue;
        }
        if (c != '\r')
            hasContent = true;
    }
    record.endsLine = false;
    finish(data.size());
    if (!m_csvRecords.empty() && !m_csvRecords.front().utf8)
        m_headerDefect
                = QStringLiteral("%1, %2: %3")
                          .arg(m_fileName, tr("line %1").arg(1), tr("text is not UTF-8 (save the file as UTF-8)"));
}

FeatureReader::FeatureReader(const QString &path, bool trusted)
    : m_fileName(QFileInfo(path).fileName())
{
    // Text as text: codes like "0180" keep their zeros, and the loaders check numbers themselves.
    const QStringList options{QStringLiteral("AUTODETECT_TYPE=NO"), QStringLiteral("EMPTY_STRING_AS_NULL=NO")};
    if (const QFileInfo info(path); !trusted && info.isFile() && info.size() > maxUserFileBytes) {
        m_openError = tr("%1: the file is %2 MB; files over %3 MB are not read")
                              .arg(m_fileName)
                              .arg(info.size() / (1024 * 1024))
                              .arg(maxUserFileBytes / (1024 * 1024));
        return;
    }
    {
        // A spreadsheet's first row is its header even when every cell is text (XLSX's own guess needs a number
        // below it), and every cell is text. GDAL 3.6 knows these only as configuration options, read when a sheet
        // is first parsed: they hold until every layer has been touched.
        const bool spreadsheet = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
        const ScopedGdalConfigOption headers("OGR_XLSX_HEADERS", spreadsheet ? "FORCE" : nullptr);
        const ScopedGdalConfigOption types("OGR_XLSX_FIELD_TYPES", spreadsheet ? "STRING" : nullptr);
        m_dataset = trusted ? openShippedVectorFile(path, &m_openError)
                            : openUserVectorFile(path, &m_openError, spreadsheet ? QStringList() : options);
        if (!m_dataset)
            return;
        const GdalErrorCapture capture;
        for (int i = 0; spreadsheet && i < m_dataset->GetLayerCount(); ++i)
            m_dataset->GetLayer(i)->GetLayerDefn();
    }
    if (m_dataset->GetLayerCount() < 1) {
        m_openError = tr("%1: contains no table or layer").arg(m_fileName);
        m_dataset.reset();
        return;
    }
    m_isCsv = driverName() == QLatin1String("CSV");
    if (m_isCsv)
        scanCsv(path);
    useLayer(0);
    if (m_isCsv)
        refuseRetypedColumns(path);
}

// GDAL's CSV reader takes column types from a .csvt file beside the CSV, whatever the open options say: "Integer"
// for lat would silently cut every position to whole degrees. Everything here reads text, so any type is refused.
void FeatureReader::refuseRetypedColumns(const QString &path)
{
    QStringList retyped;
    const OGRFeatureDefn *definition = m_layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const OGRFieldDefn *field = definition->GetFieldDefn(i);
        if (field->GetType() != OFTString)
            retyped << QStringLiteral("%1 (%2)").arg(
                    QString::fromUtf8(field->GetNameRef()),
                    QString::fromUtf8(OGRFieldDefn::GetFieldTypeName(field->GetType())));
    }
    if (retyped.isEmpty())
        return;
    const QFileInfo info(path);
    m_openError = FeatureReader::tr("%1: the type file %2 beside it would read %3 as numbers or dates, not as written; "
                                    "remove or rename %2")
                          .arg(m_fileName, info.completeBaseName() + QStringLiteral(".csvt"),
                               retyped.join(QStringLiteral(", ")));
    m_layer = nullptr;
    m_stream.reset();
    m_dataset.reset();
}

FeatureReader::~FeatureReader() = default;

QString FeatureReader::driverName() const
{
    return m_dataset ? QString::fromUtf8(m_dataset->GetDriverName()) : QString();
}

int FeatureReader::layerCount() const
{
    return m_dataset ? m_dataset->GetLayerCount() : 0;
}

QString FeatureReader::layerName() const
{
    return m_layer ? QString::fromUtf8(m_layer->GetName()) : QString();
}

void FeatureReader::useLayer(int index)
{
    const GdalErrorCapture capture;
    m_layer = m_dataset->GetLayer(index);
    m_feature.reset();
    m_stream.reset();
    m_ordinal = 0;
    m_readError.clear();
    m_columns.clear();
    m_toWgs84.reset();
    m_hasCoordinateSystem = false;
    if (!m_layer)
        return;
    readLayerDefinition();
    m_stream.emplace(*m_layer);
}

void FeatureReader::readLayerDefinition()
{
    const OGRFeatureDefn *definition = m_layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const QString name = QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()).trimmed().toLower();
        if (!m_columns.contains(name))
            m_columns.insert(name, i);
    }
    if (const OGRSpatialReference *source = m_layer->GetSpatialRef(); hasCoordinateReferenceSystem(source)) {
        m_hasCoordinateSystem = true;
        bool alreadyWgs84 = false;
        m_toWgs84 = transformTo(*source, 4326, &alreadyWgs84);
    }
}

long long FeatureReader::featureCount() const
{
    // Counting may read the whole layer; what goes wrong there shows again, with its feature, when it is read.
    const GdalErrorCapture capture;
    return m_layer ? m_layer->GetFeatureCount(TRUE) : 0;
}

bool FeatureReader::layerHasPointGeometry() const
{
    if (!m_layer)
        return false;
    const OGRwkbGeometryType declared = wkbFlatten(m_layer->GetGeomType());
    if (declared == wkbPoint)
        return true;
    if (declared != wkbUnknown || m_layer->GetLayerDefn()->GetGeomFieldCount() == 0)
        return false;
    const GdalErrorCapture capture;
    m_layer->ResetReading();
    const OgrFeaturePtr first(m_layer->GetNextFeature());
    m_layer->ResetReading();
    const OGRGeometry *geometry = first ? first->GetGeometryRef() : nullptr;
    return geometry && wkbFlatten(geometry->getGeometryType()) == wkbPoint;
}

QStringList FeatureReader::columns() const
{
    QStringList names;
    if (!m_layer)
        return names;
    const OGRFeatureDefn *definition = m_layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i)
        names << QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()).trimmed();
    return names;
}

bool FeatureReader::hasColumn(const QString &name) const
{
    return m_columns.contains(name.toLower());
}

std::optional<QString> FeatureReader::firstColumn(const QStringList &candidates) const
{
    for (const QString &candidate : candidates) {
        if (hasColumn(candidate))
            return candidate;
    }
    return std::nullopt;
}

QStringList FeatureReader::missingColumns(const QStringList &required) const
{
    QStringList missing;
    for (const QString &column : required) {
        if (!hasColumn(column))
            missing << column;
    }
    return missing;
}

bool FeatureReader::next()
{
    if (!m_stream)
        return false;
    m_feature = m_stream->next();
    if (!m_feature) {
        finishReading();
        return false;
    }
    m_ordinal = m_stream->ordinal();
    return true;
}

void FeatureReader::finishReading()
{
    const QString refused = FeatureReader::tr("the file is refused, not read in part");
    if (m_stream->failedAtFeature()) {
        m_readError = QStringLiteral("%1, %2: %3; %4")
                              .arg(m_fileName, locationOf(m_ordinal + 1), m_stream->failure(), refused);
    } else if (m_stream->failed()) {
        m_readError = QStringLiteral("%1: %2; %3").arg(m_fileName, m_stream->failure(), refused);
    } else if (m_isCsv && static_cast<long long>(m_csvRecords.size()) - 1 > m_ordinal) {
        // GDAL's own count comes from the same reading; the records found in the bytes are the file's own count.
        m_readError = QStringLiteral("%1, %2: %3; %4")
                              .arg(m_fileName, locationOf(m_ordinal + 1),
                                   FeatureReader::tr("the file has %1 records, but only %2 could be read")
                                           .arg(static_cast<long long>(m_csvRecords.size()) - 1)
                                           .arg(m_ordinal),
                                   refused);
    }
    m_stream.reset();
}

QString FeatureReader::text(const QString &column) const
{
    const auto it = m_columns.constFind(column.toLower());
    if (!m_feature || it == m_columns.constEnd() || !m_feature->IsFieldSetAndNotNull(*it))
        return {};
    return QString::fromUtf8(m_feature->GetFieldAsString(*it)).trimmed();
}

long long FeatureReader::locationNumber() const
{
    return locationNumberOf(m_ordinal);
}

QString FeatureReader::location() const
{
    return locationOf(m_ordinal);
}

long long FeatureReader::locationNumberOf(long long ordinal) const
{
    if (m_isCsv && ordinal < static_cast<long long>(m_csvRecords.size()))
        return m_csvRecords[static_cast<size_t>(ordinal)].line;
    if (m_isCsv)
        return ordinal + 1;
    return ordinal;
}

QString FeatureReader::locationOf(long long ordinal) const
{
    return m_isCsv ? tr("line %1").arg(locationNumberOf(ordinal)) : tr("feature %1").arg(locationNumberOf(ordinal));
}

QString FeatureReader::message(const QString &what) const
{
    return QStringLiteral("%1, %2: %3").arg(m_fileName, location(), what);
}

std::optional<QPointF> FeatureReader::rawPoint() const
{
    if (!m_feature)
        return std::nullopt;
    const OGRGeometry *geometry = m_feature->GetGeometryRef();
    if (!geometry || geometry->IsEmpty() || wkbFlatten(geometry->getGeometryType()) != wkbPoint)
        return std::nullopt;
    const OGRPoint *point = geometry->toPoint();
    return QPointF(point->getX(), point->getY());
}

std::optional<QGeoCoordinate> FeatureReader::pointGeometry() const
{
    const std::optional<QPointF> point = rawPoint();
    if (!point)
        return std::nullopt;
    double x = point->x();
    double y = point->y();
    if (m_toWgs84 && !m_toWgs84->Transform(1, &x, &y))
        return std::nullopt;
    return QGeoCoordinate(y, x);
}

QString FeatureReader::rowDefect() const
{
    if (!m_feature)
        return {};
    if (m_isCsv && m_ordinal < static_cast<long long>(m_csvRecords.size())) {
        const CsvRecord &record = m_csvRecords[static_cast<size_t>(m_ordinal)];
        if (!record.utf8)
            return tr("text is not UTF-8 (save the file as UTF-8)");
        if (record.quoteOpen)
            return tr("a quoted cell is never closed; the file looks cut off");
        // Fewer cells on a complete line just leaves the last columns empty, as spreadsheets write them.
        const int headerCells = m_csvRecords.front().cells;
        if (record.cells < headerCells && !record.endsLine)
            return tr("has %1 of the %2 cells of the header; the line is cut short").arg(record.cells).arg(headerCells);
        return {};
    }
    for (int i = 0; i < m_feature->GetFieldCount(); ++i) {
        if (m_feature->IsFieldSetAndNotNull(i) && !isUtf8Text(m_feature->GetFieldAsString(i)))
            return tr("text is not UTF-8 (save the file as UTF-8)");
    }
    return {};
}

} // namespace sk
