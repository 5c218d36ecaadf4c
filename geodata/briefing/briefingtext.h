// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"
#include "geodata/briefing/briefing.h"
#include "geodata/offices/framesequence.h"
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

    // What changed after `from` up to and including `to`, and where things stand on `to`.
    Briefing forStep(QDate from, QDate to, Language language) const;
    // The step from the day before the phase's band to its last day, with how many of its planned offices opened.
    Briefing forPhase(int phase, Language language) const;
    // A Markdown document: a title, then a section for each step between the dates FrameSequence gives for the
    // range (a step that is exactly a phase is written as that phase).
    QString document(QDate from, QDate to, FrameSequence::Step step, Language language) const;

private:
    QStringList stepSentences(QDate from, QDate to, const BriefingPhrases &phrases) const;
    QString phaseSentence(int phase, const BriefingPhrases &phrases) const;
    // True when an office of the municipality had been open at any time up to `date`.
    bool hadOfficeBy(const QString &municipalityCode, QDate date) const;

    RegionAggregates m_regions;
};

} // namespace sk
