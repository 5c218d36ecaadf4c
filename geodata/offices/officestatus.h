// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/partialdate.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace sk {

// An office's status on one date. NotYetKnown: the data has nothing on the office at that date (before it was
// decided or opened), so it is not shown.
enum class OfficeStatus { Open, Establishing, PlannedPhase1, PlannedPhase2, PlannedLater, Closed, NotYetKnown };

inline constexpr std::array<OfficeStatus, 6> shownStatuses{OfficeStatus::Open,          OfficeStatus::Establishing,
                                                           OfficeStatus::PlannedPhase1, OfficeStatus::PlannedPhase2,
                                                           OfficeStatus::PlannedLater,  OfficeStatus::Closed};

// Stable machine-readable keys, used in reports: "open", "establishing", "planned_phase1", …
QString officeStatusKey(OfficeStatus status);

// The status plus what the data leaves open at that date: an opening or closing inside a partial-date interval.
struct OfficeState
{
    OfficeStatus status = OfficeStatus::NotYetKnown;
    // Set while the date lies inside the interval in which the office opens ("opens during 2022").
    std::optional<DateInterval> pendingOpening;
    // Set while the date lies inside the interval in which the office closes ("closes during 2026").
    std::optional<DateInterval> pendingClosing;

    bool isShown() const { return status != OfficeStatus::NotYetKnown; }
    bool isUncertain() const { return pendingOpening.has_value() || pendingClosing.has_value(); }
    bool operator==(const OfficeState &other) const = default;
};

} // namespace sk
