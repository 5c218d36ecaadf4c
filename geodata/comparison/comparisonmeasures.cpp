// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "comparisonmeasures.h"

#include <algorithm>

namespace sk {

ComparisonMeasures::ComparisonMeasures(CoverageResult a, CoverageResult b)
    : m_a(std::move(a))
    , m_b(std::move(b))
{
    using Kind = ComparisonMeasure::Kind;
    m_measures.push_back({Kind::OfficesOpen, 0, double(m_a.officesOpen), double(m_b.officesOpen)});
    m_measures.push_back({Kind::MunicipalitiesWithOffice, 0, double(m_a.municipalitiesWithOffice),
                          double(m_b.municipalitiesWithOffice)});
    const size_t bands = std::min(m_a.bands.size(), m_b.bands.size());
    for (size_t i = 0; i < bands; ++i)
        m_measures.push_back({Kind::PeopleWithin, m_b.bands[i].km, m_a.bands[i].people, m_b.bands[i].people});
    for (size_t i = 0; i < bands; ++i)
        m_measures.push_back({Kind::ShareWithin, m_b.bands[i].km, m_a.bands[i].share, m_b.bands[i].share});
    m_measures.push_back({Kind::MedianDistance, 0, m_a.medianDistanceKm, m_b.medianDistanceKm});
    m_measures.push_back({Kind::P90Distance, 0, m_a.p90DistanceKm, m_b.p90DistanceKm});
}

ComparisonMeasures ComparisonMeasures::compute(const CoverageCalculator &a, QDate dateA, const CoverageCalculator &b,
                                               QDate dateB)
{
    return ComparisonMeasures(a.at(dateA), b.at(dateB));
}

std::vector<CoverageBand> ComparisonMeasures::bandDeltas() const
{
    std::vector<CoverageBand> deltas;
    const size_t bands = std::min(m_a.bands.size(), m_b.bands.size());
    for (size_t i = 0; i < bands; ++i)
        deltas.push_back(
                {m_b.bands[i].km, m_b.bands[i].people - m_a.bands[i].people, m_b.bands[i].share - m_a.bands[i].share});
    return deltas;
}

} // namespace sk
