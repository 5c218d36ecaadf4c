#pragma once

#include "gdalsupport.h"

#include <QGeoCoordinate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class OGRFeature;
class OGRLayer;
class OGRCoordinateTransformation;

namespace sk {

// Reads the features of one OGR layer as text fields, naming each feature the way a person finds it again:
// "line N" in a CSV file, "feature N" elsewhere. Shared by every loader, so every message reads alike.
class FeatureReader
{
public:
    // Opens `path` (a user file unless `trusted`) and takes its first layer.
    FeatureReader(const QString &path, bool trusted = false);
    ~FeatureReader();

    bool isOpen() const { return m_layer != nullptr; }
    QString openError() const { return m_openError; }
    QString fileName() const { return m_fileName; }

    // Column lookup, case-insensitive; the first name found wins.
    bool hasColumn(const QString &name) const;
    std::optional<QString> firstColumn(const QStringList &candidates) const;
    QStringList missingColumns(const QStringList &required) const;

    bool next();
    QString text(const QString &column) const;
    QString location() const;
    // "offices.csv, line 12: message"
    QString message(const QString &what) const;
    // The feature's point geometry in WGS 84, when it has one.
    std::optional<QGeoCoordinate> pointGeometry() const;

private:
    GdalDatasetPtr m_dataset;
    OGRLayer *m_layer = nullptr;
    std::unique_ptr<OGRFeature, void (*)(OGRFeature *)> m_feature;
    CoordinateTransformPtr m_toWgs84;
    QHash<QString, int> m_columns;
    QString m_fileName;
    QString m_openError;
    bool m_isCsv = false;
    std::vector<long long> m_csvRecordLines;
    long long m_ordinal = 0;
};

} // namespace sk
