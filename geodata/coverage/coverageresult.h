// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QDate>
#include <QPointF>
#include <QString>

#include <limits>
#include <vector>

namespace sk {

// People within `km` of an open office, cumulative: every band counts everyone nearer than its distance.
struct CoverageBand
{
    double km = 0;
    double people = 0;
    double share = 0; // of the model's total population, 0–1
};

struct MunicipalityCoverage
{
    QString code;
    QString name;
    QString countyCode;
    QString county;
    qint64 population = 0; // SCB
    QPointF seatPosition; // SWEREF 99 TM
    QString nearestOfficeId; // empty when no office is open
    QString nearestOfficeName;
    double seatDistanceKm = std::numeric_limits<double>::infinity();
    bool hasOffice = false; // an open office within the municipality
};

struct CountyCoverage
{
    QString code;
    QString name;
    int withOffice = 0;
    int total = 0;
};

// How near people are to an open office on one date. Distances are straight lines in SWEREF 99 TM.
struct CoverageResult
{
    QDate date;
    int officesOpen = 0;
    // The population model the people come from: "points", "dispersed" or a user layer's file name.
    QString populationModel;
    double populationTotal = 0;
    std::vector<CoverageBand> bands; // ascending by km
    // Population-weighted: the smallest distance within which at least half (nine tenths) of the people live.
    // Infinite when no office is open, NaN when the model holds nobody.
    double medianDistanceKm = std::numeric_limits<double>::quiet_NaN();
    double p90DistanceKm = std::numeric_limits<double>::quiet_NaN();
    int municipalitiesWithOffice = 0;
    std::vector<CountyCoverage> counties; // by county code
    std::vector<MunicipalityCoverage> municipalities; // in reference order

    int municipalitiesTotal() const { return static_cast<int>(municipalities.size()); }
    const CoverageBand *band(double km) const;
    // The `count` municipalities whose seats lie farthest from an open office, farthest first.
    std::vector<MunicipalityCoverage> farthest(int count) const;
};

} // namespace sk
