// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "rolloutreport.h"

#include "geodata/reports/reportformat.h"

#include <QHash>
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

QJsonObject RolloutReport::forDate(const Rollout &rollout, const ReferenceData &reference, QDate date,
                                   const PublishedCounts &published)
{
    const StatusCounts counts = rollout.countsAt(date);
    QJsonObject byStatus;
    for (OfficeStatus status : shownStatuses)
        byStatus.insert(officeStatusKey(status), counts.count(status));
    QJsonObject row;
    row.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    row.insert(QStringLiteral("offices_open"), counts.open());
    row.insert(QStringLiteral("offices_open_max"), counts.openMax());
    row.insert(QStringLiteral("offices_opening_pending"), counts.openingPending);
    row.insert(QStringLiteral("offices_closing_pending"), counts.closingPending);
    row.insert(QStringLiteral("municipalities_with_office"), counts.municipalitiesWithOffice);
    row.insert(QStringLiteral("municipalities_with_office_max"), counts.municipalitiesWithOfficeMax);
    row.insert(QStringLiteral("municipalities_total"), reference.municipalityCount());
    row.insert(QStringLiteral("status_counts"), byStatus);
    if (const PublishedCount *count = published.at(date)) {
        QJsonObject figure;
        figure.insert(QStringLiteral("offices"), count->offices);
        if (count->municipalities)
            figure.insert(QStringLiteral("municipalities"), *count->municipalities);
        figure.insert(QStringLiteral("date"), count->date.toIsoString());
        figure.insert(QStringLiteral("source"), count->source);
        row.insert(QStringLiteral("published"), figure);
    }
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
    // Rows may differ in their keys (a published count on some dates only): the header has them all.
    QStringList header;
    std::vector<QHash<QString, QString>> cellsOfRows;
    for (const QJsonObject &row : rows) {
        QStringList keys;
        QStringList cells;
        flatten({}, row, keys, cells);
        QHash<QString, QString> cellOfKey;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (!header.contains(keys[i]))
                header << keys[i];
            cellOfKey.insert(keys[i], cells[i]);
        }
        cellsOfRows.push_back(cellOfKey);
    }
    QString out = ReportFormat::csvLine(header);
    for (const QHash<QString, QString> &cellOfKey : cellsOfRows) {
        QStringList cells;
        for (const QString &key : header)
            cells << cellOfKey.value(key);
        out += ReportFormat::csvLine(cells);
    }
    return rows.empty() ? QString() : out;
}

} // namespace sk
