// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "mapscenebuilder.h"

namespace sk {

MapScene MapSceneBuilder::build(const Atlas &atlas, QDate date, const OfficeFilter &filter)
{
    MapScene scene;
    scene.baseMap = &atlas.baseMap();
    scene.boundaries = &atlas.boundaries();
    scene.placeNames = &atlas.placeNames();
    scene.offices = &atlas.rollout().offices();
    scene.states = filter.apply(atlas.rollout().offices(), atlas.rollout().statesAt(date));
    scene.counts = Rollout::count(atlas.rollout().offices(), scene.states);
    scene.date = date;
    if (const PublishedCount *published = atlas.publishedCounts().nearest(date))
        scene.published = *published;
    scene.municipalityTotal = filter.municipalityTotal(atlas.reference());
    scene.filterDescription = filter.description(atlas.reference());
    return scene;
}

} // namespace sk
