// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/publishedcount.h"
#include "geodata/offices/rollout.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <vector>

namespace sk {

// A published count set beside the data: the data's range [certain, certain + pending] over the days the published
// date may stand for.
struct PublishedCountCheck
{
    PublishedCount published;
    int certain = 0;
    int max = 0;
    // The same for municipalities, when the source gave their number.
    int municipalitiesCertain = 0;
    int municipalitiesMax = 0;

    bool officesInside() const { return published.offices >= certain && published.offices <= max; }
    bool municipalitiesInside() const
    {
        return !published.municipalities
                || (*published.municipalities >= municipalitiesCertain
                    && *published.municipalities <= municipalitiesMax);
    }
    // How far the published office count lies outside the range; 0 inside it.
    int officesDistance() const;
};

// The office counts that sources published (published_counts.csv), oldest first.
class PublishedCounts
{
    Q_DECLARE_TR_FUNCTIONS(sk::PublishedCounts)

public:
    // A month, as the header looks for a published figure near the date shown.
    static constexpr int nearDays = 31;

    PublishedCounts() = default;
    explicit PublishedCounts(std::vector<PublishedCount> counts);
    // Problems (unreadable file, a bad row) go to *errors, naming file and line; good rows are kept.
    static PublishedCounts load(const QString &path, QStringList *errors);

    const std::vector<PublishedCount> &counts() const { return m_counts; }
    bool isEmpty() const { return m_counts.empty(); }
    // The count whose date contains `date`, the most precise one when several do.
    const PublishedCount *at(QDate date) const;
    // The count whose date lies nearest `date`, within `withinDays`; nullptr when none does.
    const PublishedCount *nearest(QDate date, int withinDays = nearDays) const;
    // Every count whose date overlaps [first, last] (the timeline's span), beside the data's range.
    std::vector<PublishedCountCheck> compare(const Rollout &rollout, QDate first, QDate last) const;

private:
    std::vector<PublishedCount> m_counts;
};

} // namespace sk
