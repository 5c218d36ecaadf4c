// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

// libFuzzer harness: any bytes, saved under one of the importer's extensions, through inspect() and import().
#include "geodata/import/officeimporter.h"
#include "geodata/import/officeschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

const char *extensionFor(uint8_t selector)
{
    static const char *const extensions[] = {"csv", "geojson", "kml", "gpkg", "xlsx"};
    return extensions[selector % std::size(extensions)];
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("input.%1").arg(QLatin1String(extensionFor(data[0]))));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data + 1), static_cast<qint64>(size - 1));
    }
    const sk::ImportPreview preview = sk::OfficeImporter::inspect(path);
    if (preview.ok())
        sk::OfficeImporter::import(path, preview.guessedMapping);
    sk::OfficeImporter::import(path, sk::OfficeSchema::mapping());
    QFile::remove(path);
    return 0;
}
