// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coveragereport.h"

#include "geodata/coverage/coveragecalculator.h"

#include <QJsonArray>

#include <cmath>

namespace sk {

namespace {

// Reports show metres (three decimals of a km) and shares to six decimals; the calculation keeps full precision.
double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// JSON has no infinity: a distance to no office at all is null.
QJsonValue distanceKm(double km)
{
    return std::isfinite(km) ? QJsonValue(rounded(km, 3)) : QJsonValue(QJsonValue::Null);
}

QString bandKey(double km)
{
    return QString::number(km, 'g', 10);
}

QString csvCell(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

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
                                     QStringLiteral("has_office")};
    return columns;
}

} // namespace

QJsonObject CoverageReport::toJson(const CoverageResult &result)
{
    QJsonObject within;
    for (const CoverageBand &band : result.bands)
        within.insert(bandKey(band.km), rounded(band.share, 6));
    QJsonArray municipalities;
    for (const MunicipalityCoverage &row : result.municipalities) {
        municipalities.append(QJsonObject{
                {QStringLiteral("code"), row.code},
                {QStringLiteral("name"), row.name},
                {QStringLiteral("population"), row.population},
                {QStringLiteral("nearest_office"), row.nearestOfficeId},
                {QStringLiteral("nearest_office_name"), row.nearestOfficeName},
                {QStringLiteral("seat_distance_km"), distanceKm(row.seatDistanceKm)},
                {QStringLiteral("has_office"), row.hasOffice},
        });
    }
    QJsonObject object;
    object.insert(QStringLiteral("date"), result.date.toString(Qt::ISODate));
    object.insert(QStringLiteral("offices_open"), result.officesOpen);
    object.insert(QStringLiteral("municipalities_with_office"), result.municipalitiesWithOffice);
    object.insert(QStringLiteral("municipalities_total"), result.municipalitiesTotal());
    object.insert(QStringLiteral("population_total"), std::round(result.populationTotal));
    object.insert(QStringLiteral("population_within_km"), within);
    object.insert(QStringLiteral("median_distance_km"), distanceKm(result.medianDistanceKm));
    object.insert(QStringLiteral("p90_distance_km"), distanceKm(result.p90DistanceKm));
    object.insert(QStringLiteral("municipalities"), municipalities);
    return object;
}

QString CoverageReport::toCsv(const std::vector<CoverageResult> &results)
{
    QString out = csvColumns().join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const CoverageResult &result : results) {
        const QString date = result.date.toString(Qt::ISODate);
        for (const MunicipalityCoverage &row : result.municipalities) {
            const QString distance = std::isfinite(row.seatDistanceKm)
                    ? QString::number(rounded(row.seatDistanceKm, 3), 'f', 3)
                    : QString();
            out += QStringList{date,
                               row.code,
                               csvCell(row.name),
                               csvCell(row.county),
                               QString::number(row.population),
                               csvCell(row.nearestOfficeId),
                               csvCell(row.nearestOfficeName),
                               distance,
                               row.hasOffice ? QStringLiteral("1") : QStringLiteral("0")}
                            .join(QLatin1Char(','))
                    + QLatin1Char('\n');
        }
    }
    return out;
}

QJsonObject CoverageReport::forDate(const Atlas &atlas, QDate date)
{
    return toJson(CoverageCalculator(atlas.rollout(), atlas.reference()).at(date));
}

QString CoverageReport::csvForDates(const Atlas &atlas, const std::vector<QDate> &dates)
{
    const CoverageCalculator calculator(atlas.rollout(), atlas.reference());
    std::vector<CoverageResult> results;
    for (QDate date : dates)
        results.push_back(calculator.at(date));
    return toCsv(results);
}

} // namespace sk
