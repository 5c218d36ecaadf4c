// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "widgets/offices/officefilterpanel.h"
#include "widgets/offices/officefilterproxymodel.h"
#include "widgets/offices/officetablemodel.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QSignalSpy>
#include <QTest>

using namespace sk;

// A filter changes the map's legend counts exactly as it changes the office table.
class TestOfficeFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void legendCountsFollowTheTable_data();
    void legendCountsFollowTheTable();
    void newDateRefilters();
    void panelEmitsTheFilter();

private:
    Atlas m_atlas;
};

void TestOfficeFilterProxyModel::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestOfficeFilterProxyModel::legendCountsFollowTheTable_data()
{
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QDate>("date");
    QTest::newRow("no filter") << QStringList{} << QDate(2023, 12, 31);
    QTest::newRow("Norrbotten") << QStringList{"county=25"} << QDate(2023, 12, 31);
    QTest::newRow("open and closed") << QStringList{"status=open,closed"} << QDate(2022, 6, 30);
    QTest::newRow("phase 2 in 2022") << QStringList{"phase=2"} << QDate(2022, 6, 30);
    QTest::newRow("vulnerable areas") << QStringList{"vulnerable=yes"} << QDate(2023, 12, 31);
    QTest::newRow("unverified in Stockholm") << QStringList{"verified=no", "county=01"} << QDate(2023, 12, 31);
}

void TestOfficeFilterProxyModel::legendCountsFollowTheTable()
{
    QFETCH(QStringList, terms);
    QFETCH(QDate, date);
    QString error;
    const std::optional<OfficeFilter> filter = OfficeFilter::parse(terms, m_atlas.reference(), &error);
    QVERIFY2(filter, qPrintable(error));

    OfficeTableModel table;
    table.setRollout(&m_atlas.rollout());
    table.setDate(date);
    OfficeFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&table);
    proxy.setFilter(*filter);

    std::array<int, 7> tableCounts{};
    for (int row = 0; row < proxy.rowCount(); ++row)
        ++tableCounts[size_t(proxy.index(row, 0).data(OfficeTableModel::StatusRole).toInt())];
    const MapScene scene = MapSceneBuilder::build(m_atlas, date, *filter);
    for (OfficeStatus status : shownStatuses)
        QCOMPARE(scene.counts.count(status), tableCounts[size_t(status)]);
    if (filter->isActive()) {
        const MapScene unfiltered = MapSceneBuilder::build(m_atlas, date);
        QVERIFY(proxy.rowCount() < table.rowCount());
        QVERIFY(!(scene.counts == unfiltered.counts));
        QVERIFY(!scene.filterDescription.isEmpty());
    } else {
        QCOMPARE(proxy.rowCount(), table.rowCount());
    }
}

void TestOfficeFilterProxyModel::newDateRefilters()
{
    OfficeTableModel table;
    table.setRollout(&m_atlas.rollout());
    table.setDate(QDate(2021, 12, 31));
    OfficeFilterProxyModel proxy;
    proxy.setSourceModel(&table);
    OfficeFilter closed;
    closed.statuses = {OfficeStatus::Closed};
    proxy.setFilter(closed);
    QCOMPARE(proxy.rowCount(), 0);
    table.setDate(QDate(2026, 12, 31));
    QCOMPARE(proxy.rowCount(), MapSceneBuilder::build(m_atlas, QDate(2026, 12, 31)).counts.count(OfficeStatus::Closed));
    QVERIFY(proxy.rowCount() >= 10);
}

void TestOfficeFilterProxyModel::panelEmitsTheFilter()
{
    OfficeFilterPanel panel;
    panel.setChoices(m_atlas.reference(), m_atlas.rollout().offices());
    QSignalSpy changed(&panel, &OfficeFilterPanel::filterChanged);
    auto *county = panel.findChildren<QComboBox *>().front();
    county->setCurrentIndex(county->findData(QStringLiteral("25")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(panel.filter().countyCodes, std::set<QString>{QStringLiteral("25")});
    panel.setFilter({});
    QCOMPARE(changed.count(), 2);
    QVERIFY(!panel.filter().isActive());
}

QTEST_MAIN(TestOfficeFilterProxyModel)
#include "tst_officefilterproxymodel.moc"
