// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "exportscenes.h"

#include "geodata/reference/faregionoutlines.h"
#include "widgets/scene/mapscenebuilder.h"

namespace sk {

QStringList ExportScenes::layerNames()
{
    return {QStringLiteral("labels"),  QStringLiteral("insets"),     QStringLiteral("coverage"),
            QStringLiteral("fa-gaps"), QStringLiteral("boundaries"), QStringLiteral("rings")};
}

QStringList ExportScenes::defaultLayers()
{
    return {QStringLiteral("labels"), QStringLiteral("insets"), QStringLiteral("boundaries")};
}

ExportScenes::ExportScenes(const Atlas &atlas, Look look)
    : m_atlas(atlas)
    , m_look(std::move(look))
{
    const auto on = [this](const char *layer) { return m_look.layers.contains(QLatin1String(layer)); };
    if (on("coverage") || on("rings"))
        m_coverage = std::make_unique<CoverageCalculator>(atlas.rollout(), atlas.reference());
    if (on("fa-gaps")) {
        m_regions = std::make_unique<RegionAggregates>(atlas.rollout(), atlas.reference());
        if (!atlas.boundaries().isEmpty())
            m_faOutlines = FaRegionOutlines::build(atlas.boundaries().municipalities(), atlas.reference());
    }
}

MapScene ExportScenes::at(QDate date)
{
    const auto on = [this](const char *layer) { return m_look.layers.contains(QLatin1String(layer)); };
    MapScene scene = MapSceneBuilder::build(m_atlas, date, m_look.filter);
    scene.title = m_look.title;
    scene.decorations.labels = on("labels");
    scene.decorations.insets = on("insets");
    scene.decorations.boundaries = on("boundaries");
    if (m_coverage) {
        m_coverageResult = m_coverage->at(date);
        scene.coverage = &m_coverageResult;
        scene.coverageDisplay.layer = on("coverage");
        scene.coverageDisplay.distanceRings = on("rings");
    }
    if (m_regions) {
        QStringList gaps;
        for (const RegionSummary &region : m_regions->at(date).faRegionsWithoutOffice())
            gaps << region.code;
        scene.showRegionGaps = true;
        scene.faRegionOutlines = m_faOutlines.isEmpty() ? nullptr : &m_faOutlines;
        scene.faRegionGapSeats = FaRegionOutlines::seatsIn(gaps, m_atlas.reference());
        scene.faRegionsWithoutOffice = gaps;
    }
    scene.scenarioName = m_look.scenarioName;
    scene.scenarioSource = m_look.scenarioSource;
    return scene;
}

} // namespace sk
