// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coveragecalculator.h"

#include "geodata/coverage/distancesummary.h"
#include "geodata/coverage/nearestcandidates.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>

namespace sk {

struct CoverageCalculator::Candidates
{
    std::once_flag built;
    NearestCandidates value;
};

const std::vector<double> &CoverageCalculator::defaultBandsKm()
{
    static const std::vector<double> bands{5, 10, 20, 30, 50};
    return bands;
}

CoverageCalculator::CoverageCalculator(const Rollout &rollout, const ReferenceData &reference)
    : CoverageCalculator(rollout, reference, PopulationModel::fromReference(reference))
{ }

CoverageCalculator::CoverageCalculator(const Rollout &rollout, const ReferenceData &reference,
                                       const PopulationModel &population)
    : m_rollout(rollout)
    , m_populationModel(population.source())
{
    QHash<QString, int> indexOfCode;
    std::map<QString, QString> countyNames;
    for (const Municipality &municipality : reference.municipalities()) {
        indexOfCode.insert(municipality.code, static_cast<int>(m_municipalities.size()));
        MunicipalityCoverage row;
        row.code = municipality.code;
        row.name = municipality.name;
        row.countyCode = municipality.countyCode;
        row.county = municipality.county;
        row.population = municipality.population;
        row.seatPosition = municipality.seatPosition;
        m_municipalities.push_back(std::move(row));
        countyNames.emplace(municipality.countyCode, municipality.county);
    }
    for (const auto &[code, name] : countyNames)
        m_counties.push_back({code, name, 0, 0});
    for (const MunicipalityCoverage &row : m_municipalities) {
        const auto county = std::find_if(m_counties.begin(), m_counties.end(),
                                         [&](const CountyCoverage &c) { return c.code == row.countyCode; });
        ++county->total;
        m_countyOfMunicipality.push_back(static_cast<int>(county - m_counties.begin()));
    }
    for (const Office &office : m_rollout.offices())
        m_municipalityOfOffice.push_back(indexOfCode.value(office.municipalityCode, -1));

    m_candidates = std::make_shared<Candidates>();
    m_positions.reserve(population.points().size());
    m_weights.reserve(population.points().size());
    for (const PopulationPoint &point : population.points()) {
        m_positions.push_back(point.position);
        m_weights.push_back(point.population);
        m_populationTotal += point.population;
    }
}

bool CoverageCalculator::setBandsKm(std::vector<double> bandsKm)
{
    if (bandsKm.empty()
        || std::any_of(bandsKm.begin(), bandsKm.end(), [](double km) { return !std::isfinite(km) || km <= 0; }))
        return false;
    std::sort(bandsKm.begin(), bandsKm.end());
    bandsKm.erase(std::unique(bandsKm.begin(), bandsKm.end()), bandsKm.end());
    m_bandsKm = std::move(bandsKm);
    return true;
}

const NearestCandidates &CoverageCalculator::candidates() const
{
    static const NearestCandidates none;
    if (!m_candidates)
        return none;
    std::call_once(m_candidates->built, [this] {
        std::vector<QPointF> sites;
        sites.reserve(m_rollout.offices().size());
        for (const Office &office : m_rollout.offices())
            sites.push_back(office.position);
        m_candidates->value = NearestCandidates(m_positions, std::move(sites));
    });
    return m_candidates->value;
}

CoverageResult CoverageCalculator::at(QDate date) const
{
    std::vector<double> pointDistances;
    return evaluate(date, pointDistances);
}

CoverageResult CoverageCalculator::evaluate(QDate date, std::vector<double> &pointDistances) const
{
    const NearestOfficeIndex index = officeIndexAt(date);
    CoverageResult result;
    result.date = date;
    result.officesOpen = index.size();
    result.populationModel = m_populationModel;
    result.populationTotal = m_populationTotal;

    const std::vector<Office> &offices = m_rollout.offices();
    std::vector<char> hasOffice(m_municipalities.size(), 0);
    std::vector<char> open(offices.size(), 0);
    for (int office : index.offices()) {
        open[static_cast<size_t>(office)] = 1;
        const int municipality = m_municipalityOfOffice[static_cast<size_t>(office)];
        if (municipality >= 0)
            hasOffice[static_cast<size_t>(municipality)] = 1;
    }
    result.counties = m_counties;
    result.municipalities = m_municipalities;
    for (size_t i = 0; i < result.municipalities.size(); ++i) {
        MunicipalityCoverage &row = result.municipalities[i];
        const NearestOfficeIndex::Hit hit = index.nearest(row.seatPosition);
        if (hit.office >= 0) {
            const Office &office = offices[static_cast<size_t>(hit.office)];
            row.nearestOfficeId = office.id;
            row.nearestOfficeName = office.name;
        }
        row.seatDistanceKm = hit.distance / 1000;
        row.hasOffice = hasOffice[i];
        if (row.hasOffice) {
            ++result.municipalitiesWithOffice;
            ++result.counties[static_cast<size_t>(m_countyOfMunicipality[i])].withOffice;
        }
    }

    if (m_positions.empty()) {
        pointDistances.clear();
    } else if (const NearestCandidates &nearest = candidates(); nearest.pointCount() == m_positions.size()) {
        nearest.distancesToOpen(m_positions, open, index, pointDistances);
    } else { // a moved-from calculator
        pointDistances.resize(m_positions.size());
        for (size_t i = 0; i < m_positions.size(); ++i)
            pointDistances[i] = index.nearest(m_positions[i]).distance;
    }

    std::vector<double> thresholds; // metres
    thresholds.reserve(m_bandsKm.size());
    for (double km : m_bandsKm)
        thresholds.push_back(km * 1000);
    const DistanceSummary summary = summariseDistances(pointDistances, m_weights, thresholds, m_populationTotal);
    result.medianDistanceKm = summary.median / 1000;
    result.p90DistanceKm = summary.p90 / 1000;
    const double total = m_populationTotal;
    result.bands.reserve(m_bandsKm.size());
    for (size_t band = 0; band < m_bandsKm.size(); ++band)
        result.bands.push_back({m_bandsKm[band], summary.within[band], 0});
    for (CoverageBand &b : result.bands)
        b.share = total > 0 ? b.people / total : 0;
    return result;
}

CoverageComparison CoverageCalculator::compare(QDate before, QDate after, double withinKm) const
{
    CoverageComparison comparison;
    std::vector<double> distancesBefore;
    std::vector<double> distancesAfter;
    comparison.before = evaluate(before, distancesBefore);
    comparison.after = evaluate(after, distancesAfter);
    for (size_t i = 0; i < comparison.after.bands.size(); ++i) {
        const CoverageBand &from = comparison.before.bands[i];
        const CoverageBand &to = comparison.after.bands[i];
        comparison.bandDeltas.push_back({to.km, to.people - from.people, to.share - from.share});
    }
    for (size_t i = 0; i < comparison.after.municipalities.size(); ++i) {
        if (comparison.after.municipalities[i].hasOffice && !comparison.before.municipalities[i].hasOffice)
            comparison.firstOffices.push_back(comparison.after.municipalities[i]);
    }
    comparison.broughtWithinKm = withinKm;
    const double threshold = withinKm * 1000;
    for (size_t i = 0; i < m_weights.size(); ++i) {
        if (distancesBefore[i] > threshold && distancesAfter[i] <= threshold)
            comparison.peopleBroughtWithin += m_weights[i];
    }
    return comparison;
}

std::vector<PhaseCoverage> CoverageCalculator::phaseSummary() const
{
    std::vector<PhaseCoverage> phases;
    for (const PhaseBand &band : m_rollout.phaseBands())
        phases.push_back({band, compare(band.start.addDays(-1), band.end)});
    return phases;
}

} // namespace sk
