// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/geo/vectorlayer.h"

#include <QCoreApplication>
#include <QStringList>

namespace sk {

// The embedded, offline base map (geodata/data/basemap.gpkg): land, lakes, borders, neighbouring countries and
// Sweden's 21 counties, all in SWEREF 99 TM.
class BaseMap
{
    Q_DECLARE_TR_FUNCTIONS(sk::BaseMap)

public:
    static BaseMap load(const QString &path, QStringList *errors);

    bool isEmpty() const { return m_land.isEmpty(); }
    const VectorLayer &land() const { return m_land; }
    const VectorLayer &lakes() const { return m_lakes; }
    const VectorLayer &borders() const { return m_borders; }
    const VectorLayer &countries() const { return m_countries; }
    // Land outside Sweden, cut from the coastline layer by the pipeline, so it can be toned down without clipping.
    const VectorLayer &neighbourLand() const { return m_neighbourLand; }
    const VectorLayer &counties() const { return m_counties; }
    const VectorLayer &countyLines() const { return m_countyLines; }

private:
    VectorLayer m_land;
    VectorLayer m_lakes;
    VectorLayer m_borders;
    VectorLayer m_countries;
    VectorLayer m_neighbourLand;
    VectorLayer m_counties;
    VectorLayer m_countyLines;
};

} // namespace sk
