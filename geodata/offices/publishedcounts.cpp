// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "publishedcounts.h"

#include "geodata/geo/featurereader.h"

#include <QUrl>

#include <algorithm>
#include <climits>

namespace sk {

namespace {

QString precisionKey(PartialDate::Precision precision)
{
    switch (precision) {
    case PartialDate::Precision::Year:
        return QStringLiteral("year");
    case PartialDate::Precision::Season:
        return QStringLiteral("season");
    case PartialDate::Precision::Month:
        return QStringLiteral("month");
    case PartialDate::Precision::Day:
        return QStringLiteral("day");
    case PartialDate::Precision::Interval:
        break;
    }
    return QStringLiteral("interval");
}

// Days from `date` to the nearest day of `interval`; 0 inside it.
qint64 daysTo(const DateInterval &interval, QDate date)
{
    if (interval.first.isValid() && date < interval.first)
        return date.daysTo(interval.first);
    if (interval.last.isValid() && date > interval.last)
        return interval.last.daysTo(date);
    return 0;
}

} // namespace

QString PublishedCount::sourceName() const
{
    QString host = QUrl(source).host();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host.isEmpty() ? source : host;
}

int PublishedCountCheck::officesDistance() const
{
    if (published.offices < certain)
        return certain - published.offices;
    return std::max(0, published.offices - max);
}

PublishedCounts::PublishedCounts(std::vector<PublishedCount> counts)
    : m_counts(std::move(counts))
{
    std::stable_sort(m_counts.begin(), m_counts.end(),
                     [](const PublishedCount &a, const PublishedCount &b) { return a.date.first() < b.date.first(); });
}

PublishedCounts PublishedCounts::load(const QString &path, QStringList *errors)
{
    FeatureReader reader(path, true);
    if (!reader.isOpen()) {
        *errors << reader.openError();
        return {};
    }
    if (const QStringList missing
        = reader.missingColumns({QStringLiteral("date"), QStringLiteral("offices"), QStringLiteral("source")});
        !missing.isEmpty()) {
        *errors << tr("%1: missing columns %2").arg(reader.fileName(), missing.join(QStringLiteral(", ")));
        return {};
    }
    std::vector<PublishedCount> counts;
    while (reader.next()) {
        PublishedCount count;
        const QString dateText = reader.text(QStringLiteral("date"));
        DateParseError dateError;
        const std::optional<PartialDate> date = PartialDate::parse(dateText, &dateError);
        if (!date) {
            *errors << reader.message(
                    tr("date '%1', character %2: %3").arg(dateText).arg(dateError.column).arg(dateError.message));
            continue;
        }
        count.date = *date;
        const QString precision = reader.text(QStringLiteral("precision"));
        if (!precision.isEmpty() && precision != precisionKey(date->precision())) {
            *errors << reader.message(tr("precision '%1' does not match the date '%2'").arg(precision, dateText));
            continue;
        }
        bool officesOk = false;
        count.offices = reader.text(QStringLiteral("offices")).toInt(&officesOk);
        if (!officesOk || count.offices <= 0) {
            *errors << reader.message(
                    tr("offices '%1' is not a positive whole number").arg(reader.text(QStringLiteral("offices"))));
            continue;
        }
        if (const QString municipalities = reader.text(QStringLiteral("municipalities")); !municipalities.isEmpty()) {
            bool ok = false;
            count.municipalities = municipalities.toInt(&ok);
            if (!ok || *count.municipalities <= 0) {
                *errors << reader.message(tr("municipalities '%1' is not a positive whole number").arg(municipalities));
                continue;
            }
        }
        count.what = reader.text(QStringLiteral("what"));
        count.source = reader.text(QStringLiteral("source"));
        count.evidence = reader.text(QStringLiteral("evidence"));
        count.exactQuote
                = reader.text(QStringLiteral("exact_quote")).compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        if (count.source.isEmpty()) {
            *errors << reader.message(tr("a published count needs its source"));
            continue;
        }
        count.location = reader.fileName() + QStringLiteral(", ") + reader.location();
        counts.push_back(std::move(count));
    }
    return PublishedCounts(std::move(counts));
}

const PublishedCount *PublishedCounts::at(QDate date) const
{
    const PublishedCount *best = nullptr;
    for (const PublishedCount &count : m_counts) {
        if (!count.date.interval().contains(date))
            continue;
        if (!best || count.date.first().daysTo(count.date.last()) < best->date.first().daysTo(best->date.last()))
            best = &count;
    }
    return best;
}

const PublishedCount *PublishedCounts::nearest(QDate date, int withinDays) const
{
    const PublishedCount *best = nullptr;
    qint64 bestDays = withinDays + 1;
    for (const PublishedCount &count : m_counts) {
        const qint64 days = daysTo(count.date.interval(), date);
        if (days < bestDays) {
            best = &count;
            bestDays = days;
        }
    }
    return best;
}

std::vector<PublishedCountCheck> PublishedCounts::compare(const Rollout &rollout, QDate first, QDate last) const
{
    std::vector<PublishedCountCheck> checks;
    for (const PublishedCount &count : m_counts) {
        // Only the days the count may stand for that the timeline covers.
        const QDate from = std::max(count.date.first(), first);
        const QDate to = std::min(count.date.last(), last);
        if (!from.isValid() || !to.isValid() || to < from)
            continue;
        PublishedCountCheck check{count, INT_MAX, 0, INT_MAX, 0};
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const StatusCounts counts = rollout.countsAt(day);
            check.certain = std::min(check.certain, counts.open());
            check.max = std::max(check.max, counts.openMax());
            check.municipalitiesCertain = std::min(check.municipalitiesCertain, counts.municipalitiesWithOffice);
            check.municipalitiesMax = std::max(check.municipalitiesMax, counts.municipalitiesWithOfficeMax);
        }
        checks.push_back(check);
    }
    return checks;
}

} // namespace sk
