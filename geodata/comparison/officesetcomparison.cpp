// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officesetcomparison.h"

#include "geodata/offices/rollout.h"

#include <QHash>

#include <cmath>
#include <map>

namespace sk {

namespace {

const std::vector<Office> &officesOf(const ComparisonSide &side)
{
    static const std::vector<Office> none;
    return side.offices ? *side.offices : none;
}

QHash<QString, size_t> indexById(const std::vector<Office> &offices)
{
    QHash<QString, size_t> index;
    for (size_t i = 0; i < offices.size(); ++i)
        index.insert(offices[i].id, i);
    return index;
}

OfficeDifference::Fields changedFields(const Office &a, const Office &b)
{
    OfficeDifference::Fields fields;
    if (a.name != b.name)
        fields |= OfficeDifference::Field::Name;
    if (a.phase != b.phase || a.status2021 != b.status2021)
        fields |= OfficeDifference::Field::Phase;
    if (a.opened != b.opened)
        fields |= OfficeDifference::Field::OpeningDate;
    if (a.closed != b.closed)
        fields |= OfficeDifference::Field::ClosingDate;
    if (a.municipalityCode != b.municipalityCode)
        fields |= OfficeDifference::Field::Municipality;
    return fields;
}

bool isOpen(const OfficeState &state)
{
    return state.status == OfficeStatus::Open;
}

// Municipality code → name of the municipalities with an open office.
std::map<QString, QString> municipalitiesWithOpenOffice(const ComparisonSide &side)
{
    std::map<QString, QString> result;
    for (const Office &office : officesOf(side)) {
        if (isOpen(Rollout::stateAt(office, side.date)))
            result.emplace(office.municipalityCode, office.municipality);
    }
    return result;
}

std::vector<MunicipalityName> missingFrom(const std::map<QString, QString> &from, const std::map<QString, QString> &in)
{
    std::vector<MunicipalityName> result;
    for (const auto &[code, name] : from) {
        if (!in.contains(code))
            result.push_back({code, name});
    }
    return result;
}

} // namespace

OfficeSetComparison::OfficeSetComparison(ComparisonSide a, ComparisonSide b)
    : m_a(std::move(a))
    , m_b(std::move(b))
{
    const std::vector<Office> &officesA = officesOf(m_a);
    const std::vector<Office> &officesB = officesOf(m_b);
    const QHash<QString, size_t> indexA = indexById(officesA);
    const QHash<QString, size_t> indexB = indexById(officesB);

    for (const Office &office : officesA) {
        OfficeDifference difference;
        difference.officeId = office.id;
        difference.inA = true;
        difference.stateA = Rollout::stateAt(office, m_a.date);
        const auto match = indexB.constFind(office.id);
        const Office &shown = match == indexB.cend() ? office : officesB[*match];
        difference.name = shown.name;
        difference.municipality = shown.municipality;
        difference.municipalityCode = shown.municipalityCode;
        difference.position = shown.position;
        if (match == indexB.cend()) {
            if (!difference.stateA.isShown())
                continue;
            difference.kind = OfficeDifferenceKind::OnlyInA;
            m_differences.push_back(std::move(difference));
            continue;
        }
        difference.inB = true;
        difference.stateB = Rollout::stateAt(shown, m_b.date);
        if (!difference.stateA.isShown() && !difference.stateB.isShown())
            continue;
        const QPointF offset = shown.position - office.position;
        const double metres = std::hypot(offset.x(), offset.y());
        if (metres > movedThresholdMetres)
            difference.movedMetres = metres;
        difference.changedFields = changedFields(office, shown);
        if (isOpen(difference.stateA) != isOpen(difference.stateB))
            difference.kind = isOpen(difference.stateB) ? OfficeDifferenceKind::Opened : OfficeDifferenceKind::Closed;
        else if (difference.movedMetres)
            difference.kind = OfficeDifferenceKind::Moved;
        else if (difference.changedFields)
            difference.kind = OfficeDifferenceKind::Changed;
        else
            continue;
        m_differences.push_back(std::move(difference));
    }
    for (const Office &office : officesB) {
        if (indexA.contains(office.id))
            continue;
        OfficeDifference difference;
        difference.kind = OfficeDifferenceKind::OnlyInB;
        difference.officeId = office.id;
        difference.name = office.name;
        difference.municipality = office.municipality;
        difference.municipalityCode = office.municipalityCode;
        difference.position = office.position;
        difference.inB = true;
        difference.stateB = Rollout::stateAt(office, m_b.date);
        if (difference.stateB.isShown())
            m_differences.push_back(std::move(difference));
    }
    compareMunicipalities();
}

void OfficeSetComparison::compareMunicipalities()
{
    const std::map<QString, QString> withOfficeA = municipalitiesWithOpenOffice(m_a);
    const std::map<QString, QString> withOfficeB = municipalitiesWithOpenOffice(m_b);
    m_municipalitiesA = static_cast<int>(withOfficeA.size());
    m_municipalitiesB = static_cast<int>(withOfficeB.size());
    m_gained = missingFrom(withOfficeB, withOfficeA);
    m_lost = missingFrom(withOfficeA, withOfficeB);
}

QSet<QString> OfficeSetComparison::differingIds() const
{
    QSet<QString> ids;
    for (const OfficeDifference &difference : m_differences)
        ids.insert(difference.officeId);
    return ids;
}

} // namespace sk
