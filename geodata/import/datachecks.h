// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/import/datacheckfinding.h"
#include "geodata/offices/publishedcounts.h"
#include "geodata/offices/rollout.h"
#include "geodata/reference/referencedata.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <vector>

namespace sk {

class SwedishLand;

// Consistency checks of an office list against itself, the reference tables and the rollout rules:
// - error: a municipality code the reference does not know; a county that is not the municipality's county;
//   an opening date before the office's phase begins;
// - warning: a position more than maxSeatDistanceKm from the municipality's seat; two offices within
//   sharedPositionMetres of each other unless the info case below; a row without any source ("unverified"); a
//   published count outside the data's range [certain, certain + pending] at its date;
// - info: two offices of one municipality at one town-centre or district point (coord_precision locality or
//   district). The shipped list does this on purpose where the site of a town's second office is not confirmed
//   (Eskilstuna, Norrköping, Södertälje), so it is listed but not a problem.
// Findings are ordered errors first, then warnings, then info; within a severity in file order.
class DataChecks
{
    Q_DECLARE_TR_FUNCTIONS(sk::DataChecks)

public:
    static constexpr double maxSeatDistanceKm = 25;
    static constexpr double sharedPositionMetres = 50;

    // `locationOfId` names each office's row ("offices.csv, line 12"); offices without one get no location.
    static std::vector<DataCheckFinding> run(const Rollout &rollout, const ReferenceData &reference,
                                             const QHash<QString, QString> &locationOfId = {},
                                             const PublishedCounts &published = {});
    // Loads the office file itself: rows the loader refuses become errors and the rows it accepts are checked.
    // With `land`, a position off Swedish land is one of those errors; with `published`, a published count outside
    // the data's range at its date is a warning.
    static std::vector<DataCheckFinding> checkFile(const QString &officesPath, const ReferenceData &reference,
                                                   const SwedishLand *land = nullptr,
                                                   const PublishedCounts &published = {});
    // A warning for each published count in the rollout's timeline that lies outside the data's range.
    static std::vector<DataCheckFinding> checkPublished(const Rollout &rollout, const PublishedCounts &published);

    static int count(const std::vector<DataCheckFinding> &findings, FindingSeverity severity);
    // Where each office id stands in the file: "offices.csv, line 12".
    static QHash<QString, QString> rowLocations(const QString &officesPath);
};

} // namespace sk
