// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "nearestreport.h"

#include "geodata/reports/reportformat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sk {

NearestReport::NearestReport(QString place, QGeoCoordinate from, QDate date, std::vector<NearbyOffice> offices)
    : m_place(std::move(place))
    , m_from(from)
    , m_date(date)
    , m_offices(std::move(offices))
{ }

QJsonObject NearestReport::toJsonObject() const
{
    QJsonArray rows;
    for (const NearbyOffice &office : m_offices) {
        rows.append(QJsonObject{
                {QStringLiteral("name"), office.name},
                {QStringLiteral("municipality"), office.municipality},
                {QStringLiteral("distance_km"), ReportFormat::distanceKm(office.distanceMetres / 1000)},
                {QStringLiteral("bearing_deg"), ReportFormat::rounded(office.bearingDegrees, 1)},
        });
    }
    QJsonObject object;
    object.insert(QStringLiteral("place"), m_place);
    object.insert(QStringLiteral("lat"), ReportFormat::rounded(m_from.latitude(), 6));
    object.insert(QStringLiteral("lon"), ReportFormat::rounded(m_from.longitude(), 6));
    object.insert(QStringLiteral("date"), m_date.toString(Qt::ISODate));
    object.insert(QStringLiteral("offices"), rows);
    return object;
}

QString NearestReport::toJson() const
{
    return QString::fromUtf8(QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented));
}

QString NearestReport::toCsv() const
{
    QString out = ReportFormat::csvLine({QStringLiteral("name"), QStringLiteral("municipality"),
                                         QStringLiteral("distance_km"), QStringLiteral("bearing_deg")});
    for (const NearbyOffice &office : m_offices) {
        out += ReportFormat::csvLine({ReportFormat::csvCell(office.name), ReportFormat::csvCell(office.municipality),
                                      ReportFormat::distanceKmCell(office.distanceMetres / 1000),
                                      QString::number(ReportFormat::rounded(office.bearingDegrees, 1), 'f', 1)});
    }
    return out;
}

} // namespace sk
