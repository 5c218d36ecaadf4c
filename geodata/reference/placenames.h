// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/geo/vectorlayer.h"
#include "geodata/reference/referencedata.h"

#include <QPointF>
#include <QString>

#include <vector>

namespace sk {

// A name the map can show: a town or village at a point, or a county at a point inside its area.
struct PlaceName
{
    enum class Kind { CountySeat, MunicipalitySeat, Locality, County };

    QString name; // as the source spells it
    QPointF position; // SWEREF 99 TM
    qint64 population = 0; // for ranking; a county's is the sum of its municipalities
    Kind kind = Kind::Locality;
};

// The names of places and counties from the shipped tables, each once, most important first: county seats by
// population, then municipality seats and localities by population. GeoNames lists a few places twice; a second
// entry with the same name within a few kilometres is dropped.
class PlaceNames
{
public:
    PlaceNames() = default;
    // Already in order of importance.
    PlaceNames(std::vector<PlaceName> places, std::vector<PlaceName> counties)
        : m_places(std::move(places))
        , m_counties(std::move(counties))
    { }

    // `counties` is the base map's county layer (name and code per feature); its names are placed at a point well
    // inside each county's largest part.
    static PlaceNames build(const ReferenceData &reference, const VectorLayer &counties);

    const std::vector<PlaceName> &places() const { return m_places; }
    const std::vector<PlaceName> &counties() const { return m_counties; }
    bool isEmpty() const { return m_places.empty() && m_counties.empty(); }

    // A point inside the polygon (first ring outer, the rest holes) far from its edges: the best of a grid of
    // samples, refined once around the winner.
    static QPointF interiorPoint(const std::vector<QList<QPointF>> &rings);

private:
    std::vector<PlaceName> m_places;
    std::vector<PlaceName> m_counties;
};

} // namespace sk
