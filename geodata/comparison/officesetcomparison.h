// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/comparison/officedifference.h"
#include "geodata/offices/office.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace sk {

// One side of a comparison: an office set (the official plan or a scenario) seen at a date.
struct ComparisonSide
{
    QString label;
    std::shared_ptr<const std::vector<Office>> offices;
    QDate date;
};

struct MunicipalityName
{
    QString code;
    QString name;
    bool operator==(const MunicipalityName &other) const = default;
};

// Matches the offices of two sides by id and lists how they differ, each office at most once: its kind is the
// first that applies of only-in-A/B, opened/closed, moved, changed; a move and changed fields are recorded as well.
// Offices that are shown on neither side at its date are left out.
class OfficeSetComparison
{
public:
    static constexpr double movedThresholdMetres = 100.0;

    OfficeSetComparison() = default;
    OfficeSetComparison(ComparisonSide a, ComparisonSide b);

    const ComparisonSide &sideA() const { return m_a; }
    const ComparisonSide &sideB() const { return m_b; }
    // In the order of side A's offices, then the offices only side B holds in its order.
    const std::vector<OfficeDifference> &differences() const { return m_differences; }
    QSet<QString> differingIds() const;

    // Municipalities (by the offices' municipality codes) with an open office on each side.
    int municipalitiesWithOfficeA() const { return m_municipalitiesA; }
    int municipalitiesWithOfficeB() const { return m_municipalitiesB; }
    // With an open office on side B but not on side A, and the reverse; by code.
    const std::vector<MunicipalityName> &municipalitiesGained() const { return m_gained; }
    const std::vector<MunicipalityName> &municipalitiesLost() const { return m_lost; }

private:
    void compareMunicipalities();

    ComparisonSide m_a;
    ComparisonSide m_b;
    std::vector<OfficeDifference> m_differences;
    int m_municipalitiesA = 0;
    int m_municipalitiesB = 0;
    std::vector<MunicipalityName> m_gained;
    std::vector<MunicipalityName> m_lost;
};

} // namespace sk
