// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/briefing/briefingtext.h"
#include "geodata/import/officeimporter.h"

#include <QRegularExpression>
#include <QtTest>

using namespace sk;

Q_DECLARE_METATYPE(sk::Language)

namespace {

// The fixture's offices (tests/data/regions, see its README.md), or those named in `ids`; the offices in `late`
// open in March 2023 instead, after phase 1.
std::vector<Office> fixtureOffices(const QStringList &ids = {}, const QStringList &late = {})
{
    const OfficeLoadResult loaded
            = OfficeImporter::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/regions/offices.csv"));
    std::vector<Office> offices;
    for (Office office : loaded.offices) {
        if (late.contains(office.id))
            office.opened = PartialDate::parse(u"2023-03");
        if (ids.isEmpty() || ids.contains(office.id))
            offices.push_back(office);
    }
    return offices;
}

} // namespace

// Exact sentences on the fixture timeline in both languages, the plural edges, and every step of the shipped data
// checked for empty or untranslated text.
class TestBriefingText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void step_data();
    void step();
    void phase_data();
    void phase();
    void singular_data();
    void singular();
    void document();
    void undatedEvents_data();
    void undatedEvents();
    void shippedTextIsCompleteInBothLanguages();

private:
    ReferenceData m_reference;
    BriefingText m_fixture;
    Atlas m_shipped;
};

void TestBriefingText::initTestCase()
{
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/regions"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QCOMPARE(fixtureOffices().size(), size_t(6));
    m_fixture = BriefingText(Rollout(fixtureOffices()), m_reference);
    m_shipped = Atlas::loadEmbedded(&errors); // the base map may be missing; briefings do not need it
    QCOMPARE(m_shipped.reference().municipalityCount(), 290);
}

void TestBriefingText::step_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("sentences");

    const QDate quietFrom(2021, 6, 1);
    const QDate quietTo(2022, 4, 30);
    QTest::newRow("nothing happens, en")
            << quietFrom << quietTo << Language::English << "1 June 2021 – 30 April 2022"
            << QStringList{"No office opened.", "On 30 April 2022, 2–3 offices were open in 2–3 of 5 municipalities.",
                           "89.1% of the population lives within 20 km of an open office.",
                           "1 of 3 FA regions has no open office: Gammaland.",
                           "Farthest from an open office are the municipal seats of Gamma (223 km), Epsilon (105 km) "
                           "and Beta (11 km)."};
    QTest::newRow("nothing happens, sv")
            << quietFrom << quietTo << Language::Swedish << "1 juni 2021 – 30 april 2022"
            << QStringList{"Inget kontor öppnade.", "Den 30 april 2022 var 2–3 kontor öppna i 2–3 av 5 kommuner.",
                           "89,1\u00A0% av befolkningen bor inom 20 km från ett öppet kontor.",
                           "1 av 3 FA-regioner saknar öppet kontor: Gammaland.",
                           "Längst från ett öppet kontor ligger centralorterna i Gamma (223 km), Epsilon (105 km) "
                           "och Beta (11 km)."};

    const QDate gammaFrom(2022, 4, 30);
    const QDate gammaTo(2022, 5, 31);
    QTest::newRow("first office, en")
            << gammaFrom << gammaTo << Language::English << "30 April 2022 – 31 May 2022"
            << QStringList{
                       "1 office opened: Gamma.",
                       "On 31 May 2022, 3–4 offices were open in 3–4 of 5 municipalities.",
                       "1 municipality got its first office: Gamma.",
                       "1 FA region gained an office: Gammaland.",
                       "1,200 people came within 10 km of an open office, and 1,200 within 20 km.",
                       "95.0% of the population lives within 20 km of an open office.",
                       "Every FA region has an open office.",
                       "Farthest from an open office are the municipal seats of Epsilon (105 km) and Beta (11 km)."};
    QTest::newRow("first office, sv")
            << gammaFrom << gammaTo << Language::Swedish << "30 april 2022 – 31 maj 2022"
            << QStringList{"1 kontor öppnade: Gamma.",
                           "Den 31 maj 2022 var 3–4 kontor öppna i 3–4 av 5 kommuner.",
                           "1 kommun fick sitt första kontor: Gamma.",
                           "1 FA-region fick ett kontor: Gammaland.",
                           "1\u00A0200 invånare fick ett öppet kontor inom 10 km och 1\u00A0200 inom 20 km.",
                           "95,0\u00A0% av befolkningen bor inom 20 km från ett öppet kontor.",
                           "Alla FA-regioner har ett öppet kontor.",
                           "Längst från ett öppet kontor ligger centralorterna i Epsilon (105 km) och Beta (11 km)."};

    const QDate closingFrom(2023, 5, 31);
    const QDate closingTo(2023, 6, 30);
    QTest::newRow("last office closes, en")
            << closingFrom << closingTo << Language::English << "31 May 2023 – 30 June 2023"
            << QStringList{"No office opened.",
                           "1 office closed: Delta.",
                           "On 30 June 2023, 3 offices were open in 3 of 5 municipalities.",
                           "1 municipality lost its last office: Delta.",
                           "1 FA region lost its last office: Deltabygden.",
                           "3,000 people no longer have an open office within 20 km.",
                           "85.1% of the population lives within 20 km of an open office.",
                           "1 of 3 FA regions has no open office: Deltabygden.",
                           "Farthest from an open office are the municipal seats of Delta (105 km) and Beta (11 km)."};
    QTest::newRow("last office closes, sv")
            << closingFrom << closingTo << Language::Swedish << "31 maj 2023 – 30 juni 2023"
            << QStringList{"Inget kontor öppnade.",
                           "1 kontor stängde: Delta.",
                           "Den 30 juni 2023 var 3 kontor öppna i 3 av 5 kommuner.",
                           "1 kommun förlorade sitt sista kontor: Delta.",
                           "1 FA-region förlorade sitt sista kontor: Deltabygden.",
                           "3\u00A0000 invånare har inte längre något öppet kontor inom 20 km.",
                           "85,1\u00A0% av befolkningen bor inom 20 km från ett öppet kontor.",
                           "1 av 3 FA-regioner saknar öppet kontor: Deltabygden.",
                           "Längst från ett öppet kontor ligger centralorterna i Delta (105 km) och Beta (11 km)."};

    // Beta's people were within 20 km of Alfa torg already: only the 10 km figure changes.
    const QDate betaFrom(2023, 8, 31);
    const QDate betaTo(2023, 9, 30);
    QTest::newRow("nearer only, en")
            << betaFrom << betaTo << Language::English << "31 August 2023 – 30 September 2023"
            << QStringList{"1 office opened: Beta.",
                           "On 30 September 2023, 4 offices were open in 4 of 5 municipalities.",
                           "1 municipality got its first office: Beta.",
                           "5,000 people came within 10 km of an open office.",
                           "85.1% of the population lives within 20 km of an open office.",
                           "1 of 3 FA regions has no open office: Deltabygden.",
                           "Farthest from an open office is the municipal seat of Delta (105 km)."};
    QTest::newRow("nearer only, sv") << betaFrom << betaTo << Language::Swedish << "31 augusti 2023 – 30 september 2023"
                                     << QStringList{
                                                "1 kontor öppnade: Beta.",
                                                "Den 30 september 2023 var 4 kontor öppna i 4 av 5 kommuner.",
                                                "1 kommun fick sitt första kontor: Beta.",
                                                "5\u00A0000 invånare fick ett öppet kontor inom 10 km.",
                                                "85,1\u00A0% av befolkningen bor inom 20 km från ett öppet kontor.",
                                                "1 av 3 FA-regioner saknar öppet kontor: Deltabygden.",
                                                "Längst från ett öppet kontor ligger centralorten i Delta (105 km)."};

    const QDate againFrom(2023, 10, 31);
    const QDate againTo(2023, 11, 30);
    QTest::newRow("office again, en")
            << againFrom << againTo << Language::English << "31 October 2023 – 30 November 2023"
            << QStringList{"1 office opened: Delta nya.",
                           "On 30 November 2023, 5 offices were open in 5 of 5 municipalities.",
                           "1 municipality has an office again: Delta.",
                           "1 FA region gained an office: Deltabygden.",
                           "3,000 people came within 10 km of an open office, and 3,000 within 20 km.",
                           "100.0% of the population lives within 20 km of an open office.",
                           "Every FA region has an open office."};
    QTest::newRow("office again, sv")
            << againFrom << againTo << Language::Swedish << "31 oktober 2023 – 30 november 2023"
            << QStringList{"1 kontor öppnade: Delta nya.",
                           "Den 30 november 2023 var 5 kontor öppna i 5 av 5 kommuner.",
                           "1 kommun har ett kontor igen: Delta.",
                           "1 FA-region fick ett kontor: Deltabygden.",
                           "3\u00A0000 invånare fick ett öppet kontor inom 10 km och 3\u00A0000 inom 20 km.",
                           "100,0\u00A0% av befolkningen bor inom 20 km från ett öppet kontor.",
                           "Alla FA-regioner har ett öppet kontor."};
}

void TestBriefingText::step()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(Language, language);
    QFETCH(QString, title);
    QFETCH(QStringList, sentences);
    const Briefing briefing = m_fixture.forStep(from, to, language);
    QCOMPARE(briefing.title, title);
    QCOMPARE(briefing.sentences, sentences);
}

void TestBriefingText::phase_data()
{
    QTest::addColumn<int>("phase");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("sentences");
    QTest::newRow("phase 1, en")
            << 1 << Language::English << "Phase 1 (2022)"
            << QStringList{"2 offices were planned for phase 1; all of them had opened by 31 December 2022.",
                           "Of their openings, 1 is dated to a month or a day and 1 is known only to a year or two.",
                           "2 offices opened: Epsilon and Gamma.",
                           "On 31 December 2022, 4 offices were open in 4 of 5 municipalities.",
                           "2 municipalities got their first office: Epsilon and Gamma.",
                           "1 FA region gained an office: Gammaland.",
                           "2,200 people came within 10 km of an open office, and 2,200 within 20 km.",
                           "100.0% of the population lives within 20 km of an open office.",
                           "Every FA region has an open office.",
                           "Farthest from an open office is the municipal seat of Beta (11 km)."};
    QTest::newRow("phase 1, sv")
            << 1 << Language::Swedish << "Fas 1 (2022)"
            << QStringList{"2 kontor planerades för fas 1; alla hade öppnat den 31 december 2022.",
                           "Av öppningarna är 1 daterad till månad eller dag och 1 känd bara till ett eller två år.",
                           "2 kontor öppnade: Epsilon och Gamma.",
                           "Den 31 december 2022 var 4 kontor öppna i 4 av 5 kommuner.",
                           "2 kommuner fick sitt första kontor: Epsilon och Gamma.",
                           "1 FA-region fick ett kontor: Gammaland.",
                           "2\u00A0200 invånare fick ett öppet kontor inom 10 km och 2\u00A0200 inom 20 km.",
                           "100,0\u00A0% av befolkningen bor inom 20 km från ett öppet kontor.",
                           "Alla FA-regioner har ett öppet kontor.",
                           "Längst från ett öppet kontor ligger centralorten i Beta (11 km)."};
    // Delta closes and Delta nya opens within the phase: from end to end, Delta keeps an office.
    QTest::newRow("phase 2, en")
            << 2 << Language::English << "Phase 2 (2023)"
            << QStringList{"2 offices were planned for phase 2; all of them had opened by 31 December 2023.",
                           "All their openings are dated to a month or a day.",
                           "2 offices opened: Beta and Delta nya.",
                           "1 office closed: Delta.",
                           "On 31 December 2023, 5 offices were open in 5 of 5 municipalities.",
                           "1 municipality got its first office: Beta.",
                           "5,000 people came within 10 km of an open office.",
                           "100.0% of the population lives within 20 km of an open office.",
                           "Every FA region has an open office."};
    QTest::newRow("phase 2, sv") << 2 << Language::Swedish << "Fas 2 (2023)"
                                 << QStringList{"2 kontor planerades för fas 2; alla hade öppnat den 31 december 2023.",
                                                "Alla öppningar är daterade till månad eller dag.",
                                                "2 kontor öppnade: Beta och Delta nya.",
                                                "1 kontor stängde: Delta.",
                                                "Den 31 december 2023 var 5 kontor öppna i 5 av 5 kommuner.",
                                                "1 kommun fick sitt första kontor: Beta.",
                                                "5\u00A0000 invånare fick ett öppet kontor inom 10 km.",
                                                "100,0\u00A0% av befolkningen bor inom 20 km från ett öppet kontor.",
                                                "Alla FA-regioner har ett öppet kontor."};
}

void TestBriefingText::phase()
{
    QFETCH(int, phase);
    QFETCH(Language, language);
    QFETCH(QString, title);
    QFETCH(QStringList, sentences);
    const Briefing briefing = m_fixture.forPhase(phase, language);
    QCOMPARE(briefing.title, title);
    QCOMPARE(briefing.sentences, sentences);
}

// The plural edges the fixture timeline does not reach: one office open, none open, one or two planned in a phase.
void TestBriefingText::singular_data()
{
    QTest::addColumn<QStringList>("offices");
    QTest::addColumn<QStringList>("late");
    QTest::addColumn<int>("phase"); // 0: the step from 1 June 2021 to 30 April 2022
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("sentence");
    const QStringList onTime;
    QTest::newRow("1 office open, en") << QStringList{"alfa"} << onTime << 0 << Language::English
                                       << "On 30 April 2022, 1 office was open in 1 of 5 municipalities.";
    QTest::newRow("1 office open, sv") << QStringList{"alfa"} << onTime << 0 << Language::Swedish
                                       << "Den 30 april 2022 var 1 kontor öppet i 1 av 5 kommuner.";
    QTest::newRow("no office open, en") << QStringList{"gamma"} << onTime << 0 << Language::English
                                        << "On 30 April 2022, no office was open.";
    QTest::newRow("no office open, sv") << QStringList{"gamma"} << onTime << 0 << Language::Swedish
                                        << "Den 30 april 2022 var inget kontor öppet.";
    QTest::newRow("all FA regions without, en") << QStringList{"gamma"} << onTime << 0 << Language::English
                                                << "3 of 3 FA regions have no open office: Alfa, Deltabygden and "
                                                   "Gammaland.";
    QTest::newRow("all FA regions without, sv") << QStringList{"gamma"} << onTime << 0 << Language::Swedish
                                                << "3 av 3 FA-regioner saknar öppet kontor: Alfa, Deltabygden och "
                                                   "Gammaland.";
    QTest::newRow("1 planned, opened, en") << QStringList{"gamma"} << onTime << 1 << Language::English
                                           << "1 office was planned for phase 1; it had opened by 31 December 2022.";
    QTest::newRow("1 planned, opened, sv") << QStringList{"gamma"} << onTime << 1 << Language::Swedish
                                           << "1 kontor planerades för fas 1; det hade öppnat den 31 december 2022.";
    QTest::newRow("1 planned, late, en") << QStringList{"gamma"} << QStringList{"gamma"} << 1 << Language::English
                                         << "1 office was planned for phase 1; it had not opened by 31 December 2022.";
    QTest::newRow("1 planned, late, sv") << QStringList{"gamma"} << QStringList{"gamma"} << 1 << Language::Swedish
                                         << "1 kontor planerades för fas 1; det hade inte öppnat den 31 december 2022.";
    QTest::newRow("2 planned, 1 late, en") << QStringList{} << QStringList{"gamma"} << 1 << Language::English
                                           << "2 offices were planned for phase 1; 1 of them had opened by 31 December "
                                              "2022.";
    QTest::newRow("2 planned, 1 late, sv") << QStringList{} << QStringList{"gamma"} << 1 << Language::Swedish
                                           << "2 kontor planerades för fas 1; 1 av dem hade öppnat den 31 december "
                                              "2022.";
    QTest::newRow("2 planned, both late, en")
            << QStringList{} << QStringList{"gamma", "epsilon"} << 1 << Language::English
            << "2 offices were planned for phase 1; none of them had opened by 31 "
               "December 2022.";
    QTest::newRow("2 planned, both late, sv")
            << QStringList{} << QStringList{"gamma", "epsilon"} << 1 << Language::Swedish
            << "2 kontor planerades för fas 1; inget av dem hade öppnat den 31 "
               "december 2022.";
}

void TestBriefingText::singular()
{
    QFETCH(QStringList, offices);
    QFETCH(QStringList, late);
    QFETCH(int, phase);
    QFETCH(Language, language);
    QFETCH(QString, sentence);
    const BriefingText text(Rollout(fixtureOffices(offices, late)), m_reference);
    const Briefing briefing = phase > 0 ? text.forPhase(phase, language)
                                        : text.forStep(QDate(2021, 6, 1), QDate(2022, 4, 30), language);
    QVERIFY2(briefing.sentences.contains(sentence), qPrintable(briefing.sentences.join('\n')));
}

void TestBriefingText::document()
{
    const QString markdown
            = m_fixture.document(QDate(2021, 6, 1), QDate(2024, 6, 30), TimelineSteps::Step::Phase, Language::English);
    QVERIFY(markdown.startsWith(QStringLiteral("# Briefing 1 June 2021 – 30 June 2024\n\n")));
    const QStringList headings = markdown.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^## ")));
    // Phase steps run from boundary to boundary: the first section reaches back to the range's start.
    QCOMPARE(headings, (QStringList{"## Phase 1 (2022)", "## Phase 2 (2023)", "## 31 December 2023 – 30 June 2024"}));
    QVERIFY(markdown.contains(m_fixture.forPhase(1, Language::English).markdown()));

    // The shipped data's whole story: the baseline, both phases, the openings after them and the closures.
    const BriefingText shipped(m_shipped);
    const Rollout &rollout = m_shipped.rollout();
    const QString story
            = shipped.document(rollout.firstDate(), rollout.lastDate(), TimelineSteps::Step::Phase, Language::English);
    QCOMPARE(story.split(QLatin1Char('\n')).filter(QRegularExpression(QStringLiteral("^## "))),
             (QStringList{"## Baseline (25 May 2021)", "## Phase 1 (2022)", "## Phase 2 (2023)",
                          "## After the phases (2024)", "## Closures (2025–2026)"}));
    QCOMPARE(shipped.phaseStepTitle(QDate(2020, 3, 1), Language::English), QStringLiteral("Baseline (25 May 2021)"));
    QCOMPARE(shipped.phaseStepTitle(QDate(2023, 6, 30), Language::Swedish), QStringLiteral("Fas 2 (2023)"));
    QCOMPARE(shipped.phaseStepTitle(QDate(2024, 12, 31), Language::English), QStringLiteral("After the phases (2024)"));
    QCOMPARE(shipped.phaseStepTitle(QDate(2026, 6, 30), Language::English), QStringLiteral("Closures (2025–2026)"));
    QCOMPARE(shipped.phaseStepTitle(QDate(2026, 6, 30), Language::Swedish),
             QStringLiteral("Nedläggningar (2025–2026)"));
    // A month step is never titled as a phase, even when it ends on a phase boundary.
    QCOMPARE(shipped.forRange(QDate(2022, 11, 30), QDate(2022, 12, 31), Language::English).title,
             QStringLiteral("30 November 2022 – 31 December 2022"));
    QCOMPARE(shipped.forRange(QDate(2021, 5, 25), QDate(2022, 12, 31), Language::English).title,
             QStringLiteral("Phase 1 (2022)"));

    const QString months
            = m_fixture.document(QDate(2022, 4, 30), QDate(2022, 6, 30), TimelineSteps::Step::Month, Language::Swedish);
    QVERIFY(months.startsWith(QStringLiteral("# Lägesbild 30 april 2022 – 30 juni 2022\n\n")));
    QVERIFY(months.contains(QStringLiteral("## 30 april 2022 – 31 maj 2022\n\n- 1 kontor öppnade: Gamma.\n")));
    QVERIFY(months.contains(QStringLiteral("## 31 maj 2022 – 30 juni 2022\n\n- Inget kontor öppnade.\n")));

    const QString oneDay
            = m_fixture.document(QDate(2022, 5, 31), QDate(2022, 5, 31), TimelineSteps::Step::Month, Language::English);
    QVERIFY(oneDay.contains(QStringLiteral("## 31 May 2022 – 31 May 2022\n\n- No office opened.\n")));
}

// An opening or closing the data knows only to an interval is told once, in the step where the interval ends, with
// the interval, never as an event of that step.
void TestBriefingText::undatedEvents_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("opened");
    QTest::addColumn<QString>("closed");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("told");
    QTest::addColumn<QString>("notTold");

    const QDate november2023(2023, 11, 30), december2023(2023, 12, 31);
    QTest::newRow("year, December step, en") << "gamma"
                                             << "2023"
                                             << "" << november2023 << december2023 << Language::English
                                             << "1 office opened during 2023 (month not known): Gamma."
                                             << "1 office opened: Gamma.";
    QTest::newRow("year, December step, sv") << "gamma"
                                             << "2023"
                                             << "" << november2023 << december2023 << Language::Swedish
                                             << "1 kontor öppnade under 2023 (månaden okänd): Gamma."
                                             << "Inget kontor öppnade.";
    QTest::newRow("year, the year's step, en") << "gamma"
                                               << "2023"
                                               << "" << QDate(2022, 12, 31) << december2023 << Language::English
                                               << "3 offices opened: Beta, Delta nya and Gamma."
                                               << "month not known";
    QTest::newRow("two years, en") << "gamma"
                                   << "2022/2023"
                                   << "" << november2023 << december2023 << Language::English
                                   << "1 office opened during 2022 or 2023 (month not known): Gamma."
                                   << "No office opened.";
    QTest::newRow("two years, sv") << "gamma"
                                   << "2022/2023"
                                   << "" << november2023 << december2023 << Language::Swedish
                                   << "1 kontor öppnade under 2022 eller 2023 (månaden okänd): Gamma."
                                   << "Inget kontor öppnade.";
    QTest::newRow("two years, not before the interval ends")
            << "gamma"
            << "2022/2023"
            << "" << QDate(2022, 11, 30) << QDate(2022, 12, 31) << Language::English
            << "1 office opened during 2022 (month not known): Epsilon."
            << "Gamma.";
    QTest::newRow("months, closing, en") << "delta"
                                         << ""
                                         << "2023-01/2023-06" << QDate(2023, 5, 31) << QDate(2023, 6, 30)
                                         << Language::English
                                         << "1 office closed between January and June 2023 (month not known): Delta."
                                         << "1 office closed: Delta.";
    QTest::newRow("months, closing, sv") << "delta"
                                         << ""
                                         << "2023-01/2023-06" << QDate(2023, 5, 31) << QDate(2023, 6, 30)
                                         << Language::Swedish
                                         << "1 kontor stängde mellan januari och juni 2023 (månaden okänd): Delta."
                                         << "1 kontor stängde: Delta.";
}

void TestBriefingText::undatedEvents()
{
    QFETCH(QString, id);
    QFETCH(QString, opened);
    QFETCH(QString, closed);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(Language, language);
    QFETCH(QString, told);
    QFETCH(QString, notTold);

    std::vector<Office> offices = fixtureOffices();
    for (Office &office : offices) {
        if (office.id != id)
            continue;
        if (!opened.isEmpty())
            office.opened = PartialDate::parse(opened);
        if (!closed.isEmpty())
            office.closed = PartialDate::parse(closed);
    }
    const Briefing briefing = BriefingText(Rollout(offices), m_reference).forStep(from, to, language);
    const QString text = briefing.sentences.join('\n');
    QVERIFY2(briefing.sentences.contains(told), qPrintable(text));
    QVERIFY2(!text.contains(notTold), qPrintable(text));
}

// Every month and phase of the shipped timeline in both languages: as many sentences in each, none empty, each a
// sentence, no template placeholder left, and once the data's names are taken out no word of the other language.
void TestBriefingText::shippedTextIsCompleteInBothLanguages()
{
    const BriefingText text(m_shipped);
    const Rollout &rollout = m_shipped.rollout();
    QStringList names;
    for (const Office &office : rollout.offices())
        names << office.name;
    for (const Municipality &municipality : m_shipped.reference().municipalities())
        names << municipality.name << municipality.faRegionName;
    // Longest first, so that "Malmö-Lund" goes before "Malmö".
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });

    static const QRegularExpression english(QStringLiteral("\\b(office|offices|opened|closed|municipalit\\w*|people|"
                                                           "person|within|regions|population|and|more)\\b"));
    static const QRegularExpression swedish(QStringLiteral("\\b(kontor|öppnade|stängde|kommun|kommuner|invånare|"
                                                           "inom|befolkningen|och|till|saknar|fick)\\b"));
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));

    std::vector<std::pair<Briefing, Briefing>> pairs;
    const std::vector<QDate> dates = TimelineSteps::dates(rollout.firstDate(), rollout.lastDate(),
                                                          TimelineSteps::Step::Month, rollout.phaseBoundaries());
    QVERIFY(dates.size() > 60);
    for (size_t i = 0; i + 1 < dates.size(); ++i)
        pairs.emplace_back(text.forStep(dates[i], dates[i + 1], Language::Swedish),
                           text.forStep(dates[i], dates[i + 1], Language::English));
    for (const PhaseBand &band : rollout.phaseBands())
        pairs.emplace_back(text.forPhase(band.phase, Language::Swedish), text.forPhase(band.phase, Language::English));
    QDate stepFrom = rollout.firstDate();
    for (QDate stepTo : rollout.phaseBoundaries()) {
        pairs.emplace_back(text.forPhaseStep(stepFrom, stepTo, Language::Swedish),
                           text.forPhaseStep(stepFrom, stepTo, Language::English));
        stepFrom = stepTo;
    }

    for (const auto &[sv, en] : pairs) {
        QCOMPARE(sv.sentences.size(), en.sentences.size());
        for (const auto &[briefing, foreign] : {std::pair{&sv, &english}, std::pair{&en, &swedish}}) {
            QVERIFY(!briefing->title.isEmpty());
            for (const QString &sentence : briefing->sentences) {
                QVERIFY2(sentence.size() > 10 && sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
                QVERIFY2(sentence.front().isUpper() || sentence.front().isDigit(), qPrintable(sentence));
                QVERIFY2(!sentence.contains(placeholder), qPrintable(sentence));
                QString withoutNames = sentence;
                for (const QString &name : names)
                    withoutNames.remove(name);
                QVERIFY2(!withoutNames.contains(*foreign), qPrintable(sentence));
            }
        }
    }
    // Swedish and English digit grouping on the same figure.
    const Briefing phase1sv = text.forPhase(1, Language::Swedish);
    const Briefing phase1en = text.forPhase(1, Language::English);
    QVERIFY(phase1sv.sentences.join(' ').contains(QStringLiteral("57\u00A0973 inom 20 km")));
    QVERIFY(phase1en.sentences.join(' ').contains(QStringLiteral("57,973 within 20 km")));
}

QTEST_GUILESS_MAIN(TestBriefingText)
#include "tst_briefingtext.moc"
