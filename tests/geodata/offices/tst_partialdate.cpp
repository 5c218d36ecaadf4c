// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/offices/partialdate.h"

#include <QtTest>

using namespace sk;

class TestPartialDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void isoRoundTrip_data();
    void isoRoundTrip();
    void factories();
    void intervalCoverage_data();
    void intervalCoverage();
    void intervalContains();
};

void TestPartialDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("precision");

    const int year = int(PartialDate::Precision::Year);
    const int month = int(PartialDate::Precision::Month);
    const int day = int(PartialDate::Precision::Day);
    QTest::newRow("year") << "2022" << QDate(2022, 1, 1) << QDate(2022, 12, 31) << year;
    QTest::newRow("month") << "2022-05" << QDate(2022, 5, 1) << QDate(2022, 5, 31) << month;
    QTest::newRow("30-day month") << "2023-06" << QDate(2023, 6, 1) << QDate(2023, 6, 30) << month;
    QTest::newRow("December") << "2022-12" << QDate(2022, 12, 1) << QDate(2022, 12, 31) << month;
    QTest::newRow("February, leap year") << "2024-02" << QDate(2024, 2, 1) << QDate(2024, 2, 29) << month;
    QTest::newRow("February, common year") << "2023-02" << QDate(2023, 2, 1) << QDate(2023, 2, 28) << month;
    QTest::newRow("February 1900, not leap") << "1900-02" << QDate(1900, 2, 1) << QDate(1900, 2, 28) << month;
    QTest::newRow("February 2000, leap") << "2000-02" << QDate(2000, 2, 1) << QDate(2000, 2, 29) << month;
    QTest::newRow("day") << "2022-05-31" << QDate(2022, 5, 31) << QDate(2022, 5, 31) << day;
    QTest::newRow("leap day") << "2024-02-29" << QDate(2024, 2, 29) << QDate(2024, 2, 29) << day;
    QTest::newRow("surrounding blanks") << "  2021\t" << QDate(2021, 1, 1) << QDate(2021, 12, 31) << year;
    QTest::newRow("first year accepted") << "1900" << QDate(1900, 1, 1) << QDate(1900, 12, 31) << year;
    QTest::newRow("last year accepted") << "2100" << QDate(2100, 1, 1) << QDate(2100, 12, 31) << year;
}

void TestPartialDate::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, precision);

    const std::optional<PartialDate> date = PartialDate::parse(text);
    QVERIFY(date.has_value());
    QVERIFY(date->isValid());
    QCOMPARE(date->first(), first);
    QCOMPARE(date->last(), last);
    QCOMPARE(int(date->precision()), precision);
    QCOMPARE(date->interval(), (DateInterval{first, last}));
}

void TestPartialDate::rejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("month 13") << "2022-13";
    QTest::newRow("month 0") << "2022-00";
    QTest::newRow("30 February") << "2022-02-30";
    QTest::newRow("29 February, common year") << "2023-02-29";
    QTest::newRow("31 April") << "2022-04-31";
    QTest::newRow("day 0") << "2022-05-00";
    QTest::newRow("two-digit year") << "22";
    QTest::newRow("five-digit year") << "02022";
    QTest::newRow("letters") << "abc";
    QTest::newRow("one-digit month") << "2022-5";
    QTest::newRow("one-digit day") << "2022-05-1";
    QTest::newRow("slashes") << "2022/05/31";
    QTest::newRow("Swedish order") << "31-05-2022";
    QTest::newRow("trailing dash") << "2022-";
    QTest::newRow("time attached") << "2022-05-31T10:00";
    QTest::newRow("year before 1900") << "1899";
    QTest::newRow("year after 2100") << "2101";
    QTest::newRow("two dates") << "2022 2023";
    QTest::newRow("full-width digits") << QString::fromUtf8("２０２２");
}

void TestPartialDate::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!PartialDate::parse(text).has_value());
}

void TestPartialDate::isoRoundTrip_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("year") << "2026";
    QTest::newRow("month") << "2025-01";
    QTest::newRow("day") << "2025-05-30";
    QTest::newRow("leap day") << "2024-02-29";
    QTest::newRow("early") << "2008-03-06";
}

void TestPartialDate::isoRoundTrip()
{
    QFETCH(QString, text);
    const std::optional<PartialDate> date = PartialDate::parse(text);
    QVERIFY(date);
    QCOMPARE(date->toIsoString(), text);
    QCOMPARE(PartialDate::parse(date->toIsoString()), date);
}

void TestPartialDate::factories()
{
    const PartialDate year = PartialDate::year(2022);
    QCOMPARE(year.first(), QDate(2022, 1, 1));
    QCOMPARE(year.last(), QDate(2022, 12, 31));
    QCOMPARE(year.precision(), PartialDate::Precision::Year);
    QCOMPARE(year, *PartialDate::parse(u"2022"));

    const PartialDate day = PartialDate::exact(QDate(2022, 5, 31));
    QCOMPARE(day.first(), day.last());
    QCOMPARE(day.precision(), PartialDate::Precision::Day);
    QCOMPARE(day.toIsoString(), QStringLiteral("2022-05-31"));

    QVERIFY(!PartialDate().isValid());
    // Same first day, different precision: not equal.
    QVERIFY(*PartialDate::parse(u"2022") != *PartialDate::parse(u"2022-01"));
}

void TestPartialDate::intervalCoverage_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<bool>("wholeYear");
    QTest::addColumn<bool>("wholeMonth");

    QTest::newRow("year") << QDate(2022, 1, 1) << QDate(2022, 12, 31) << true << false;
    QTest::newRow("month") << QDate(2022, 2, 1) << QDate(2022, 2, 28) << false << true;
    QTest::newRow("leap February") << QDate(2024, 2, 1) << QDate(2024, 2, 29) << false << true;
    QTest::newRow("February missing leap day") << QDate(2024, 2, 1) << QDate(2024, 2, 28) << false << false;
    QTest::newRow("one day") << QDate(2022, 5, 31) << QDate(2022, 5, 31) << false << false;
    QTest::newRow("rest of a year") << QDate(2021, 5, 26) << QDate(2021, 12, 31) << false << false;
    QTest::newRow("across years") << QDate(2021, 5, 26) << QDate(2022, 12, 31) << false << false;
    QTest::newRow("two Januaries") << QDate(2022, 1, 1) << QDate(2023, 1, 31) << false << false;
}

void TestPartialDate::intervalCoverage()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(bool, wholeYear);
    QFETCH(bool, wholeMonth);

    const DateInterval interval{first, last};
    QCOMPARE(interval.coversWholeYear(), wholeYear);
    QCOMPARE(interval.coversWholeMonth(), wholeMonth);
}

void TestPartialDate::intervalContains()
{
    const DateInterval interval = PartialDate::parse(u"2022-05")->interval();
    QVERIFY(!interval.contains(QDate(2022, 4, 30)));
    QVERIFY(interval.contains(QDate(2022, 5, 1)));
    QVERIFY(interval.contains(QDate(2022, 5, 31)));
    QVERIFY(!interval.contains(QDate(2022, 6, 1)));
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
