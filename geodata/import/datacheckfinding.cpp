// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "datacheckfinding.h"

namespace sk {

QString findingSeverityKey(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Error:
        return QStringLiteral("error");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString DataCheckFinding::toString() const
{
    QString where = location;
    if (!officeId.isEmpty())
        where = location.isEmpty() ? officeId : QStringLiteral("%1 (%2)").arg(location, officeId);
    const QString prefix = where.isEmpty() ? QString() : where + QStringLiteral(": ");
    return findingSeverityKey(severity) + QStringLiteral(": ") + prefix + message;
}

} // namespace sk
