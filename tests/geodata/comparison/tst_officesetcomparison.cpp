// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/comparison/comparisonmeasures.h"
#include "geodata/comparison/officesetcomparison.h"
#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/populationmodel.h"
#include "geodata/import/officeimporter.h"
#include "geodata/offices/rollout.h"
#include "geodata/reference/referencedata.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace sk;

namespace {

const QDate endOf2021(2021, 12, 31);
const QDate endOf2022(2022, 12, 31);
const QDate endOf2023(2023, 12, 31);

using Kind = OfficeDifferenceKind;
using Expected = std::map<QString, Kind>;

std::map<QString, Kind> kindsById(const OfficeSetComparison &comparison)
{
    std::map<QString, Kind> kinds;
    for (const OfficeDifference &difference : comparison.differences())
        kinds.emplace(difference.officeId, difference.kind);
    return kinds;
}

const OfficeDifference *differenceOf(const OfficeSetComparison &comparison, const QString &id)
{
    for (const OfficeDifference &difference : comparison.differences()) {
        if (difference.officeId == id)
            return &difference;
    }
    return nullptr;
}

bool isOpen(const Office &office, QDate date)
{
    return Rollout::stateAt(office, date).status == OfficeStatus::Open;
}

} // namespace

// On the shipped offices and reference tables: the official plan against itself at two dates, and against copies
// of it with known edits.
class TestOfficeSetComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void phase1ListsTheOfficesOpeningIn2022();
    void sameSideSameDateHasNoDifferences();
    void singleEdit_data();
    void singleEdit();
    void modifiedCopyListsExactlyTheEdits();
    void municipalitiesGainedAndLost();
    void measuresAgreeWithCoverageCalculatorCompare_data();
    void measuresAgreeWithCoverageCalculatorCompare();

private:
    ComparisonSide official(QDate date) const { return {QStringLiteral("Official plan"), m_official, date}; }
    ComparisonSide scenario(std::vector<Office> offices, QDate date) const
    {
        return {QStringLiteral("Scenario"), std::make_shared<const std::vector<Office>>(std::move(offices)), date};
    }
    // The first `count` offices open at `date`, each in a municipality of its own.
    std::vector<QString> openOffices(QDate date, int count) const;

    ReferenceData m_reference;
    std::shared_ptr<const std::vector<Office>> m_official;
};

void TestOfficeSetComparison::initTestCase()
{
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    OfficeLoadResult loaded = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    m_official = std::make_shared<const std::vector<Office>>(std::move(loaded.offices));
}

std::vector<QString> TestOfficeSetComparison::openOffices(QDate date, int count) const
{
    std::vector<QString> ids;
    QSet<QString> municipalities;
    for (const Office &office : *m_official) {
        if (int(ids.size()) < count && isOpen(office, date) && !municipalities.contains(office.municipalityCode)) {
            ids.push_back(office.id);
            municipalities.insert(office.municipalityCode);
        }
    }
    return ids;
}

void TestOfficeSetComparison::phase1ListsTheOfficesOpeningIn2022()
{
    Expected expected;
    for (const Office &office : *m_official) {
        const QDate opens = Rollout::openingWindow(office).second;
        const bool closedBy2023 = office.closed && office.closed->last() <= endOf2022;
        if (opens.isValid() && opens > endOf2021 && opens <= endOf2022 && !closedBy2023)
            expected.emplace(office.id, Kind::Opened);
    }
    // Most phase-1 offices are known only to 2022/2023, so few open for certain within 2022.
    QVERIFY(expected.size() >= 5);

    const OfficeSetComparison comparison(official(endOf2021), official(endOf2022));
    QCOMPARE(kindsById(comparison), expected);
    QCOMPARE(comparison.differingIds().size(), qsizetype(expected.size()));
    for (const OfficeDifference &difference : comparison.differences()) {
        QVERIFY(difference.inA && difference.inB);
        QVERIFY(!difference.movedMetres);
        QCOMPARE(difference.changedFields, OfficeDifference::Fields());
        QCOMPARE(difference.stateB.status, OfficeStatus::Open);
    }
    const Rollout rollout(*m_official);
    QCOMPARE(comparison.municipalitiesWithOfficeA(), rollout.countsAt(endOf2021).municipalitiesWithOffice);
    QCOMPARE(comparison.municipalitiesWithOfficeB(), rollout.countsAt(endOf2022).municipalitiesWithOffice);
    QVERIFY(comparison.municipalitiesLost().empty());
}

void TestOfficeSetComparison::sameSideSameDateHasNoDifferences()
{
    const OfficeSetComparison comparison(official(endOf2023), scenario(*m_official, endOf2023));
    QVERIFY(comparison.differences().empty());
    QVERIFY(comparison.municipalitiesGained().empty());
    QCOMPARE(comparison.municipalitiesWithOfficeA(), comparison.municipalitiesWithOfficeB());
}

enum class Edit { Remove, MoveNorth, Rename, PostponeToPhase2, AddOpen, AddPlannedLater };

void TestOfficeSetComparison::singleEdit_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<double>("metres");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("fields");

    const int none = 0;
    QTest::newRow("removed") << Edit::Remove << 0.0 << endOf2023 << true << Kind::OnlyInA << none;
    QTest::newRow("moved 5 km") << Edit::MoveNorth << 5000.0 << endOf2023 << true << Kind::Moved << none;
    QTest::newRow("moved 101 m") << Edit::MoveNorth << 101.0 << endOf2023 << true << Kind::Moved << none;
    QTest::newRow("moved 99 m is no move") << Edit::MoveNorth << 99.0 << endOf2023 << false << Kind::Moved << none;
    QTest::newRow("renamed") << Edit::Rename << 0.0 << endOf2023 << true << Kind::Changed
                             << int(OfficeDifference::Field::Name);
    QTest::newRow("postponed to phase 2") << Edit::PostponeToPhase2 << 0.0 << endOf2022 << true << Kind::Closed
                                          << int(OfficeDifference::Field::Phase);
    QTest::newRow("added, open") << Edit::AddOpen << 0.0 << endOf2023 << true << Kind::OnlyInB << none;
    // A planner's later-phase office is a difference before it opens: it is on the scenario's map as planned.
    QTest::newRow("added, planned") << Edit::AddPlannedLater << 0.0 << endOf2022 << true << Kind::OnlyInB << none;
    QTest::newRow("added, before any plan")
            << Edit::AddPlannedLater << 0.0 << QDate(2021, 3, 31) << false << Kind::OnlyInB << none;
}

void TestOfficeSetComparison::singleEdit()
{
    QFETCH(Edit, edit);
    QFETCH(double, metres);
    QFETCH(QDate, date);
    QFETCH(bool, listed);
    QFETCH(Kind, kind);
    QFETCH(int, fields);

    std::vector<Office> offices = *m_official;
    const QString target = openOffices(date, 1).front();
    auto office = std::find_if(offices.begin(), offices.end(), [&](const Office &o) { return o.id == target; });
    QString editedId = target;
    switch (edit) {
    case Edit::Remove:
        offices.erase(office);
        break;
    case Edit::MoveNorth:
        office->position.ry() += metres;
        break;
    case Edit::Rename:
        office->name += QStringLiteral(" (new premises)");
        break;
    case Edit::PostponeToPhase2:
        office->status2021 = Status2021::Planned;
        office->opened.reset();
        office->phase = 2;
        break;
    case Edit::AddOpen:
    case Edit::AddPlannedLater: {
        Office added = *office;
        added.id = QStringLiteral("scenario-new");
        if (edit == Edit::AddPlannedLater) {
            added.status2021 = Status2021::Planned;
            added.opened.reset();
            added.phase = 2;
        }
        offices.push_back(added);
        editedId = added.id;
        break;
    }
    }

    const OfficeSetComparison comparison(official(date), scenario(std::move(offices), date));
    const OfficeDifference *difference = differenceOf(comparison, editedId);
    QCOMPARE(difference != nullptr, listed);
    QCOMPARE(comparison.differences().size(), size_t(listed ? 1 : 0));
    if (!listed)
        return;
    QCOMPARE(difference->kind, kind);
    QCOMPARE(int(difference->changedFields), fields);
    QCOMPARE(difference->movedMetres.has_value(), kind == Kind::Moved);
    if (difference->movedMetres)
        QCOMPARE(*difference->movedMetres, metres);
}

void TestOfficeSetComparison::modifiedCopyListsExactlyTheEdits()
{
    const std::vector<QString> chosen = openOffices(endOf2023, 3);
    QCOMPARE(chosen.size(), size_t(3));
    std::vector<Office> offices;
    QPointF movedFrom;
    for (const Office &office : *m_official) {
        if (office.id == chosen[0] || office.id == chosen[1])
            continue;
        offices.push_back(office);
        if (office.id == chosen[2]) {
            movedFrom = office.position;
            offices.back().position += QPointF(3000, 4000);
        }
    }
    Office added = offices.front();
    added.id = QStringLiteral("scenario-new");
    added.name = QStringLiteral("Nytt kontor");
    offices.push_back(added);

    const OfficeSetComparison comparison(official(endOf2023), scenario(std::move(offices), endOf2023));
    const Expected expected{{chosen[0], Kind::OnlyInA},
                            {chosen[1], Kind::OnlyInA},
                            {chosen[2], Kind::Moved},
                            {QStringLiteral("scenario-new"), Kind::OnlyInB}};
    QCOMPARE(kindsById(comparison), expected);
    const OfficeDifference *moved = differenceOf(comparison, chosen[2]);
    QCOMPARE(*moved->movedMetres, 5000.0);
    QCOMPARE(moved->position, movedFrom + QPointF(3000, 4000));
    QCOMPARE(differenceOf(comparison, chosen[0])->stateB.status, OfficeStatus::NotYetKnown);
    QCOMPARE(differenceOf(comparison, QStringLiteral("scenario-new"))->name, QStringLiteral("Nytt kontor"));
}

void TestOfficeSetComparison::municipalitiesGainedAndLost()
{
    // A municipality with exactly one office, open at the end of 2023: without it, side B loses the municipality.
    std::map<QString, int> officesIn;
    for (const Office &office : *m_official)
        ++officesIn[office.municipalityCode];
    const auto lone = std::find_if(m_official->begin(), m_official->end(), [&](const Office &office) {
        return officesIn[office.municipalityCode] == 1 && isOpen(office, endOf2023);
    });
    QVERIFY(lone != m_official->end());
    std::vector<Office> without;
    std::copy_if(m_official->begin(), m_official->end(), std::back_inserter(without),
                 [&](const Office &office) { return office.id != lone->id; });

    const OfficeSetComparison lost(official(endOf2023), scenario(without, endOf2023));
    QCOMPARE(lost.municipalitiesLost(), (std::vector<MunicipalityName>{{lone->municipalityCode, lone->municipality}}));
    QVERIFY(lost.municipalitiesGained().empty());
    QCOMPARE(lost.municipalitiesWithOfficeB(), lost.municipalitiesWithOfficeA() - 1);

    const OfficeSetComparison gained(scenario(without, endOf2023), official(endOf2023));
    QCOMPARE(gained.municipalitiesGained(), lost.municipalitiesLost());
    QVERIFY(gained.municipalitiesLost().empty());
}

void TestOfficeSetComparison::measuresAgreeWithCoverageCalculatorCompare_data()
{
    QTest::addColumn<QDate>("before");
    QTest::addColumn<QDate>("after");
    QTest::newRow("phase 1") << endOf2021 << endOf2022;
    QTest::newRow("phase 2") << endOf2022 << endOf2023;
}

void TestOfficeSetComparison::measuresAgreeWithCoverageCalculatorCompare()
{
    QFETCH(QDate, before);
    QFETCH(QDate, after);
    const CoverageCalculator calculator(Rollout(*m_official), m_reference, PopulationModel::fromReference(m_reference));
    const CoverageComparison expected = calculator.compare(before, after);
    const ComparisonMeasures measures = ComparisonMeasures::compute(calculator, before, calculator, after);

    const std::vector<CoverageBand> deltas = measures.bandDeltas();
    QCOMPARE(deltas.size(), expected.bandDeltas.size());
    QCOMPARE(deltas.size(), CoverageCalculator::defaultBandsKm().size());
    for (size_t i = 0; i < deltas.size(); ++i) {
        QCOMPARE(deltas[i].km, expected.bandDeltas[i].km);
        QCOMPARE(deltas[i].people, expected.bandDeltas[i].people);
        QCOMPARE(deltas[i].share, expected.bandDeltas[i].share);
    }
    using MeasureKind = ComparisonMeasure::Kind;
    std::map<MeasureKind, ComparisonMeasure> single;
    int bandRows = 0;
    for (const ComparisonMeasure &measure : measures.measures()) {
        single[measure.kind] = measure;
        bandRows += measure.kind == MeasureKind::PeopleWithin || measure.kind == MeasureKind::ShareWithin;
    }
    QCOMPARE(bandRows, int(2 * deltas.size()));
    QCOMPARE(single[MeasureKind::OfficesOpen].a, double(expected.before.officesOpen));
    QCOMPARE(single[MeasureKind::OfficesOpen].change(),
             double(expected.after.officesOpen - expected.before.officesOpen));
    QVERIFY(single[MeasureKind::OfficesOpen].change() > 0);
    QCOMPARE(single[MeasureKind::MunicipalitiesWithOffice].change(),
             double(expected.firstOffices.size())); // the official plan never leaves a municipality
    QCOMPARE(single[MeasureKind::MedianDistance].a, expected.before.medianDistanceKm);
    QCOMPARE(single[MeasureKind::MedianDistance].b, expected.after.medianDistanceKm);
    QCOMPARE(single[MeasureKind::P90Distance].b, expected.after.p90DistanceKm);
    QVERIFY(single[MeasureKind::P90Distance].change() <= 0);

    // The office comparison counts municipalities the same way the calculator does.
    const OfficeSetComparison offices(official(before), official(after));
    QCOMPARE(offices.municipalitiesWithOfficeA(), expected.before.municipalitiesWithOffice);
    QCOMPARE(offices.municipalitiesWithOfficeB(), expected.after.municipalitiesWithOffice);
    QStringList gained, firstOffices;
    for (const MunicipalityName &municipality : offices.municipalitiesGained())
        gained << municipality.code;
    for (const MunicipalityCoverage &municipality : expected.firstOffices)
        firstOffices << municipality.code;
    firstOffices.sort();
    QCOMPARE(gained, firstOffices);
}

QTEST_GUILESS_MAIN(TestOfficeSetComparison)
#include "tst_officesetcomparison.moc"
