// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

// Every file in tests/data/badfiles goes through inspect() and import() with the guessed mapping, the reference
// tables and the base map's Swedish land; EXPECTED.tsv names the message each must give. Adding a bad file means
// adding a row there.
#include "geodata/import/officeimporter.h"
#include "geodata/reference/basemap.h"
#include "geodata/reference/referencedata.h"
#include "geodata/reference/swedishland.h"

#include <QtTest>

using namespace sk;

namespace {

const QString corpusDirectory = QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/badfiles");
// Written in the manifest instead of a message: the file must import without errors.
const QString importsCleanly = QStringLiteral("-");

struct ManifestRow
{
    int line = 0;
    QString file;
    QString expected;
};

std::vector<ManifestRow> readManifest(QString *error)
{
    QFile file(corpusDirectory + QStringLiteral("/EXPECTED.tsv"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read EXPECTED.tsv");
        return {};
    }
    std::vector<ManifestRow> rows;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QString text = QString::fromUtf8(file.readLine()).chopped(1);
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = text.split(QLatin1Char('\t'));
        if (cells.size() != 2 || cells[0].isEmpty() || cells[1].isEmpty()) {
            *error = QStringLiteral("EXPECTED.tsv, line %1: want file<TAB>message").arg(line);
            return {};
        }
        rows.push_back({line, cells[0], cells[1]});
    }
    return rows;
}

} // namespace

class TestImportCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyFileHasARow();
    void badFile_data();
    void badFile();

private:
    ReferenceData m_reference;
    BaseMap m_baseMap;
};

void TestImportCorpus::initTestCase()
{
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    m_baseMap = BaseMap::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/basemap.gpkg"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestImportCorpus::everyFileHasARow()
{
    QString error;
    const std::vector<ManifestRow> rows = readManifest(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(rows.size() >= 30, qPrintable(QString::number(rows.size())));
    QSet<QString> listed;
    for (const ManifestRow &row : rows) {
        QVERIFY2(!listed.contains(row.file), qPrintable(row.file + QStringLiteral(" is listed twice")));
        listed.insert(row.file);
    }
    // A shapefile's companions travel with its .shp, a CSV's column types with its .csv.
    static const QStringList companions{"shx", "dbf", "prj", "cpg", "csvt"};
    const QFileInfoList entries = QDir(corpusDirectory).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        if (entry.fileName() == QLatin1String("EXPECTED.tsv") || companions.contains(entry.suffix()))
            continue;
        QVERIFY2(listed.contains(entry.fileName()),
                 qPrintable(entry.fileName() + QStringLiteral(" has no row in EXPECTED.tsv")));
    }
}

void TestImportCorpus::badFile_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QString error;
    for (const ManifestRow &row : readManifest(&error))
        QTest::newRow(qPrintable(row.file)) << row.file << row.expected;
}

void TestImportCorpus::badFile()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);

    const QString path = corpusDirectory + QLatin1Char('/') + file;
    const ImportPreview preview = OfficeImporter::inspect(path);
    QStringList messages;
    if (preview.ok()) {
        const SwedishLand land(&m_baseMap);
        const OfficeLoadResult result = OfficeImporter::import(path, preview.guessedMapping, &m_reference, &land);
        messages = result.errors + result.warnings;
        if (expected == importsCleanly) {
            QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
            QVERIFY(!result.offices.empty());
            return;
        }
    } else {
        messages << preview.error;
    }
    QVERIFY2(expected != importsCleanly, qPrintable(messages.join(QLatin1Char('\n'))));
    const QString all = messages.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(expected), qPrintable(QStringLiteral("'%1' not in:\n%2").arg(expected, all)));
    // Whatever went wrong, each message says which file.
    for (const QString &message : std::as_const(messages))
        QVERIFY2(message.contains(file), qPrintable(message));
}

QTEST_GUILESS_MAIN(TestImportCorpus)
#include "tst_importcorpus.moc"
