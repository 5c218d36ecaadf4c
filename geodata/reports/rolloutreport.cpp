// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "rolloutreport.h"

#include "geodata/reports/reportformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace sk {

namespace {

void flatten(const QString &prefix, const QJsonValue &value, QStringList &keys, QStringList &cells)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value(), keys, cells);
        return;
    }
    keys << prefix;
    QString cell;
    if (value.isDouble())
        cell = QString::number(value.toDouble(), 'g', 10);
    else if (value.isArray())
        cell = QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    else
        cell = value.toVariant().toString();
    cells << ReportFormat::csvCell(cell);
}

} // namespace

QJsonObject RolloutReport::forDate(const Rollout &rollout, const ReferenceData &reference, QDate date)
{
    const StatusCounts counts = rollout.countsAt(date);
    QJsonObject byStatus;
    for (OfficeStatus status : shownStatuses)
        byStatus.insert(officeStatusKey(status), counts.count(status));
    QJsonObject row;
    row.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    row.insert(QStringLiteral("offices_open"), counts.open());
    row.insert(QStringLiteral("offices_opening_pending"), counts.openingPending);
    row.insert(QStringLiteral("municipalities_with_office"), counts.municipalitiesWithOffice);
    row.insert(QStringLiteral("municipalities_total"), reference.municipalityCount());
    row.insert(QStringLiteral("status_counts"), byStatus);
    return row;
}

QString RolloutReport::toJson(const std::vector<QJsonObject> &rows)
{
    if (rows.size() == 1)
        return QString::fromUtf8(QJsonDocument(rows.front()).toJson(QJsonDocument::Indented));
    QJsonArray array;
    for (const QJsonObject &row : rows)
        array.append(row);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString RolloutReport::toCsv(const std::vector<QJsonObject> &rows)
{
    QString out;
    for (size_t i = 0; i < rows.size(); ++i) {
        QStringList keys;
        QStringList cells;
        flatten({}, rows[i], keys, cells);
        if (i == 0)
            out += ReportFormat::csvLine(keys);
        out += ReportFormat::csvLine(cells);
    }
    return out;
}

} // namespace sk
