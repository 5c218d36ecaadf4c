// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/publishedcounts.h"
#include "geodata/offices/rollout.h"
#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/basemap.h"
#include "geodata/reference/placenames.h"
#include "geodata/reference/referencedata.h"

#include <QString>
#include <QStringList>

namespace sk {

// Everything the program knows at once: base map, reference tables, the office rollout and, optionally, official
// boundaries. Replacing one part never touches the others, so a failed load loses nothing.
class Atlas
{
public:
    // Loads the shipped data (base map, municipalities, localities, offices, published counts); problems go to
    // *errors.
    static Atlas loadEmbedded(QStringList *errors);

    const BaseMap &baseMap() const { return m_baseMap; }
    const ReferenceData &reference() const { return m_reference; }
    // Town and county names for the map's labels, from the reference tables and the base map's counties.
    const PlaceNames &placeNames() const { return m_placeNames; }
    const Rollout &rollout() const { return m_rollout; }
    // The office counts sources published, to set beside what the data gives.
    const PublishedCounts &publishedCounts() const { return m_published; }
    const AdminBoundaries &boundaries() const { return m_boundaries; }
    const QString &officesPath() const { return m_officesPath; }

    // Each returns false and leaves the current data in place when the file cannot be used.
    bool loadOffices(const QString &path, QStringList *errors);
    bool loadBoundaries(const QString &path, QString *error);
    // Shows these offices instead (a scenario); `label` stands where the file path would.
    void setOffices(std::vector<Office> offices, const QString &label);
    void clearBoundaries() { m_boundaries = {}; }

private:
    BaseMap m_baseMap;
    ReferenceData m_reference;
    PlaceNames m_placeNames;
    Rollout m_rollout;
    PublishedCounts m_published;
    AdminBoundaries m_boundaries;
    QString m_officesPath;
};

} // namespace sk
