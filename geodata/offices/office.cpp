// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "office.h"

namespace sk {

QString status2021ToString(Status2021 status)
{
    switch (status) {
    case Status2021::Open:
        return QStringLiteral("open");
    case Status2021::Establishing:
        return QStringLiteral("establishing");
    case Status2021::Planned:
        return QStringLiteral("planned");
    }
    return {};
}

std::optional<Status2021> status2021FromString(QStringView text)
{
    for (Status2021 status : {Status2021::Open, Status2021::Establishing, Status2021::Planned}) {
        if (text.trimmed().compare(status2021ToString(status), Qt::CaseInsensitive) == 0)
            return status;
    }
    return std::nullopt;
}

QString vulnerableAreaToString(VulnerableArea value)
{
    switch (value) {
    case VulnerableArea::Yes:
        return QStringLiteral("yes");
    case VulnerableArea::No:
        return QStringLiteral("no");
    case VulnerableArea::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<VulnerableArea> vulnerableAreaFromString(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return VulnerableArea::Unknown;
    for (VulnerableArea value : {VulnerableArea::Yes, VulnerableArea::No, VulnerableArea::Unknown}) {
        if (trimmed.compare(vulnerableAreaToString(value), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

} // namespace sk
