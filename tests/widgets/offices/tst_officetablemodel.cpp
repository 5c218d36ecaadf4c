// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/import/officeimporter.h"
#include "widgets/offices/officetablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace sk;

class TestOfficeTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelTester();
    void dataChangedOnDateChange();
    void noSignalWithoutRollout();
    void roles_data();
    void roles();
    void wholeColumns();
    void lookups();
    void header();
    void roleNames();

private:
    Rollout m_rollout;
};

void TestOfficeTableModel::initTestCase()
{
    QLocale::setDefault(QLocale::c()); // month names in OfficeText
    const OfficeLoadResult result = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    m_rollout = Rollout(result.offices);
}

void TestOfficeTableModel::modelTester()
{
    OfficeTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(OfficeTableModel::ColumnCount));

    model.setDate(QDate(2021, 5, 25)); // before there is a rollout
    model.setRollout(&m_rollout);
    QCOMPARE(model.rowCount(), 147);
    for (const QDate date :
         {QDate(2019, 6, 1), QDate(2022, 6, 15), QDate(2022, 12, 31), QDate(2026, 12, 31), QDate(2020, 1, 1)}) {
        model.setDate(date);
        QCOMPARE(model.date(), date);
        QCOMPARE(model.rowCount(), 147);
    }
    model.setRollout(nullptr);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.office(0));
    model.setDate(QDate(2023, 1, 1));
    model.setRollout(&m_rollout);
    QCOMPARE(model.rowCount(), 147);
    const int laholm = model.rowOfId(QStringLiteral("laholm"));
    QCOMPARE(model.index(laholm, OfficeTableModel::StatusColumn).data(OfficeTableModel::StatusRole).toInt(),
             int(OfficeStatus::Open));
}

void TestOfficeTableModel::dataChangedOnDateChange()
{
    OfficeTableModel model;
    model.setRollout(&m_rollout);
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    model.setDate(QDate(2021, 5, 25));
    QCOMPARE(spy.count(), 1);
    const QModelIndex topLeft = spy.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = spy.at(0).at(1).value<QModelIndex>();
    const QList<int> roles = spy.at(0).at(2).value<QList<int>>();
    QCOMPARE(topLeft, model.index(0, OfficeTableModel::StatusColumn));
    QCOMPARE(bottomRight, model.index(146, OfficeTableModel::StatusColumn));
    QVERIFY(roles.contains(OfficeTableModel::StatusRole));
    QVERIFY(roles.contains(Qt::DisplayRole));
    QVERIFY(roles.contains(OfficeTableModel::SortRole));

    model.setDate(QDate(2021, 5, 25)); // unchanged: no signal
    QCOMPARE(spy.count(), 1);
    model.setDate(QDate(2022, 5, 31));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(resets.count(), 0);

    // The signal comes after the new states are in place.
    const int laholm = model.rowOfId(QStringLiteral("laholm"));
    QCOMPARE(model.index(laholm, 0).data(OfficeTableModel::StatusRole).toInt(), int(OfficeStatus::Open));
}

void TestOfficeTableModel::noSignalWithoutRollout()
{
    OfficeTableModel model;
    QSignalSpy spy(&model, &QAbstractItemModel::dataChanged);
    model.setDate(QDate(2022, 1, 1));
    QCOMPARE(spy.count(), 0);
    QCOMPARE(model.date(), QDate(2022, 1, 1));
    // The date set earlier applies once the rollout arrives.
    model.setRollout(&m_rollout);
    const int finspang = model.rowOfId(QStringLiteral("finspang"));
    QCOMPARE(model.index(finspang, 0).data(OfficeTableModel::StatusRole).toInt(), int(OfficeStatus::PlannedPhase1));
}

void TestOfficeTableModel::roles_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("expected");

    using M = OfficeTableModel;
    const QDate d2022(2022, 6, 15);
    QTest::newRow("id") << "laholm" << d2022 << int(M::NameColumn) << int(M::OfficeIdRole) << QVariant("laholm");
    QTest::newRow("name") << "laholm" << d2022 << int(M::NameColumn) << int(Qt::DisplayRole) << QVariant("Laholm");
    QTest::newRow("name sorts by name") << "finspang" << d2022 << int(M::NameColumn) << int(M::SortRole)
                                        << QVariant(QString::fromUtf8("Finspång"));
    QTest::newRow("municipality") << "kista" << d2022 << int(M::MunicipalityColumn) << int(Qt::DisplayRole)
                                  << QVariant("Stockholm");
    QTest::newRow("county") << "laholm" << d2022 << int(M::CountyColumn) << int(Qt::DisplayRole)
                            << QVariant(QString::fromUtf8("Hallands län"));
    QTest::newRow("status before opening") << "laholm" << QDate(2022, 5, 30) << int(M::StatusColumn)
                                           << int(M::StatusRole) << QVariant(int(OfficeStatus::PlannedPhase1));
    QTest::newRow("status on opening day") << "laholm" << QDate(2022, 5, 31) << int(M::StatusColumn)
                                           << int(M::StatusRole) << QVariant(int(OfficeStatus::Open));
    QTest::newRow("status sort") << "arvika" << QDate(2025, 5, 30) << int(M::StatusColumn) << int(M::SortRole)
                                 << QVariant(int(OfficeStatus::Closed));
    QTest::newRow("status text with pending opening")
            << "finspang" << d2022 << int(M::StatusColumn) << int(Qt::DisplayRole)
            << QVariant(QString::fromUtf8("Planned, phase 1 · opens during 2022 or 2023"));
    QTest::newRow("status text with pending closing")
            << "brandbergen" << QDate(2026, 6, 1) << int(M::StatusColumn) << int(Qt::DisplayRole)
            << QVariant(QString::fromUtf8("Open · closes during 2026"));
    QTest::newRow("status text, month") << "boden" << QDate(2023, 6, 15) << int(M::StatusColumn) << int(Qt::DisplayRole)
                                        << QVariant(QString::fromUtf8("Planned, phase 1 · opens in June 2023"));
    QTest::newRow("status text, not yet known") << "laholm" << QDate(2020, 1, 1) << int(M::StatusColumn)
                                                << int(Qt::DisplayRole) << QVariant("Not yet decided");
    QTest::newRow("opening text, day") << "laholm" << d2022 << int(M::OpeningColumn) << int(Qt::DisplayRole)
                                       << QVariant("31 May 2022");
    QTest::newRow("opening text, interval")
            << "finspang" << d2022 << int(M::OpeningColumn) << int(Qt::DisplayRole) << QVariant("2022 – 2023");
    QTest::newRow("opening sort, day") << "laholm" << d2022 << int(M::OpeningColumn) << int(M::SortRole)
                                       << QVariant(QDate(2022, 5, 31));
    QTest::newRow("opening sort, phase 2")
            << "askersund" << d2022 << int(M::OpeningColumn) << int(M::SortRole) << QVariant(QDate(2024, 12, 31));
    QTest::newRow("opening sort, before the timeline")
            << "kista" << d2022 << int(M::OpeningColumn) << int(M::SortRole) << QVariant(QDate());
    QTest::newRow("phase") << "laholm" << d2022 << int(M::PhaseColumn) << int(Qt::DisplayRole) << QVariant(1);
    QTest::newRow("phase 0 shows blank") << "kista" << d2022 << int(M::PhaseColumn) << int(Qt::DisplayRole)
                                         << QVariant(QString());
    QTest::newRow("phase 0 sorts as 0") << "kista" << d2022 << int(M::PhaseColumn) << int(M::SortRole) << QVariant(0);
    QTest::newRow("verified column") << "kista" << d2022 << int(M::VerifiedColumn) << int(Qt::DisplayRole)
                                     << QVariant("Sourced");
    QTest::newRow("unverified column") << "huddinge" << d2022 << int(M::VerifiedColumn) << int(Qt::DisplayRole)
                                       << QVariant("Unverified");
    QTest::newRow("verified role") << "huddinge" << d2022 << int(M::NameColumn) << int(M::VerifiedRole)
                                   << QVariant(false);
    QTest::newRow("source tooltip") << "kista" << d2022 << int(M::VerifiedColumn) << int(Qt::ToolTipRole)
                                    << QVariant("https://www.statenssc.se/nyheter/nyhetsarkiv/"
                                                "2023-10-02-statens-servicecenter-har-nya-oppettider");
    QTest::newRow("no decoration") << "kista" << d2022 << int(M::NameColumn) << int(Qt::DecorationRole) << QVariant();
}

void TestOfficeTableModel::roles()
{
    QFETCH(QString, id);
    QFETCH(QDate, date);
    QFETCH(int, column);
    QFETCH(int, role);
    QFETCH(QVariant, expected);

    OfficeTableModel model;
    model.setRollout(&m_rollout);
    model.setDate(date);
    const int row = model.rowOfId(id);
    QVERIFY(row >= 0);
    const QVariant value = model.index(row, column).data(role);
    QCOMPARE(value.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(value.typeId(), expected.typeId());
        QCOMPARE(value, expected);
    }
}

void TestOfficeTableModel::wholeColumns()
{
    OfficeTableModel model;
    model.setRollout(&m_rollout);
    model.setDate(QDate(2021, 5, 25));
    int unverified = 0;
    std::array<int, 7> byStatus{};
    for (int row = 0; row < model.rowCount(); ++row) {
        const Office *office = model.office(row);
        QVERIFY(office);
        QCOMPARE(model.index(row, 0).data(OfficeTableModel::PositionRole).toPointF(), office->position);
        if (!model.index(row, 0).data(OfficeTableModel::VerifiedRole).toBool()) {
            ++unverified;
            QVERIFY(model.index(row, OfficeTableModel::NameColumn)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(QStringLiteral("No source")));
        }
        ++byStatus[size_t(model.index(row, OfficeTableModel::StatusColumn).data(OfficeTableModel::StatusRole).toInt())];
    }
    QCOMPARE(unverified, 50);
    QCOMPARE(byStatus[size_t(OfficeStatus::Open)], 115);
    QCOMPARE(byStatus[size_t(OfficeStatus::Establishing)], 4);
    QCOMPARE(byStatus[size_t(OfficeStatus::PlannedPhase1)], 14);
    QCOMPARE(byStatus[size_t(OfficeStatus::PlannedPhase2)], 14);
}

void TestOfficeTableModel::lookups()
{
    OfficeTableModel model;
    QCOMPARE(model.rowOfId(QStringLiteral("laholm")), -1);
    model.setRollout(&m_rollout);
    const int row = model.rowOfId(QStringLiteral("laholm"));
    QVERIFY(row >= 0);
    QCOMPARE(model.office(row)->id, QStringLiteral("laholm"));
    QCOMPARE(model.rowOfId(QStringLiteral("no-such-office")), -1);
    QVERIFY(!model.office(-1));
    QVERIFY(!model.office(147));
    QVERIFY(!model.index(147, 0).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    // Without a date every office is "not yet known".
    QCOMPARE(model.index(row, 0).data(OfficeTableModel::StatusRole).toInt(), int(OfficeStatus::NotYetKnown));
}

void TestOfficeTableModel::header()
{
    OfficeTableModel model;
    QCOMPARE(model.headerData(OfficeTableModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Office"));
    QCOMPARE(model.headerData(OfficeTableModel::StatusColumn, Qt::Horizontal).toString(), QStringLiteral("Status"));
    QCOMPARE(model.headerData(OfficeTableModel::VerifiedColumn, Qt::Horizontal).toString(), QStringLiteral("Source"));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestOfficeTableModel::roleNames()
{
    OfficeTableModel model;
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(OfficeTableModel::OfficeIdRole), QByteArray("officeId"));
    QCOMPARE(names.value(OfficeTableModel::StatusRole), QByteArray("status"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

QTEST_GUILESS_MAIN(TestOfficeTableModel)
#include "tst_officetablemodel.moc"
