// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "regionreport.h"

#include "geodata/reports/reportformat.h"

#include <QJsonArray>
#include <QStringList>

#include <cmath>

namespace sk {

namespace {

QJsonObject regionJson(const RegionSummary &region)
{
    QJsonObject people;
    QJsonObject shares;
    for (const CoverageBand &band : region.bands) {
        people.insert(ReportFormat::bandKey(band.km), std::round(band.people));
        shares.insert(ReportFormat::bandKey(band.km), ReportFormat::rounded(band.share, 6));
    }
    return QJsonObject{
            {QStringLiteral("code"), region.code},
            {QStringLiteral("name"), region.name},
            {QStringLiteral("offices_open"), region.officesOpen},
            {QStringLiteral("municipalities_with_office"), region.municipalitiesWithOffice},
            {QStringLiteral("municipalities_total"), region.municipalitiesTotal},
            {QStringLiteral("population"), region.population},
            {QStringLiteral("people_within_km"), people},
            {QStringLiteral("population_within_km"), shares},
    };
}

QJsonArray regionsJson(const std::vector<RegionSummary> &regions)
{
    QJsonArray array;
    for (const RegionSummary &region : regions)
        array.append(regionJson(region));
    return array;
}

QString csvRow(const QString &date, const QString &level, const RegionSummary &region)
{
    QStringList cells{date,
                      level,
                      ReportFormat::csvCell(region.code),
                      ReportFormat::csvCell(region.name),
                      QString::number(region.officesOpen),
                      QString::number(region.municipalitiesWithOffice),
                      QString::number(region.municipalitiesTotal),
                      QString::number(region.population)};
    for (const CoverageBand &band : region.bands)
        cells << QString::number(std::round(band.people), 'f', 0);
    for (const CoverageBand &band : region.bands)
        cells << QString::number(ReportFormat::rounded(band.share, 6), 'f', 6);
    return ReportFormat::csvLine(cells);
}

} // namespace

QJsonObject RegionReport::toJson(const RegionSnapshot &snapshot)
{
    QJsonArray without;
    for (const RegionSummary &region : snapshot.faRegionsWithoutOffice())
        without.append(QJsonObject{{QStringLiteral("code"), region.code}, {QStringLiteral("name"), region.name}});
    QJsonObject object;
    object.insert(QStringLiteral("date"), snapshot.date.toString(Qt::ISODate));
    object.insert(QStringLiteral("fa_regions_total"), static_cast<int>(snapshot.faRegions.size()));
    object.insert(QStringLiteral("fa_regions_with_office"), snapshot.faRegionsWithOffice());
    object.insert(QStringLiteral("fa_regions_without_office"), without);
    object.insert(QStringLiteral("fa_regions"), regionsJson(snapshot.faRegions));
    object.insert(QStringLiteral("counties"), regionsJson(snapshot.counties));
    return object;
}

QString RegionReport::toCsv(const std::vector<RegionSnapshot> &snapshots)
{
    QStringList header{QStringLiteral("date"),
                       QStringLiteral("level"),
                       QStringLiteral("code"),
                       QStringLiteral("name"),
                       QStringLiteral("offices_open"),
                       QStringLiteral("municipalities_with_office"),
                       QStringLiteral("municipalities_total"),
                       QStringLiteral("population")};
    // Every region of every snapshot has the same bands, those of the calculator.
    const RegionSummary *anyRegion = nullptr;
    for (const RegionSnapshot &snapshot : snapshots) {
        if (!anyRegion && !snapshot.counties.empty())
            anyRegion = &snapshot.counties.front();
    }
    if (anyRegion) {
        for (const CoverageBand &band : anyRegion->bands)
            header << QStringLiteral("people_within_%1km").arg(ReportFormat::bandKey(band.km));
        for (const CoverageBand &band : anyRegion->bands)
            header << QStringLiteral("share_within_%1km").arg(ReportFormat::bandKey(band.km));
    }
    QString out = ReportFormat::csvLine(header);
    for (const RegionSnapshot &snapshot : snapshots) {
        const QString date = snapshot.date.toString(Qt::ISODate);
        for (const RegionSummary &region : snapshot.faRegions)
            out += csvRow(date, QStringLiteral("fa_region"), region);
        for (const RegionSummary &region : snapshot.counties)
            out += csvRow(date, QStringLiteral("county"), region);
    }
    return out;
}

} // namespace sk
