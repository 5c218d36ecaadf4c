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
    void edtf_data();
    void edtf();
    void edtfRejects_data();
    void edtfRejects();
    void sides();
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
    QTest::newRow("season") << "2025-21";
    QTest::newRow("two years") << "2022/2023";
    QTest::newRow("months") << "2025-01/2025-05";
    QTest::newRow("day to year") << "2004-02-01/2005";
    QTest::newRow("open start") << "../2023";
    QTest::newRow("open end") << "2023-05/..";
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

// The EDTF specification's examples (Library of Congress, levels 0 and 1) of the forms office data needs, and the
// forms the shipped data uses.
void TestPartialDate::edtf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("precision");

    const int year = int(PartialDate::Precision::Year);
    const int season = int(PartialDate::Precision::Season);
    const int month = int(PartialDate::Precision::Month);
    const int day = int(PartialDate::Precision::Day);
    const int interval = int(PartialDate::Precision::Interval);
    QTest::newRow("spec: day") << "1985-04-12" << QDate(1985, 4, 12) << QDate(1985, 4, 12) << day;
    QTest::newRow("spec: month") << "1985-04" << QDate(1985, 4, 1) << QDate(1985, 4, 30) << month;
    QTest::newRow("spec: year") << "1985" << QDate(1985, 1, 1) << QDate(1985, 12, 31) << year;
    QTest::newRow("spec: years") << "1964/2008" << QDate(1964, 1, 1) << QDate(2008, 12, 31) << interval;
    QTest::newRow("spec: months") << "2004-06/2006-08" << QDate(2004, 6, 1) << QDate(2006, 8, 31) << interval;
    QTest::newRow("spec: days") << "2004-02-01/2005-02-08" << QDate(2004, 2, 1) << QDate(2005, 2, 8) << interval;
    QTest::newRow("spec: day to month") << "2004-02-01/2005-02" << QDate(2004, 2, 1) << QDate(2005, 2, 28) << interval;
    QTest::newRow("spec: day to year") << "2004-02-01/2005" << QDate(2004, 2, 1) << QDate(2005, 12, 31) << interval;
    QTest::newRow("spec: year to month") << "2005/2006-02" << QDate(2005, 1, 1) << QDate(2006, 2, 28) << interval;
    QTest::newRow("spec: spring") << "2001-21" << QDate(2001, 3, 1) << QDate(2001, 5, 31) << season;
    QTest::newRow("summer") << "2001-22" << QDate(2001, 6, 1) << QDate(2001, 8, 31) << season;
    QTest::newRow("autumn") << "2001-23" << QDate(2001, 9, 1) << QDate(2001, 11, 30) << season;
    QTest::newRow("winter runs into February") << "2023-24" << QDate(2023, 12, 1) << QDate(2024, 2, 29) << season;
    QTest::newRow("spec: open end, day") << "1985-04-12/.." << QDate(1985, 4, 12) << QDate() << interval;
    QTest::newRow("spec: open end, month") << "1985-04/.." << QDate(1985, 4, 1) << QDate() << interval;
    QTest::newRow("spec: open start, day") << "../1985-04-12" << QDate() << QDate(1985, 4, 12) << interval;
    QTest::newRow("spec: open start, month") << "../1985-04" << QDate() << QDate(1985, 4, 30) << interval;
    QTest::newRow("phase 1 without a known date")
            << "2022/2023" << QDate(2022, 1, 1) << QDate(2023, 12, 31) << interval;
    QTest::newRow("Piteå, closed in spring 2025")
            << "2025-01/2025-05" << QDate(2025, 1, 1) << QDate(2025, 5, 31) << interval;
    QTest::newRow("same year twice") << "2022/2022" << QDate(2022, 1, 1) << QDate(2022, 12, 31) << interval;
    QTest::newRow("blanks around") << " 2022/2023 " << QDate(2022, 1, 1) << QDate(2023, 12, 31) << interval;
}

void TestPartialDate::edtf()
{
    QFETCH(QString, text);
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, precision);

    DateParseError error;
    const std::optional<PartialDate> date = PartialDate::parse(text, &error);
    QVERIFY2(date.has_value(), qPrintable(error.message));
    QVERIFY(date->isValid());
    QCOMPARE(date->first(), first);
    QCOMPARE(date->last(), last);
    QCOMPARE(int(date->precision()), precision);
    QCOMPARE(date->isInterval(), precision == int(PartialDate::Precision::Interval));
    QCOMPARE(date->hasOpenStart(), !first.isValid());
    QCOMPARE(date->hasOpenEnd(), !last.isValid());
    QCOMPARE(date->toIsoString(), text.trimmed());
    if (first.isValid())
        QVERIFY(date->interval().contains(first));
    if (last.isValid())
        QVERIFY(date->interval().contains(last));
    if (first.isValid())
        QVERIFY(!date->interval().contains(first.addDays(-1)));
    else
        QVERIFY(date->interval().contains(QDate(1900, 1, 1)));
    if (last.isValid())
        QVERIFY(!date->interval().contains(last.addDays(1)));
    else
        QVERIFY(date->interval().contains(QDate(2100, 12, 31)));
}

// The specification's level-1 forms office data does not need, and malformed text: refused, saying where and why.
void TestPartialDate::edtfRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("spec: uncertain year") << "1984?" << 5 << "uncertain or approximate";
    QTest::newRow("spec: approximate month") << "2004-06~" << 8 << "uncertain or approximate";
    QTest::newRow("spec: uncertain and approximate day") << "2004-06-11%" << 11 << "uncertain or approximate";
    QTest::newRow("spec: unspecified digit") << "201X" << 4 << "unspecified digits";
    QTest::newRow("spec: unspecified decade") << "20XX" << 3 << "unspecified digits";
    QTest::newRow("spec: Y-prefixed year") << "Y170000002" << 1 << "'Y'";
    QTest::newRow("spec: negative year") << "-1985" << 1 << "signed years";
    QTest::newRow("spec: unknown end") << "1985/" << 6 << "empty side";
    QTest::newRow("spec: unknown start") << "/1985-04-12" << 1 << "empty side";
    QTest::newRow("both ends open") << "../.." << 1 << "both ends";
    QTest::newRow("time of day") << "2004-06-11T10:00" << 11 << "times are not supported";
    QTest::newRow("level-2 season") << "2001-25" << 6 << "season code 25";
    QTest::newRow("month 13") << "2022-13" << 6 << "no month 13";
    QTest::newRow("month 13, after blanks") << "  2022-13" << 8 << "no month 13";
    QTest::newRow("30 February") << "2022-02-30" << 9 << "2022-02 has no day 30";
    QTest::newRow("season with a day") << "2022-21-01" << 8 << "a season has no day";
    QTest::newRow("ends before it begins") << "2023/2022" << 6 << "ends before it begins";
    QTest::newRow("three sides") << "2022/2023/2024" << 10 << "second '/'";
    QTest::newRow("bad second side") << "2022/2023-13" << 11 << "no month 13";
    QTest::newRow("year out of range") << "1899" << 1 << "outside 1900–2100";
    QTest::newRow("two-digit year") << "22" << 3 << "ends early";
    QTest::newRow("empty") << "" << 1 << "no date";
}

void TestPartialDate::edtfRejects()
{
    QFETCH(QString, text);
    QFETCH(int, column);
    QFETCH(QString, message);

    DateParseError error;
    QVERIFY(!PartialDate::parse(text, &error).has_value());
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QCOMPARE(error.column, column);
}

void TestPartialDate::sides()
{
    const PartialDate interval = *PartialDate::parse(u"2004-02-01/2005");
    QCOMPARE(interval.start(), PartialDate::parse(u"2004-02-01"));
    QCOMPARE(interval.end(), PartialDate::parse(u"2005"));
    const PartialDate openEnd = *PartialDate::parse(u"2023-05/..");
    QCOMPARE(openEnd.start(), PartialDate::parse(u"2023-05"));
    QVERIFY(!openEnd.end());
    const PartialDate single = *PartialDate::parse(u"2025-21");
    QCOMPARE(single.start(), single);
    QCOMPARE(single.end(), single);
    QVERIFY(*PartialDate::parse(u"2022/2022") != *PartialDate::parse(u"2022"));
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
