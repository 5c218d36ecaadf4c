#include "featurereader.h"

#include <QFile>
#include <QFileInfo>
#include <QObject>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace sk {

namespace {

// The line on which each CSV record starts (index 0: the header). GDAL skips blank lines and lets quoted fields
// span lines, so record numbers alone would misname the line a person should look at.
std::vector<long long> csvRecordLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray data = file.readAll();
    std::vector<long long> starts;
    long long line = 1;
    long long recordStart = 1;
    bool inQuotes = false;
    bool hasContent = false;
    for (const char c : data) {
        if (c == '"')
            inQuotes = !inQuotes;
        if (c == '\n') {
            ++line;
            if (!inQuotes) {
                if (hasContent)
                    starts.push_back(recordStart);
                recordStart = line;
                hasContent = false;
            }
            continue;
        }
        if (c != '\r')
            hasContent = true;
    }
    if (hasContent)
        starts.push_back(recordStart);
    return starts;
}

} // namespace

FeatureReader::FeatureReader(const QString &path, bool trusted)
    : m_feature(nullptr, [](OGRFeature *feature) { OGRFeature::DestroyFeature(feature); }),
      m_fileName(QFileInfo(path).fileName())
{
    // Text as text: codes like "0180" keep their zeros, and the loaders check numbers themselves.
    const QStringList options{QStringLiteral("AUTODETECT_TYPE=NO"), QStringLiteral("EMPTY_STRING_AS_NULL=NO")};
    m_dataset = trusted ? openShippedVectorFile(path, &m_openError) : openUserVectorFile(path, &m_openError, options);
    if (!m_dataset)
        return;
    if (m_dataset->GetLayerCount() < 1) {
        m_openError = QObject::tr("%1: contains no table or layer").arg(m_fileName);
        m_dataset.reset();
        return;
    }
    m_layer = m_dataset->GetLayer(0);
    m_isCsv = QString::fromUtf8(m_dataset->GetDriverName()) == QLatin1String("CSV");
    if (m_isCsv)
        m_csvRecordLines = csvRecordLines(path);
    const OGRFeatureDefn *definition = m_layer->GetLayerDefn();
    for (int i = 0; i < definition->GetFieldCount(); ++i) {
        const QString name = QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef()).trimmed().toLower();
        if (!m_columns.contains(name))
            m_columns.insert(name, i);
    }
    if (const OGRSpatialReference *source = m_layer->GetSpatialRef(); hasCoordinateReferenceSystem(source)) {
        bool alreadyWgs84 = false;
        m_toWgs84 = transformTo(*source, 4326, &alreadyWgs84);
    }
    m_layer->ResetReading();
}

FeatureReader::~FeatureReader() = default;

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
    if (!m_layer)
        return false;
    m_feature.reset(m_layer->GetNextFeature());
    if (!m_feature)
        return false;
    ++m_ordinal;
    return true;
}

QString FeatureReader::text(const QString &column) const
{
    const auto it = m_columns.constFind(column.toLower());
    if (!m_feature || it == m_columns.constEnd() || !m_feature->IsFieldSetAndNotNull(*it))
        return {};
    return QString::fromUtf8(m_feature->GetFieldAsString(*it)).trimmed();
}

QString FeatureReader::location() const
{
    if (m_isCsv && m_ordinal < static_cast<long long>(m_csvRecordLines.size()))
        return QObject::tr("line %1").arg(m_csvRecordLines[static_cast<size_t>(m_ordinal)]);
    if (m_isCsv)
        return QObject::tr("line %1").arg(m_ordinal + 1);
    return QObject::tr("feature %1").arg(m_ordinal);
}

QString FeatureReader::message(const QString &what) const
{
    return QStringLiteral("%1, %2: %3").arg(m_fileName, location(), what);
}

std::optional<QGeoCoordinate> FeatureReader::pointGeometry() const
{
    if (!m_feature)
        return std::nullopt;
    const OGRGeometry *geometry = m_feature->GetGeometryRef();
    if (!geometry || geometry->IsEmpty() || wkbFlatten(geometry->getGeometryType()) != wkbPoint)
        return std::nullopt;
    const OGRPoint *point = geometry->toPoint();
    double x = point->getX();
    double y = point->getY();
    if (m_toWgs84 && !m_toWgs84->Transform(1, &x, &y))
        return std::nullopt;
    return QGeoCoordinate(y, x);
}

} // namespace sk
