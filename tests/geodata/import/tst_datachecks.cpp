// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/import/datachecks.h"
#include "geodata/import/officeimporter.h"

#include <QSet>
#include <QtTest>

using namespace sk;

Q_DECLARE_METATYPE(sk::FindingSeverity)

namespace {

std::vector<DataCheckFinding> findingsFor(const std::vector<DataCheckFinding> &findings, const QString &officeId)
{
    std::vector<DataCheckFinding> matching;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(matching),
                 [&](const DataCheckFinding &finding) { return finding.officeId == officeId; });
    return matching;
}

} // namespace

// Each check on a crafted row of tests/data/checks/bad-rows.csv, and the shipped list, which has only its known
// unverified rows and shared town-centre points to report.
class TestDataChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void craftedRow_data();
    void craftedRow();
    void orderedBySeverityThenFile();
    void loaderErrorsAreErrors();
    void shippedDataHasNoErrors();
    void inMemoryOfficesHaveNoLocation();
    void findingText();

private:
    ReferenceData m_reference;
    std::vector<DataCheckFinding> m_crafted;
};

void TestDataChecks::initTestCase()
{
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    m_crafted = DataChecks::checkFile(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/checks/bad-rows.csv"), m_reference);
}

void TestDataChecks::craftedRow_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("expected"); // false: the row breaks no rule
    QTest::addColumn<FindingSeverity>("severity");
    QTest::addColumn<QString>("message");
    QTest::newRow("clean") << "clean" << 2 << false << FindingSeverity::Error << QString();
    QTest::newRow("unknown code") << "unknown-code" << 3 << true << FindingSeverity::Error
                                  << "municipality_code 9999 is not in the municipality table";
    QTest::newRow("wrong county") << "wrong-county" << 4 << true << FindingSeverity::Error
                                  << "county 'Skåne län' is not the county of 1784 Arvika, which is Värmlands län";
    QTest::newRow("far from seat") << "far-from-seat" << 5 << true << FindingSeverity::Warning
                                   << "lies 76.6 km from Laholm, the seat of 1381 Laholm (more than 25 km)";
    QTest::newRow("open before phase") << "before-phase" << 6 << true << FindingSeverity::Error
                                       << "opened 2022-06 is before phase 2 begins (2023-01-01)";
    QTest::newRow("no source") << "no-source" << 7 << true << FindingSeverity::Warning
                               << "unverified: the row gives no source";
    QTest::newRow("copied position") << "copied-position" << 8 << true << FindingSeverity::Warning
                                     << "lies 20 m from clean: a duplicate row or a copied position?";
    QTest::newRow("first of a shared point") << "laholm-first" << 9 << false << FindingSeverity::Error << QString();
    QTest::newRow("shared town-centre point") << "second-office" << 10 << true << FindingSeverity::Info
                                              << "shares its position with laholm-first (0 m apart)";
}

void TestDataChecks::craftedRow()
{
    QFETCH(QString, id);
    QFETCH(int, line);
    QFETCH(bool, expected);
    QFETCH(FindingSeverity, severity);
    QFETCH(QString, message);
    const std::vector<DataCheckFinding> findings = findingsFor(m_crafted, id);
    if (!expected) {
        QVERIFY2(findings.empty(), findings.empty() ? "" : qPrintable(findings.front().toString()));
        return;
    }
    QCOMPARE(findings.size(), size_t(1));
    QCOMPARE(findings.front().severity, severity);
    QCOMPARE(findings.front().location, QStringLiteral("bad-rows.csv, line %1").arg(line));
    QVERIFY2(findings.front().message.startsWith(message), qPrintable(findings.front().message));
}

void TestDataChecks::orderedBySeverityThenFile()
{
    QStringList order;
    for (const DataCheckFinding &finding : m_crafted)
        order << findingSeverityKey(finding.severity) + QLatin1Char(' ') + finding.officeId;
    QCOMPARE(order,
             (QStringList{"error unknown-code", "error wrong-county", "error before-phase", "warning far-from-seat",
                          "warning no-source", "warning copied-position", "info second-office"}));
    QCOMPARE(DataChecks::count(m_crafted, FindingSeverity::Error), 3);
    QCOMPARE(DataChecks::count(m_crafted, FindingSeverity::Warning), 3);
    QCOMPARE(DataChecks::count(m_crafted, FindingSeverity::Info), 1);
}

// Rows the loader refuses are errors; the rows it accepts are still checked.
void TestDataChecks::loaderErrorsAreErrors()
{
    const std::vector<DataCheckFinding> findings = DataChecks::checkFile(
            QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/offices/bad-latitude.csv"), m_reference);
    QCOMPARE(findings.size(), size_t(2));
    QCOMPARE(findings[0].severity, FindingSeverity::Error);
    QVERIFY2(findings[0].message.startsWith(QStringLiteral("bad-latitude.csv, line 3: lat 'north'")),
             qPrintable(findings[0].message));
    QCOMPARE(findings[1].officeId, QStringLiteral("kiruna"));
    QCOMPARE(findings[1].severity, FindingSeverity::Warning); // no source

    const std::vector<DataCheckFinding> missing
            = DataChecks::checkFile(QStringLiteral("/nonexistent/offices.csv"), m_reference);
    QCOMPARE(missing.size(), size_t(1));
    QCOMPARE(missing[0].severity, FindingSeverity::Error);
    QVERIFY(missing[0].message.contains(QStringLiteral("file not found")));
}

// The shipped list: no error; a warning for each row without a source and nothing else; the three town-centre points
// that two offices share on purpose as info.
void TestDataChecks::shippedDataHasNoErrors()
{
    const QString path = QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv");
    const std::vector<DataCheckFinding> findings = DataChecks::checkFile(path, m_reference);
    const OfficeLoadResult offices = OfficeImporter::load(path);
    QSet<QString> unverified;
    for (const Office &office : offices.offices) {
        if (!office.isVerified())
            unverified.insert(office.id);
    }
    QCOMPARE(unverified.size(), 50);

    QCOMPARE(DataChecks::count(findings, FindingSeverity::Error), 0);
    QSet<QString> warned;
    QSet<QString> shared;
    for (const DataCheckFinding &finding : findings) {
        if (finding.severity == FindingSeverity::Warning) {
            QVERIFY2(finding.message.startsWith(QStringLiteral("unverified")), qPrintable(finding.toString()));
            warned.insert(finding.officeId);
        } else {
            QCOMPARE(finding.severity, FindingSeverity::Info);
            QVERIFY2(finding.message.startsWith(QStringLiteral("shares its position")), qPrintable(finding.toString()));
            shared.insert(finding.officeId);
        }
        QVERIFY(finding.location.startsWith(QStringLiteral("offices.csv, line ")));
    }
    QCOMPARE(warned, unverified);
    QCOMPARE(shared, (QSet<QString>{"eskilstuna-2", "norrkoping-2", "sodertalje-2"}));
}

void TestDataChecks::inMemoryOfficesHaveNoLocation()
{
    Office office;
    office.id = QStringLiteral("lost");
    office.municipalityCode = QStringLiteral("0000");
    const std::vector<DataCheckFinding> findings = DataChecks::run(Rollout({office}), m_reference);
    QCOMPARE(findings.size(), size_t(2)); // unknown code, no source
    QCOMPARE(findings[0].severity, FindingSeverity::Error);
    QVERIFY(findings[0].location.isEmpty());
}

void TestDataChecks::findingText()
{
    QCOMPARE((DataCheckFinding{FindingSeverity::Warning, "kista", "offices.csv, line 2", "unverified"}).toString(),
             QStringLiteral("warning: offices.csv, line 2 (kista): unverified"));
    QCOMPARE((DataCheckFinding{FindingSeverity::Info, "kista", {}, "shared"}).toString(),
             QStringLiteral("info: kista: shared"));
    QCOMPARE((DataCheckFinding{FindingSeverity::Error, {}, {}, "bad.csv, line 3: lat"}).toString(),
             QStringLiteral("error: bad.csv, line 3: lat"));
}

QTEST_GUILESS_MAIN(TestDataChecks)
#include "tst_datachecks.moc"
