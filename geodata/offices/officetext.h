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
    // "31 May 2022", "May 2023", "2022", "spring 2025", "2022 – 2023", "by 2023", "2023 or later"
    static QString partialDate(const PartialDate &date);
    // "spring 2025" for the season that begins in `first`'s month.
    static QString season(QDate first);
    // "during 2022", "during 2022 or 2023", "in May 2023", "in spring 2025", "between January and May 2025",
    // "by 31 December 2022", "from 1 May 2023 on"
    static QString interval(const DateInterval &interval);
    // When the office opens or opened, as far as the data knows it.
    static QString opening(const Office &office);
    // The status with what is still pending: "Planned, phase 1 · opens during 2022".
    static QString state(const OfficeState &state);
};

} // namespace sk
