// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"
#include "geodata/offices/officestatus.h"
#include "geodata/reference/referencedata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <set>
#include <vector>

namespace sk {

// Which offices to show: by status at the date, phase, county, socially vulnerable area and whether a source
// verifies them. An empty set or an unset choice lets everything through; the criteria combine with "and".
class OfficeFilter
{
    Q_DECLARE_TR_FUNCTIONS(OfficeFilter)

public:
    std::set<OfficeStatus> statuses;
    std::set<int> phases;
    std::set<QString> countyCodes; // two digits, "25" for Norrbottens län
    std::optional<bool> vulnerableArea; // true: only offices in or next to a socially vulnerable area
    std::optional<bool> verified;

    bool isActive() const;
    bool accepts(const Office &office, OfficeStatus statusAtDate) const;
    // The states with every office the filter hides set to NotYetKnown, so nothing draws or counts it.
    std::vector<OfficeState> apply(const std::vector<Office> &offices, std::vector<OfficeState> states) const;
    // The number of municipalities in the chosen counties (all of them without a county criterion).
    int municipalityTotal(const ReferenceData &reference) const;
    // For the map's header: "Norrbottens län · open, closed"; empty when the filter is not active.
    QString description(const ReferenceData &reference) const;

    // Command-line terms such as "county=25", "status=open,closed", "phase=1,2", "vulnerable=yes", "verified=no";
    // several terms combine. nullopt with *error naming the bad term.
    static std::optional<OfficeFilter> parse(const QStringList &terms, const ReferenceData &reference, QString *error);
    static QString countyCodeOf(const Office &office) { return office.municipalityCode.left(2); }

    bool operator==(const OfficeFilter &other) const = default;
};

} // namespace sk
