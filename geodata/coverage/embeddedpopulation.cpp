// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "embeddedpopulation.h"

#include "geodata/coverage/dispersedpopulation.h"
#include "geodata/reference/landmask.h"

namespace sk {

QString EmbeddedPopulation::name(Kind kind)
{
    return kind == Kind::Points ? QStringLiteral("points") : QString::fromLatin1(DispersedPopulation::name);
}

std::optional<EmbeddedPopulation::Kind> EmbeddedPopulation::fromName(const QString &name)
{
    for (Kind kind : {Kind::Points, Kind::Dispersed}) {
        if (name.compare(EmbeddedPopulation::name(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

PopulationModel EmbeddedPopulation::build(const Atlas &atlas, Kind kind)
{
    if (kind == Kind::Points)
        return PopulationModel::fromReference(atlas.reference());
    return DispersedPopulation::build(atlas.reference(), LandMask(atlas.baseMap()), atlas.boundaries());
}

} // namespace sk
