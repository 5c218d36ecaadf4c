// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/suggestions/officesuggester.h"
#include "geodata/suggestions/suggestion.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace sk {

// One run of OfficeSuggester as the command line's --suggest prints it.
// JSON: date, within_km, requested, population_source, population_total, covered_before, share_before,
// suggestions [{rank, name, kind, municipality, municipality_code, county, lat, lon, e, n, gain, cumulative_gain,
// share_after}], covered_after and, when fewer than requested were found, a note saying so.
// CSV: one row per suggestion with the run's date and distance in every row.
// People are whole numbers, lat/lon six decimals, SWEREF 99 TM e/n whole metres, shares six decimals.
class SuggestionReport
{
    Q_DECLARE_TR_FUNCTIONS(sk::SuggestionReport)

public:
    SuggestionReport(const OfficeSuggester &suggester, QDate date, int requested, double withinKm);

    QDate date() const { return m_date; }
    double withinKm() const { return m_withinKm; }
    int requested() const { return m_requested; }
    double coveredBefore() const { return m_coveredBefore; }
    const std::vector<Suggestion> &suggestions() const { return m_suggestions; }
    // Empty when as many were found as requested.
    QString note() const;

    QJsonObject toJsonObject() const;
    QString toJson() const;
    QString toCsv() const;

private:
    QDate m_date;
    double m_withinKm = 0;
    int m_requested = 0;
    QString m_populationSource;
    double m_populationTotal = 0;
    double m_coveredBefore = 0;
    std::vector<Suggestion> m_suggestions;
};

} // namespace sk
