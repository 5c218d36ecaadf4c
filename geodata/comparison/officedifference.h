// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/officestatus.h"

#include <QFlags>
#include <QPointF>
#include <QString>

#include <optional>

namespace sk {

// How one office differs between two sides of a comparison (side A at its date, side B at its date).
// OnlyInA/OnlyInB: the id exists on one side only and its map shows the office there (open, planned, closed…).
// Opened/Closed: both sides hold the office and it is open on one side only. Moved/Changed: open or not alike, but the
// data differs.
enum class OfficeDifferenceKind { OnlyInA, OnlyInB, Opened, Closed, Moved, Changed };

struct OfficeDifference
{
    enum class Field { Name = 0x1, Phase = 0x2, OpeningDate = 0x4, ClosingDate = 0x8, Municipality = 0x10 };
    Q_DECLARE_FLAGS(Fields, Field)

    OfficeDifferenceKind kind = OfficeDifferenceKind::Changed;
    QString officeId;
    QString name; // as side B has it, else side A
    QString municipality; // as side B has it, else side A
    QString municipalityCode;
    QPointF position; // SWEREF 99 TM, as side B has it, else side A
    bool inA = false;
    bool inB = false;
    OfficeState stateA; // NotYetKnown when the side does not hold the office
    OfficeState stateB;
    std::optional<double> movedMetres; // set when both sides hold it more than 100 m apart
    Fields changedFields;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(OfficeDifference::Fields)

} // namespace sk
