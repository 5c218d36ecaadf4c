// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "regionaggregates.h"

#include <QHash>

#include <map>

namespace sk {

RegionAggregates::RegionAggregates(const Rollout &rollout, const ReferenceData &reference)
    : RegionAggregates(rollout, reference, PopulationModel::fromReference(reference))
{ }

RegionAggregates::RegionAggregates(const Rollout &rollout, const ReferenceData &reference,
                                   const PopulationModel &population)
    : m_calculator(rollout, reference, population)
    , m_faRegions(group(reference, &Municipality::faRegion, &Municipality::faRegionName))
    , m_counties(group(reference, &Municipality::countyCode, &Municipality::county))
{
    QHash<QString, int> indexOfCode;
    const std::vector<Municipality> &municipalities = reference.municipalities();
    for (size_t i = 0; i < municipalities.size(); ++i)
        indexOfCode.insert(municipalities[i].code, static_cast<int>(i));
    for (const Office &office : rollout.offices())
        m_municipalityOfOffice.push_back(indexOfCode.value(office.municipalityCode, -1));

    for (const PopulationPoint &point : population.points()) {
        const int municipality = indexOfCode.value(point.municipalityCode, -1);
        m_pointPositions.push_back(point.position);
        m_pointPeople.push_back(point.population);
        m_pointMunicipality.push_back(municipality);
        addPopulation(m_faRegions, municipality, point.population);
        addPopulation(m_counties, municipality, point.population);
    }
    for (Grouping *grouping : {&m_faRegions, &m_counties}) {
        for (RegionSummary &region : grouping->regions) {
            for (double km : m_calculator.bandsKm())
                region.bands.push_back({km, 0, 0});
        }
    }
}

RegionAggregates::Grouping RegionAggregates::group(const ReferenceData &reference, QString Municipality::*code,
                                                   QString Municipality::*name)
{
    std::map<QString, RegionSummary> byCode;
    for (const Municipality &municipality : reference.municipalities()) {
        if ((municipality.*code).isEmpty())
            continue;
        RegionSummary &region = byCode[municipality.*code];
        region.code = municipality.*code;
        region.name = municipality.*name;
        ++region.municipalitiesTotal;
        region.population += municipality.population;
    }
    Grouping grouping;
    QHash<QString, int> indexOfCode;
    for (auto &[regionCode, region] : byCode) {
        indexOfCode.insert(regionCode, static_cast<int>(grouping.regions.size()));
        grouping.regions.push_back(std::move(region));
    }
    for (const Municipality &municipality : reference.municipalities())
        grouping.regionOfMunicipality.push_back(indexOfCode.value(municipality.*code, -1));
    return grouping;
}

void RegionAggregates::addPopulation(Grouping &grouping, int municipality, double people)
{
    if (municipality < 0)
        return;
    const int region = grouping.regionOfMunicipality[static_cast<size_t>(municipality)];
    if (region >= 0)
        grouping.regions[static_cast<size_t>(region)].modelPopulation += people;
}

void RegionAggregates::finishShares(std::vector<RegionSummary> &regions)
{
    for (RegionSummary &region : regions) {
        for (CoverageBand &band : region.bands)
            band.share = region.modelPopulation > 0 ? band.people / region.modelPopulation : 0;
    }
}

RegionSnapshot RegionAggregates::at(QDate date) const
{
    const NearestOfficeIndex index = m_calculator.officeIndexAt(date);
    RegionSnapshot snapshot;
    snapshot.date = date;
    snapshot.faRegions = m_faRegions.regions;
    snapshot.counties = m_counties.regions;
    const std::pair<const Grouping *, std::vector<RegionSummary> *> groupings[]
            = {{&m_faRegions, &snapshot.faRegions}, {&m_counties, &snapshot.counties}};

    std::vector<char> hasOffice(m_faRegions.regionOfMunicipality.size(), 0);
    for (int office : index.offices()) {
        const int municipality = m_municipalityOfOffice[static_cast<size_t>(office)];
        if (municipality < 0)
            continue;
        hasOffice[static_cast<size_t>(municipality)] = 1;
        for (const auto &[grouping, regions] : groupings) {
            const int region = grouping->regionOfMunicipality[static_cast<size_t>(municipality)];
            if (region >= 0)
                ++(*regions)[static_cast<size_t>(region)].officesOpen;
        }
    }
    for (size_t municipality = 0; municipality < hasOffice.size(); ++municipality) {
        if (!hasOffice[municipality])
            continue;
        for (const auto &[grouping, regions] : groupings) {
            const int region = grouping->regionOfMunicipality[municipality];
            if (region >= 0)
                ++(*regions)[static_cast<size_t>(region)].municipalitiesWithOffice;
        }
    }

    for (size_t point = 0; point < m_pointPositions.size(); ++point) {
        const int municipality = m_pointMunicipality[point];
        if (municipality < 0)
            continue;
        const double distance = index.nearest(m_pointPositions[point]).distance;
        for (const auto &[grouping, regions] : groupings) {
            const int region = grouping->regionOfMunicipality[static_cast<size_t>(municipality)];
            if (region < 0)
                continue;
            // Inclusive, as in CoverageCalculator: a band counts everyone no farther than its distance.
            for (CoverageBand &band : (*regions)[static_cast<size_t>(region)].bands) {
                if (distance <= band.km * 1000)
                    band.people += m_pointPeople[point];
            }
        }
    }
    finishShares(snapshot.faRegions);
    finishShares(snapshot.counties);
    return snapshot;
}

} // namespace sk
