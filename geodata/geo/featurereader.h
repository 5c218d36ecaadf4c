// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/geo/gdalsupport.h"
#include "geodata/geo/layerfeaturestream.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QHash>
#include <QPointF>
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
    Q_DECLARE_TR_FUNCTIONS(sk::FeatureReader)

public:
    // The largest user file read: a table of offices is kilobytes, anything near this is the wrong file.
    static constexpr qint64 maxUserFileBytes = 50LL * 1024 * 1024;

    // Opens `path` (a user file unless `trusted`; user files over maxUserFileBytes are refused unread) and takes its
    // first layer.
    FeatureReader(const QString &path, bool trusted = false);
    ~FeatureReader();

    bool isOpen() const { return m_layer != nullptr; }
    QString openError() const { return m_openError; }
    QString fileName() const { return m_fileName; }
    QString driverName() const;

    int layerCount() const;
    QString layerName() const;
    // Switches to another layer and reads it from its start.
    void useLayer(int index);
    // The layer's feature count; may read the whole layer.
    long long featureCount() const;
    // Whether the layer declares point geometry, or (when it does not say) its first feature has a point.
    bool layerHasPointGeometry() const;
    bool layerHasCoordinateSystem() const { return m_hasCoordinateSystem; }

    // The column names as the file spells them, in order.
    QStringList columns() const;
    // Column lookup, case-insensitive; the first name found wins.
    bool hasColumn(const QString &name) const;
    std::optional<QString> firstColumn(const QStringList &candidates) const;
    QStringList missingColumns(const QStringList &required) const;

    // The next feature; false at the end of the layer and when the rest cannot be read (see readError()).
    bool next();
    // After next() returned false: empty when the layer was read whole, else why not, naming the file, the line or
    // feature and GDAL's reason. A reader refuses such a file rather than use the part before the error.
    QString readError() const { return m_readError; }
    QString text(const QString &column) const;
    // The number in location(): the line of a CSV record, the ordinal of any other feature.
    long long locationNumber() const;
    QString location() const;
    // "offices.csv, line 12: message"
    QString message(const QString &what) const;
    // The feature's point geometry in WGS 84, when it has one (a layer without CRS is taken as lon/lat).
    std::optional<QGeoCoordinate> pointGeometry() const;
    // The feature's point as stored, x first, in the layer's own CRS.
    std::optional<QPointF> rawPoint() const;
    // What is wrong with the current feature's text as a whole, or empty: text that is not UTF-8 (a CSV record's raw
    // bytes, GDAL's strings otherwise), a CSV record with fewer cells than the header or a quote never closed.
    QString rowDefect() const;
    // A file-level problem found before reading: a CSV header that is not UTF-8 ("x.csv, line 1: …"), or empty.
    QString headerDefect() const { return m_headerDefect; }

private:
    struct CsvRecord
    {
        long long line = 0;
        bool utf8 = true;
        int cells = 0;
        bool quoteOpen = false;
        bool endsLine = true; // false for a last line the file stops in the middle of
    };
    void scanCsv(const QString &path);
    void readLayerDefinition();
    void finishReading();
    void refuseRetypedColumns(const QString &path);
    long long locationNumberOf(long long ordinal) const;
    QString locationOf(long long ordinal) const;

    GdalDatasetPtr m_dataset;
    OGRLayer *m_layer = nullptr;
    std::optional<LayerFeatureStream> m_stream;
    OgrFeaturePtr m_feature;
    CoordinateTransformPtr m_toWgs84;
    QHash<QString, int> m_columns;
    QString m_fileName;
    QString m_openError;
    bool m_isCsv = false;
    bool m_hasCoordinateSystem = false;
    std::vector<CsvRecord> m_csvRecords;
    QString m_headerDefect;
    QString m_readError;
    long long m_ordinal = 0;
};

} // namespace sk
