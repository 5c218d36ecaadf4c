// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officestatus.h"

namespace sk {

QString officeStatusKey(OfficeStatus status)
{
    switch (status) {
    case OfficeStatus::Open:
        return QStringLiteral("open");
    case OfficeStatus::Establishing:
        return QStringLiteral("establishing");
    case OfficeStatus::PlannedPhase1:
        return QStringLiteral("planned_phase1");
    case OfficeStatus::PlannedPhase2:
        return QStringLiteral("planned_phase2");
    case OfficeStatus::PlannedLater:
        return QStringLiteral("planned_later");
    case OfficeStatus::Closed:
        return QStringLiteral("closed");
    case OfficeStatus::NotYetKnown:
        break;
    }
    return QStringLiteral("not_yet_known");
}

} // namespace sk
