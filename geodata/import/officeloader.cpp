// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officeloader.h"

#include "geodata/import/officeimporter.h"

namespace sk {

const QStringList &OfficeLoader::columns()
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("name"),
                                   QStringLiteral("municipality"),
                                   QStringLiteral("municipality_code"),
                                   QStringLiteral("county"),
                                   QStringLiteral("locality"),
                                   QStringLiteral("address"),
                                   QStringLiteral("lat"),
                                   QStringLiteral("lon"),
                                   QStringLiteral("coord_precision"),
                                   QStringLiteral("status_2021_05"),
                                   QStringLiteral("opened"),
                                   QStringLiteral("phase"),
                                   QStringLiteral("socially_vulnerable_area"),
                                   QStringLiteral("closed"),
                                   QStringLiteral("source")};
    return names;
}

OfficeLoadResult OfficeLoader::load(const QString &path)
{
    return OfficeImporter::import(path, ColumnMapping::ours());
}

} // namespace sk
