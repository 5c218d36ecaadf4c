// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/import/officeimporter.h"
#include "geodata/offices/rollout.h"

#include <QtTest>

using namespace sk;

Q_DECLARE_METATYPE(sk::OfficeStatus)

namespace {

const Office *findOffice(const Rollout &rollout, const QString &id)
{
    for (const Office &office : rollout.offices()) {
        if (office.id == id)
            return &office;
    }
    return nullptr;
}

Rollout loadRollout(const QString &path)
{
    const OfficeLoadResult result = OfficeImporter::load(path);
    if (!result.ok())
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(result.errors.join(QLatin1Char('\n'))));
    return Rollout(result.offices);
}

// One row per state expectation: office, date, status and the pending intervals (invalid dates when none).
void addStateColumns()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<OfficeStatus>("status");
    QTest::addColumn<QDate>("openingFirst");
    QTest::addColumn<QDate>("openingLast");
    QTest::addColumn<QDate>("closingFirst");
    QTest::addColumn<QDate>("closingLast");
}

void addState(const char *tag, const char *id, QDate date, OfficeStatus status, QDate openingFirst = {},
              QDate openingLast = {}, QDate closingFirst = {}, QDate closingLast = {})
{
    QTest::newRow(tag) << QString::fromLatin1(id) << date << status << openingFirst << openingLast << closingFirst
                       << closingLast;
}

void checkState(const Rollout &rollout)
{
    QFETCH(QString, id);
    QFETCH(QDate, date);
    QFETCH(OfficeStatus, status);
    QFETCH(QDate, openingFirst);
    QFETCH(QDate, openingLast);
    QFETCH(QDate, closingFirst);
    QFETCH(QDate, closingLast);

    const Office *office = findOffice(rollout, id);
    QVERIFY2(office, qPrintable(id));
    const OfficeState state = Rollout::stateAt(*office, date);
    QCOMPARE(officeStatusKey(state.status), officeStatusKey(status));
    QCOMPARE(state.isShown(), status != OfficeStatus::NotYetKnown);

    QCOMPARE(state.pendingOpening.has_value(), openingFirst.isValid());
    if (state.pendingOpening) {
        QCOMPARE(state.pendingOpening->first, openingFirst);
        QCOMPARE(state.pendingOpening->last, openingLast);
        QVERIFY(state.pendingOpening->contains(date));
    }
    QCOMPARE(state.pendingClosing.has_value(), closingFirst.isValid());
    if (state.pendingClosing) {
        QCOMPARE(state.pendingClosing->first, closingFirst);
        QCOMPARE(state.pendingClosing->last, closingLast);
        QVERIFY(state.pendingClosing->contains(date));
    }
    QCOMPARE(state.isUncertain(), openingFirst.isValid() || closingFirst.isValid());
}

} // namespace

class TestRollout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void constants();
    void shippedCounts_data();
    void shippedCounts();
    void shippedStates_data();
    void shippedStates();
    void shippedTimeline();

    void fixtureStates_data();
    void fixtureStates();
    void fixtureCounts_data();
    void fixtureCounts();
    void fixtureTimeline();
    void openingWindow_data();
    void openingWindow();
    void lastDate();
    void countIgnoresOfficesNotShown();
    void intervalStates_data();
    void intervalStates();
    void countsAsRanges();

private:
    Rollout m_shipped;
    Rollout m_fixture;
};

void TestRollout::initTestCase()
{
    m_shipped = loadRollout(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    m_fixture = loadRollout(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/offices/rollout.csv"));
    QCOMPARE(m_shipped.offices().size(), size_t(147));
    QCOMPARE(m_fixture.offices().size(), size_t(11));
}

void TestRollout::constants()
{
    QCOMPARE(Rollout::takeoverDate(), QDate(2019, 6, 1));
    QCOMPARE(Rollout::orderDate(), QDate(2021, 5, 25));
    const PhaseBand band = Rollout::phaseBand(3);
    QCOMPARE(band.phase, 3);
    QCOMPARE(band.start, QDate(2024, 1, 1));
    QCOMPARE(band.end, QDate(2024, 12, 31));
    QCOMPARE(officeStatusKey(OfficeStatus::PlannedPhase1), QStringLiteral("planned_phase1"));
    QCOMPARE(officeStatusKey(OfficeStatus::NotYetKnown), QStringLiteral("not_yet_known"));
}

void TestRollout::shippedCounts_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("open"); // certain
    QTest::addColumn<int>("openMax");
    QTest::addColumn<int>("establishing");
    QTest::addColumn<int>("phase1");
    QTest::addColumn<int>("phase2");
    QTest::addColumn<int>("closed");
    QTest::addColumn<int>("notYetKnown");
    QTest::addColumn<int>("municipalities");
    QTest::addColumn<int>("municipalitiesMax");
    QTest::addColumn<int>("openingPending");
    QTest::addColumn<int>("closingPending");

    // From the rules in rollout.h and offices.csv. Phase offices without a known date open within 2022/2023
    // (phase 1) or 2023/2024 (phase 2); Eslöv and Trelleborg close within 2025/2026, Piteå in January–May 2025.
    QTest::newRow("takeover") << QDate(2019, 6, 1) << 110 << 110 << 0 << 0 << 0 << 0 << 37 << 103 << 103 << 0 << 0;
    QTest::newRow("2019-06-30") << QDate(2019, 6, 30) << 110 << 110 << 0 << 0 << 0 << 0 << 37 << 103 << 103 << 0 << 0;
    QTest::newRow("June 2020 openings pending")
            << QDate(2020, 6, 15) << 111 << 115 << 4 << 0 << 0 << 0 << 32 << 104 << 108 << 4 << 0;
    QTest::newRow("day before the order")
            << QDate(2021, 5, 24) << 115 << 115 << 0 << 0 << 0 << 0 << 32 << 108 << 108 << 0 << 0;
    QTest::newRow("order day") << QDate(2021, 5, 25) << 115 << 115 << 4 << 14 << 14 << 0 << 0 << 108 << 108 << 0 << 0;
    QTest::newRow("mid phase 1") << QDate(2022, 6, 30) << 117 << 130 << 3 << 13 << 14 << 0 << 0 << 110 << 116 << 13
                                 << 0;
    QTest::newRow("end of phase 1") << QDate(2022, 12, 31) << 123 << 131 << 0 << 10 << 14 << 0 << 0 << 112 << 116 << 8
                                    << 0;
    QTest::newRow("mid phase 2") << QDate(2023, 6, 30) << 126 << 145 << 0 << 8 << 13 << 0 << 0 << 113 << 124 << 19 << 0;
    QTest::newRow("end of phase 2") << QDate(2023, 12, 31) << 134 << 145 << 0 << 0 << 13 << 0 << 0 << 117 << 124 << 11
                                    << 0;
    QTest::newRow("mid 2024") << QDate(2024, 6, 30) << 135 << 147 << 0 << 0 << 12 << 0 << 0 << 118 << 126 << 12 << 0;
    QTest::newRow("end of 2024") << QDate(2024, 12, 31) << 147 << 147 << 0 << 0 << 0 << 0 << 0 << 126 << 126 << 0 << 0;
    QTest::newRow("closures of 30 May 2025")
            << QDate(2025, 5, 30) << 136 << 139 << 0 << 0 << 0 << 8 << 0 << 116 << 119 << 0 << 3;
    QTest::newRow("end of 2025") << QDate(2025, 12, 31) << 133 << 135 << 0 << 0 << 0 << 12 << 0 << 114 << 116 << 0 << 2;
    QTest::newRow("last date") << QDate(2026, 12, 31) << 132 << 132 << 0 << 0 << 0 << 15 << 0 << 113 << 113 << 0 << 0;
}

void TestRollout::shippedCounts()
{
    QFETCH(QDate, date);
    QFETCH(int, open);
    QFETCH(int, openMax);
    QFETCH(int, establishing);
    QFETCH(int, phase1);
    QFETCH(int, phase2);
    QFETCH(int, closed);
    QFETCH(int, notYetKnown);
    QFETCH(int, municipalities);
    QFETCH(int, municipalitiesMax);
    QFETCH(int, openingPending);
    QFETCH(int, closingPending);

    const StatusCounts counts = m_shipped.countsAt(date);
    QCOMPARE(counts.open(), open);
    QCOMPARE(counts.openMax(), openMax);
    QCOMPARE(counts.isRange(), open != openMax);
    // Open offices whose closing is pending are shown as open, but not counted as certain.
    QCOMPARE(counts.count(OfficeStatus::Open), open + closingPending);
    QCOMPARE(counts.count(OfficeStatus::Establishing), establishing);
    QCOMPARE(counts.count(OfficeStatus::PlannedPhase1), phase1);
    QCOMPARE(counts.count(OfficeStatus::PlannedPhase2), phase2);
    QCOMPARE(counts.count(OfficeStatus::PlannedLater), 0);
    QCOMPARE(counts.count(OfficeStatus::Closed), closed);
    QCOMPARE(counts.count(OfficeStatus::NotYetKnown), notYetKnown);
    QCOMPARE(counts.municipalitiesWithOffice, municipalities);
    QCOMPARE(counts.municipalitiesWithOfficeMax, municipalitiesMax);
    QCOMPARE(counts.openingPending, openingPending);
    QCOMPARE(counts.closingPending, closingPending);
}

void TestRollout::shippedStates_data()
{
    addStateColumns();
    using S = OfficeStatus;
    const QDate y2022a(2022, 1, 1), y2022b(2022, 12, 31);

    addState("Laholm, day before opening", "laholm", QDate(2022, 5, 30), S::PlannedPhase1);
    addState("Laholm, opening day", "laholm", QDate(2022, 5, 31), S::Open);
    addState("Laholm, before the order", "laholm", QDate(2021, 5, 24), S::NotYetKnown);
    addState("Laholm, at the order", "laholm", QDate(2021, 5, 25), S::PlannedPhase1);
    addState("phase 1 without date, 2021", "finspang", QDate(2021, 12, 31), S::PlannedPhase1);
    // Phase 1 offices without a known date open within 2022/2023, phase 2 ones within 2023/2024.
    const QDate y2023b(2023, 12, 31);
    addState("phase 1 in 2022/2023, 1 Jan 2022", "finspang", y2022a, S::PlannedPhase1, y2022a, y2023b);
    addState("phase 1 in 2022/2023, mid 2022", "finspang", QDate(2022, 6, 15), S::PlannedPhase1, y2022a, y2023b);
    addState("phase 1 in 2022/2023, 31 Dec 2022", "finspang", y2022b, S::PlannedPhase1, y2022a, y2023b);
    addState("phase 1 in 2022/2023, 30 Dec 2023", "finspang", QDate(2023, 12, 30), S::PlannedPhase1, y2022a, y2023b);
    addState("phase 1 in 2022/2023, 31 Dec 2023", "finspang", y2023b, S::Open);
    addState("Mobilia, end of 2022", "malmo-mobilia", y2022b, S::PlannedPhase1);
    addState("Mobilia, January 2023", "malmo-mobilia", QDate(2023, 1, 10), S::PlannedPhase1, QDate(2023, 1, 1),
             QDate(2023, 1, 31));
    addState("Mobilia, 31 January 2023", "malmo-mobilia", QDate(2023, 1, 31), S::Open);
    addState("Nordmaling, during 2024", "nordmaling", QDate(2024, 6, 30), S::PlannedPhase2, QDate(2024, 1, 1),
             QDate(2024, 12, 31));
    addState("Nordmaling, end of 2024", "nordmaling", QDate(2024, 12, 31), S::Open);
    addState("Boden, end of phase 1", "boden", y2022b, S::PlannedPhase1);
    addState("Boden, January 2023", "boden", QDate(2023, 1, 15), S::PlannedPhase1);
    addState("Boden, June 2023", "boden", QDate(2023, 6, 15), S::PlannedPhase1, QDate(2023, 6, 1), QDate(2023, 6, 30));
    addState("Boden, 30 June 2023", "boden", QDate(2023, 6, 30), S::Open);
    addState("Råslätt, day before", "jonkoping-raslatt", QDate(2023, 5, 21), S::PlannedPhase2);
    addState("Råslätt, opening day", "jonkoping-raslatt", QDate(2023, 5, 22), S::Open);
    addState("phase 2 in 2023/2024, 2023", "askersund", QDate(2023, 3, 1), S::PlannedPhase2, QDate(2023, 1, 1),
             QDate(2024, 12, 31));
    addState("phase 2 without date, 2022", "askersund", QDate(2022, 3, 1), S::PlannedPhase2);
    addState("establishing without date, order day", "odenplan", QDate(2021, 5, 25), S::Establishing);
    addState("establishing without date, after order", "odenplan", QDate(2021, 5, 26), S::Establishing,
             QDate(2021, 5, 26), y2022b);
    addState("establishing without date, before order", "odenplan", QDate(2021, 5, 24), S::NotYetKnown);
    addState("establishing without date, end of phase 1", "odenplan", y2022b, S::Open);
    addState("establishing 2021, end of 2021", "ulricehamn", QDate(2021, 12, 31), S::Open);
    addState("Torsby before opening", "torsby", QDate(2019, 6, 30), S::NotYetKnown);
    addState("Torsby opening month", "torsby", QDate(2020, 6, 15), S::Establishing, QDate(2020, 6, 1),
             QDate(2020, 6, 30));
    addState("Torsby opened", "torsby", QDate(2020, 6, 30), S::Open);
    addState("open since before takeover", "kista", QDate(2019, 6, 1), S::Open);
    addState("Arvika, day before closing", "arvika", QDate(2025, 5, 29), S::Open);
    addState("Arvika, closing day", "arvika", QDate(2025, 5, 30), S::Closed);
    addState("Brandbergen, end of 2025", "brandbergen", QDate(2025, 12, 31), S::Open);
    addState("Brandbergen, 1 Jan 2026", "brandbergen", QDate(2026, 1, 1), S::Open, {}, {}, QDate(2026, 1, 1),
             QDate(2026, 12, 31));
    addState("Brandbergen, 30 Dec 2026", "brandbergen", QDate(2026, 12, 30), S::Open, {}, {}, QDate(2026, 1, 1),
             QDate(2026, 12, 31));
    addState("Brandbergen, 31 Dec 2026", "brandbergen", QDate(2026, 12, 31), S::Closed);
    addState("Norrköping city, January 2025", "norrkoping-city", QDate(2025, 1, 15), S::Open, {}, {}, QDate(2025, 1, 1),
             QDate(2025, 1, 31));
    addState("Norrköping city, 31 Jan 2025", "norrkoping-city", QDate(2025, 1, 31), S::Closed);
    addState("Filipstad, end of phase 1", "filipstad", y2022b, S::PlannedPhase1, y2022a, y2023b);
    addState("Filipstad, opened by the end of 2023", "filipstad", y2023b, S::Open);
    addState("Piteå, spring 2025", "pitea", QDate(2025, 3, 1), S::Open, {}, {}, QDate(2025, 1, 1), QDate(2025, 5, 31));
    addState("Piteå, 31 May 2025", "pitea", QDate(2025, 5, 31), S::Closed);
    addState("Eslöv, 2025", "eslov", QDate(2025, 6, 1), S::Open, {}, {}, QDate(2025, 1, 1), QDate(2026, 12, 31));
    addState("Eslöv, end of 2024", "eslov", QDate(2024, 12, 31), S::Open);
    addState("Filipstad, closed", "filipstad", QDate(2025, 5, 30), S::Closed);
}

void TestRollout::shippedStates()
{
    checkState(m_shipped);
}

void TestRollout::shippedTimeline()
{
    QCOMPARE(m_shipped.firstDate(), QDate(2019, 6, 1));
    QCOMPARE(m_shipped.lastDate(), QDate(2026, 12, 31));

    const std::vector<PhaseBand> bands = m_shipped.phaseBands();
    QCOMPARE(bands.size(), size_t(2));
    QCOMPARE(bands[0].phase, 1);
    QCOMPARE(bands[0].start, QDate(2022, 1, 1));
    QCOMPARE(bands[0].end, QDate(2022, 12, 31));
    QCOMPARE(bands[1].phase, 2);
    QCOMPARE(bands[1].start, QDate(2023, 1, 1));
    QCOMPARE(bands[1].end, QDate(2023, 12, 31));

    const std::vector<QDate> boundaries = m_shipped.phaseBoundaries();
    // The baseline, phase 1, phase 2, the year the last phase-2 offices may open in, and the closures.
    QCOMPARE(boundaries,
             (std::vector<QDate>{QDate(2021, 5, 25), QDate(2022, 12, 31), QDate(2023, 12, 31), QDate(2024, 12, 31),
                                 QDate(2026, 12, 31)}));
    QCOMPARE(m_shipped.statesAt(QDate(2022, 1, 1)).size(), m_shipped.offices().size());
}

void TestRollout::fixtureStates_data()
{
    addStateColumns();
    using S = OfficeStatus;

    addState("old open office at takeover", "old-open", QDate(2019, 6, 1), S::Open);
    addState("opened 2020-06, May 2020", "open-2020", QDate(2020, 5, 31), S::NotYetKnown);
    addState("opened 2020-06, 1 June", "open-2020", QDate(2020, 6, 1), S::Establishing, QDate(2020, 6, 1),
             QDate(2020, 6, 30));
    addState("opened 2020-06, 30 June", "open-2020", QDate(2020, 6, 30), S::Open);
    // Open on 25 May 2021 with opening "2021": the interval ends on the order day, not on 31 December.
    addState("open in 2021, 2020", "open-2021", QDate(2020, 12, 31), S::NotYetKnown);
    addState("open in 2021, spring", "open-2021", QDate(2021, 3, 1), S::Establishing, QDate(2021, 1, 1),
             QDate(2021, 5, 25));
    addState("open in 2021, order day", "open-2021", QDate(2021, 5, 25), S::Open);
    addState("establishing, before order", "estab-nodate", QDate(2021, 5, 24), S::NotYetKnown);
    addState("establishing, order day", "estab-nodate", QDate(2021, 5, 25), S::Establishing);
    addState("establishing, after order", "estab-nodate", QDate(2021, 5, 26), S::Establishing, QDate(2021, 5, 26),
             QDate(2022, 12, 31));
    addState("establishing, 30 Dec 2022", "estab-nodate", QDate(2022, 12, 30), S::Establishing, QDate(2021, 5, 26),
             QDate(2022, 12, 31));
    addState("establishing, end of phase 1", "estab-nodate", QDate(2022, 12, 31), S::Open);
    addState("establishing 2021, order day", "estab-2021", QDate(2021, 5, 25), S::Establishing);
    addState("establishing 2021, June", "estab-2021", QDate(2021, 6, 1), S::Establishing, QDate(2021, 5, 26),
             QDate(2021, 12, 31));
    addState("establishing 2021, end of year", "estab-2021", QDate(2021, 12, 31), S::Open);
    addState("phase 1, before order", "p1-nodate", QDate(2021, 5, 24), S::NotYetKnown);
    addState("phase 1, order day", "p1-nodate", QDate(2021, 5, 25), S::PlannedPhase1);
    addState("phase 1, end of 2021", "p1-nodate", QDate(2021, 12, 31), S::PlannedPhase1);
    addState("phase 1, 2022", "p1-nodate", QDate(2022, 1, 1), S::PlannedPhase1, QDate(2022, 1, 1), QDate(2022, 12, 31));
    addState("phase 1, end of 2022", "p1-nodate", QDate(2022, 12, 31), S::Open);
    addState("phase 1 day, day before", "p1-day", QDate(2022, 5, 30), S::PlannedPhase1);
    addState("phase 1 day, opening day", "p1-day", QDate(2022, 5, 31), S::Open);
    addState("phase 2 month, before", "p2-month", QDate(2023, 5, 31), S::PlannedPhase2);
    addState("phase 2 month, inside", "p2-month", QDate(2023, 6, 1), S::PlannedPhase2, QDate(2023, 6, 1),
             QDate(2023, 6, 30));
    addState("phase 2 month, last day", "p2-month", QDate(2023, 6, 30), S::Open);
    addState("phase 3, order day", "p3-nodate", QDate(2021, 5, 25), S::PlannedLater);
    addState("phase 3, 2024", "p3-nodate", QDate(2024, 1, 1), S::PlannedLater, QDate(2024, 1, 1), QDate(2024, 12, 31));
    addState("phase 3, end of 2024", "p3-nodate", QDate(2024, 12, 31), S::Open);
    addState("closes 2026, at takeover", "closes-2026", QDate(2019, 6, 1), S::Open);
    addState("closes 2026, end of 2025", "closes-2026", QDate(2025, 12, 31), S::Open);
    addState("closes 2026, during 2026", "closes-2026", QDate(2026, 7, 1), S::Open, {}, {}, QDate(2026, 1, 1),
             QDate(2026, 12, 31));
    addState("closes 2026, last day", "closes-2026", QDate(2026, 12, 31), S::Closed);
    addState("closes 2026, after", "closes-2026", QDate(2027, 6, 1), S::Closed);
    addState("closed on a day, day before", "closed-day", QDate(2025, 5, 29), S::Open);
    addState("closed on a day, that day", "closed-day", QDate(2025, 5, 30), S::Closed);
}

void TestRollout::fixtureStates()
{
    checkState(m_fixture);
}

void TestRollout::fixtureCounts_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QList<int>>("byStatus"); // in OfficeStatus order, NotYetKnown last
    QTest::addColumn<int>("municipalities");
    QTest::addColumn<int>("openingPending");

    QTest::newRow("takeover") << QDate(2019, 6, 1) << QList<int>{3, 0, 0, 0, 0, 0, 8} << 2 << 0;
    QTest::newRow("June 2020") << QDate(2020, 6, 15) << QList<int>{3, 1, 0, 0, 0, 0, 7} << 2 << 1;
    QTest::newRow("order day") << QDate(2021, 5, 25) << QList<int>{5, 2, 2, 1, 1, 0, 0} << 4 << 0;
    QTest::newRow("mid 2022") << QDate(2022, 7, 1) << QList<int>{7, 1, 1, 1, 1, 0, 0} << 6 << 2;
    QTest::newRow("end of 2024") << QDate(2024, 12, 31) << QList<int>{11, 0, 0, 0, 0, 0, 0} << 10 << 0;
    QTest::newRow("mid 2026") << QDate(2026, 7, 1) << QList<int>{10, 0, 0, 0, 0, 1, 0} << 9 << 0;
    QTest::newRow("end of 2026") << QDate(2026, 12, 31) << QList<int>{9, 0, 0, 0, 0, 2, 0} << 9 << 0;
}

void TestRollout::fixtureCounts()
{
    QFETCH(QDate, date);
    QFETCH(QList<int>, byStatus);
    QFETCH(int, municipalities);
    QFETCH(int, openingPending);

    const StatusCounts counts = m_fixture.countsAt(date);
    QCOMPARE(QList<int>(counts.byStatus.begin(), counts.byStatus.end()), byStatus);
    QCOMPARE(counts.municipalitiesWithOffice, municipalities);
    QCOMPARE(counts.openingPending, openingPending);
}

void TestRollout::fixtureTimeline()
{
    QCOMPARE(m_fixture.lastDate(), QDate(2026, 12, 31));
    const std::vector<PhaseBand> bands = m_fixture.phaseBands();
    QCOMPARE(bands.size(), size_t(3));
    QCOMPARE(bands[2].phase, 3);
    QCOMPARE(bands[2].start, QDate(2024, 1, 1));
    QCOMPARE(m_fixture.phaseBoundaries(),
             (std::vector<QDate>{QDate(2021, 5, 25), QDate(2022, 12, 31), QDate(2023, 12, 31), QDate(2024, 12, 31),
                                 QDate(2026, 12, 31)}));
}

void TestRollout::openingWindow_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("open before the timeline") << "old-open" << QDate() << QDate();
    QTest::newRow("open, month") << "open-2020" << QDate(2020, 6, 1) << QDate(2020, 6, 30);
    QTest::newRow("open, year clipped at the order") << "open-2021" << QDate(2021, 1, 1) << QDate(2021, 5, 25);
    QTest::newRow("open 2018") << "closes-2026" << QDate(2018, 1, 1) << QDate(2018, 12, 31);
    QTest::newRow("establishing without date") << "estab-nodate" << QDate(2021, 5, 26) << QDate(2022, 12, 31);
    QTest::newRow("establishing 2021") << "estab-2021" << QDate(2021, 5, 26) << QDate(2021, 12, 31);
    QTest::newRow("phase 1 without date") << "p1-nodate" << QDate(2022, 1, 1) << QDate(2022, 12, 31);
    QTest::newRow("phase 1, day") << "p1-day" << QDate(2022, 5, 31) << QDate(2022, 5, 31);
    QTest::newRow("phase 2, month") << "p2-month" << QDate(2023, 6, 1) << QDate(2023, 6, 30);
    QTest::newRow("phase 3 without date") << "p3-nodate" << QDate(2024, 1, 1) << QDate(2024, 12, 31);
}

void TestRollout::openingWindow()
{
    QFETCH(QString, id);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const Office *office = findOffice(m_fixture, id);
    QVERIFY(office);
    const auto [windowFirst, windowLast] = Rollout::openingWindow(*office);
    QCOMPARE(windowFirst, first);
    QCOMPARE(windowLast, last);
}

void TestRollout::lastDate()
{
    // Never before the end of phase 2; otherwise the latest date the data mentions.
    QCOMPARE(Rollout().lastDate(), QDate(2023, 12, 31));
    QCOMPARE(Rollout().phaseBands().size(), size_t(0));
    QVERIFY(Rollout().phaseBoundaries().empty());

    Office phase3;
    phase3.id = QStringLiteral("p3");
    phase3.municipalityCode = QStringLiteral("0980");
    phase3.status2021 = Status2021::Planned;
    phase3.phase = 3;
    QCOMPARE(Rollout({phase3}).lastDate(), QDate(2024, 12, 31));

    Office closing = phase3;
    closing.status2021 = Status2021::Open;
    closing.phase = 0;
    closing.closed = PartialDate::parse(u"2027-03");
    QCOMPARE(Rollout({phase3, closing}).lastDate(), QDate(2027, 3, 31));
}

void TestRollout::countIgnoresOfficesNotShown()
{
    Office a;
    a.municipalityCode = QStringLiteral("0180");
    Office b = a;
    Office c;
    c.municipalityCode = QStringLiteral("1280");
    OfficeState open;
    open.status = OfficeStatus::Open;
    OfficeState establishing;
    establishing.status = OfficeStatus::Establishing;
    establishing.pendingOpening = DateInterval{QDate(2022, 1, 1), QDate(2022, 12, 31)};

    // Two open offices in one municipality count once; a municipality with an office not yet open does not count.
    const StatusCounts counts = Rollout::count({a, b, c}, {open, open, establishing});
    QCOMPARE(counts.open(), 2);
    QCOMPARE(counts.count(OfficeStatus::Establishing), 1);
    QCOMPARE(counts.municipalitiesWithOffice, 1);
    QCOMPARE(counts.openingPending, 1);
}

namespace {

Office officeWith(const char *id, const char *municipality, Status2021 status, int phase, const char *opened,
                  const char *closed)
{
    Office office;
    office.id = QString::fromLatin1(id);
    office.municipalityCode = QString::fromLatin1(municipality);
    office.status2021 = status;
    office.phase = phase;
    if (*opened)
        office.opened = PartialDate::parse(QString::fromLatin1(opened));
    if (*closed)
        office.closed = PartialDate::parse(QString::fromLatin1(closed));
    return office;
}

// Offices with every kind of interval the parser reads, in three municipalities.
Rollout intervalFixture()
{
    return Rollout({officeWith("base", "0180", Status2021::Open, 0, "", ""),
                    officeWith("two-years", "0180", Status2021::Planned, 1, "2022/2023", ""),
                    officeWith("open-end", "1280", Status2021::Planned, 2, "2023-05/..", ""),
                    officeWith("open-start", "1280", Status2021::Open, 0, "../2020-06", ""),
                    officeWith("spring-closing", "2584", Status2021::Open, 0, "", "2025-21"),
                    officeWith("closes-maybe", "2584", Status2021::Open, 0, "", "2025/..")});
}

} // namespace

void TestRollout::intervalStates_data()
{
    addStateColumns();
    using S = OfficeStatus;
    const QDate y2022(2022, 1, 1), end2023(2023, 12, 31);
    addState("two years, before", "two-years", QDate(2021, 12, 31), S::PlannedPhase1);
    addState("two years, first day", "two-years", y2022, S::PlannedPhase1, y2022, end2023);
    addState("two years, inside", "two-years", QDate(2023, 2, 1), S::PlannedPhase1, y2022, end2023);
    addState("two years, last day", "two-years", end2023, S::Open);
    addState("two years, after", "two-years", QDate(2024, 2, 1), S::Open);
    // An open end never becomes certain.
    addState("open end, before", "open-end", QDate(2023, 4, 30), S::PlannedPhase2);
    addState("open end, inside", "open-end", QDate(2023, 5, 1), S::PlannedPhase2, QDate(2023, 5, 1), QDate());
    addState("open end, years later", "open-end", QDate(2030, 1, 1), S::PlannedPhase2, QDate(2023, 5, 1), QDate());
    // An open start reaches back to the takeover: pending until the end of June 2020.
    addState("open start, inside", "open-start", QDate(2020, 1, 1), S::Establishing, QDate(2019, 6, 1),
             QDate(2020, 6, 30));
    addState("open start, last day", "open-start", QDate(2020, 6, 30), S::Open);
    addState("spring closing, before", "spring-closing", QDate(2025, 2, 28), S::Open);
    addState("spring closing, inside", "spring-closing", QDate(2025, 4, 1), S::Open, {}, {}, QDate(2025, 3, 1),
             QDate(2025, 5, 31));
    addState("spring closing, last day", "spring-closing", QDate(2025, 5, 31), S::Closed);
    addState("open-ended closing, years later", "closes-maybe", QDate(2030, 1, 1), S::Open, {}, {}, QDate(2025, 1, 1),
             QDate());
}

void TestRollout::intervalStates()
{
    checkState(intervalFixture());
}

void TestRollout::countsAsRanges()
{
    const Rollout rollout = intervalFixture();
    // 2020-01-01: base open; open-start pending; two closers open. Certain 3, at most 4, municipality 1280 maybe.
    StatusCounts counts = rollout.countsAt(QDate(2020, 1, 1));
    QCOMPARE(counts.open(), 3);
    QCOMPARE(counts.openMax(), 4);
    QCOMPARE(counts.municipalitiesWithOffice, 2);
    QCOMPARE(counts.municipalitiesWithOfficeMax, 3);
    QVERIFY(counts.isRange());
    // 2024-06-30: two-years open; open-end pending; nothing closing yet.
    counts = rollout.countsAt(QDate(2024, 6, 30));
    QCOMPARE(counts.open(), 5);
    QCOMPARE(counts.openMax(), 6);
    QCOMPARE(counts.openingPending, 1);
    QCOMPARE(counts.closingPending, 0);
    // 2025-04-01: both closers pending, 2584 may have lost both its offices.
    counts = rollout.countsAt(QDate(2025, 4, 1));
    QCOMPARE(counts.closingPending, 2);
    QCOMPARE(counts.open(), 3);
    QCOMPARE(counts.openMax(), 6);
    QCOMPARE(counts.municipalitiesWithOffice, 2);
    QCOMPARE(counts.municipalitiesWithOfficeMax, 3);
    // An open end does not stretch the timeline.
    QCOMPARE(rollout.lastDate(), QDate(2025, 5, 31));
}

QTEST_GUILESS_MAIN(TestRollout)
#include "tst_rollout.moc"
