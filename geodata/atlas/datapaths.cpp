// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "datapaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace sk {

QString DataPaths::dataDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("SERVICEKARTA_DATA_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    if (QCoreApplication::instance()) {
        const QDir binary(QCoreApplication::applicationDirPath());
        const QString installed = binary.filePath(QStringLiteral("../" SERVICEKARTA_INSTALL_DATA_DIR));
        if (QFileInfo::exists(installed + QStringLiteral("/offices.csv")))
            return QDir::cleanPath(installed);
    }
    return QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR);
}

QString DataPaths::filePath(const QString &fileName)
{
    return QDir(dataDirectory()).filePath(fileName);
}

} // namespace sk
