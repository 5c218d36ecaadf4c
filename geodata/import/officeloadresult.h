// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sk {

// What OfficeImporter read from one file.
struct OfficeLoadResult
{
    // The rows that passed validation; a caller that needs all or nothing checks errors first.
    std::vector<Office> offices;
    // One sentence per problem, each naming the file and the line or feature.
    QStringList errors;
    // Kept rows worth a second look (two offices at one position) and which layer was read; not problems.
    QStringList warnings;

    bool ok() const { return errors.isEmpty() && !offices.empty(); }
};

} // namespace sk
