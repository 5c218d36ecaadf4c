// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/populationmodel.h"

#include <QString>

#include <optional>

namespace sk {

// The two population models built from the shipped tables, and which of them coverage uses when the user has
// loaded no layer of their own.
class EmbeddedPopulation
{
public:
    enum class Kind {
        Points, // each locality and each municipality's rest at one point (PopulationModel::fromReference)
        Dispersed, // spread over discs around the localities and the municipality's land (DispersedPopulation)
    };
    // Dispersed: with every town's people on its office's own point, the points model puts the median person
    // 0.4 km from an office; spreading them over their town and the countryside gives distances a planner can
    // believe, at the same totals.
    static constexpr Kind defaultKind = Kind::Dispersed;

    static QString name(Kind kind);
    static std::optional<Kind> fromName(const QString &name);
    // With the atlas's reference tables, base map (land) and official boundaries when loaded.
    static PopulationModel build(const Atlas &atlas, Kind kind = defaultKind);
};

} // namespace sk
