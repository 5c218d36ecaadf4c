// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coveragecontroller.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sk {

CoverageController::CoverageController(const Atlas &atlas, QObject *parent)
    : QObject(parent)
    , m_atlas(atlas)
{
    connect(&m_resultWatcher, &QFutureWatcherBase::finished, this, &CoverageController::resultFinished);
    connect(&m_overviewWatcher, &QFutureWatcherBase::finished, this, &CoverageController::overviewFinished);
    rebuild();
}

void CoverageController::rebuild(const PopulationModel &population)
{
    auto next = population.isEmpty()
            ? std::make_shared<CoverageCalculator>(m_atlas.rollout(), m_atlas.reference())
            : std::make_shared<CoverageCalculator>(m_atlas.rollout(), m_atlas.reference(), population);
    if (m_calculator)
        next->setBandsKm(m_calculator->bandsKm());
    m_calculator = std::move(next);
    m_populationSource = m_calculator->populationModel();
    ++m_dataVersion;
    m_hasOverview = false;
    if (m_overviewVersion < 0)
        startOverview();
    if (m_date.isValid() && !m_resultCalculator)
        startResult();
}

bool CoverageController::setBandsKm(std::vector<double> bandsKm)
{
    auto next = std::make_shared<CoverageCalculator>(*m_calculator);
    if (!next->setBandsKm(std::move(bandsKm)))
        return false;
    m_calculator = std::move(next);
    Q_EMIT bandsChanged();
    if (m_date.isValid() && !m_resultCalculator)
        startResult();
    return true;
}

void CoverageController::setDate(QDate date)
{
    if (!date.isValid() || date == m_date)
        return;
    m_date = date;
    if (!m_resultCalculator)
        startResult();
}

void CoverageController::startResult()
{
    m_resultCalculator = m_calculator;
    m_resultWatcher.setFuture(QtConcurrent::run([calculator = m_calculator, date = m_date] {
        return std::make_shared<const CoverageResult>(calculator->at(date));
    }));
}

void CoverageController::resultFinished()
{
    const std::shared_ptr<const CoverageResult> result = m_resultWatcher.result();
    const bool current = m_resultCalculator == m_calculator;
    m_resultCalculator.reset();
    // A result for an earlier date is still shown: while the slider is dragged, something keeps up with it.
    if (current) {
        m_result = result;
        Q_EMIT resultReady(result->date, result);
    }
    if (!current || result->date != m_date)
        startResult();
}

void CoverageController::startOverview()
{
    m_overviewVersion = m_dataVersion;
    m_overviewWatcher.setFuture(
            QtConcurrent::run([calculator = m_calculator] { return CoverageOverview::compute(*calculator); }));
}

void CoverageController::overviewFinished()
{
    const bool current = m_overviewVersion == m_dataVersion;
    m_overviewVersion = -1;
    if (!current) {
        startOverview();
        return;
    }
    m_overview = m_overviewWatcher.result();
    m_hasOverview = true;
    Q_EMIT overviewReady();
}

} // namespace sk
