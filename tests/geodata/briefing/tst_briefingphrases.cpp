// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/briefing/briefing.h"
#include "geodata/briefing/briefingphrases.h"

#include <QtTest>

using namespace sk;

Q_DECLARE_METATYPE(sk::Language)

// Numbers, dates, plurals and lists as each language writes them; Swedish digit groups and the space before % are
// non-breaking (U+00A0).
class TestBriefingPhrases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void number_data();
    void number();
    void percent_data();
    void percent();
    void date_data();
    void date();
    void count_data();
    void count();
    void list_data();
    void list();
    void sortedSwedishInBothLanguages();
    void languageCodes();
    void markdownEscapesMarkup();
};

void TestBriefingPhrases::number_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("swedish");
    QTest::addColumn<QString>("english");
    QTest::newRow("zero") << 0.0 << "0"
                          << "0";
    QTest::newRow("below a thousand") << 999.4 << "999"
                                      << "999";
    QTest::newRow("rounded up") << 999.5 << "1\u00A0000"
                                << "1,000";
    QTest::newRow("146 403") << 146403.0 << "146\u00A0403"
                             << "146,403";
    QTest::newRow("millions") << 10379295.0 << "10\u00A0379\u00A0295"
                              << "10,379,295";
}

void TestBriefingPhrases::number()
{
    QFETCH(double, value);
    QFETCH(QString, swedish);
    QFETCH(QString, english);
    QCOMPARE(BriefingPhrases(Language::Swedish).number(value), swedish);
    QCOMPARE(BriefingPhrases(Language::English).number(value), english);
}

void TestBriefingPhrases::percent_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<QString>("swedish");
    QTest::addColumn<QString>("english");
    QTest::newRow("88.8") << 0.88765 << "88,8\u00A0%"
                          << "88.8%";
    QTest::newRow("all") << 1.0 << "100,0\u00A0%"
                         << "100.0%";
    QTest::newRow("none") << 0.0 << "0,0\u00A0%"
                          << "0.0%";
    QTest::newRow("small") << 0.0449 << "4,5\u00A0%"
                           << "4.5%";
}

void TestBriefingPhrases::percent()
{
    QFETCH(double, share);
    QFETCH(QString, swedish);
    QFETCH(QString, english);
    QCOMPARE(BriefingPhrases(Language::Swedish).percent(share), swedish);
    QCOMPARE(BriefingPhrases(Language::English).percent(share), english);
}

void TestBriefingPhrases::date_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("swedish");
    QTest::addColumn<QString>("english");
    QTest::newRow("end of phase 1") << QDate(2022, 12, 31) << "31 december 2022"
                                    << "31 December 2022";
    QTest::newRow("first of May") << QDate(2023, 5, 1) << "1 maj 2023"
                                  << "1 May 2023";
    QTest::newRow("takeover") << QDate(2019, 6, 1) << "1 juni 2019"
                              << "1 June 2019";
}

void TestBriefingPhrases::date()
{
    QFETCH(QDate, date);
    QFETCH(QString, swedish);
    QFETCH(QString, english);
    QCOMPARE(BriefingPhrases(Language::Swedish).date(date), swedish);
    QCOMPARE(BriefingPhrases(Language::English).date(date), english);
}

void TestBriefingPhrases::count_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QString>("singular");
    QTest::addColumn<QString>("plural");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0 offices") << Language::English << qint64(0) << "office"
                               << "offices"
                               << "0 offices";
    QTest::newRow("1 office") << Language::English << qint64(1) << "office"
                              << "offices"
                              << "1 office";
    QTest::newRow("2 offices") << Language::English << qint64(2) << "office"
                               << "offices"
                               << "2 offices";
    QTest::newRow("1 kontor") << Language::Swedish << qint64(1) << "kontor"
                              << "kontor"
                              << "1 kontor";
    QTest::newRow("2 kontor") << Language::Swedish << qint64(2) << "kontor"
                              << "kontor"
                              << "2 kontor";
    QTest::newRow("0 kommuner") << Language::Swedish << qint64(0) << "kommun"
                                << "kommuner"
                                << "0 kommuner";
    QTest::newRow("1 kommun") << Language::Swedish << qint64(1) << "kommun"
                              << "kommuner"
                              << "1 kommun";
    QTest::newRow("2 kommuner") << Language::Swedish << qint64(2) << "kommun"
                                << "kommuner"
                                << "2 kommuner";
    QTest::newRow("grouped") << Language::Swedish << qint64(2200) << "invånare"
                             << "invånare"
                             << "2\u00A0200 invånare";
}

void TestBriefingPhrases::count()
{
    QFETCH(Language, language);
    QFETCH(qint64, n);
    QFETCH(QString, singular);
    QFETCH(QString, plural);
    QFETCH(QString, expected);
    QCOMPARE(BriefingPhrases(language).count(n, singular, plural), expected);
}

void TestBriefingPhrases::list_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QString>("swedish");
    QTest::addColumn<QString>("english");
    QTest::newRow("none") << QStringList{} << ""
                          << "";
    QTest::newRow("one") << QStringList{"A"} << "A"
                         << "A";
    QTest::newRow("two") << QStringList{"A", "B"} << "A och B"
                         << "A and B";
    QTest::newRow("three") << QStringList{"A", "B", "C"} << "A, B och C"
                           << "A, B and C";
    QTest::newRow("four, all named") << QStringList{"A", "B", "C", "D"} << "A, B, C och D"
                                     << "A, B, C and D";
    QTest::newRow("five") << QStringList{"A", "B", "C", "D", "E"} << "A, B, C och 2 till"
                          << "A, B, C and 2 more";
    QStringList many;
    for (int i = 0; i < 1004; ++i)
        many << QStringLiteral("N%1").arg(i);
    QTest::newRow("1 004") << many << "N0, N1, N2 och 1\u00A0001 till"
                           << "N0, N1, N2 and 1,001 more";
}

void TestBriefingPhrases::list()
{
    QFETCH(QStringList, items);
    QFETCH(QString, swedish);
    QFETCH(QString, english);
    QCOMPARE(BriefingPhrases(Language::Swedish).list(items), swedish);
    QCOMPARE(BriefingPhrases(Language::English).list(items), english);
}

void TestBriefingPhrases::sortedSwedishInBothLanguages()
{
    QCOMPARE(BriefingPhrases::sorted({"Örebro", "Åre", "Alingsås", "Ängelholm", "Zinkgruvan", "Arvika"}),
             (QStringList{"Alingsås", "Arvika", "Zinkgruvan", "Åre", "Ängelholm", "Örebro"}));
}

void TestBriefingPhrases::languageCodes()
{
    QCOMPARE(languageFromCode(u"sv"), std::optional<Language>(Language::Swedish));
    QCOMPARE(languageFromCode(u"EN"), std::optional<Language>(Language::English));
    QVERIFY(!languageFromCode(u"de"));
    QVERIFY(!languageFromCode(u""));
}

void TestBriefingPhrases::markdownEscapesMarkup()
{
    const Briefing briefing{QStringLiteral("Fas 1 (2022)"),
                            {QStringLiteral("Kontor_A öppnade *nu*."), QStringLiteral("Klart.")}};
    QCOMPARE(briefing.markdown(), QStringLiteral("## Fas 1 (2022)\n\n- Kontor\\_A öppnade \\*nu\\*.\n- Klart.\n"));
    QVERIFY(briefing.markdown(3).startsWith(QStringLiteral("### Fas 1")));
}

QTEST_GUILESS_MAIN(TestBriefingPhrases)
#include "tst_briefingphrases.moc"
