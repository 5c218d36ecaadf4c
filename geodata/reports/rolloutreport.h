// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/rollout.h"
#include "geodata/reference/referencedata.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace sk {

// The numbers the command line's --report prints, from the same Rollout the map shows.
class RolloutReport
{
public:
    static QJsonObject forDate(const Rollout &rollout, const ReferenceData &reference, QDate date);
    static QString toJson(const std::vector<QJsonObject> &rows);
    // One header line and one line per row; nested values are flattened with dotted keys.
    static QString toCsv(const std::vector<QJsonObject> &rows);
};

} // namespace sk
