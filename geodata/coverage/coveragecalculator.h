// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coveragecomparison.h"
#include "geodata/coverage/coverageresult.h"
#include "geodata/coverage/nearestofficeindex.h"
#include "geodata/coverage/populationmodel.h"
#include "geodata/offices/rollout.h"
#include "geodata/reference/referencedata.h"

#include <QDate>

#include <memory>
#include <vector>

namespace sk {

class NearestCandidates;

// Straight-line distance from people and municipality seats to the nearest office open at a date.
// Keeps its own copy of the inputs and the population points; each date only builds an office index. On the first
// date it works out, once, each point's nearest offices among all the rollout's offices (NearestCandidates, built
// under std::call_once and shared by copies), so that a date costs a short scan per point rather than a tree
// query. The const methods are otherwise free of shared mutable state: one calculator may serve many QtConcurrent
// tasks at once.
class CoverageCalculator
{
public:
    static const std::vector<double> &defaultBandsKm();

    CoverageCalculator() = default;
    // With the embedded population model (PopulationModel::fromReference).
    CoverageCalculator(const Rollout &rollout, const ReferenceData &reference);
    CoverageCalculator(const Rollout &rollout, const ReferenceData &reference, const PopulationModel &population);

    // Band distances in km; refused (false, bands unchanged) unless non-empty, finite and positive. Sorted and
    // de-duplicated. Not thread-safe: set before sharing the calculator.
    bool setBandsKm(std::vector<double> bandsKm);
    const std::vector<double> &bandsKm() const { return m_bandsKm; }

    const Rollout &rollout() const { return m_rollout; }
    int pointCount() const { return static_cast<int>(m_positions.size()); }
    // PopulationModel::source() of the model it was built with.
    const QString &populationModel() const { return m_populationModel; }

    NearestOfficeIndex officeIndexAt(QDate date) const { return NearestOfficeIndex::openAt(m_rollout.offices(), date); }
    CoverageResult at(QDate date) const;
    CoverageComparison compare(QDate before, QDate after, double withinKm = 20) const;
    // One entry per phase in the data: the change from the day before its band to the band's last day.
    std::vector<PhaseCoverage> phaseSummary() const;

private:
    struct Candidates;

    CoverageResult evaluate(QDate date, std::vector<double> &pointDistances) const;
    const NearestCandidates &candidates() const;

    Rollout m_rollout;
    std::vector<MunicipalityCoverage> m_municipalities; // the date-independent fields
    std::vector<int> m_municipalityOfOffice; // index into m_municipalities, or -1
    std::vector<CountyCoverage> m_counties; // with totals, withOffice zero
    std::vector<int> m_countyOfMunicipality;
    std::vector<QPointF> m_positions;
    std::vector<double> m_weights;
    double m_populationTotal = 0;
    QString m_populationModel;
    std::vector<double> m_bandsKm = defaultBandsKm();
    std::shared_ptr<Candidates> m_candidates; // built on first use; the points and offices never change
};

} // namespace sk
