// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QString>

namespace sk {

// Finds the shipped data: $SERVICEKARTA_DATA_DIR, then <prefix>/share/servicekarta/data next to an installed
// binary, then the source tree the program was built from.
class DataPaths
{
public:
    static QString dataDirectory();
    static QString filePath(const QString &fileName);
    static QString officesFile() { return filePath(QStringLiteral("offices.csv")); }
    static QString publishedCountsFile() { return filePath(QStringLiteral("published_counts.csv")); }
    static QString baseMapFile() { return filePath(QStringLiteral("basemap.gpkg")); }
};

} // namespace sk
