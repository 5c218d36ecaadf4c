// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"
#include "geodata/offices/officestatus.h"

#include <QCoreApplication>
#include <QString>

namespace sk {

// Human-readable, translated wording for offices, in the default QLocale's language and date format.
class OfficeText
{
    Q_DECLARE_TR_FUNCTIONS(sk::OfficeText)

public:
    static QString statusLabel(OfficeStatus status);
    // "31 May 2022", "May 2023", "2022"
    static QString partialDate(const PartialDate &date);
    // "during 2022", "in May 2023", "by 31 December 2022"
    static QString interval(const DateInterval &interval);
    // When the office opens or opened, as far as the data knows it.
    static QString opening(const Office &office);
    // The status with what is still pending: "Planned, phase 1 · opens during 2022".
    static QString state(const OfficeState &state);
};

} // namespace sk
