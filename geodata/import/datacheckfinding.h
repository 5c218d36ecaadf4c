// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QString>

namespace sk {

// Error: the data contradicts itself or the reference tables, so the map would show something false.
// Warning: worth a look, may be right. Info: known and intended, listed so that nothing is silently accepted.
enum class FindingSeverity { Error, Warning, Info };

// "error", "warning", "info"
QString findingSeverityKey(FindingSeverity severity);

// One problem DataChecks found in an office list.
struct DataCheckFinding
{
    FindingSeverity severity = FindingSeverity::Error;
    QString officeId; // empty when the finding is about the file rather than a loaded office
    QString location; // "offices.csv, line 12", when known
    QString message;

    // "warning: offices.csv, line 12 (kista): message"; "warning: kista: message" without a location.
    QString toString() const;
    bool operator==(const DataCheckFinding &other) const = default;
};

} // namespace sk
