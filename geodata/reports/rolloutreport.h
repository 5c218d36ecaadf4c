// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/publishedcounts.h"
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
    // offices_open and municipalities_with_office are what the data makes certain, the _max keys add what may be;
    // `published` (figure, date, source) is there when a published count's date contains `date`.
    static QJsonObject forDate(const Rollout &rollout, const ReferenceData &reference, QDate date,
                               const PublishedCounts &published = {});
    static QString toJson(const std::vector<QJsonObject> &rows);
    // One header line (every key of any row) and one line per row; nested values are flattened with dotted keys.
    static QString toCsv(const std::vector<QJsonObject> &rows);
};

} // namespace sk
