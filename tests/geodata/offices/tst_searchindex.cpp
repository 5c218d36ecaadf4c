// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/import/officeimporter.h"
#include "geodata/offices/searchindex.h"

#include <QtTest>

using namespace sk;

namespace {

QStringList keysOf(const std::vector<SearchIndex::Entry> &entries)
{
    QStringList keys;
    for (const SearchIndex::Entry &entry : entries)
        keys << (entry.kind == SearchIndex::Kind::Office ? QStringLiteral("office:") : QStringLiteral("municipality:"))
                        + entry.key;
    return keys;
}

Office office(const QString &id, const QString &name)
{
    Office office;
    office.id = id;
    office.name = name;
    office.municipality = QStringLiteral("Berg");
    office.municipalityCode = QStringLiteral("2326");
    return office;
}

} // namespace

class TestSearchIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fold_data();
    void fold();
    void shippedEntries();
    void find_data();
    void find();
    void ranking();
    void rankingLooksAtEveryWord();
    void limit();
    void rebuildReplaces();

private:
    Rollout m_rollout;
    ReferenceData m_reference;
    SearchIndex m_index;
};

void TestSearchIndex::initTestCase()
{
    const OfficeLoadResult offices = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    QVERIFY(offices.ok());
    m_rollout = Rollout(offices.offices);
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY(errors.isEmpty());
    m_index.rebuild(m_rollout, m_reference);
}

void TestSearchIndex::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("ö") << QString::fromUtf8("Malmö") << "malmo";
    QTest::newRow("capital Ö") << QString::fromUtf8("ÖREBRO") << "orebro";
    QTest::newRow("å and ä") << QString::fromUtf8("Håbo Älvdalen") << "habo alvdalen";
    QTest::newRow("é") << QString::fromUtf8("Hélène") << "helene";
    QTest::newRow("hyphen") << QString::fromUtf8("Malung-Sälen") << "malung salen";
    QTest::newRow("spaces folded") << QString::fromUtf8("  Upplands \t  Väsby  ") << "upplands vasby";
    QTest::newRow("decomposed input") << QString::fromUtf8("Go\u0308teborg") << "goteborg";
    QTest::newRow("punctuation kept") << QString::fromUtf8("Göteborg (central office)") << "goteborg (central office)";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("only blanks") << "  - "
                                 << "";
}

void TestSearchIndex::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchIndex::fold(text), folded);
}

void TestSearchIndex::shippedEntries()
{
    QCOMPARE(m_index.entries().size(), size_t(147 + 290));
    const auto laholm
            = std::find_if(m_index.entries().begin(), m_index.entries().end(),
                           [](const SearchIndex::Entry &entry) { return entry.key == QLatin1String("laholm"); });
    QVERIFY(laholm != m_index.entries().end());
    QCOMPARE(laholm->kind, SearchIndex::Kind::Office);
    QCOMPARE(laholm->label, QStringLiteral("Laholm"));
    QVERIFY(laholm->detail.contains(QStringLiteral("Laholm")));
    QVERIFY(qAbs(laholm->position.y() - 6265000) < 10000); // SWEREF northing of Laholm
}

void TestSearchIndex::find_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected"); // the whole ranked result

    const QStringList orebro{"office:orebro", "municipality:1880"};
    QTest::newRow("ÖREBRO") << QString::fromUtf8("ÖREBRO") << orebro;
    QTest::newRow("orebro") << "orebro" << orebro;
    QTest::newRow("Örebro") << QString::fromUtf8("Örebro") << orebro;
    // The municipality matches exactly; the office only by prefix.
    QTest::newRow("goteborg") << "goteborg" << QStringList{"municipality:1480", "office:goteborg-city"};
    QTest::newRow("malmo") << "malmo"
                           << QStringList{"municipality:1280", "office:malmo-city", "office:malmo-mobilia",
                                          "office:malmo-rosengard", "office:malmo-varnhem"};
    // Exact matches first, substrings last, in alphabetical order.
    QTest::newRow("lund") << "lund"
                          << QStringList{"office:lund", "municipality:1281", "office:goteborg-frolunda",
                                         "office:hallunda"};
    QTest::newRow("sala") << "sala"
                          << QStringList{"office:sala", "municipality:1981", "office:uppsala", "municipality:0380"};
    QTest::newRow("second word") << "vasby" << QStringList{"municipality:0114"};
    QTest::newRow("mixed case and blanks") << "  MALMÖ   rosengård " << QStringList{"office:malmo-rosengard"};
    QTest::newRow("no match") << "zzzz" << QStringList{};
    QTest::newRow("blank query") << "   " << QStringList{};
}

void TestSearchIndex::find()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QCOMPARE(keysOf(m_index.find(query)), expected);
}

void TestSearchIndex::ranking()
{
    // Exact office, exact municipality, word-start prefixes (alphabetical), then substrings.
    QStringList errors;
    const ReferenceData reference
            = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/reference"), &errors);
    QVERIFY(errors.isEmpty());
    const Rollout rollout({office("vikberg", QStringLiteral("Vikberg")),
                           office("ost-berga", QString::fromUtf8("Öst Berga")),
                           office("bergsjo", QString::fromUtf8("Bergsjö")), office("berg", QStringLiteral("Berg"))});
    SearchIndex index;
    index.rebuild(rollout, reference);
    QCOMPARE(keysOf(index.find(QStringLiteral("berg"))),
             (QStringList{"office:berg", "municipality:2326", "office:bergsjo", "office:ost-berga", "office:vikberg"}));
    QCOMPARE(keysOf(index.find(QStringLiteral("BERGA"))), (QStringList{"office:ost-berga"}));
}

void TestSearchIndex::rankingLooksAtEveryWord()
{
    // "berg" starts the word "Bergsjö" in "Vikberg Bergsjö": a whole-word prefix, although it first occurs inside
    // "Vikberg". It must rank with the prefix matches, before the substring match "Åkerberg".
    QStringList errors;
    const ReferenceData reference
            = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/reference"), &errors);
    QVERIFY(errors.isEmpty());
    const Rollout rollout({office("akerberg", QString::fromUtf8("Åkerberg")),
                           office("vikberg-bergsjo", QString::fromUtf8("Vikberg Bergsjö")),
                           office("bergvik", QStringLiteral("Bergvik"))});
    SearchIndex index;
    index.rebuild(rollout, reference);
    QCOMPARE(keysOf(index.find(QStringLiteral("berg"))),
             (QStringList{"municipality:2326", "office:bergvik", "office:vikberg-bergsjo", "office:akerberg"}));
}

void TestSearchIndex::limit()
{
    const std::vector<SearchIndex::Entry> all = m_index.find(QStringLiteral("a"), 1000);
    QVERIFY(all.size() > 100);
    QCOMPARE(m_index.find(QStringLiteral("a")).size(), size_t(20)); // the default limit
    const std::vector<SearchIndex::Entry> five = m_index.find(QStringLiteral("a"), 5);
    QCOMPARE(five.size(), size_t(5));
    // The limit cuts the ranked list; it does not change the order.
    for (size_t i = 0; i < five.size(); ++i)
        QCOMPARE(five[i].key, all[i].key);
    QVERIFY(m_index.find(QStringLiteral("a"), 0).empty());
    QCOMPARE(m_index.find(QStringLiteral("malmo"), 2).size(), size_t(2));
}

void TestSearchIndex::rebuildReplaces()
{
    SearchIndex index;
    QVERIFY(index.find(QStringLiteral("malmo")).empty());
    index.rebuild(m_rollout, m_reference);
    index.rebuild(Rollout(), m_reference); // no offices now
    QCOMPARE(index.entries().size(), size_t(290));
    QCOMPARE(keysOf(index.find(QStringLiteral("orebro"))), (QStringList{"municipality:1880"}));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
