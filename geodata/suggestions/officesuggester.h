// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/populationmodel.h"
#include "geodata/offices/office.h"
#include "geodata/reference/referencedata.h"
#include "geodata/suggestions/suggestion.h"
#include "geodata/suggestions/suggestioncandidate.h"

#include <QDate>
#include <QPointF>
#include <QString>

#include <vector>

namespace sk {

// Where would the next offices do the most good? At a date, greedily picks places (municipality seats and
// localities without an open office) that bring the most people within a distance of an office: each pick counts
// the people farther than the distance from every open office and earlier pick but within it of the place.
// Keeps its own copy of the inputs; the const methods share no mutable state, so QtConcurrent tasks may call them
// at once.
class OfficeSuggester
{
public:
    // A place with an office open within this distance already has one and is not a candidate.
    static constexpr double officeAtPlaceMetres = 2000;
    // A locality this near its municipality's seat is the seat itself (one candidate, under the seat's name).
    static constexpr double sameAsSeatMetres = 1000;

    OfficeSuggester(const std::vector<Office> &offices, const ReferenceData &reference,
                    const PopulationModel &population);

    // The places without an office open at `date`, seats first, each in the order of the reference tables.
    std::vector<SuggestionCandidate> candidatesAt(QDate date) const;
    // Up to `count` picks, best first; fewer when no remaining candidate brings anyone within `withinKm`.
    // Equal gains go to the place with more people, then to the name first in order.
    std::vector<Suggestion> suggest(QDate date, int count, double withinKm) const;
    // People within `withinKm` of an office open at `date`.
    double coveredPeople(QDate date, double withinKm) const;

    double populationTotal() const { return m_populationTotal; }
    // "embedded" or the name of the population layer.
    const QString &populationSource() const { return m_populationSource; }

private:
    std::vector<double> distancesToOpenOffices(QDate date) const;

    std::vector<Office> m_offices;
    std::vector<SuggestionCandidate> m_places; // every seat and locality, localities at a seat merged into it
    std::vector<QPointF> m_positions;
    std::vector<double> m_weights;
    double m_populationTotal = 0;
    QString m_populationSource;
};

} // namespace sk
