// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/coverageoverview.h"
#include "geodata/coverage/coverageresult.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace sk {

// Keeps coverage results coming for the timeline's date without blocking the GUI: each date is calculated by
// QtConcurrent, one at a time; dates that arrive meanwhile are coalesced so that only the latest is calculated next.
// Also calculates the whole-timeline overview (chart series, phase summaries) once per data set.
class CoverageController : public QObject
{
    Q_OBJECT

public:
    // The atlas must outlive the controller; call rebuild() after its offices change.
    explicit CoverageController(const Atlas &atlas, QObject *parent = nullptr);

    const Atlas &atlas() const { return m_atlas; }
    // The calculator the current results come from; shared, so a task may keep using it after a rebuild.
    std::shared_ptr<const CoverageCalculator> calculator() const { return m_calculator; }
    const std::vector<double> &bandsKm() const { return m_calculator->bandsKm(); }
    // The population model's name: "points", "dispersed" or the file the population was read from.
    const QString &populationSource() const { return m_populationSource; }

    QDate date() const { return m_date; }
    // The latest result delivered by resultReady, or null before the first.
    std::shared_ptr<const CoverageResult> result() const { return m_result; }
    bool hasOverview() const { return m_hasOverview; }
    const CoverageOverview &overview() const { return m_overview; }

    // Re-reads the atlas's offices and reference data with `population` (empty: the embedded model); recalculates
    // the current date and the overview.
    void rebuild(const PopulationModel &population = {});
    // As CoverageCalculator::setBandsKm; on success the current date is recalculated with the new bands.
    bool setBandsKm(std::vector<double> bandsKm);

public Q_SLOTS:
    void setDate(QDate date);

Q_SIGNALS:
    void resultReady(QDate date, std::shared_ptr<const sk::CoverageResult> result);
    void overviewReady();
    void bandsChanged();

private:
    void startResult();
    void resultFinished();
    void startOverview();
    void overviewFinished();

    const Atlas &m_atlas;
    std::shared_ptr<const CoverageCalculator> m_calculator;
    QString m_populationSource;
    QDate m_date;
    std::shared_ptr<const CoverageResult> m_result;
    CoverageOverview m_overview;
    bool m_hasOverview = false;
    // The calculator of the running result task (null when none runs): a result of a replaced one is dropped.
    std::shared_ptr<const CoverageCalculator> m_resultCalculator;
    // The overview ignores the bands, so only a rebuild makes a running one stale.
    int m_dataVersion = 0;
    int m_overviewVersion = -1; // of the running overview task, -1 when none runs
    QFutureWatcher<std::shared_ptr<const CoverageResult>> m_resultWatcher;
    QFutureWatcher<CoverageOverview> m_overviewWatcher;
};

} // namespace sk
