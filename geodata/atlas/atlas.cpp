// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "atlas.h"

#include "geodata/atlas/datapaths.h"
#include "geodata/import/officeimporter.h"
#include "geodata/reference/swedishland.h"

namespace sk {

Atlas Atlas::loadEmbedded(QStringList *errors)
{
    Atlas atlas;
    atlas.m_baseMap = BaseMap::load(DataPaths::baseMapFile(), errors);
    atlas.m_reference = ReferenceData::load(DataPaths::dataDirectory(), errors);
    atlas.m_placeNames = PlaceNames::build(atlas.m_reference, atlas.m_baseMap.counties());
    atlas.loadOffices(DataPaths::officesFile(), errors);
    atlas.m_published = PublishedCounts::load(DataPaths::publishedCountsFile(), errors);
    return atlas;
}

bool Atlas::loadOffices(const QString &path, QStringList *errors)
{
    const SwedishLand land(&m_baseMap, &m_boundaries);
    OfficeLoadResult result = OfficeImporter::load(path, &land);
    if (!result.ok()) {
        *errors << result.errors;
        return false;
    }
    m_rollout = Rollout(std::move(result.offices));
    m_officesPath = path;
    return true;
}

void Atlas::setOffices(std::vector<Office> offices, const QString &label)
{
    m_rollout = Rollout(std::move(offices));
    m_officesPath = label;
}

bool Atlas::loadBoundaries(const QString &path, QString *error)
{
    AdminBoundaries boundaries = AdminBoundaries::load(path, error);
    if (boundaries.isEmpty())
        return false;
    m_boundaries = std::move(boundaries);
    return true;
}

} // namespace sk
