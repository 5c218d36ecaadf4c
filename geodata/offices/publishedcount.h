// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/partialdate.h"

#include <QString>

#include <optional>

namespace sk {

// An office count that an official or press source published, as published_counts.csv gives it: when (a month or a
// day), how many offices (and municipalities, when said), what was counted, the source and its evidence.
struct PublishedCount
{
    PartialDate date;
    int offices = 0;
    std::optional<int> municipalities;
    QString what;
    QString source;
    QString evidence;
    // The evidence is the source's own words rather than a paraphrase.
    bool exactQuote = false;
    // Where the row stands: "published_counts.csv, line 10".
    QString location;

    // The source's host name: "riksrevisionen.se".
    QString sourceName() const;
    bool operator==(const PublishedCount &other) const = default;
};

} // namespace sk
