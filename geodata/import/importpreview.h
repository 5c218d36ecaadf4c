// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/import/columnmapping.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sk {

// What a person needs to see of a file before mapping its columns (OfficeImporter::inspect()).
struct ImportPreview
{
    QString path;
    QString fileName;
    QString driverName;
    QString layerName;
    // Set when the file has several layers: which one is read and why.
    QString layerNote;
    QStringList columns;
    // The first rows, one text per column.
    QList<QStringList> rows;
    long long featureCount = 0;
    bool hasPointGeometry = false;
    ColumnMapping guessedMapping;
    // Why the file cannot be imported at all, naming the file; empty when it can.
    QString error;

    bool ok() const { return error.isEmpty(); }
};

} // namespace sk
