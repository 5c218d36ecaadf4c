// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/reports/reportformat.h"

#include <QtTest>

#include <limits>

using namespace sk;

// The one formatter every report writes its cells and numbers with.
class TestReportFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvCell_data();
    void csvCell();
    void csvLine();
    void bandKey_data();
    void bandKey();
    void rounded_data();
    void rounded();
    void distance_data();
    void distance();
};

void TestReportFormat::csvCell_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("cell");
    QTest::newRow("plain") << "Pajala"
                           << "Pajala";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("comma") << "Servicekontor, Pajala"
                           << "\"Servicekontor, Pajala\"";
    QTest::newRow("quote") << "Kontoret \"Torget\""
                           << "\"Kontoret \"\"Torget\"\"\"";
    QTest::newRow("line break") << "a\nb"
                                << "\"a\nb\"";
    QTest::newRow("semicolon stays") << "a;b"
                                     << "a;b";
}

void TestReportFormat::csvCell()
{
    QFETCH(QString, text);
    QFETCH(QString, cell);
    QCOMPARE(ReportFormat::csvCell(text), cell);
}

void TestReportFormat::csvLine()
{
    QCOMPARE(ReportFormat::csvLine({"a", "\"b,c\"", ""}), QStringLiteral("a,\"b,c\",\n"));
    QCOMPARE(ReportFormat::csvLine({}), QStringLiteral("\n"));
}

void TestReportFormat::bandKey_data()
{
    QTest::addColumn<double>("km");
    QTest::addColumn<QString>("key");
    QTest::newRow("whole") << 5.0 << "5";
    QTest::newRow("half") << 7.5 << "7.5";
    QTest::newRow("large") << 500.0 << "500";
    QTest::newRow("fine") << 0.125 << "0.125";
}

void TestReportFormat::bandKey()
{
    QFETCH(double, km);
    QFETCH(QString, key);
    QCOMPARE(ReportFormat::bandKey(km), key);
}

void TestReportFormat::rounded_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<double>("expected");
    QTest::newRow("share") << 1.0 / 3 << 6 << 0.333333;
    QTest::newRow("share up") << 2.0 / 3 << 6 << 0.666667;
    QTest::newRow("metres") << 12.34567 << 3 << 12.346;
    QTest::newRow("half away from zero") << 0.0005 << 3 << 0.001;
    QTest::newRow("whole") << 2.5 << 0 << 3.0;
}

void TestReportFormat::rounded()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(double, expected);
    QCOMPARE(ReportFormat::rounded(value, decimals), expected);
}

void TestReportFormat::distance_data()
{
    QTest::addColumn<double>("km");
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("cell");
    QTest::newRow("km") << 12.34567 << QJsonValue(12.346) << "12.346";
    QTest::newRow("zero") << 0.0 << QJsonValue(0.0) << "0.000";
    QTest::newRow("no office") << std::numeric_limits<double>::infinity() << QJsonValue(QJsonValue::Null) << "";
}

void TestReportFormat::distance()
{
    QFETCH(double, km);
    QFETCH(QJsonValue, json);
    QFETCH(QString, cell);
    QCOMPARE(ReportFormat::distanceKm(km), json);
    QCOMPARE(ReportFormat::distanceKmCell(km), cell);
}

QTEST_GUILESS_MAIN(TestReportFormat)
#include "tst_reportformat.moc"
