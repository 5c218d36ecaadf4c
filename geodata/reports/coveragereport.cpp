// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coveragereport.h"

#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/embeddedpopulation.h"
#include "geodata/reports/reportformat.h"

#include <QJsonArray>

#include <cmath>

namespace sk {

namespace {

const QStringList &csvColumns()
{
    static const QStringList columns{QStringLiteral("date"),
                                     QStringLiteral("code"),
                                     QStringLiteral("name"),
                                     QStringLiteral("county"),
                                     QStringLiteral("population"),
                                     QStringLiteral("nearest_office"),
                                     QStringLiteral("nearest_office_name"),
                                     QStringLiteral("seat_distance_km"),
                                     QStringLiteral("has_office"),
                                     QStringLiteral("population_model")};
    return columns;
}

} // namespace

QJsonObject CoverageReport::toJson(const CoverageResult &result)
{
    QJsonObject within;
    for (const CoverageBand &band : result.bands)
        within.insert(ReportFormat::bandKey(band.km), ReportFormat::rounded(band.share, 6));
    QJsonArray municipalities;
    for (const MunicipalityCoverage &row : result.municipalities) {
        municipalities.append(QJsonObject{
                {QStringLiteral("code"), row.code},
                {QStringLiteral("name"), row.name},
                {QStringLiteral("population"), row.population},
                {QStringLiteral("nearest_office"), row.nearestOfficeId},
                {QStringLiteral("nearest_office_name"), row.nearestOfficeName},
                {QStringLiteral("seat_distance_km"), ReportFormat::distanceKm(row.seatDistanceKm)},
                {QStringLiteral("has_office"), row.hasOffice},
        });
    }
    QJsonObject object;
    object.insert(QStringLiteral("date"), result.date.toString(Qt::ISODate));
    object.insert(QStringLiteral("offices_open"), result.officesOpen);
    object.insert(QStringLiteral("municipalities_with_office"), result.municipalitiesWithOffice);
    object.insert(QStringLiteral("municipalities_total"), result.municipalitiesTotal());
    object.insert(QStringLiteral("population_model"), result.populationModel);
    object.insert(QStringLiteral("population_total"), std::round(result.populationTotal));
    object.insert(QStringLiteral("population_within_km"), within);
    object.insert(QStringLiteral("median_distance_km"), ReportFormat::distanceKm(result.medianDistanceKm));
    object.insert(QStringLiteral("p90_distance_km"), ReportFormat::distanceKm(result.p90DistanceKm));
    object.insert(QStringLiteral("municipalities"), municipalities);
    return object;
}

QString CoverageReport::toCsv(const std::vector<CoverageResult> &results)
{
    QString out = ReportFormat::csvLine(csvColumns());
    for (const CoverageResult &result : results) {
        const QString date = result.date.toString(Qt::ISODate);
        for (const MunicipalityCoverage &row : result.municipalities) {
            out += ReportFormat::csvLine(
                    {date, row.code, ReportFormat::csvCell(row.name), ReportFormat::csvCell(row.county),
                     QString::number(row.population), ReportFormat::csvCell(row.nearestOfficeId),
                     ReportFormat::csvCell(row.nearestOfficeName), ReportFormat::distanceKmCell(row.seatDistanceKm),
                     row.hasOffice ? QStringLiteral("1") : QStringLiteral("0"),
                     ReportFormat::csvCell(result.populationModel)});
        }
    }
    return out;
}

QJsonObject CoverageReport::forDate(const Atlas &atlas, QDate date)
{
    return toJson(CoverageCalculator(atlas.rollout(), atlas.reference(), EmbeddedPopulation::build(atlas)).at(date));
}

QString CoverageReport::csvForDates(const Atlas &atlas, const std::vector<QDate> &dates)
{
    const CoverageCalculator calculator(atlas.rollout(), atlas.reference(), EmbeddedPopulation::build(atlas));
    std::vector<CoverageResult> results;
    for (QDate date : dates)
        results.push_back(calculator.at(date));
    return toCsv(results);
}

} // namespace sk
