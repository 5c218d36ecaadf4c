// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/briefing/briefingtext.h"
#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/embeddedpopulation.h"
#include "geodata/coverage/nearestoffices.h"
#include "geodata/coverage/placelookup.h"
#include "geodata/import/officeimporter.h"
#include "geodata/regions/regionaggregates.h"
#include "geodata/reports/coveragereport.h"
#include "geodata/reports/nearestreport.h"
#include "geodata/reports/regionreport.h"
#include "geodata/reports/rolloutreport.h"
#include "geodata/reports/suggestionreport.h"
#include "geodata/suggestions/officesuggester.h"
#include "tests/common/imagecomparison.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

// The servicekarta binary run as a user runs it, with no display.
class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportEqualsModel_data();
    void reportEqualsModel();
    void reportCsvHasOneRowPerDate();
    void reportRegionsEqualsAggregates_data();
    void reportRegionsEqualsAggregates();
    void reportRegionsCsv();
    void reportCoverage_data();
    void reportCoverage();
    void brief_data();
    void brief();
    void checkData_data();
    void checkData();
    void exportTwoDatesDiffer();
    void exportHonoursSize();
    void frameSequence_data();
    void frameSequence();
    void vectorExports();
    void coverageWithUserPopulation();
    void coverageNamesThePopulationModel_data();
    void coverageNamesThePopulationModel();
    void nearest_data();
    void nearest();
    void nearestCsv();
    void nearestErrors_data();
    void nearestErrors();
    void suggest_data();
    void suggest();
    void suggestCsv();
    void suggestFewerThanAsked();
    void scenarioChangesTheReport_data();
    void scenarioChangesTheReport();
    void scenarioIsChecked();
    void unreadableScenarioIsRefused();
    void badArguments_data();
    void badArguments();
    void refusedRangeWritesNothing();
    void tooManyStepsAreRefused();
    void exportBmp();
    void exportLook_data();
    void exportLook();
    void filteredFramesMatchFilteredExport();
    void scenarioBandInExports();
    void bigExportKeepsTheLayout();

private:
    static QJsonArray rowsOf(const QByteArray &json, qsizetype dates);

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments);

    Atlas m_atlas;
    QTemporaryDir m_dir;
};

TestCommandLine::Run TestCommandLine::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("DISPLAY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SERVICEKARTA_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

void TestCommandLine::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

void TestCommandLine::reportEqualsModel_data()
{
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("one date") << QStringList{QStringLiteral("2021-05-25")};
    QTest::newRow("phases") << QStringList{QStringLiteral("2021-12-31"), QStringLiteral("2022-12-31"),
                                           QStringLiteral("2023-12-31"), QStringLiteral("2026-06-30")};
}

void TestCommandLine::reportEqualsModel()
{
    QFETCH(QStringList, dates);
    QStringList arguments{QStringLiteral("--report"), QStringLiteral("--format"), QStringLiteral("json")};
    for (const QString &date : dates)
        arguments << QStringLiteral("--date") << date;
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QJsonArray rows;
    if (dates.size() == 1)
        rows.append(document.object());
    else
        rows = document.array();
    QCOMPARE(rows.size(), dates.size());
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QDate date = QDate::fromString(dates[i], Qt::ISODate);
        const QJsonObject row = rows[i].toObject();
        const StatusCounts counts = m_atlas.rollout().countsAt(date);
        QCOMPARE(row.value("date").toString(), dates[i]);
        QCOMPARE(row.value("offices_open").toInt(), counts.open());
        QCOMPARE(row.value("municipalities_with_office").toInt(), counts.municipalitiesWithOffice);
        QCOMPARE(row.value("status_counts").toObject().value("planned_phase1").toInt(),
                 counts.count(OfficeStatus::PlannedPhase1));
        QCOMPARE(row, RolloutReport::forDate(m_atlas.rollout(), m_atlas.reference(), date, m_atlas.publishedCounts()));
    }
}

void TestCommandLine::reportCsvHasOneRowPerDate()
{
    const Run result = run({"--report", "--format", "csv", "--date", "2022-06-30", "--date", "2023-06-30"});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith("date,"));
    QVERIFY(lines[0].contains("offices_open"));
    QVERIFY(lines[1].startsWith("2022-06-30,"));
    QVERIFY(lines[2].startsWith("2023-06-30,"));
}

QJsonArray TestCommandLine::rowsOf(const QByteArray &json, qsizetype dates)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (dates == 1)
        return QJsonArray{document.object()};
    return document.array();
}

void TestCommandLine::reportRegionsEqualsAggregates_data()
{
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("one date") << QStringList{QStringLiteral("2023-12-31")};
    QTest::newRow("order and end of phase 2")
            << QStringList{QStringLiteral("2021-05-25"), QStringLiteral("2023-12-31")};
}

// The printed numbers are the in-process aggregates, and they add up to the national counts.
void TestCommandLine::reportRegionsEqualsAggregates()
{
    QFETCH(QStringList, dates);
    QStringList arguments{QStringLiteral("--report"), QStringLiteral("--regions"), QStringLiteral("--format"),
                          QStringLiteral("json")};
    for (const QString &date : dates)
        arguments << QStringLiteral("--date") << date;
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray rows = rowsOf(result.out, dates.size());
    QCOMPARE(rows.size(), dates.size());
    const RegionAggregates regions(m_atlas.rollout(), m_atlas.reference());
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const QDate date = QDate::fromString(dates[i], Qt::ISODate);
        const QJsonObject row = rows[i].toObject();
        QCOMPARE(row, RegionReport::toJson(regions.at(date)));
        QCOMPARE(row.value("date").toString(), dates[i]);
        QCOMPARE(row.value("fa_regions_total").toInt(), 60);
        const QJsonArray without = row.value("fa_regions_without_office").toArray();
        QCOMPARE(row.value("fa_regions_with_office").toInt() + without.size(), 60);
        for (const QJsonValue &region : without) {
            QVERIFY(!region.toObject().value("code").toString().isEmpty());
            QVERIFY(!region.toObject().value("name").toString().isEmpty());
        }
        const QJsonArray counties = row.value("counties").toArray();
        QCOMPARE(counties.size(), 21);
        int offices = 0;
        int withOffice = 0;
        int total = 0;
        for (const QJsonValue &county : counties) {
            offices += county.toObject().value("offices_open").toInt();
            withOffice += county.toObject().value("municipalities_with_office").toInt();
            total += county.toObject().value("municipalities_total").toInt();
        }
        const StatusCounts counts = m_atlas.rollout().countsAt(date);
        QCOMPARE(offices, counts.open());
        QCOMPARE(withOffice, counts.municipalitiesWithOffice);
        QCOMPARE(total, 290);
    }
}

void TestCommandLine::reportRegionsCsv()
{
    const Run result
            = run({"--report", "--regions", "--format", "csv", "--date", "2022-06-30", "--date", "2023-06-30"});
    QCOMPARE(result.exitCode, 0);
    const RegionAggregates regions(m_atlas.rollout(), m_atlas.reference());
    QCOMPARE(QString::fromUtf8(result.out),
             RegionReport::toCsv({regions.at(QDate(2022, 6, 30)), regions.at(QDate(2023, 6, 30))}));
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 2 * (60 + 21));
    QVERIFY(lines[0].startsWith("date,level,code,name,offices_open,municipalities_with_office,municipalities_total,"));
    QVERIFY(lines[1].startsWith("2022-06-30,fa_region,01,Malm"));
    QVERIFY(lines.back().startsWith("2023-06-30,county,25,Norrbottens l"));
}

void TestCommandLine::reportCoverage_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("dates");
    QTest::newRow("json, one date") << "json" << QStringList{QStringLiteral("2023-12-31")};
    QTest::newRow("json, two dates") << "json"
                                     << QStringList{QStringLiteral("2021-05-25"), QStringLiteral("2023-12-31")};
    QTest::newRow("csv") << "csv" << QStringList{QStringLiteral("2021-05-25"), QStringLiteral("2023-12-31")};
}

void TestCommandLine::reportCoverage()
{
    QFETCH(QString, format);
    QFETCH(QStringList, dates);
    QStringList arguments{QStringLiteral("--report"), QStringLiteral("--coverage"), QStringLiteral("--format"), format};
    std::vector<QDate> parsed;
    for (const QString &date : dates) {
        arguments << QStringLiteral("--date") << date;
        parsed.push_back(QDate::fromString(date, Qt::ISODate));
    }
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    if (format == QLatin1String("csv")) {
        QCOMPARE(QString::fromUtf8(result.out), CoverageReport::csvForDates(m_atlas, parsed));
        return;
    }
    const QJsonArray rows = rowsOf(result.out, dates.size());
    QCOMPARE(rows.size(), dates.size());
    for (size_t i = 0; i < parsed.size(); ++i)
        QCOMPARE(rows[qsizetype(i)].toObject(), CoverageReport::forDate(m_atlas, parsed[i]));
}

void TestCommandLine::brief_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("step");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("section");
    QTest::newRow("sv, phases") << "sv"
                                << "phase"
                                << "# Lägesbild 31 december 2021 – 31 december 2023\n"
                                << "## Fas 1 (2022)\n\n- 14 kontor planerades för fas 1;";
    QTest::newRow("en, phases") << "en"
                                << "phase"
                                << "# Briefing 31 December 2021 – 31 December 2023\n"
                                << "## Phase 2 (2023)\n\n- 14 offices were planned for phase 2;";
    QTest::newRow("en, months") << "en"
                                << "month"
                                << "# Briefing 31 December 2021 – 31 December 2023\n"
                                << "## 30 April 2022 – 31 May 2022\n\n- ";
}

void TestCommandLine::brief()
{
    QFETCH(QString, lang);
    QFETCH(QString, step);
    QFETCH(QString, heading);
    QFETCH(QString, section);
    const Run result = run({"--brief", "--from", "2021-12-31", "--to", "2023-12-31", "--lang", lang, "--step", step});
    QCOMPARE(result.exitCode, 0);
    const QString markdown = QString::fromUtf8(result.out);
    QVERIFY2(markdown.startsWith(heading), qPrintable(markdown.left(200)));
    QVERIFY2(markdown.contains(section), qPrintable(markdown.left(600)));
    QCOMPARE(markdown,
             BriefingText(m_atlas).document(QDate(2021, 12, 31), QDate(2023, 12, 31),
                                            step == QLatin1String("phase") ? TimelineSteps::Step::Phase
                                                                           : TimelineSteps::Step::Month,
                                            lang == QLatin1String("sv") ? Language::Swedish : Language::English));
}

void TestCommandLine::checkData_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("finding"); // a pattern one line of the output matches
    // The shipped list: its 50 rows without a source, the 6 published counts outside the data's range and its 3
    // shared town-centre points, no error.
    QTest::newRow("shipped")
            << QStringList{} << 0 << "offices.csv: errors: 0, warnings: 56, info: 3"
            << "^info: offices\\.csv, line \\d+ \\(eskilstuna-2\\): shares its position with eskilstuna ";
    QTest::newRow("shipped, a published count outside the data's range")
            << QStringList{} << 0 << "offices.csv: errors: 0, warnings: 56, info: 3"
            << "^warning: published_counts\\.csv, line 13: published 148 offices \\(2024-12-31, "
               "https://akademikern\\.se/\\S+\\) lies outside the data's 147 at that date$";
    QTest::newRow("crafted rows")
            << QStringList{"--offices", SERVICEKARTA_TEST_DATA_DIR "/checks/bad-rows.csv"} << 1
            << "bad-rows.csv: errors: 3, warnings: 3, info: 1"
            << "^error: bad-rows\\.csv, line 3 \\(unknown-code\\): municipality_code 9999 is not in the municipality "
               "table$";
    QTest::newRow("outside Sweden")
            << QStringList{"--offices", SERVICEKARTA_TEST_DATA_DIR "/badfiles/outside-oslo.csv"} << 1
            << "outside-oslo.csv: errors: 1, warnings: 1, info: 0"
            << "^error: outside-oslo\\.csv, line 3: lat 59\\.9139, lon 10\\.7522 lies in Norway, not in Sweden$";
    QTest::newRow("a line longer than GDAL reads")
            << QStringList{"--offices", SERVICEKARTA_TEST_DATA_DIR "/badfiles/long-cell.csv"} << 1
            << "long-cell.csv: errors: 1, warnings: 0, info: 0"
            << "^error: long-cell\\.csv, line 4: cannot be read \\(Maximum number of characters allowed reached\\.\\); "
               "the file is refused, not read in part$";
    QTest::newRow("a zeroed page") << QStringList{"--offices",
                                                  SERVICEKARTA_TEST_DATA_DIR "/badfiles/scenario-zeroed-page.gpkg"}
                                   << 1 << "scenario-zeroed-page.gpkg: errors: 1, warnings: 0, info: 0"
                                   << "^error: scenario-zeroed-page\\.gpkg, feature 55: cannot be read \\(";
    QTest::newRow("rows the loader refuses")
            << QStringList{"--offices", SERVICEKARTA_TEST_DATA_DIR "/offices/bad-latitude.csv"} << 1
            << "bad-latitude.csv: errors: 1, warnings: 1, info: 0"
            << "^error: bad-latitude\\.csv, line 3: lat 'north'";
}

void TestCommandLine::checkData()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, summary);
    QFETCH(QString, finding);
    const Run result = run(QStringList{"--check-data"} + options);
    QCOMPARE(result.exitCode, exitCode);
    const QStringList lines = QString::fromUtf8(result.out).trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.back(), summary);
    QVERIFY2(!lines.filter(QRegularExpression(finding)).isEmpty(), result.out.constData());
    const qsizetype errors = lines.filter(QRegularExpression(QStringLiteral("^error: "))).size();
    QCOMPARE(errors > 0, exitCode == 1);
    // GDAL's own complaints are in the findings, with file and line, not raw on stderr.
    QVERIFY2(!result.err.contains("ERROR"), result.err.constData());
}

void TestCommandLine::exportTwoDatesDiffer()
{
    const QString before = m_dir.filePath(QStringLiteral("before.png"));
    const QString after = m_dir.filePath(QStringLiteral("after.png"));
    QCOMPARE(run({"--date", "2021-05-25", "--export", before, "--size", "600x800"}).exitCode, 0);
    QCOMPARE(run({"--date", "2023-12-31", "--export", after, "--size", "600x800"}).exitCode, 0);
    const QImage a(before);
    const QImage b(after);
    QCOMPARE(a.size(), QSize(600, 800));
    const ImageComparison comparison = ImageComparison::compare(a, b, 16);
    QVERIFY(comparison.problem.isEmpty());
    QVERIFY(comparison.mismatched > 500);
}

void TestCommandLine::exportHonoursSize()
{
    const QString path = m_dir.filePath(QStringLiteral("wide.png"));
    const Run result = run({"--date", "2022-12-31", "--export", path, "--size", "1280x720"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QImage(path).size(), QSize(1280, 720));
}

void TestCommandLine::frameSequence_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("frames");
    // Both ends are included; month steps are month ends in between.
    QTest::newRow("months") << QStringList{"--from", "2022-01-15", "--to", "2022-06-30"} << "2022-01-15"
                            << "2022-06-30" << 7;
    QTest::newRow("phases") << QStringList{"--from", "2021-06-01", "--to", "2024-06-30", "--step", "phase"}
                            << "2021-06-01"
                            << "2024-06-30" << 4;
}

void TestCommandLine::frameSequence()
{
    QFETCH(QStringList, options);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(int, frames);
    const QString folder = m_dir.filePath(QStringLiteral("frames-%1").arg(QTest::currentDataTag()));
    const Run result = run(QStringList{"--export-frames", folder, "--size", "300x450"} + options);
    QCOMPARE(result.exitCode, 0);
    const QStringList files = QDir(folder).entryList({QStringLiteral("frame-*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), frames);
    QCOMPARE(files.front(), QStringLiteral("frame-0001.png"));
    // The first and last frames are exactly what --export renders for those dates.
    for (const auto &[file, date] : {std::pair{files.front(), first}, std::pair{files.back(), last}}) {
        const QString single = m_dir.filePath(QStringLiteral("single-%1.png").arg(date));
        QCOMPARE(run({"--date", date, "--export", single, "--size", "300x450"}).exitCode, 0);
        const ImageComparison comparison
                = ImageComparison::compare(QImage(QDir(folder).filePath(file)), QImage(single), 0);
        QVERIFY(comparison.problem.isEmpty());
        QCOMPARE(comparison.mismatched, 0);
    }
}

void TestCommandLine::vectorExports()
{
    const QString pdf = m_dir.filePath(QStringLiteral("map.pdf"));
    const QString svg = m_dir.filePath(QStringLiteral("map.svg"));
    QCOMPARE(run({"--date", "2023-06-30", "--export", pdf}).exitCode, 0);
    QCOMPARE(run({"--date", "2023-06-30", "--export", svg, "--size", "500x700"}).exitCode, 0);
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QVERIFY(svgFile.readAll().contains("<path"));
}

void TestCommandLine::coverageWithUserPopulation()
{
    // Two people, one at Kiruna's office and one 60 km north-west of it: half live within 5 km.
    const QString path = m_dir.filePath(QStringLiteral("people.geojson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"inv":1},"geometry":{"type":"Point","coordinates":[20.2251,67.8557]}},
        {"type":"Feature","properties":{"inv":1},"geometry":{"type":"Point","coordinates":[18.9,68.3]}}]})");
    file.close();
    const Run result = run(
            {"--report", "--coverage", "--date", "2023-12-31", "--population", path, "--population-field", "inv"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject row = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(row.value("population_total").toDouble(), 2.0);
    QCOMPARE(row.value("population_within_km").toObject().value("5").toDouble(), 0.5);

    const Run bad = run(
            {"--report", "--coverage", "--date", "2023-12-31", "--population", path, "--population-field", "people"});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains("people.geojson"), bad.err.constData());
    QVERIFY2(bad.err.contains("people"), bad.err.constData());
}

namespace {

const char *scenarioFixture = SERVICEKARTA_TEST_DATA_DIR "/scenario/what-if.gpkg";

} // namespace

void TestCommandLine::coverageNamesThePopulationModel_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("model");
    QTest::newRow("default") << QStringList{} << "dispersed";
    QTest::newRow("points") << QStringList{"--population-model", "points"} << "points";
    QTest::newRow("dispersed") << QStringList{"--population-model", "dispersed"} << "dispersed";
}

// The report names the model it used, and its numbers are that model's.
void TestCommandLine::coverageNamesThePopulationModel()
{
    QFETCH(QStringList, options);
    QFETCH(QString, model);
    const Run result = run(QStringList{"--report", "--coverage", "--date", "2023-12-31"} + options);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value("population_model").toString(), model);
    const CoverageCalculator calculator(m_atlas.rollout(), m_atlas.reference(),
                                        EmbeddedPopulation::build(m_atlas, *EmbeddedPopulation::fromName(model)));
    QCOMPARE(json, CoverageReport::toJson(calculator.at(QDate(2023, 12, 31))));
    const Run csv = run(QStringList{"--report", "--coverage", "--date", "2023-12-31", "--format", "csv"} + options);
    QCOMPARE(csv.exitCode, 0);
    const QList<QByteArray> lines = csv.out.trimmed().split('\n');
    QVERIFY(lines[0].endsWith(",has_office,population_model"));
    QVERIFY(lines[1].endsWith("," + model.toUtf8()));
}

void TestCommandLine::nearest_data()
{
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("label");
    QTest::newRow("coordinate") << "65.83,23.17"
                                << "2023-12-31"
                                << "65.83,23.17";
    QTest::newRow("degrees and minutes") << "65°49.8'N 23°10.2'E"
                                         << "2021-05-25"
                                         << "65°49.8'N 23°10.2'E";
    QTest::newRow("locality") << "Pajala"
                              << "2023-12-31"
                              << "Pajala";
    QTest::newRow("municipality") << "värmdö"
                                  << "2026-06-30"
                                  << "Gustavsberg (seat of Värmdö)";
}

// The printed list is the in-process one: three offices open at the date, nearest first.
void TestCommandLine::nearest()
{
    QFETCH(QString, place);
    QFETCH(QString, date);
    QFETCH(QString, label);
    const Run result = run({"--nearest", place, "--date", date, "--format", "json"});
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const PlaceLookup::Place resolved = PlaceLookup::resolve(place, m_atlas.reference());
    QVERIFY(resolved.ok());
    const QDate day = QDate::fromString(date, Qt::ISODate);
    const NearestReport expected(resolved.label, resolved.coordinate, day,
                                 NearestOffices::find(m_atlas.rollout().offices(), resolved.coordinate, day));
    QCOMPARE(json, expected.toJsonObject());
    QCOMPARE(json.value("place").toString(), label);
    const QJsonArray offices = json.value("offices").toArray();
    QCOMPARE(offices.size(), 3);
    double previous = 0;
    for (const QJsonValue &office : offices) {
        const QJsonObject row = office.toObject();
        QVERIFY(!row.value("name").toString().isEmpty());
        QVERIFY(!row.value("municipality").toString().isEmpty());
        QVERIFY(row.value("distance_km").toDouble() >= previous);
        previous = row.value("distance_km").toDouble();
        QVERIFY(row.value("bearing_deg").toDouble() >= -180 && row.value("bearing_deg").toDouble() <= 360);
    }
}

void TestCommandLine::nearestCsv()
{
    const Run result = run({"--nearest", "65.83,23.17", "--date", "2023-12-31", "--format", "csv"});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 3);
    QCOMPARE(lines[0], QByteArray("name,municipality,distance_km,bearing_deg"));
    const QGeoCoordinate from(65.83, 23.17);
    const NearestReport expected(QStringLiteral("65.83,23.17"), from, QDate(2023, 12, 31),
                                 NearestOffices::find(m_atlas.rollout().offices(), from, QDate(2023, 12, 31)));
    QCOMPARE(QString::fromUtf8(result.out), expected.toCsv());
}

void TestCommandLine::nearestErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("latitude beyond the pole")
            << QStringList{"--nearest", "91.5,23.17"} << 2 << "--nearest: '91.5,23.17': latitude must lie within ±90°";
    QTest::newRow("longitude first") << QStringList{"--nearest", "23.17,65.83"} << 2 << "is it latitude first?";
    QTest::newRow("not a coordinate") << QStringList{"--nearest", "65.83"} << 2 << "is not a coordinate";
    QTest::newRow("unknown place") << QStringList{"--nearest", "Atlantis"} << 1
                                   << "--nearest: 'Atlantis' is neither a locality nor a municipality";
    QTest::newRow("two dates") << QStringList{"--nearest", "Pajala", "--date", "2022-01-01", "--date", "2023-01-01"}
                               << 2 << "--nearest takes one --date";
    QTest::newRow("with --report") << QStringList{"--nearest", "Pajala", "--report", "--date", "2022-01-01"} << 2
                                   << "cannot be combined";
    QTest::newRow("unknown model") << QStringList{"--report",   "--coverage",         "--date",
                                                  "2022-01-01", "--population-model", "grid"}
                                   << 2 << "--population-model 'grid' is not dispersed or points";
}

void TestCommandLine::nearestErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.out.isEmpty());
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
}

void TestCommandLine::suggest_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("officesPath"); // empty: the shipped list
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("withinKm");
    QTest::newRow("5 within 20 km") << QStringList{"--suggest", "5", "--within", "20", "--date", "2023-12-31"}
                                    << QString() << QDate(2023, 12, 31) << 5 << 20.0;
    QTest::newRow("default distance") << QStringList{"--suggest", "3", "--date", "2022-06-30", "--format", "json"}
                                      << QString() << QDate(2022, 6, 30) << 3 << 20.0;
    QTest::newRow("scenario, 12 within 7.5 km")
            << QStringList{"--suggest", "12", "--within", "7.5", "--date", "2023-12-31", "--scenario", scenarioFixture}
            << QString::fromUtf8(scenarioFixture) << QDate(2023, 12, 31) << 12 << 7.5;
}

// The printed run is the in-process one, with as many places as asked for.
void TestCommandLine::suggest()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, officesPath);
    QFETCH(QDate, date);
    QFETCH(int, count);
    QFETCH(double, withinKm);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(result.out, &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.value("suggestions").toArray().size(), count);
    QCOMPARE(json.value("date").toString(), date.toString(Qt::ISODate));
    QCOMPARE(json.value("within_km").toDouble(), withinKm);
    QCOMPARE(json.value("population_source").toString(), QStringLiteral("dispersed"));
    QVERIFY(!json.contains("note"));

    std::vector<Office> offices = m_atlas.rollout().offices();
    if (!officesPath.isEmpty()) {
        const OfficeLoadResult loaded = OfficeImporter::load(officesPath);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join('\n')));
        offices = loaded.offices;
    }
    const OfficeSuggester suggester(offices, m_atlas.reference(), EmbeddedPopulation::build(m_atlas));
    QCOMPARE(json, SuggestionReport(suggester, date, count, withinKm).toJsonObject());
}

void TestCommandLine::suggestCsv()
{
    const Run result = run({"--suggest", "4", "--within", "30", "--date", "2023-12-31", "--format", "csv"});
    QCOMPARE(result.exitCode, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 1 + 4);
    QVERIFY(lines[0].startsWith("date,within_km,rank,name,kind,"));
    QVERIFY(lines[1].startsWith("2023-12-31,30,1,"));
    QVERIFY(lines[4].startsWith("2023-12-31,30,4,"));
}

// Two people in a population layer: at most two places bring anyone within reach; the output says so.
void TestCommandLine::suggestFewerThanAsked()
{
    const QString path = m_dir.filePath(QStringLiteral("two-people.geojson"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"inv":1},"geometry":{"type":"Point","coordinates":[20.2251,67.8557]}},
        {"type":"Feature","properties":{"inv":1},"geometry":{"type":"Point","coordinates":[14.0,66.5]}}]})");
    file.close();
    const Run result = run({"--suggest", "5", "--within", "10", "--date", "2019-06-01", "--population", path,
                            "--population-field", "inv"});
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(json.value("population_source").toString(), QStringLiteral("two-people.geojson"));
    QCOMPARE(json.value("population_total").toInteger(), qint64(2));
    const qsizetype found = json.value("suggestions").toArray().size();
    QVERIFY(found < 5);
    QCOMPARE(json.value("covered_after").toInteger(), json.value("covered_before").toInteger() + found);
    QVERIFY(json.value("note").toString().contains(QStringLiteral("only %1 of the 5").arg(found)));
    QVERIFY2(result.err.contains("only"), result.err.constData());
}

void TestCommandLine::scenarioChangesTheReport_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("before the order") << QDate(2021, 5, 24);
    // The fixture was made from the list before its review (no date intervals): compared where both agree.
    QTest::newRow("end of 2024") << QDate(2024, 12, 31);
}

// what-if.gpkg is the shipped list without Norrtälje and Täby (each its municipality's only office, open all along)
// and with an office in Arjeplog, which has none: one office and one municipality fewer at every date.
void TestCommandLine::scenarioChangesTheReport()
{
    QFETCH(QDate, date);
    const QString day = date.toString(Qt::ISODate);
    const Run shipped = run({"--report", "--date", day});
    const Run scenario = run({"--report", "--date", day, "--scenario", scenarioFixture});
    QCOMPARE(shipped.exitCode, 0);
    QCOMPARE(scenario.exitCode, 0);
    const QJsonObject before = QJsonDocument::fromJson(shipped.out).object();
    const QJsonObject after = QJsonDocument::fromJson(scenario.out).object();
    QCOMPARE(after.value("offices_open").toInt(), before.value("offices_open").toInt() - 1);
    QCOMPARE(after.value("municipalities_with_office").toInt(), before.value("municipalities_with_office").toInt() - 1);
    const OfficeLoadResult loaded = OfficeImporter::load(QString::fromUtf8(scenarioFixture));
    QVERIFY(loaded.ok());
    QCOMPARE(after,
             RolloutReport::forDate(Rollout(loaded.offices), m_atlas.reference(), date, m_atlas.publishedCounts()));
}

void TestCommandLine::scenarioIsChecked()
{
    const Run result = run({"--check-data", "--scenario", scenarioFixture});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains("what-if.gpkg: errors: 0"), result.out.constData());
}

void TestCommandLine::unreadableScenarioIsRefused()
{
    // 54 offices lie before the zeroed page: a report on them would be a report on a third of the scenario.
    const Run result = run({"--report", "--date", "2023-12-31", "--scenario",
                            SERVICEKARTA_TEST_DATA_DIR "/badfiles/scenario-zeroed-page.gpkg"});
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty());
    // Qt may warn before it (XDG_RUNTIME_DIR); the refusal is a line of its own.
    QVERIFY2(("\n" + result.err)
                     .contains("\nscenario-zeroed-page.gpkg, feature 55: cannot be read (In GetNextRawFeature(): "
                               "sqlite3_step() : database disk image is malformed); the file is refused, not read "
                               "in part\n"),
             result.err.constData());
    QVERIFY2(!result.err.contains("ERROR 1"), result.err.constData());
}

void TestCommandLine::badArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad date") << QStringList{"--report", "--date", "2022-13-01"} << 2 << "'2022-13-01' is not a date";
    QTest::newRow("no date") << QStringList{"--report"} << 2 << "need at least one --date";
    QTest::newRow("bad format") << QStringList{"--report", "--date", "2022-01-01", "--format", "xml"} << 2
                                << "'xml' is not json or csv";
    QTest::newRow("bad size") << QStringList{"--export", "x.png", "--date", "2022-01-01", "--size", "big"} << 2
                              << "'big' is not WIDTHxHEIGHT";
    QTest::newRow("bad step") << QStringList{"--export-frames", "x", "--step", "week"} << 2
                              << "'week' is not month or phase";
    QTest::newRow("reversed frames") << QStringList{"--export-frames", "x",    "--from",
                                                    "2023-01-01",      "--to", "2022-01-01"}
                                     << 2 << "is before --from";
    QTest::newRow("unknown option") << QStringList{"--frobnicate"} << 2 << "frobnicate";
    QTest::newRow("bad language") << QStringList{"--brief", "--lang", "de"} << 2 << "'de' is not sv or en";
    QTest::newRow("regions without report")
            << QStringList{"--regions", "--date", "2022-01-01"} << 2 << "--coverage and --regions go with --report";
    QTest::newRow("coverage and regions") << QStringList{"--report", "--coverage", "--regions", "--date", "2022-01-01"}
                                          << 2 << "--coverage and --regions cannot be combined";
    QTest::newRow("brief and report") << QStringList{"--brief", "--report", "--date", "2022-01-01"} << 2
                                      << "cannot be combined";
    QTest::newRow("brief before the timeline") << QStringList{"--brief", "--to", "2019-01-01"} << 2
                                               << "--to 2019-01-01 is before the data begins (2019-06-01)";
    QTest::newRow("brief after the data")
            << QStringList{"--brief", "--to", "2099-01-01"} << 2 << "--to 2099-01-01 is after the data ends";
    QTest::newRow("frames over the years 1–9999")
            << QStringList{"--export-frames", "x", "--from", "0001-01-01", "--to", "9999-12-31"} << 2
            << "--from 0001-01-01 is before the data begins (2019-06-01)";
    QTest::newRow("frames after the data") << QStringList{"--export-frames", "x", "--to", "9999-12-31"} << 2
                                           << "--to 9999-12-31 is after the data ends";
    QTest::newRow("report before the data")
            << QStringList{"--report", "--date", "2010-01-01"} << 2 << "--date 2010-01-01 is before the data begins";
    QTest::newRow("export before the data") << QStringList{"--export", "x.png", "--date", "2019-05-31"} << 2
                                            << "--date 2019-05-31 is before the data begins";
    QTest::newRow("empty offices") << QStringList{"--report", "--date", "2022-01-01", "--offices", ""} << 2
                                   << "--offices is empty";
    QTest::newRow("empty boundaries") << QStringList{"--report", "--date", "2022-01-01", "--boundaries", ""} << 2
                                      << "--boundaries is empty";
    QTest::newRow("empty export") << QStringList{"--export", "", "--date", "2022-01-01"} << 2 << "--export is empty";
    QTest::newRow("empty frames folder") << QStringList{"--export-frames", ""} << 2 << "--export-frames is empty";
    QTest::newRow("unknown export format") << QStringList{"--export", "map.docx", "--date", "2022-01-01"} << 2
                                           << "map.docx: cannot write a .docx file; use .png, .jpg, .bmp, .pdf or .svg";
    QTest::newRow("export to a full disk") << QStringList{"--export", "/dev/full", "--date", "2022-01-01"} << 1
                                           << "full: cannot write: No space left on device";
    QTest::newRow("missing offices file")
            << QStringList{"--report", "--date", "2022-01-01", "--offices", "/nonexistent/offices.csv"} << 1
            << "/nonexistent/offices.csv: file not found";
    QTest::newRow("malformed offices file") << QStringList{"--report", "--date", "2022-01-01", "--offices",
                                                           SERVICEKARTA_TEST_DATA_DIR "/offices/bad-latitude.csv"}
                                            << 1 << "bad-latitude.csv, line 3";
    QTest::newRow("suggest zero") << QStringList{"--suggest", "0", "--date", "2022-01-01"} << 2
                                  << "--suggest '0' is not a number of offices from 1 to 200";
    QTest::newRow("suggest negative") << QStringList{"--suggest=-3", "--date", "2022-01-01"} << 2
                                      << "'-3' is not a number";
    QTest::newRow("suggest too many") << QStringList{"--suggest", "201", "--date", "2022-01-01"} << 2
                                      << "'201' is not a number";
    QTest::newRow("suggest words") << QStringList{"--suggest", "five", "--date", "2022-01-01"} << 2
                                   << "'five' is not a number";
    QTest::newRow("within zero") << QStringList{"--suggest", "5", "--within", "0", "--date", "2022-01-01"} << 2
                                 << "--within '0' is not a distance";
    QTest::newRow("within too far") << QStringList{"--suggest", "5", "--within", "501", "--date", "2022-01-01"} << 2
                                    << "--within '501' is not a distance";
    QTest::newRow("within words") << QStringList{"--suggest", "5", "--within", "far", "--date", "2022-01-01"} << 2
                                  << "--within 'far' is not a distance";
    QTest::newRow("within alone") << QStringList{"--within", "20", "--report", "--date", "2022-01-01"} << 2
                                  << "--within goes with --suggest";
    QTest::newRow("suggest without date") << QStringList{"--suggest", "5"} << 2 << "--suggest needs exactly one --date";
    QTest::newRow("suggest with two dates")
            << QStringList{"--suggest", "5", "--date", "2022-01-01", "--date", "2023-01-01"} << 2
            << "--suggest needs exactly one --date";
    QTest::newRow("suggest and report") << QStringList{"--suggest", "5", "--report", "--date", "2022-01-01"} << 2
                                        << "cannot be combined";
    QTest::newRow("offices and scenario") << QStringList{"--report",
                                                         "--date",
                                                         "2022-01-01",
                                                         "--offices",
                                                         SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv",
                                                         "--scenario",
                                                         scenarioFixture}
                                          << 2 << "--offices and --scenario cannot be combined";
    QTest::newRow("scenario not a GeoPackage") << QStringList{"--report", "--date", "2022-01-01", "--scenario",
                                                              SERVICEKARTA_TEST_DATA_DIR "/scenario/what-if.csv"}
                                               << 2 << "what-if.csv' is not a GeoPackage";
    QTest::newRow("missing scenario") << QStringList{"--suggest",  "5",          "--date",
                                                     "2022-01-01", "--scenario", "/nonexistent/plan.gpkg"}
                                      << 1 << "/nonexistent/plan.gpkg";
    QTest::newRow("unwritable export") << QStringList{"--export", "/nonexistent/dir/map.png", "--date", "2022-01-01"}
                                       << 1 << "map.png";
    const QStringList exportArgs{"--export", "x.png", "--date", "2022-01-01"};
    QTest::newRow("bad style") << exportArgs + QStringList{"--style", "sepia"} << 2
                               << "--style 'sepia' is not light or dark";
    QTest::newRow("bad layer")
            << exportArgs + QStringList{"--layers", "labels,roads"} << 2
            << "--layers: 'roads' is not a layer (labels, insets, coverage, fa-gaps, boundaries, rings)";
    QTest::newRow("unknown county") << exportArgs + QStringList{"--filter", "county=99"} << 2
                                    << "--filter 'county=99': '99' is not a county code";
    QTest::newRow("unknown filter key") << exportArgs + QStringList{"--filter", "colour=red"} << 2
                                        << "unknown key 'colour'";
    QTest::newRow("filter without value")
            << exportArgs + QStringList{"--filter", "status"} << 2 << "--filter 'status' is not KEY=VALUE";
    QTest::newRow("bad status in frames")
            << QStringList{"--export-frames", "x", "--filter", "status=shut"} << 2 << "'shut' is not a status";
    QTest::newRow("title with report") << QStringList{"--report", "--date", "2022-01-01", "--title", "X"} << 2
                                       << "--title goes with --export or --export-frames";
    QTest::newRow("filter with brief") << QStringList{"--brief", "--filter", "county=25"} << 2
                                       << "--filter goes with --export or --export-frames";
}

void TestCommandLine::badArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(result.err).contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
}

void TestCommandLine::refusedRangeWritesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("never-written"));
    const Run result = run({"--export-frames", folder, "--from", "0001-01-01", "--to", "9999-12-31"});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!QFileInfo::exists(folder));
}

// An office list whose last date lies at the end of the century spans more than the 240 steps a run may write.
void TestCommandLine::tooManyStepsAreRefused()
{
    QFile shipped(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    QList<QByteArray> lines = shipped.readAll().split('\n');
    QList<QByteArray> fields = lines[1].split(',');
    QCOMPARE(fields.size(), 17);
    fields[14] = "2099"; // closes during 2099
    lines[1] = fields.join(',');
    const QString offices = m_dir.filePath(QStringLiteral("closes-in-2099.csv"));
    QFile file(offices);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(lines.join('\n'));
    file.close();
    const QString folder = m_dir.filePath(QStringLiteral("two-centuries"));
    const Run frames = run({"--export-frames", folder, "--offices", offices});
    QCOMPARE(frames.exitCode, 2);
    QVERIFY2(frames.err.contains("steps, more than the 240 allowed"), frames.err.constData());
    QVERIFY(!QFileInfo::exists(folder));
    const Run brief = run({"--brief", "--offices", offices, "--from", "2021-01-01"});
    QCOMPARE(brief.exitCode, 2);
    QVERIFY2(brief.err.contains("2021-01-01 to 2099-12-31 has"), brief.err.constData());
    QVERIFY(brief.out.isEmpty());
}

void TestCommandLine::exportBmp()
{
    const QString path = m_dir.filePath(QStringLiteral("map.bmp"));
    const Run result = run({"--date", "2022-06-30", "--export", path, "--size", "300x450"});
    QCOMPARE(result.exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(2) == "BM");
    QCOMPARE(QImage(path).size(), QSize(300, 450));
}

namespace {

double meanLightness(const QImage &image)
{
    double sum = 0;
    qsizetype count = 0;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            sum += image.pixelColor(x, y).lightnessF();
            ++count;
        }
    }
    return sum / double(count);
}

} // namespace

void TestCommandLine::exportLook_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<double>("minimumDifference"); // share of pixels that differ from the plain export
    QTest::newRow("title") << QStringList{"--title", "Statliga servicekontor"} << 0.001;
    QTest::newRow("dark") << QStringList{"--style", "dark"} << 0.5;
    QTest::newRow("coverage layer") << QStringList{"--layers", "coverage,boundaries"} << 0.05;
    QTest::newRow("no boundaries") << QStringList{"--layers", "labels,insets"} << 0.001;
    QTest::newRow("Norrbotten only") << QStringList{"--filter", "county=25"} << 0.001;
    QTest::newRow("closed offices") << QStringList{"--filter", "status=closed", "--filter", "phase=0"} << 0.001;
}

void TestCommandLine::exportLook()
{
    QFETCH(QStringList, options);
    QFETCH(double, minimumDifference);
    const QString plain = m_dir.filePath(QStringLiteral("look-plain.png"));
    const QString styled = m_dir.filePath(QStringLiteral("look-%1.png").arg(QTest::currentDataTag()).replace(' ', '-'));
    const QStringList common{"--date", "2025-12-31", "--size", "640x800"};
    if (!QFile::exists(plain))
        QCOMPARE(run(QStringList{"--export", plain} + common).exitCode, 0);
    const Run result = run(QStringList{"--export", styled} + common + options);
    QCOMPARE(result.exitCode, 0);
    const QImage a(plain);
    const QImage b(styled);
    QCOMPARE(b.size(), QSize(640, 800));
    const ImageComparison comparison = ImageComparison::compare(a, b, 16);
    QVERIFY2(comparison.mismatchedShare() >= minimumDifference,
             qPrintable(QString::number(comparison.mismatchedShare())));
    if (options.contains(QStringLiteral("dark")))
        QVERIFY(meanLightness(b) < meanLightness(a) - 0.2);
}

void TestCommandLine::filteredFramesMatchFilteredExport()
{
    const QString folder = m_dir.filePath(QStringLiteral("filtered-frames"));
    const QStringList look{"--filter", "county=25", "--style", "dark", "--title", "Norrbotten", "--size", "400x500"};
    QCOMPARE(run(QStringList{"--export-frames", folder, "--from", "2023-01-31", "--to", "2023-03-31"} + look).exitCode,
             0);
    const QString single = m_dir.filePath(QStringLiteral("filtered-single.png"));
    QCOMPARE(run(QStringList{"--export", single, "--date", "2023-01-31"} + look).exitCode, 0);
    const ImageComparison same = ImageComparison::compare(
            QImage(QDir(folder).filePath(QStringLiteral("frame-0001.png"))), QImage(single), 0);
    QVERIFY(same.problem.isEmpty());
    QCOMPARE(same.mismatched, 0);
}

void TestCommandLine::scenarioBandInExports()
{
    const QString official = m_dir.filePath(QStringLiteral("band-official.png"));
    const QString scenario = m_dir.filePath(QStringLiteral("band-scenario.png"));
    QCOMPARE(run({"--export", official, "--date", "2023-12-31", "--size", "1000x800"}).exitCode, 0);
    QCOMPARE(run({"--export", scenario, "--date", "2023-12-31", "--size", "1000x800", "--scenario", scenarioFixture})
                     .exitCode,
             0);
    const auto isBand = [](const QColor &c) {
        return std::abs(c.red() - 0xE6) < 8 && std::abs(c.green() - 0x9F) < 8 && c.blue() < 8;
    };
    // Left of the centred text and right of the striped end.
    QVERIFY(isBand(QImage(scenario).pixelColor(120, 3)));
    QVERIFY(!isBand(QImage(official).pixelColor(120, 3)));
    // The frames of a scenario carry it too.
    const QString folder = m_dir.filePath(QStringLiteral("scenario-frames"));
    QCOMPARE(run({"--export-frames", folder, "--from", "2023-11-30", "--to", "2023-12-31", "--size", "1000x800",
                  "--scenario", scenarioFixture})
                     .exitCode,
             0);
    QVERIFY(isBand(QImage(QDir(folder).filePath(QStringLiteral("frame-0001.png"))).pixelColor(120, 3)));
}

void TestCommandLine::bigExportKeepsTheLayout()
{
    const QString small = m_dir.filePath(QStringLiteral("layout-1x.png"));
    const QString big = m_dir.filePath(QStringLiteral("layout-2x.png"));
    QCOMPARE(run({"--export", small, "--date", "2023-12-31", "--size", "1920x1080"}).exitCode, 0);
    QCOMPARE(run({"--export", big, "--date", "2023-12-31", "--size", "3840x2160"}).exitCode, 0);
    const QImage twice(big);
    QCOMPARE(twice.size(), QSize(3840, 2160));
    const QImage upscaled = QImage(small).scaled(twice.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const ImageComparison comparison = ImageComparison::compare(twice, upscaled, 64);
    QVERIFY2(comparison.mismatchedShare() < 0.02, qPrintable(QString::number(comparison.mismatchedShare())));
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
