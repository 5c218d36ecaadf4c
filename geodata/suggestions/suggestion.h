// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/suggestions/suggestioncandidate.h"

#include <QMetaType>

namespace sk {

// One pick of OfficeSuggester's greedy run.
struct Suggestion
{
    int rank = 0; // 1 for the first pick
    SuggestionCandidate place;
    double gain = 0; // people brought within the distance by this pick, after the earlier picks
    double cumulativeGain = 0; // the sum of the gains up to and including this pick
    double shareAfter = 0; // share of the population within the distance once this pick is added

    bool operator==(const Suggestion &other) const = default;
};

} // namespace sk

Q_DECLARE_METATYPE(sk::Suggestion)
