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

// An opening or closing the data dates no closer than an interval that reaches back to or past a step's start.
struct UndatedEvent
{
    DateInterval interval;
    QStringList names;
};

void addUndated(std::vector<UndatedEvent> &events, const DateInterval &interval, const QString &name)
{
    const auto it = std::find_if(events.begin(), events.end(),
                                 [&](const UndatedEvent &event) { return event.interval == interval; });
    if (it == events.end())
        events.push_back({interval, {name}});
    else
        it->names << name;
}

// An opening dated to a month or closer.
bool isDated(const DateInterval &window)
{
    return window.first.isValid() && window.last.isValid() && window.first.daysTo(window.last) < 31;
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

Briefing BriefingText::forPhase(int phase, Language language, QDate from) const
{
    const BriefingPhrases phrases(language);
    const PhaseBand band = Rollout::phaseBand(phase);
    Briefing briefing;
    briefing.title = phrases.pick(QStringLiteral("Phase %1 (%2)"), QStringLiteral("Fas %1 (%2)"))
                             .arg(QString::number(phase), QString::number(band.start.year()));
    briefing.sentences << phaseSentences(phase, phrases);
    briefing.sentences << stepSentences(from.isValid() ? from : band.start.addDays(-1), band.end, phrases);
    return briefing;
}

QString BriefingText::stepTitle(QDate from, QDate to, const BriefingPhrases &p) const
{
    const Rollout &rollout = m_regions.calculator().rollout();
    if (to == Rollout::orderDate())
        return p.pick(QStringLiteral("Baseline (%1)"), QStringLiteral("Utgångsläge (%1)")).arg(p.date(to));
    const std::vector<PhaseBand> bands = rollout.phaseBands();
    for (const PhaseBand &band : bands) {
        if (band.end == to)
            return p.pick(QStringLiteral("Phase %1 (%2)"), QStringLiteral("Fas %1 (%2)"))
                    .arg(QString::number(band.phase), QString::number(band.start.year()));
    }
    const QString years = from.addDays(1).year() == to.year()
            ? QString::number(to.year())
            : QStringLiteral("%1–%2").arg(from.addDays(1).year()).arg(to.year());
    const std::vector<Office> &offices = rollout.offices();
    const bool closures = std::any_of(offices.begin(), offices.end(), [&](const Office &office) {
        if (!office.closed)
            return false;
        const QDate closing = office.closed->last().isValid() ? office.closed->last() : office.closed->first();
        return closing > from && closing <= to;
    });
    if (closures)
        return p.pick(QStringLiteral("Closures (%1)"), QStringLiteral("Nedläggningar (%1)")).arg(years);
    if (!bands.empty() && from >= bands.back().end)
        return p.pick(QStringLiteral("After the phases (%1)"), QStringLiteral("Efter faserna (%1)")).arg(years);
    return QStringLiteral("%1 – %2").arg(p.date(from), p.date(to));
}

Briefing BriefingText::forPhaseStep(QDate from, QDate to, Language language) const
{
    const Rollout &rollout = m_regions.calculator().rollout();
    const std::vector<QDate> boundaries = rollout.phaseBoundaries();
    if (std::find(boundaries.begin(), boundaries.end(), to) == boundaries.end())
        return forStep(from, to, language);
    for (const PhaseBand &band : rollout.phaseBands()) {
        if (band.end == to)
            return forPhase(band.phase, language, from);
    }
    const BriefingPhrases phrases(language);
    return {stepTitle(from, to, phrases), stepSentences(from, to, phrases)};
}

Briefing BriefingText::forRange(QDate from, QDate to, Language language) const
{
    const Rollout &rollout = m_regions.calculator().rollout();
    const std::vector<QDate> boundaries = rollout.phaseBoundaries();
    const bool isPhaseStep = std::find(boundaries.begin(), boundaries.end(), to) != boundaries.end()
            && TimelineSteps::previous(boundaries, to, rollout.firstDate()) == from;
    return isPhaseStep ? forPhaseStep(from, to, language) : forStep(from, to, language);
}

QString BriefingText::phaseStepTitle(QDate date, Language language) const
{
    const Rollout &rollout = m_regions.calculator().rollout();
    const std::vector<QDate> boundaries = rollout.phaseBoundaries();
    const QDate to = TimelineSteps::next(boundaries, date.addDays(-1), std::max(date, rollout.lastDate()));
    const QDate from = TimelineSteps::previous(boundaries, to, rollout.firstDate());
    return stepTitle(from, to, BriefingPhrases(language));
}

QString BriefingText::document(QDate from, QDate to, TimelineSteps::Step step, Language language) const
{
    const BriefingPhrases phrases(language);
    const Rollout &rollout = m_regions.calculator().rollout();
    QString text = QStringLiteral("# ")
            + phrases.pick(QStringLiteral("Briefing %1 – %2"), QStringLiteral("Lägesbild %1 – %2"))
                      .arg(phrases.date(from), phrases.date(to))
            + QStringLiteral("\n\n");
    std::vector<QDate> dates = TimelineSteps::dates(from, to, step, rollout.phaseBoundaries());
    if (dates.size() == 1)
        dates.push_back(dates.front());
    for (size_t i = 0; i + 1 < dates.size(); ++i) {
        const Briefing section = step == TimelineSteps::Step::Phase ? forPhaseStep(dates[i], dates[i + 1], language)
                                                                    : forStep(dates[i], dates[i + 1], language);
        text += section.markdown(2) + QLatin1Char('\n');
    }
    return text;
}

QStringList BriefingText::phaseSentences(int phase, const BriefingPhrases &p) const
{
    const PhaseBand band = Rollout::phaseBand(phase);
    int planned = 0;
    int opened = 0;
    int pending = 0;
    int dated = 0;
    for (const Office &office : m_regions.calculator().rollout().offices()) {
        if (office.phase != phase)
            continue;
        ++planned;
        const OfficeState state = Rollout::stateAt(office, band.end);
        if (state.status == OfficeStatus::Open)
            ++opened;
        else if (state.pendingOpening)
            ++pending;
        const auto [first, last] = Rollout::openingWindow(office);
        if (isDated(DateInterval{first, last}))
            ++dated;
    }
    if (planned == 0)
        return {};
    const QString end = p.date(band.end);
    const QString phaseNumber = QString::number(phase);
    QStringList sentences;
    if (pending > 0) {
        sentences << p.pick(QStringLiteral("%1 planned for phase %2; by %3, %4 of them had opened for certain and "
                                           "%5 more may have."),
                            QStringLiteral("%1 planerades för fas %2; den %3 hade %4 av dem säkert öppnat och "
                                           "ytterligare %5 kan ha gjort det."))
                             .arg(p.count(planned, p.pick(QStringLiteral("office was"), QStringLiteral("kontor")),
                                          p.pick(QStringLiteral("offices were"), QStringLiteral("kontor"))),
                                  phaseNumber, end, p.number(opened), p.number(pending));
    } else if (planned == 1) {
        sentences << (opened == 1
                              ? p.pick(QStringLiteral("1 office was planned for phase %1; it had opened by %2."),
                                       QStringLiteral("1 kontor planerades för fas %1; det hade öppnat den %2."))
                              : p.pick(QStringLiteral("1 office was planned for phase %1; it had not opened by %2."),
                                       QStringLiteral("1 kontor planerades för fas %1; det hade inte öppnat den "
                                                      "%2.")))
                             .arg(phaseNumber, end);
    } else {
        const QString plannedText = p.number(planned);
        if (opened == planned)
            sentences << p.pick(QStringLiteral("%1 offices were planned for phase %2; all of them had opened by %3."),
                                QStringLiteral("%1 kontor planerades för fas %2; alla hade öppnat den %3."))
                                 .arg(plannedText, phaseNumber, end);
        else if (opened == 0)
            sentences << p.pick(QStringLiteral("%1 offices were planned for phase %2; none of them had opened by %3."),
                                QStringLiteral("%1 kontor planerades för fas %2; inget av dem hade öppnat den %3."))
                                 .arg(plannedText, phaseNumber, end);
        else
            sentences << p.pick(QStringLiteral("%1 offices were planned for phase %2; %3 of them had opened by %4."),
                                QStringLiteral("%1 kontor planerades för fas %2; %3 av dem hade öppnat den %4."))
                                 .arg(plannedText, phaseNumber, p.number(opened), end);
    }
    const int undated = planned - dated;
    if (undated == 0)
        sentences << (planned == 1 ? p.pick(QStringLiteral("Its opening is dated to a month or a day."),
                                            QStringLiteral("Öppningen är daterad till månad eller dag."))
                                   : p.pick(QStringLiteral("All their openings are dated to a month or a day."),
                                            QStringLiteral("Alla öppningar är daterade till månad eller dag.")));
    else if (dated == 0)
        sentences << (planned == 1 ? p.pick(QStringLiteral("Its opening is known only to a year or two."),
                                            QStringLiteral("Öppningen är känd bara till ett eller två år."))
                                   : p.pick(QStringLiteral("Their openings are known only to a year or two."),
                                            QStringLiteral("Öppningarna är kända bara till ett eller två år.")));
    else
        sentences << p.pick(QStringLiteral("Of their openings, %1 dated to a month or a day and %2 known only to a "
                                           "year or two."),
                            QStringLiteral("Av öppningarna är %1 till månad eller dag och %2 bara till ett eller två "
                                           "år."))
                             .arg(p.pick(dated == 1 ? QStringLiteral("%1 is") : QStringLiteral("%1 are"),
                                         dated == 1 ? QStringLiteral("%1 daterad") : QStringLiteral("%1 daterade"))
                                          .arg(p.number(dated)),
                                  p.pick(undated == 1 ? QStringLiteral("%1 is") : QStringLiteral("%1 are"),
                                         undated == 1 ? QStringLiteral("%1 känd") : QStringLiteral("%1 kända"))
                                          .arg(p.number(undated)));
    return sentences;
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

    // Offices: dated within the step, or told with the interval that reaches back past the step's start.
    QStringList opened;
    QStringList closed;
    std::vector<UndatedEvent> undatedOpenings;
    std::vector<UndatedEvent> undatedClosings;
    for (const Office &office : calculator.rollout().offices()) {
        const bool openBefore = Rollout::stateAt(office, from).status == OfficeStatus::Open;
        const bool openAfter = Rollout::stateAt(office, to).status == OfficeStatus::Open;
        if (!openBefore && openAfter) {
            const auto [first, last] = Rollout::openingWindow(office);
            if (first.isValid() && first > from)
                opened << office.name;
            else
                addUndated(undatedOpenings, DateInterval{first, last}, office.name);
        } else if (openBefore && !openAfter) {
            const DateInterval interval = office.closed ? office.closed->interval() : DateInterval{to, to};
            if (interval.first.isValid() && interval.first > from)
                closed << office.name;
            else
                addUndated(undatedClosings, interval, office.name);
        }
    }
    if (!opened.isEmpty())
        sentences << p.pick(QStringLiteral("%1 opened: %2."), QStringLiteral("%1 öppnade: %2."))
                             .arg(offices(opened.size()), p.list(p.sorted(opened)));
    else if (undatedOpenings.empty())
        sentences << p.pick(QStringLiteral("No office opened."), QStringLiteral("Inget kontor öppnade."));
    for (const UndatedEvent &event : undatedOpenings)
        sentences << p.pick(QStringLiteral("%1 opened %2 %3: %4."), QStringLiteral("%1 öppnade %2 %3: %4."))
                             .arg(offices(event.names.size()), p.span(event.interval), p.unknownPart(event.interval),
                                  p.list(p.sorted(event.names)));
    if (!closed.isEmpty())
        sentences << p.pick(QStringLiteral("%1 closed: %2."), QStringLiteral("%1 stängde: %2."))
                             .arg(offices(closed.size()), p.list(p.sorted(closed)));
    for (const UndatedEvent &event : undatedClosings)
        sentences << p.pick(QStringLiteral("%1 closed %2 %3: %4."), QStringLiteral("%1 stängde %2 %3: %4."))
                             .arg(offices(event.names.size()), p.span(event.interval), p.unknownPart(event.interval),
                                  p.list(p.sorted(event.names)));

    const CoverageComparison near = calculator.compare(from, to, nearKm);
    const CoverageComparison reach = calculator.compare(from, to, reachKm);
    const CoverageResult &now = reach.after;
    const QString date = p.date(to);
    const StatusCounts counts = calculator.rollout().countsAt(to);
    if (counts.openMax() == 0)
        sentences << p.pick(QStringLiteral("On %1, no office was open."),
                            QStringLiteral("Den %1 var inget kontor öppet."))
                             .arg(date);
    else if (counts.isRange())
        // Where the data leaves openings or closings undated: what is certain, then what may be.
        sentences << p.pick(QStringLiteral("On %1, %2 offices were open in %3 of %4."),
                            QStringLiteral("Den %1 var %2 kontor öppna i %3 av %4."))
                             .arg(date, p.range(counts.open(), counts.openMax()),
                                  p.range(counts.municipalitiesWithOffice, counts.municipalitiesWithOfficeMax),
                                  municipalities(now.municipalitiesTotal()));
    else
        sentences << agreeing(counts.open(),
                              p.pick(QStringLiteral("On %1, %2 was open in %3 of %4."),
                                     QStringLiteral("Den %1 var %2 öppet i %3 av %4.")),
                              p.pick(QStringLiteral("On %1, %2 were open in %3 of %4."),
                                     QStringLiteral("Den %1 var %2 öppna i %3 av %4.")))
                             .arg(date, offices(counts.open()), p.number(counts.municipalitiesWithOffice),
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
