// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/coveragecalculator.h"
#include "geodata/offices/officefilter.h"
#include "geodata/regions/regionaggregates.h"
#include "widgets/scene/mapscene.h"

#include <QDate>
#include <QStringList>

#include <memory>

namespace sk {

// The scenes --export and --export-frames draw: the map at a date with the command line's title, layers, office
// filter and, for a scenario, the band and credit that say so.
class ExportScenes
{
public:
    struct Look
    {
        QString title;
        QStringList layers = defaultLayers();
        OfficeFilter filter;
        QString scenarioName; // set for a scenario file
        QString scenarioSource; // "what-if.gpkg, saved …"
    };

    // The names --layers knows, and the ones that are on without it.
    static QStringList layerNames();
    static QStringList defaultLayers();

    ExportScenes(const Atlas &atlas, Look look);
    // The scene stays valid until the next call (it points to the coverage computed for it).
    MapScene at(QDate date);

private:
    const Atlas &m_atlas;
    Look m_look;
    std::unique_ptr<CoverageCalculator> m_coverage;
    CoverageResult m_coverageResult;
    std::unique_ptr<RegionAggregates> m_regions;
    VectorLayer m_faOutlines;
};

} // namespace sk
