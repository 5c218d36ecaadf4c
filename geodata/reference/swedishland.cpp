// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "swedishland.h"

#include "geodata/geo/vectorlayer.h"
#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/basemap.h"

#include <algorithm>
#include <cmath>

namespace sk {

namespace {

// A 250 m copy of the base map is close enough for a 2 km tolerance and quick for long lists.
constexpr size_t baseMapLevel = 1;
// A neighbour's land is named after the country outline nearest to it within this distance (the outlines are
// coarser than the coastline).
constexpr double neighbourNameMetres = 30000;
const QString swedenCode = QStringLiteral("SE");

bool isSweden(const VectorFeature &country)
{
    return country.code == swedenCode;
}

bool anyContains(const std::vector<VectorFeature> &features, const QPointF &point)
{
    return std::any_of(features.begin(), features.end(),
                       [&](const VectorFeature &feature) { return feature.contains(point); });
}

} // namespace

SwedishLand::SwedishLand(const BaseMap *baseMap, const AdminBoundaries *boundaries)
{
    if (baseMap && !baseMap->isEmpty()) {
        m_land = &baseMap->land();
        m_neighbourLand = &baseMap->neighbourLand();
        m_countries = &baseMap->countries();
    }
    if (boundaries && !boundaries->isEmpty())
        m_municipalities = &boundaries->municipalities();
}

bool SwedishLand::isKnown() const
{
    return m_land || m_municipalities;
}

bool SwedishLand::onNeighbourLand(const QPointF &sweref) const
{
    return m_neighbourLand && anyContains(m_neighbourLand->level(baseMapLevel), sweref);
}

bool SwedishLand::insideSweden(const QPointF &sweref) const
{
    if (m_municipalities && anyContains(m_municipalities->features(), sweref))
        return true;
    if (m_countries) {
        const std::vector<VectorFeature> &countries = m_countries->level(baseMapLevel);
        if (std::any_of(countries.begin(), countries.end(),
                        [&](const VectorFeature &country) { return isSweden(country) && country.contains(sweref); }))
            return true;
    }
    return m_land && anyContains(m_land->level(baseMapLevel), sweref) && !onNeighbourLand(sweref);
}

double SwedishLand::distanceToSweden(const QPointF &sweref) const
{
    double best = qInf();
    const auto nearer = [&](const std::vector<VectorFeature> &features, bool onlySweden) {
        for (const VectorFeature &feature : features) {
            if (onlySweden && !isSweden(feature))
                continue;
            // Bounds first: most outlines lie farther away than the best distance so far.
            if (std::isfinite(best) && !feature.bounds.adjusted(-best, -best, best, best).contains(sweref))
                continue;
            best = std::min(best, feature.distanceTo(sweref));
        }
    };
    if (m_countries)
        nearer(m_countries->level(baseMapLevel), true);
    if (m_municipalities)
        nearer(m_municipalities->features(), false);
    return best;
}

QString SwedishLand::neighbourName(const QPointF &sweref) const
{
    if (!m_countries)
        return {};
    QString name;
    double best = neighbourNameMetres;
    for (const VectorFeature &country : m_countries->level(baseMapLevel)) {
        if (isSweden(country))
            continue;
        if (country.contains(sweref))
            return country.name;
        if (!country.bounds.adjusted(-best, -best, best, best).contains(sweref))
            continue;
        if (const double distance = country.distanceTo(sweref); distance < best) {
            best = distance;
            name = country.name;
        }
    }
    return name;
}

QString SwedishLand::whereOutside(const QPointF &sweref) const
{
    if (!isKnown() || insideSweden(sweref))
        return {};
    if (onNeighbourLand(sweref)) {
        const QString neighbour = neighbourName(sweref);
        return neighbour.isEmpty() ? tr("lies on land outside Sweden") : tr("lies in %1, not in Sweden").arg(neighbour);
    }
    const double distance = distanceToSweden(sweref);
    if (distance <= coastalToleranceMetres)
        return {};
    return tr("lies %1 km from Swedish land").arg(distance / 1000, 0, 'f', 1);
}

} // namespace sk
