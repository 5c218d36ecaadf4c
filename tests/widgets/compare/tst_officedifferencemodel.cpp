// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/comparison/comparisonmeasures.h"
#include "geodata/comparison/officesetcomparison.h"
#include "widgets/compare/comparisonmeasuresmodel.h"
#include "widgets/compare/officedifferencemodel.h"
#include "widgets/offices/collatingsortproxymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace sk;

namespace {

const QDate endOf2021(2021, 12, 31);
const QDate endOf2022(2022, 12, 31);

Office office(const QString &id, const QString &municipality, QPointF position, Status2021 status = Status2021::Open,
              int phase = 0)
{
    Office result;
    result.id = id;
    result.name = id.toUpper();
    result.municipality = municipality;
    result.municipalityCode = municipality.left(4);
    result.position = position;
    result.status2021 = status;
    result.phase = phase;
    return result;
}

// Three offices open throughout and one planned for phase 1.
std::vector<Office> baseline()
{
    return {office("alfa", "Arjeplog", {600000, 7300000}), office("beta", "Boden", {800000, 7350000}),
            office("gamma", "Gnosjö", {420000, 6350000}),
            office("delta", "Dals-Ed", {330000, 6540000}, Status2021::Planned, 1)};
}

ComparisonSide side(const QString &label, std::vector<Office> offices, QDate date)
{
    return {label, std::make_shared<const std::vector<Office>>(std::move(offices)), date};
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data().toString();
    return values;
}

} // namespace

class TestOfficeDifferenceModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void rows_data();
    void rows();
    void sortsByKindThenAnyColumn();
    void resetsUnderTheModelTester();
    void measuresAreFormatted_data();
    void measuresAreFormatted();
    void measuresUnderTheModelTester();
};

enum class Edit { None, RemoveBeta, MoveBeta, RenameBeta, AddEpsilon, CompareAcrossPhase1 };

void TestOfficeDifferenceModel::rows_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QStringList>("row"); // kind, office, municipality, state A, state B, detail

    QTest::newRow("identical") << Edit::None << QStringList();
    QTest::newRow("removed") << Edit::RemoveBeta
                             << QStringList{"Only in A", "BETA", "Boden", "Open", "not in this office set", ""};
    QTest::newRow("moved") << Edit::MoveBeta << QStringList{"Moved", "BETA", "Boden", "Open", "Open", "moved 5.2 km"};
    QTest::newRow("renamed") << Edit::RenameBeta
                             << QStringList{"Changed", "Bodens kontor", "Boden", "Open", "Open", "changed: name"};
    QTest::newRow("added") << Edit::AddEpsilon
                           << QStringList{"Only in B", "EPSILON", "Eda", "not in this office set", "Open", ""};
    QTest::newRow("phase 1 opens") << Edit::CompareAcrossPhase1
                                   << QStringList{"Opened", "DELTA", "Dals-Ed", "Planned, phase 1", "Open", ""};
}

void TestOfficeDifferenceModel::rows()
{
    QFETCH(Edit, edit);
    QFETCH(QStringList, row);
    std::vector<Office> scenario = baseline();
    QDate dateA = endOf2022;
    switch (edit) {
    case Edit::None:
        break;
    case Edit::RemoveBeta:
        scenario.erase(scenario.begin() + 1);
        break;
    case Edit::MoveBeta:
        scenario[1].position += QPointF(-2000, 4800); // 5.2 km
        break;
    case Edit::RenameBeta:
        scenario[1].name = QStringLiteral("Bodens kontor");
        break;
    case Edit::AddEpsilon:
        scenario.push_back(office("epsilon", "Eda", {350000, 6620000}));
        break;
    case Edit::CompareAcrossPhase1:
        dateA = endOf2021;
        break;
    }
    OfficeDifferenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setComparison(OfficeSetComparison(side("Plan", baseline(), dateA), side("Scenario", scenario, endOf2022)));
    QCOMPARE(model.rowCount(), row.isEmpty() ? 0 : 1);
    if (row.isEmpty())
        return;
    QStringList shown;
    for (int column = 0; column < OfficeDifferenceModel::ColumnCount; ++column)
        shown << model.index(0, column).data().toString();
    QCOMPARE(shown, row);
    QCOMPARE(model.headerData(OfficeDifferenceModel::StateBColumn, Qt::Horizontal).toString(),
             QStringLiteral("B: Scenario"));
}

void TestOfficeDifferenceModel::sortsByKindThenAnyColumn()
{
    std::vector<Office> scenario = baseline();
    scenario[0].position += QPointF(0, 1000); // alfa moved
    scenario.erase(scenario.begin() + 2); // gamma only in A
    scenario.push_back(office("epsilon", "Eda", {350000, 6620000}));
    OfficeDifferenceModel model;
    model.setComparison(OfficeSetComparison(side("A", baseline(), endOf2021), side("B", scenario, endOf2022)));
    CollatingSortProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(OfficeDifferenceModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    proxy.sort(OfficeDifferenceModel::KindColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, OfficeDifferenceModel::OfficeColumn), (QStringList{"GAMMA", "EPSILON", "DELTA", "ALFA"}));
    proxy.sort(OfficeDifferenceModel::MunicipalityColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, OfficeDifferenceModel::MunicipalityColumn),
             (QStringList{"Gnosjö", "Eda", "Dals-Ed", "Arjeplog"}));
    proxy.sort(OfficeDifferenceModel::DetailColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, OfficeDifferenceModel::DetailColumn).data().toString(), QStringLiteral("moved 1.0 km"));
    QCOMPARE(proxy.index(0, 0).data(OfficeDifferenceModel::OfficeIdRole).toString(), QStringLiteral("alfa"));
    QCOMPARE(proxy.index(0, 0).data(OfficeDifferenceModel::PositionRole).toPointF(), scenario[0].position);
}

void TestOfficeDifferenceModel::resetsUnderTheModelTester()
{
    OfficeDifferenceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    std::vector<Office> fewer = baseline();
    fewer.pop_back();
    fewer.pop_back();
    model.setComparison(OfficeSetComparison(side("A", baseline(), endOf2022), side("B", fewer, endOf2022)));
    QCOMPARE(model.rowCount(), 2);
    model.setComparison(OfficeSetComparison(side("A", baseline(), endOf2022), side("B", baseline(), endOf2022)));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(reset.count(), 2);
    QVERIFY(!model.difference(0));
}

void TestOfficeDifferenceModel::measuresAreFormatted_data()
{
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<QStringList>("texts"); // A, B, change

    QTest::newRow("offices") << int(ComparisonMeasure::Kind::OfficesOpen) << 130.0 << 147.0
                             << QStringList{"130", "147", "+17"};
    QTest::newRow("people") << int(ComparisonMeasure::Kind::PeopleWithin) << 8123456.0 << 8100000.0
                            << QStringList{"8,123,456", "8,100,000", "-23,456"};
    QTest::newRow("share") << int(ComparisonMeasure::Kind::ShareWithin) << 0.8 << 0.825
                           << QStringList{"80.0 %", "82.5 %", "+2.5 pp"};
    QTest::newRow("median, unchanged") << int(ComparisonMeasure::Kind::MedianDistance) << 7.24 << 7.24
                                       << QStringList{"7.2 km", "7.2 km", "0.0 km"};
    QTest::newRow("p90 from no office") << int(ComparisonMeasure::Kind::P90Distance) << inf << 31.0
                                        << QStringList{"∞", "31.0 km", "–"};
}

void TestOfficeDifferenceModel::measuresAreFormatted()
{
    QFETCH(int, kind);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(QStringList, texts);
    const auto measureKind = ComparisonMeasure::Kind(kind);
    QCOMPARE(ComparisonMeasuresModel::formatValue(measureKind, a), texts[0]);
    QCOMPARE(ComparisonMeasuresModel::formatValue(measureKind, b), texts[1]);
    const QString change
            = std::isinf(a) ? QStringLiteral("–") : ComparisonMeasuresModel::formatValue(measureKind, b - a, true);
    QCOMPARE(change, texts[2]);
}

void TestOfficeDifferenceModel::measuresUnderTheModelTester()
{
    CoverageResult before;
    before.officesOpen = 120;
    before.municipalitiesWithOffice = 100;
    before.bands = {{10, 5000000, 0.5}, {20, 7000000, 0.7}};
    before.medianDistanceKm = 9.5;
    before.p90DistanceKm = 30;
    CoverageResult after = before;
    after.officesOpen = 130;
    after.bands = {{10, 5500000, 0.55}, {20, 7200000, 0.72}};
    after.medianDistanceKm = 8;

    ComparisonMeasuresModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMeasures(ComparisonMeasures(before, after), QStringLiteral("Plan"), QStringLiteral("Scenario"));
    QCOMPARE(model.rowCount(), 2 + 2 * 2 + 2);
    QCOMPARE(
            column(model, ComparisonMeasuresModel::MeasureColumn),
            (QStringList{"Offices open", "Municipalities with an office", "People within 10 km", "People within 20 km",
                         "Share within 10 km", "Share within 20 km", "Median distance", "Distance for 90% of people"}));
    QCOMPARE(column(model, ComparisonMeasuresModel::ChangeColumn),
             (QStringList{"+10", "0", "+500,000", "+200,000", "+5.0 pp", "+2.0 pp", "-1.5 km", "0.0 km"}));
    QCOMPARE(model.headerData(ComparisonMeasuresModel::AColumn, Qt::Horizontal).toString(), QStringLiteral("A: Plan"));

    CollatingSortProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ComparisonMeasuresModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ComparisonMeasuresModel::ChangeColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, ComparisonMeasuresModel::MeasureColumn).data().toString(),
             QStringLiteral("People within 10 km"));
    model.clear();
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_MAIN(TestOfficeDifferenceModel)
#include "tst_officedifferencemodel.moc"
