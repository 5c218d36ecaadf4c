// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/offices/officetext.h"
#include "geodata/offices/rollout.h"

#include <QtTest>

using namespace sk;

class TestOfficeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void statusLabels();
    void partialDate_data();
    void partialDate();
    void interval_data();
    void interval();
    void opening_data();
    void opening();
};

void TestOfficeText::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestOfficeText::statusLabels()
{
    // Every status has its own label, and "not yet known" reads as not decided.
    QSet<QString> labels;
    for (OfficeStatus status : shownStatuses)
        labels.insert(OfficeText::statusLabel(status));
    labels.insert(OfficeText::statusLabel(OfficeStatus::NotYetKnown));
    QCOMPARE(labels.size(), 7);
    QCOMPARE(OfficeText::statusLabel(OfficeStatus::PlannedPhase2), QStringLiteral("Planned, phase 2"));
    QCOMPARE(OfficeText::statusLabel(OfficeStatus::NotYetKnown), QStringLiteral("Not yet decided"));
}

void TestOfficeText::partialDate_data()
{
    QTest::addColumn<QString>("iso");
    QTest::addColumn<QString>("text");

    QTest::newRow("year") << "2022"
                          << "2022";
    QTest::newRow("month") << "2023-05"
                           << "May 2023";
    QTest::newRow("day") << "2022-05-31"
                         << "31 May 2022";
    QTest::newRow("single-digit day") << "2008-03-06"
                                      << "6 March 2008";
}

void TestOfficeText::partialDate()
{
    QFETCH(QString, iso);
    QFETCH(QString, text);
    QCOMPARE(OfficeText::partialDate(*PartialDate::parse(iso)), text);
}

void TestOfficeText::interval_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<QString>("text");

    QTest::newRow("one day") << QDate(2022, 5, 31) << QDate(2022, 5, 31) << "on 31 May 2022";
    QTest::newRow("whole year") << QDate(2022, 1, 1) << QDate(2022, 12, 31) << "during 2022";
    QTest::newRow("whole month") << QDate(2023, 6, 1) << QDate(2023, 6, 30) << "in June 2023";
    QTest::newRow("other span") << QDate(2021, 5, 26) << QDate(2022, 12, 31) << "by 31 December 2022";
}

void TestOfficeText::interval()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(QString, text);
    QCOMPARE(OfficeText::interval(DateInterval{first, last}), text);
}

void TestOfficeText::opening_data()
{
    QTest::addColumn<int>("status2021");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("opened");
    QTest::addColumn<QString>("text");

    QTest::newRow("open, no date") << int(Status2021::Open) << 0 << ""
                                   << "before June 2019 (date not in the data)";
    QTest::newRow("open, month") << int(Status2021::Open) << 0 << "2020-06"
                                 << "June 2020";
    QTest::newRow("establishing, no date") << int(Status2021::Establishing) << 0 << ""
                                           << "expected by 31 December 2022";
    QTest::newRow("phase 1, no date") << int(Status2021::Planned) << 1 << ""
                                      << "expected during 2022";
    QTest::newRow("phase 2, no date") << int(Status2021::Planned) << 2 << ""
                                      << "expected during 2023";
    QTest::newRow("phase 1, day") << int(Status2021::Planned) << 1 << "2022-05-31"
                                  << "31 May 2022";
}

void TestOfficeText::opening()
{
    QFETCH(int, status2021);
    QFETCH(int, phase);
    QFETCH(QString, opened);
    QFETCH(QString, text);

    Office office;
    office.status2021 = Status2021(status2021);
    office.phase = phase;
    if (!opened.isEmpty())
        office.opened = PartialDate::parse(opened);
    QCOMPARE(OfficeText::opening(office), text);
}

QTEST_GUILESS_MAIN(TestOfficeText)
#include "tst_officetext.moc"
