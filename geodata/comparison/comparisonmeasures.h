// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/coverageresult.h"

#include <QDate>

#include <vector>

namespace sk {

// One row of a coverage comparison: a measure on side A, on side B, and the change B − A.
struct ComparisonMeasure
{
    enum class Kind { OfficesOpen, MunicipalitiesWithOffice, PeopleWithin, ShareWithin, MedianDistance, P90Distance };

    Kind kind = Kind::OfficesOpen;
    double bandKm = 0; // PeopleWithin and ShareWithin only
    double a = 0; // shares 0–1, distances km (infinite when no office is open)
    double b = 0;
    double change() const { return b - a; }
};

// The coverage measures of two sides (each its own office set at its own date) and their differences: offices
// open, municipalities with an office, people and share within each of the calculators' bands, median and p90.
class ComparisonMeasures
{
public:
    ComparisonMeasures() = default;
    // The results must have the same bands (calculators with the same bandsKm()).
    ComparisonMeasures(CoverageResult a, CoverageResult b);
    static ComparisonMeasures compute(const CoverageCalculator &a, QDate dateA, const CoverageCalculator &b,
                                      QDate dateB);

    const CoverageResult &resultA() const { return m_a; }
    const CoverageResult &resultB() const { return m_b; }
    const std::vector<ComparisonMeasure> &measures() const { return m_measures; }
    // People and share within each band, B − A.
    std::vector<CoverageBand> bandDeltas() const;

private:
    CoverageResult m_a;
    CoverageResult m_b;
    std::vector<ComparisonMeasure> m_measures;
};

} // namespace sk
