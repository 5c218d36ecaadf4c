// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "suggestionreport.h"

#include "geodata/reports/reportformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <cmath>

namespace sk {

namespace {

qint64 people(double value)
{
    return std::llround(value);
}

QString kindName(SuggestionCandidate::Kind kind)
{
    return kind == SuggestionCandidate::Kind::Seat ? QStringLiteral("seat") : QStringLiteral("locality");
}

} // namespace

SuggestionReport::SuggestionReport(const OfficeSuggester &suggester, QDate date, int requested, double withinKm)
    : m_date(date)
    , m_withinKm(withinKm)
    , m_requested(requested)
    , m_populationSource(suggester.populationSource())
    , m_populationTotal(suggester.populationTotal())
    , m_coveredBefore(suggester.coveredPeople(date, withinKm))
    , m_suggestions(suggester.suggest(date, requested, withinKm))
{ }

QString SuggestionReport::note() const
{
    if (static_cast<int>(m_suggestions.size()) >= m_requested)
        return {};
    return tr("only %1 of the %2 requested places bring anyone within %3 km who is not already within reach")
            .arg(m_suggestions.size())
            .arg(m_requested)
            .arg(m_withinKm);
}

QJsonObject SuggestionReport::toJsonObject() const
{
    QJsonArray rows;
    for (const Suggestion &suggestion : m_suggestions) {
        const SuggestionCandidate &place = suggestion.place;
        rows.append(QJsonObject{
                {QStringLiteral("rank"), suggestion.rank},
                {QStringLiteral("name"), place.name},
                {QStringLiteral("kind"), kindName(place.kind)},
                {QStringLiteral("municipality"), place.municipality},
                {QStringLiteral("municipality_code"), place.municipalityCode},
                {QStringLiteral("county"), place.county},
                {QStringLiteral("lat"), ReportFormat::rounded(place.coordinate.latitude(), 6)},
                {QStringLiteral("lon"), ReportFormat::rounded(place.coordinate.longitude(), 6)},
                {QStringLiteral("e"), std::round(place.position.x())},
                {QStringLiteral("n"), std::round(place.position.y())},
                {QStringLiteral("gain"), people(suggestion.gain)},
                {QStringLiteral("cumulative_gain"), people(suggestion.cumulativeGain)},
                {QStringLiteral("share_after"), ReportFormat::rounded(suggestion.shareAfter, 6)},
        });
    }
    const double cumulative = m_suggestions.empty() ? 0 : m_suggestions.back().cumulativeGain;
    QJsonObject object;
    object.insert(QStringLiteral("date"), m_date.toString(Qt::ISODate));
    object.insert(QStringLiteral("within_km"), m_withinKm);
    object.insert(QStringLiteral("requested"), m_requested);
    object.insert(QStringLiteral("population_source"), m_populationSource);
    object.insert(QStringLiteral("population_total"), people(m_populationTotal));
    object.insert(QStringLiteral("covered_before"), people(m_coveredBefore));
    object.insert(QStringLiteral("share_before"),
                  ReportFormat::rounded(m_populationTotal > 0 ? m_coveredBefore / m_populationTotal : 0, 6));
    object.insert(QStringLiteral("covered_after"), people(m_coveredBefore + cumulative));
    object.insert(QStringLiteral("suggestions"), rows);
    if (const QString text = note(); !text.isEmpty())
        object.insert(QStringLiteral("note"), text);
    return object;
}

QString SuggestionReport::toJson() const
{
    return QString::fromUtf8(QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented));
}

QString SuggestionReport::toCsv() const
{
    QString out = QStringLiteral("date,within_km,rank,name,kind,municipality,municipality_code,county,lat,lon,e,n,"
                                 "gain,cumulative_gain,share_after\n");
    const QString date = m_date.toString(Qt::ISODate);
    for (const Suggestion &suggestion : m_suggestions) {
        const SuggestionCandidate &place = suggestion.place;
        out += ReportFormat::csvLine(
                {date, ReportFormat::bandKey(m_withinKm), QString::number(suggestion.rank),
                 ReportFormat::csvCell(place.name), kindName(place.kind), ReportFormat::csvCell(place.municipality),
                 place.municipalityCode, ReportFormat::csvCell(place.county),
                 QString::number(place.coordinate.latitude(), 'f', 6),
                 QString::number(place.coordinate.longitude(), 'f', 6), QString::number(place.position.x(), 'f', 0),
                 QString::number(place.position.y(), 'f', 0), QString::number(people(suggestion.gain)),
                 QString::number(people(suggestion.cumulativeGain)),
                 QString::number(ReportFormat::rounded(suggestion.shareAfter, 6), 'f', 6)});
    }
    return out;
}

} // namespace sk
