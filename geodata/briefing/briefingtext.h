// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"
#include "geodata/briefing/briefing.h"
#include "geodata/offices/timelinesteps.h"
#include "geodata/regions/regionaggregates.h"

#include <QDate>
#include <QString>

namespace sk {

class BriefingPhrases;

// Writes what happened in a timeline step or a phase, in Swedish or English, from the rollout, the reference
// tables and the coverage: offices opened and closed, municipalities and FA regions that gained or lost an office,
// people brought within reach, and the largest remaining gaps (FA regions without an office; the municipalities
// without one whose seats lie farthest from an open office). Every name and number comes from the data; the
// sentence templates of both languages are here, so the text never depends on an installed translation.
// Each call works out its figures afresh (a few coverage evaluations, milliseconds on the shipped data).
class BriefingText
{
public:
    // The distances the people sentences speak of; both are bands of CoverageCalculator::defaultBandsKm().
    static constexpr double nearKm = 10;
    static constexpr double reachKm = 20;
    static constexpr int gapsListed = 3;

    BriefingText() = default;
    BriefingText(const Rollout &rollout, const ReferenceData &reference);
    explicit BriefingText(const Atlas &atlas);

    // What changed after `from` up to and including `to`, and where things stand on `to`. An opening or closing
    // the data dates no closer than an interval reaching back past `from` is told apart, with its interval
    // ("opened during 2023 (month not known)"), in the step where the interval ends.
    Briefing forStep(QDate from, QDate to, Language language) const;
    // The phase: how many of its planned offices opened by its last day and how many of those openings are dated,
    // then what changed from `from` (by default the day before the phase's band) to the band's last day.
    Briefing forPhase(int phase, Language language, QDate from = {}) const;
    // The step of the phase timeline that ends on `to` (Rollout::phaseBoundaries()): the baseline, a phase, the
    // openings after the phases, or the closures, titled as such; forStep() when `to` is no phase boundary.
    Briefing forPhaseStep(QDate from, QDate to, Language language) const;
    // forPhaseStep() when (from, to] is exactly one phase step, forStep() otherwise.
    Briefing forRange(QDate from, QDate to, Language language) const;
    // "Phase 2 (2023)", "Closures (2025–2026)": the title of the phase step that `date` falls in.
    QString phaseStepTitle(QDate date, Language language) const;
    // A Markdown document: a title, then a section for each step between the dates TimelineSteps gives for the
    // range (phase steps are titled as forPhaseStep() does).
    QString document(QDate from, QDate to, TimelineSteps::Step step, Language language) const;

private:
    QStringList stepSentences(QDate from, QDate to, const BriefingPhrases &phrases) const;
    QStringList phaseSentences(int phase, const BriefingPhrases &phrases) const;
    // The title of the phase step (from, to]: "Baseline (25 May 2021)", "Phase 1 (2022)", "After the phases (2024)",
    // "Closures (2025–2026)", or the two dates.
    QString stepTitle(QDate from, QDate to, const BriefingPhrases &phrases) const;
    // True when an office of the municipality had been open at any time up to `date`.
    bool hadOfficeBy(const QString &municipalityCode, QDate date) const;

    RegionAggregates m_regions;
};

} // namespace sk
