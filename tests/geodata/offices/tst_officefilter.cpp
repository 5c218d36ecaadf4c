// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/offices/officefilter.h"

#include <QTest>

using namespace sk;

// The office filter on the shipped data: terms from the command line, what it lets through and what it counts.
class TestOfficeFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void badTerms_data();
    void badTerms();
    void countyKeepsOnlyItsOffices();
    void criteriaCombine();
    void description_data();
    void description();

private:
    Atlas m_atlas;
};

void TestOfficeFilter::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestOfficeFilter::parse_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<OfficeFilter>("expected");
    OfficeFilter county;
    county.countyCodes = {QStringLiteral("25")};
    QTest::newRow("county") << QStringList{"county=25"} << county;
    QTest::newRow("county without leading zero") << QStringList{"county=1"} << [] {
        OfficeFilter f;
        f.countyCodes = {QStringLiteral("01")};
        return f;
    }();
    OfficeFilter statuses;
    statuses.statuses = {OfficeStatus::Open, OfficeStatus::Closed};
    QTest::newRow("statuses") << QStringList{"status=open,closed"} << statuses;
    OfficeFilter planned;
    planned.statuses = {OfficeStatus::PlannedPhase1, OfficeStatus::PlannedPhase2, OfficeStatus::PlannedLater};
    QTest::newRow("planned means every planned status") << QStringList{"status=planned"} << planned;
    OfficeFilter combined = county;
    combined.phases = {1, 2};
    combined.vulnerableArea = false;
    combined.verified = true;
    QTest::newRow("combined") << QStringList{"county=25", "phase=1,2", "vulnerable=no", "verified=yes"} << combined;
    QTest::newRow("nothing") << QStringList{} << OfficeFilter{};
}

void TestOfficeFilter::parse()
{
    QFETCH(QStringList, terms);
    QFETCH(OfficeFilter, expected);
    QString error;
    const std::optional<OfficeFilter> filter = OfficeFilter::parse(terms, m_atlas.reference(), &error);
    QVERIFY2(filter, qPrintable(error));
    QVERIFY(*filter == expected);
    QCOMPARE(filter->isActive(), !terms.isEmpty());
}

void TestOfficeFilter::badTerms_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<QString>("message");
    QTest::newRow("no equals") << "county"
                               << "--filter 'county' is not KEY=VALUE";
    QTest::newRow("unknown key") << "colour=red"
                                 << "unknown key 'colour'";
    QTest::newRow("unknown county") << "county=99"
                                    << "'99' is not a county code";
    QTest::newRow("unknown status") << "status=open,shut"
                                    << "'shut' is not a status";
    QTest::newRow("phase words") << "phase=first"
                                 << "'first' is not a phase number";
    QTest::newRow("vulnerable maybe") << "vulnerable=maybe"
                                      << "'maybe' is not yes or no";
    QTest::newRow("empty value") << "verified="
                                 << "is not KEY=VALUE";
}

void TestOfficeFilter::badTerms()
{
    QFETCH(QString, term);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!OfficeFilter::parse({term}, m_atlas.reference(), &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestOfficeFilter::countyKeepsOnlyItsOffices()
{
    const QDate date(2023, 12, 31);
    OfficeFilter filter;
    filter.countyCodes = {QStringLiteral("25")};
    const std::vector<Office> &offices = m_atlas.rollout().offices();
    const std::vector<OfficeState> all = m_atlas.rollout().statesAt(date);
    const std::vector<OfficeState> filtered = filter.apply(offices, all);
    int expectedOpen = 0;
    for (size_t i = 0; i < offices.size(); ++i) {
        const bool inNorrbotten = offices[i].municipalityCode.startsWith(QLatin1String("25"));
        QCOMPARE(filtered[i].isShown(), inNorrbotten && all[i].isShown());
        expectedOpen += inNorrbotten && all[i].status == OfficeStatus::Open ? 1 : 0;
    }
    QVERIFY(expectedOpen >= 7); // Luleå, Piteå, Kiruna, Gällivare, Haparanda, Jokkmokk, Överkalix, Boden
    QCOMPARE(Rollout::count(offices, filtered).open(), expectedOpen);
    QCOMPARE(filter.municipalityTotal(m_atlas.reference()), 14);
    QCOMPARE(OfficeFilter().municipalityTotal(m_atlas.reference()), 290);
}

void TestOfficeFilter::criteriaCombine()
{
    const QDate date(2023, 12, 31);
    QString error;
    const std::optional<OfficeFilter> filter
            = OfficeFilter::parse({"status=open", "vulnerable=yes"}, m_atlas.reference(), &error);
    QVERIFY(filter);
    const std::vector<Office> &offices = m_atlas.rollout().offices();
    const std::vector<OfficeState> filtered = filter->apply(offices, m_atlas.rollout().statesAt(date));
    int shown = 0;
    for (size_t i = 0; i < offices.size(); ++i) {
        if (!filtered[i].isShown())
            continue;
        ++shown;
        QCOMPARE(filtered[i].status, OfficeStatus::Open);
        QCOMPARE(offices[i].vulnerableArea, VulnerableArea::Yes);
    }
    QVERIFY(shown > 0);
    QVERIFY(shown <= 15); // the data marks 15 offices as in or next to a socially vulnerable area
}

void TestOfficeFilter::description_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList{} << QString();
    QTest::newRow("county") << QStringList{"county=25"} << "Norrbottens län";
    QTest::newRow("two counties") << QStringList{"county=25,24"} << "Västerbottens län, Norrbottens län";
    QTest::newRow("county and statuses") << QStringList{"county=25", "status=closed,open"}
                                         << "Norrbottens län · open, closed";
    QTest::newRow("unverified") << QStringList{"verified=no"} << "unverified only";
}

void TestOfficeFilter::description()
{
    QFETCH(QStringList, terms);
    QFETCH(QString, expected);
    QString error;
    const std::optional<OfficeFilter> filter = OfficeFilter::parse(terms, m_atlas.reference(), &error);
    QVERIFY2(filter, qPrintable(error));
    QCOMPARE(filter->description(m_atlas.reference()), expected);
}

QTEST_GUILESS_MAIN(TestOfficeFilter)
#include "tst_officefilter.moc"
