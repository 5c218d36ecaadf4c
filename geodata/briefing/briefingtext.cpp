// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "briefingtext.h"

#include "geodata/briefing/briefingphrases.h"

#include <algorithm>
#include <cmath>

namespace sk {

namespace {

QStringList namesOf(const std::vector<RegionSummary> &regions)
{
    QStringList names;
    for (const RegionSummary &region : regions)
        names << region.name;
    return names;
}

// The regions that have an office on one snapshot and none on the other.
std::vector<RegionSummary> coveredOnlyIn(const std::vector<RegionSummary> &covered,
                                         const std::vector<RegionSummary> &other)
{
    std::vector<RegionSummary> regions;
    for (size_t i = 0; i < covered.size() && i < other.size(); ++i) {
        if (covered[i].hasOffice() && !other[i].hasOffice())
            regions.push_back(covered[i]);
    }
    return regions;
}

} // namespace

BriefingText::BriefingText(const Rollout &rollout, const ReferenceData &reference)
    : m_regions(rollout, reference)
{ }

BriefingText::BriefingText(const Atlas &atlas)
    : BriefingText(atlas.rollout(), atlas.reference())
{ }

bool BriefingText::hadOfficeBy(const QString &municipalityCode, QDate date) const
{
    const std::vector<Office> &offices = m_regions.calculator().rollout().offices();
    return std::any_of(offices.begin(), offices.end(), [&](const Office &office) {
        if (office.municipalityCode != municipalityCode)
            return false;
        const QDate openFrom = Rollout::openingWindow(office).second;
        return !openFrom.isValid() || openFrom <= date;
    });
}

Briefing BriefingText::forStep(QDate from, QDate to, Language language) const
{
    const BriefingPhrases phrases(language);
    return {QStringLiteral("%1 – %2").arg(phrases.date(from), phrases.date(to)), stepSentences(from, to, phrases)};
}

Briefing BriefingText::forPhase(int phase, Language language) const
{
    const BriefingPhrases phrases(language);
    const PhaseBand band = Rollout::phaseBand(phase);
    Briefing briefing;
    briefing.title = phrases.pick(QStringLiteral("Phase %1 (%2)"), QStringLiteral("Fas %1 (%2)"))
                             .arg(QString::number(phase), QString::number(band.start.year()));
    const QString planned = phaseSentence(phase, phrases);
    if (!planned.isEmpty())
        briefing.sentences << planned;
    briefing.sentences << stepSentences(band.start.addDays(-1), band.end, phrases);
    return briefing;
}

QString BriefingText::document(QDate from, QDate to, FrameSequence::Step step, Language language) const
{
    const BriefingPhrases phrases(language);
    const Rollout &rollout = m_regions.calculator().rollout();
    QString text = QStringLiteral("# ")
            + phrases.pick(QStringLiteral("Briefing %1 – %2"), QStringLiteral("Lägesbild %1 – %2"))
                      .arg(phrases.date(from), phrases.date(to))
            + QStringLiteral("\n\n");
    std::vector<QDate> dates = FrameSequence::dates(from, to, step, rollout.phaseBoundaries());
    if (dates.size() == 1)
        dates.push_back(dates.front());
    const std::vector<PhaseBand> phases = rollout.phaseBands();
    for (size_t i = 0; i + 1 < dates.size(); ++i) {
        const auto phase = std::find_if(phases.begin(), phases.end(), [&](const PhaseBand &band) {
            return band.start.addDays(-1) == dates[i] && band.end == dates[i + 1];
        });
        const Briefing section
                = phase != phases.end() ? forPhase(phase->phase, language) : forStep(dates[i], dates[i + 1], language);
        text += section.markdown(2) + QLatin1Char('\n');
    }
    return text;
}

QString BriefingText::phaseSentence(int phase, const BriefingPhrases &p) const
{
    const PhaseBand band = Rollout::phaseBand(phase);
    int planned = 0;
    int opened = 0;
    for (const Office &office : m_regions.calculator().rollout().offices()) {
        if (office.phase != phase)
            continue;
        ++planned;
        if (Rollout::stateAt(office, band.end).status == OfficeStatus::Open)
            ++opened;
    }
    if (planned == 0)
        return {};
    const QString end = p.date(band.end);
    const QString phaseNumber = QString::number(phase);
    if (planned == 1) {
        return opened == 1 ? p.pick(QStringLiteral("1 office was planned for phase %1; it had opened by %2."),
                                    QStringLiteral("1 kontor planerades för fas %1; det hade öppnat den %2."))
                                     .arg(phaseNumber, end)
                           : p.pick(QStringLiteral("1 office was planned for phase %1; it had not opened by %2."),
                                    QStringLiteral("1 kontor planerades för fas %1; det hade inte öppnat den %2."))
                                     .arg(phaseNumber, end);
    }
    const QString plannedText = p.number(planned);
    if (opened == planned)
        return p.pick(QStringLiteral("%1 offices were planned for phase %2; all of them had opened by %3."),
                      QStringLiteral("%1 kontor planerades för fas %2; alla hade öppnat den %3."))
                .arg(plannedText, phaseNumber, end);
    if (opened == 0)
        return p.pick(QStringLiteral("%1 offices were planned for phase %2; none of them had opened by %3."),
                      QStringLiteral("%1 kontor planerades för fas %2; inget av dem hade öppnat den %3."))
                .arg(plannedText, phaseNumber, end);
    return p.pick(QStringLiteral("%1 offices were planned for phase %2; %3 of them had opened by %4."),
                  QStringLiteral("%1 kontor planerades för fas %2; %3 av dem hade öppnat den %4."))
            .arg(plannedText, phaseNumber, p.number(opened), end);
}

QStringList BriefingText::stepSentences(QDate from, QDate to, const BriefingPhrases &p) const
{
    const CoverageCalculator &calculator = m_regions.calculator();
    const auto offices = [&](qint64 n) {
        return p.count(n, p.pick(QStringLiteral("office"), QStringLiteral("kontor")),
                       p.pick(QStringLiteral("offices"), QStringLiteral("kontor")));
    };
    const auto municipalities = [&](qint64 n) {
        return p.count(n, p.pick(QStringLiteral("municipality"), QStringLiteral("kommun")),
                       p.pick(QStringLiteral("municipalities"), QStringLiteral("kommuner")));
    };
    const auto faRegions = [&](qint64 n) {
        return p.count(n, p.pick(QStringLiteral("FA region"), QStringLiteral("FA-region")),
                       p.pick(QStringLiteral("FA regions"), QStringLiteral("FA-regioner")));
    };
    const auto people = [&](qint64 n) {
        return p.count(n, p.pick(QStringLiteral("person"), QStringLiteral("invånare")),
                       p.pick(QStringLiteral("people"), QStringLiteral("invånare")));
    };
    // The verb agrees with the count: "1 municipality lost its last office", "2 municipalities lost their …".
    const auto agreeing
            = [](qint64 n, const QString &singular, const QString &plural) { return n == 1 ? singular : plural; };
    QStringList sentences;

    // Offices.
    QStringList opened;
    QStringList closed;
    for (const Office &office : calculator.rollout().offices()) {
        const bool openBefore = Rollout::stateAt(office, from).status == OfficeStatus::Open;
        const bool openAfter = Rollout::stateAt(office, to).status == OfficeStatus::Open;
        if (!openBefore && openAfter)
            opened << office.name;
        else if (openBefore && !openAfter)
            closed << office.name;
    }
    if (opened.isEmpty())
        sentences << p.pick(QStringLiteral("No office opened."), QStringLiteral("Inget kontor öppnade."));
    else
        sentences << p.pick(QStringLiteral("%1 opened: %2."), QStringLiteral("%1 öppnade: %2."))
                             .arg(offices(opened.size()), p.list(p.sorted(opened)));
    if (!closed.isEmpty())
        sentences << p.pick(QStringLiteral("%1 closed: %2."), QStringLiteral("%1 stängde: %2."))
                             .arg(offices(closed.size()), p.list(p.sorted(closed)));

    const CoverageComparison near = calculator.compare(from, to, nearKm);
    const CoverageComparison reach = calculator.compare(from, to, reachKm);
    const CoverageResult &now = reach.after;
    const QString date = p.date(to);
    if (now.officesOpen == 0)
        sentences << p.pick(QStringLiteral("On %1, no office was open."),
                            QStringLiteral("Den %1 var inget kontor öppet."))
                             .arg(date);
    else
        sentences << agreeing(now.officesOpen,
                              p.pick(QStringLiteral("On %1, %2 was open in %3 of %4."),
                                     QStringLiteral("Den %1 var %2 öppet i %3 av %4.")),
                              p.pick(QStringLiteral("On %1, %2 were open in %3 of %4."),
                                     QStringLiteral("Den %1 var %2 öppna i %3 av %4.")))
                             .arg(date, offices(now.officesOpen), p.number(now.municipalitiesWithOffice),
                                  municipalities(now.municipalitiesTotal()));

    // Municipalities: a first office ever, an office again after losing one, or the last office gone.
    QStringList first;
    QStringList again;
    QStringList lost;
    for (size_t i = 0; i < now.municipalities.size(); ++i) {
        const MunicipalityCoverage &before = reach.before.municipalities[i];
        const MunicipalityCoverage &after = now.municipalities[i];
        if (!before.hasOffice && after.hasOffice)
            (hadOfficeBy(after.code, from) ? again : first) << after.name;
        else if (before.hasOffice && !after.hasOffice)
            lost << after.name;
    }
    if (!first.isEmpty())
        sentences << agreeing(first.size(),
                              p.pick(QStringLiteral("%1 got its first office: %2."),
                                     QStringLiteral("%1 fick sitt första kontor: %2.")),
                              p.pick(QStringLiteral("%1 got their first office: %2."),
                                     QStringLiteral("%1 fick sitt första kontor: %2.")))
                             .arg(municipalities(first.size()), p.list(p.sorted(first)));
    if (!again.isEmpty())
        sentences << agreeing(again.size(),
                              p.pick(QStringLiteral("%1 has an office again: %2."),
                                     QStringLiteral("%1 har ett kontor igen: %2.")),
                              p.pick(QStringLiteral("%1 have an office again: %2."),
                                     QStringLiteral("%1 har kontor igen: %2.")))
                             .arg(municipalities(again.size()), p.list(p.sorted(again)));
    if (!lost.isEmpty())
        sentences << agreeing(lost.size(),
                              p.pick(QStringLiteral("%1 lost its last office: %2."),
                                     QStringLiteral("%1 förlorade sitt sista kontor: %2.")),
                              p.pick(QStringLiteral("%1 lost their last office: %2."),
                                     QStringLiteral("%1 förlorade sitt sista kontor: %2.")))
                             .arg(municipalities(lost.size()), p.list(p.sorted(lost)));

    // FA regions.
    const RegionSnapshot regionsBefore = m_regions.at(from);
    const RegionSnapshot regionsAfter = m_regions.at(to);
    const std::vector<RegionSummary> faGained = coveredOnlyIn(regionsAfter.faRegions, regionsBefore.faRegions);
    const std::vector<RegionSummary> faLost = coveredOnlyIn(regionsBefore.faRegions, regionsAfter.faRegions);
    if (!faGained.empty())
        sentences << p.pick(QStringLiteral("%1 gained an office: %2."), QStringLiteral("%1 fick ett kontor: %2."))
                             .arg(faRegions(static_cast<qint64>(faGained.size())), p.list(p.sorted(namesOf(faGained))));
    if (!faLost.empty())
        sentences << agreeing(static_cast<qint64>(faLost.size()),
                              p.pick(QStringLiteral("%1 lost its last office: %2."),
                                     QStringLiteral("%1 förlorade sitt sista kontor: %2.")),
                              p.pick(QStringLiteral("%1 lost their last office: %2."),
                                     QStringLiteral("%1 förlorade sitt sista kontor: %2.")))
                             .arg(faRegions(static_cast<qint64>(faLost.size())), p.list(p.sorted(namesOf(faLost))));

    // People.
    const QString nearText = p.number(nearKm);
    const QString reachText = p.number(reachKm);
    const qint64 broughtNear = std::llround(near.peopleBroughtWithin);
    const qint64 broughtWithinReach = std::llround(reach.peopleBroughtWithin);
    if (broughtNear > 0 && broughtWithinReach > 0)
        sentences << p.pick(QStringLiteral("%1 came within %2 km of an open office, and %3 within %4 km."),
                            QStringLiteral("%1 fick ett öppet kontor inom %2 km och %3 inom %4 km."))
                             .arg(people(broughtNear), nearText, p.number(static_cast<double>(broughtWithinReach)),
                                  reachText);
    else if (broughtNear > 0 || broughtWithinReach > 0)
        sentences << p.pick(QStringLiteral("%1 came within %2 km of an open office."),
                            QStringLiteral("%1 fick ett öppet kontor inom %2 km."))
                             .arg(people(std::max(broughtNear, broughtWithinReach)),
                                  broughtNear > 0 ? nearText : reachText);
    // The same comparison backwards: people within reach on `from` and out of it on `to`.
    const qint64 outOfReach = std::llround(calculator.compare(to, from, reachKm).peopleBroughtWithin);
    if (outOfReach > 0)
        sentences << agreeing(outOfReach,
                              p.pick(QStringLiteral("%1 no longer has an open office within %2 km."),
                                     QStringLiteral("%1 har inte längre något öppet kontor inom %2 km.")),
                              p.pick(QStringLiteral("%1 no longer have an open office within %2 km."),
                                     QStringLiteral("%1 har inte längre något öppet kontor inom %2 km.")))
                             .arg(people(outOfReach), reachText);

    // Where things stand, and the largest gaps.
    if (now.officesOpen > 0) {
        if (const CoverageBand *band = now.band(reachKm))
            sentences << p.pick(QStringLiteral("%1 of the population lives within %2 km of an open office."),
                                QStringLiteral("%1 av befolkningen bor inom %2 km från ett öppet kontor."))
                                 .arg(p.percent(band->share), reachText);
    }
    const std::vector<RegionSummary> withoutOffice = regionsAfter.faRegionsWithoutOffice();
    if (!regionsAfter.faRegions.empty() && withoutOffice.empty())
        sentences << p.pick(QStringLiteral("Every FA region has an open office."),
                            QStringLiteral("Alla FA-regioner har ett öppet kontor."));
    else if (!withoutOffice.empty())
        sentences << agreeing(static_cast<qint64>(withoutOffice.size()),
                              p.pick(QStringLiteral("%1 of %2 has no open office: %3."),
                                     QStringLiteral("%1 av %2 saknar öppet kontor: %3.")),
                              p.pick(QStringLiteral("%1 of %2 have no open office: %3."),
                                     QStringLiteral("%1 av %2 saknar öppet kontor: %3.")))
                             .arg(p.number(static_cast<double>(withoutOffice.size())),
                                  faRegions(static_cast<qint64>(regionsAfter.faRegions.size())),
                                  p.list(p.sorted(namesOf(withoutOffice))));
    if (now.officesOpen > 0) {
        // A municipality with an office of its own is no gap, however far its seat lies from that office.
        QStringList gaps;
        for (const MunicipalityCoverage &municipality : now.farthest(now.municipalitiesTotal())) {
            if (gaps.size() == gapsListed)
                break;
            if (!municipality.hasOffice)
                gaps << QStringLiteral("%1 (%2 km)").arg(municipality.name, p.number(municipality.seatDistanceKm));
        }
        if (!gaps.isEmpty())
            sentences << agreeing(gaps.size(),
                                  p.pick(QStringLiteral("Farthest from an open office is the municipal seat of %1."),
                                         QStringLiteral("Längst från ett öppet kontor ligger centralorten i %1.")),
                                  p.pick(QStringLiteral("Farthest from an open office are the municipal seats of %1."),
                                         QStringLiteral("Längst från ett öppet kontor ligger centralorterna i %1.")))
                                 .arg(p.list(gaps));
    }
    return sentences;
}

} // namespace sk
