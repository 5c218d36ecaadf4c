// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/scene/mapscenebuilder.h"

namespace sk {

MapScene MapSceneBuilder::build(const Atlas &atlas, QDate date)
{
    MapScene scene;
    scene.baseMap = &atlas.baseMap();
    scene.boundaries = &atlas.boundaries();
    scene.offices = &atlas.rollout().offices();
    scene.states = atlas.rollout().statesAt(date);
    scene.counts = Rollout::count(atlas.rollout().offices(), scene.states);
    scene.date = date;
    if (const PublishedCount *published = atlas.publishedCounts().nearest(date))
        scene.published = *published;
    scene.municipalityTotal = atlas.reference().municipalityCount();
    return scene;
}

} // namespace sk
