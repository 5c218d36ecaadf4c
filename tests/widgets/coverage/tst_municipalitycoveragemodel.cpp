// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/coverage/municipalitycoveragemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <cmath>
#include <limits>

using namespace sk;

class TestMunicipalityCoverageModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void passesTheModelTester();
    void sortsNumbersAsNumbers_data();
    void sortsNumbersAsNumbers();
    void displayFollowsTheLocale();
    void sameMunicipalitiesUpdateInPlace();
    void seatPositionRole();

private:
    static std::shared_ptr<CoverageResult> threeMunicipalities();
    static QStringList namesInOrder(const QAbstractItemModel &model);
};

void TestMunicipalityCoverageModel::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestMunicipalityCoverageModel::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

// Populations whose text sorts differently from their value, and a municipality with no office open at all.
std::shared_ptr<CoverageResult> TestMunicipalityCoverageModel::threeMunicipalities()
{
    auto result = std::make_shared<CoverageResult>();
    result->date = QDate(2022, 6, 30);
    const auto add = [&](const char *code, const char *name, qint64 population, double km, bool hasOffice) {
        MunicipalityCoverage row;
        row.code = QString::fromLatin1(code);
        row.name = QString::fromLatin1(name);
        row.county = QStringLiteral("Testlän");
        row.population = population;
        row.seatPosition = QPointF(500000 + population, 6500000);
        row.seatDistanceKm = km;
        row.hasOffice = hasOffice;
        row.nearestOfficeName = std::isfinite(km) ? QStringLiteral("Office of %1").arg(row.name) : QString();
        result->municipalities.push_back(row);
    };
    add("0001", "Aby", 9'000, 12.5, false);
    add("0002", "Berga", 10'000, 0.4, true);
    add("0003", "Cederby", 100'000, std::numeric_limits<double>::infinity(), false);
    return result;
}

QStringList TestMunicipalityCoverageModel::namesInOrder(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, MunicipalityCoverageModel::NameColumn).data().toString();
    return names;
}

void TestMunicipalityCoverageModel::passesTheModelTester()
{
    MunicipalityCoverageModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setResult(threeMunicipalities());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(MunicipalityCoverageModel::ColumnCount));
    model.setResult(threeMunicipalities());
    auto fewer = threeMunicipalities();
    fewer->municipalities.pop_back();
    model.setResult(fewer);
    QCOMPARE(model.rowCount(), 2);
    model.setResult(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestMunicipalityCoverageModel::sortsNumbersAsNumbers_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("population, largest first") << int(MunicipalityCoverageModel::PopulationColumn)
                                               << Qt::DescendingOrder << QStringList{"Cederby", "Berga", "Aby"};
    QTest::newRow("distance, nearest first; none open last")
            << int(MunicipalityCoverageModel::DistanceColumn) << Qt::AscendingOrder
            << QStringList{"Berga", "Aby", "Cederby"};
    QTest::newRow("office in municipality first") << int(MunicipalityCoverageModel::HasOfficeColumn)
                                                  << Qt::DescendingOrder << QStringList{"Berga", "Aby", "Cederby"};
}

void TestMunicipalityCoverageModel::sortsNumbersAsNumbers()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, names);
    MunicipalityCoverageModel model;
    model.setResult(threeMunicipalities());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(MunicipalityCoverageModel::SortRole);
    proxy.sort(column, order);
    QCOMPARE(namesInOrder(proxy), names);
    // By display text instead, "9,000" would sort above "100,000": the sort role is what makes the order right.
    proxy.setSortRole(Qt::DisplayRole);
    proxy.sort(MunicipalityCoverageModel::PopulationColumn, Qt::DescendingOrder);
    QCOMPARE(namesInOrder(proxy).first(), QStringLiteral("Aby"));
}

void TestMunicipalityCoverageModel::displayFollowsTheLocale()
{
    MunicipalityCoverageModel model;
    model.setResult(threeMunicipalities());
    const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(2, MunicipalityCoverageModel::PopulationColumn), QStringLiteral("100,000"));
    QCOMPARE(text(0, MunicipalityCoverageModel::DistanceColumn), QStringLiteral("12.5"));
    QCOMPARE(text(2, MunicipalityCoverageModel::DistanceColumn), QStringLiteral("–"));
    QCOMPARE(text(1, MunicipalityCoverageModel::NearestOfficeColumn), QStringLiteral("Office of Berga"));
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    QCOMPARE(text(0, MunicipalityCoverageModel::DistanceColumn), QStringLiteral("12,5"));
    QCOMPARE(text(2, MunicipalityCoverageModel::PopulationColumn), QLocale().toString(qint64(100'000)));
    QCOMPARE(model.index(0, MunicipalityCoverageModel::PopulationColumn).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(0, MunicipalityCoverageModel::NameColumn).data(Qt::TextAlignmentRole).isValid());
}

void TestMunicipalityCoverageModel::sameMunicipalitiesUpdateInPlace()
{
    MunicipalityCoverageModel model;
    model.setResult(threeMunicipalities());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    auto later = threeMunicipalities();
    later->municipalities[0].seatDistanceKm = 3.0;
    model.setResult(later);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    QCOMPARE(model.index(0, MunicipalityCoverageModel::DistanceColumn)
                     .data(MunicipalityCoverageModel::SortRole)
                     .toDouble(),
             3.0);
    auto renamed = threeMunicipalities();
    renamed->municipalities[0].code = QStringLiteral("9999");
    model.setResult(renamed);
    QCOMPARE(resets.count(), 1);
}

void TestMunicipalityCoverageModel::seatPositionRole()
{
    MunicipalityCoverageModel model;
    model.setResult(threeMunicipalities());
    QCOMPARE(model.index(1, MunicipalityCoverageModel::CountyColumn)
                     .data(MunicipalityCoverageModel::SeatPositionRole)
                     .toPointF(),
             QPointF(510000, 6500000));
    QCOMPARE(model.index(1, 0).data(MunicipalityCoverageModel::CodeRole).toString(), QStringLiteral("0002"));
}

QTEST_MAIN(TestMunicipalityCoverageModel)
#include "tst_municipalitycoveragemodel.moc"
