// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/import/officeimporter.h"
#include "geodata/reports/rolloutreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace sk;

class TestRolloutReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void forDate_data();
    void forDate();
    void json();
    void csv();
    void csvQuotingAndNesting();
    void published();

private:
    Rollout m_rollout;
    ReferenceData m_reference;
};

void TestRolloutReport::initTestCase()
{
    const OfficeLoadResult offices = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    QVERIFY(offices.ok());
    m_rollout = Rollout(offices.offices);
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY(errors.isEmpty());
}

void TestRolloutReport::forDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("open");
    QTest::addColumn<int>("pending");
    QTest::addColumn<int>("municipalities");
    QTest::addColumn<QList<int>>("statuses"); // open, establishing, phase 1, phase 2, later, closed
    QTest::addColumn<int>("openMax");
    QTest::addColumn<int>("municipalitiesMax");
    QTest::addColumn<int>("closingPending");

    QTest::newRow("order day") << QDate(2021, 5, 25) << 115 << 0 << 108 << QList<int>{115, 4, 14, 14, 0, 0} << 115
                               << 108 << 0;
    QTest::newRow("mid phase 1") << QDate(2022, 6, 30) << 117 << 13 << 110 << QList<int>{117, 3, 13, 14, 0, 0} << 130
                                 << 116 << 0;
    QTest::newRow("spring 2025") << QDate(2025, 5, 30) << 136 << 0 << 116 << QList<int>{139, 0, 0, 0, 0, 8} << 139
                                 << 119 << 3;
    QTest::newRow("last date") << QDate(2026, 12, 31) << 132 << 0 << 113 << QList<int>{132, 0, 0, 0, 0, 15} << 132
                               << 113 << 0;
}

void TestRolloutReport::forDate()
{
    QFETCH(QDate, date);
    QFETCH(int, open);
    QFETCH(int, pending);
    QFETCH(int, municipalities);
    QFETCH(QList<int>, statuses);
    QFETCH(int, openMax);
    QFETCH(int, municipalitiesMax);
    QFETCH(int, closingPending);

    const QJsonObject row = RolloutReport::forDate(m_rollout, m_reference, date);
    QStringList keys = row.keys();
    QCOMPARE(keys,
             (QStringList{"date", "municipalities_total", "municipalities_with_office",
                          "municipalities_with_office_max", "offices_closing_pending", "offices_open",
                          "offices_open_max", "offices_opening_pending", "status_counts"}));
    QCOMPARE(row.value(QStringLiteral("offices_open_max")).toInt(-1), openMax);
    QCOMPARE(row.value(QStringLiteral("municipalities_with_office_max")).toInt(-1), municipalitiesMax);
    QCOMPARE(row.value(QStringLiteral("offices_closing_pending")).toInt(-1), closingPending);
    QCOMPARE(row.value(QStringLiteral("date")).toString(), date.toString(Qt::ISODate));
    QCOMPARE(row.value(QStringLiteral("offices_open")).toInt(-1), open);
    QCOMPARE(row.value(QStringLiteral("offices_opening_pending")).toInt(-1), pending);
    QCOMPARE(row.value(QStringLiteral("municipalities_with_office")).toInt(-1), municipalities);
    QCOMPARE(row.value(QStringLiteral("municipalities_total")).toInt(-1), 290);

    const QJsonObject counts = row.value(QStringLiteral("status_counts")).toObject();
    const QStringList statusKeys{"open", "establishing", "planned_phase1", "planned_phase2", "planned_later", "closed"};
    QCOMPARE(counts.size(), statusKeys.size()); // "not_yet_known" is not reported
    for (qsizetype i = 0; i < statusKeys.size(); ++i)
        QCOMPARE(counts.value(statusKeys[i]).toInt(-1), statuses[i]);
}

void TestRolloutReport::json()
{
    const QJsonObject first = RolloutReport::forDate(m_rollout, m_reference, QDate(2021, 5, 25));
    const QJsonObject second = RolloutReport::forDate(m_rollout, m_reference, QDate(2023, 12, 31));

    // One date: an object; several: an array in the order given.
    QJsonParseError error;
    const QJsonDocument single = QJsonDocument::fromJson(RolloutReport::toJson({first}).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(single.isObject());
    QCOMPARE(single.object(), first);

    const QJsonDocument both = QJsonDocument::fromJson(RolloutReport::toJson({first, second}).toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(both.isArray());
    QCOMPARE(both.array().size(), 2);
    QCOMPARE(both.array().at(1).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2023-12-31"));
    QCOMPARE(both.array().at(1).toObject().value(QStringLiteral("offices_open")).toInt(), 134);
    QCOMPARE(both.array().at(1).toObject().value(QStringLiteral("offices_open_max")).toInt(), 145);
}

void TestRolloutReport::csv()
{
    std::vector<QJsonObject> rows;
    for (const QDate date : {QDate(2021, 5, 25), QDate(2022, 12, 31), QDate(2026, 12, 31)})
        rows.push_back(RolloutReport::forDate(m_rollout, m_reference, date));
    const QString csv = RolloutReport::toCsv(rows);
    QVERIFY(csv.endsWith(QLatin1Char('\n')));
    const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines[0],
             QStringLiteral("date,municipalities_total,municipalities_with_office,municipalities_with_office_max,"
                            "offices_closing_pending,offices_open,offices_open_max,offices_opening_pending,"
                            "status_counts.closed,status_counts.establishing,status_counts.open,"
                            "status_counts.planned_later,status_counts.planned_phase1,status_counts.planned_phase2"));
    QCOMPARE(lines[1], QStringLiteral("2021-05-25,290,108,108,0,115,115,0,0,4,115,0,14,14"));
    QCOMPARE(lines[2], QStringLiteral("2022-12-31,290,112,116,0,123,131,8,0,0,123,0,10,14"));
    QCOMPARE(lines[3], QStringLiteral("2026-12-31,290,113,113,0,132,132,0,15,0,132,0,0,0"));
    QVERIFY(RolloutReport::toCsv({}).isEmpty());
}

void TestRolloutReport::published()
{
    PublishedCount december;
    december.date = *PartialDate::parse(u"2023-12");
    december.offices = 138;
    december.source = QStringLiteral("https://www.regeringen.se/x");
    PublishedCount turnOfYear;
    turnOfYear.date = *PartialDate::parse(u"2024-12-31");
    turnOfYear.offices = 148;
    turnOfYear.municipalities = 126;
    turnOfYear.source = QStringLiteral("https://akademikern.se/y");
    const PublishedCounts counts({december, turnOfYear});

    const QJsonObject inMonth = RolloutReport::forDate(m_rollout, m_reference, QDate(2023, 12, 31), counts);
    const QJsonObject published = inMonth.value(QStringLiteral("published")).toObject();
    QCOMPARE(published.value(QStringLiteral("offices")).toInt(), 138);
    QCOMPARE(published.value(QStringLiteral("date")).toString(), QStringLiteral("2023-12"));
    QCOMPARE(published.value(QStringLiteral("source")).toString(), QStringLiteral("https://www.regeringen.se/x"));
    QVERIFY(!published.contains(QStringLiteral("municipalities")));
    // A day-precise count only on its day; no count, no key.
    QVERIFY(!RolloutReport::forDate(m_rollout, m_reference, QDate(2024, 12, 30), counts)
                     .contains(QStringLiteral("published")));
    const QJsonObject onDay = RolloutReport::forDate(m_rollout, m_reference, QDate(2024, 12, 31), counts);
    QCOMPARE(onDay.value(QStringLiteral("published")).toObject().value(QStringLiteral("municipalities")).toInt(), 126);

    // CSV: rows with and without a published count share one header, empty cells where there is none.
    const QString csv = RolloutReport::toCsv(
            {RolloutReport::forDate(m_rollout, m_reference, QDate(2023, 11, 30), counts), inMonth});
    const QStringList lines = csv.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines[0].endsWith(QStringLiteral(",published.date,published.offices,published.source")),
             qPrintable(lines[0]));
    QVERIFY(lines[1].endsWith(QStringLiteral(",,,")));
    QVERIFY(lines[2].endsWith(QStringLiteral(",2023-12,138,https://www.regeringen.se/x")));
}

void TestRolloutReport::csvQuotingAndNesting()
{
    QJsonObject row;
    row.insert(QStringLiteral("name"), QStringLiteral("Göteborg, \"central\""));
    row.insert(QStringLiteral("ratio"), 0.125);
    row.insert(QStringLiteral("big"), 10379295);
    row.insert(QStringLiteral("list"), QJsonArray{1, 2});
    row.insert(QStringLiteral("nested"),
               QJsonObject{{QStringLiteral("deeper"), QJsonObject{{QStringLiteral("x"), true}}}});
    const QString csv = RolloutReport::toCsv({row});
    QCOMPARE(csv,
             QString::fromUtf8("big,list,name,nested.deeper.x,ratio\n"
                               "10379295,\"[1,2]\",\"Göteborg, \"\"central\"\"\",true,0.125\n"));
}

QTEST_GUILESS_MAIN(TestRolloutReport)
#include "tst_rolloutreport.moc"
