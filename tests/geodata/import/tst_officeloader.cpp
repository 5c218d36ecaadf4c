// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/import/officeimporter.h"
#include "geodata/import/officeschema.h"
#include "tests/common/testsupport.h"

#include <QtTest>

using namespace sk;

namespace {

const QString header = QStringLiteral(
        "id,name,municipality,municipality_code,county,locality,address,lat,lon,coord_precision,status_2021_05,opened,"
        "phase,socially_vulnerable_area,closed,source");

// The columns of `header`, in order, with the values of a valid row.
QList<QPair<QString, QString>> validRow(const QString &id)
{
    return {{"id", id},
            {"name", "Office " + id},
            {"municipality", "Stockholm"},
            {"municipality_code", "0180"},
            {"county", QString::fromUtf8("Stockholms län")},
            {"locality", "Stockholm"},
            {"address", ""},
            {"lat", "59.3293"},
            {"lon", "18.0686"},
            {"coord_precision", "locality"},
            {"status_2021_05", "open"},
            {"opened", ""},
            {"phase", "0"},
            {"socially_vulnerable_area", "no"},
            {"closed", ""},
            {"source", "https://example.org/" + id}};
}

QString csvLine(const QList<QPair<QString, QString>> &row)
{
    QStringList cells;
    for (const auto &[column, value] : row)
        cells << value;
    return cells.join(QLatin1Char(',')) + QLatin1Char('\n');
}

using sktest::writeFile;

QString fileNameFor(const char *tag)
{
    QString name = QString::fromUtf8(tag);
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() || c.unicode() > 127)
            c = QLatin1Char('-');
    }
    return name;
}

} // namespace

class TestOfficeLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedData();
    void badRow_data();
    void badRow();
    void badFile_data();
    void badFile();
    void lineNumbersAfterBlankLine();
    void multiLineCells_data();
    void multiLineCells();
    void missingFile();
    void directory();
    void unsupportedFormat();
    void remotePathRefused();
    void valuesParsed();
    void geoJsonPoints();
    void geoJsonMessagesNameFeatures();
    void geoPackageInSweref();
    void columns();

private:
    QTemporaryDir m_dir;
};

void TestOfficeLoader::shippedData()
{
    const OfficeLoadResult result = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QVERIFY(result.ok());
    QCOMPARE(result.offices.size(), size_t(147));

    int unverified = 0;
    QSet<QString> ids;
    for (const Office &office : result.offices) {
        if (!office.isVerified())
            ++unverified;
        ids.insert(office.id);
        QVERIFY2(office.coordinate.isValid(), qPrintable(office.id));
        QVERIFY2(SwedenBounds::sweref().contains(office.position), qPrintable(office.id));
        QCOMPARE(office.municipalityCode.size(), 4);
    }
    QCOMPARE(unverified, 50);
    QCOMPARE(ids.size(), 147);
}

void TestOfficeLoader::badRow_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected"); // distinctive parts of the single message
    QTest::addColumn<QString>("absent"); // a part the message must not have

    // The bad row is the third record, so line 4 of the file; the first good row has id "a" on line 2.
    QTest::newRow("empty id") << "id"
                              << "" << QStringList{"id is empty"} << QString();
    QTest::newRow("duplicate id") << "id"
                                  << "a" << QStringList{"id 'a'", "already used", "line 2"} << QString();
    QTest::newRow("empty name") << "name"
                                << "" << QStringList{"name is empty"} << QString();
    QTest::newRow("non-numeric lat") << "lat"
                                     << "abc" << QStringList{"lat 'abc'", "not a number"} << QString();
    QTest::newRow("decimal comma lat") << "lat"
                                       << "\"59,3293\"" << QStringList{"lat '59,3293'", "not a number"} << QString();
    QTest::newRow("non-numeric lon") << "lon"
                                     << "east" << QStringList{"lon 'east'", "not a number"} << QString();
    QTest::newRow("lat off the Earth") << "lat"
                                       << "95.5" << QStringList{"lat 95.5", "not a position on Earth"} << QString();
    QTest::newRow("lat infinite") << "lat"
                                  << "inf" << QStringList{"lat 'inf'", "not a number"} << QString();
    QTest::newRow("outside Sweden") << "lat"
                                    << "48.8566" << QStringList{"lat 48.8566, lon 18.0686", "outside Sweden"}
                                    << "swapped";
    QTest::newRow("empty lat, lon given") << "lat"
                                          << "" << QStringList{"lat '' is not a number"} << "lon";
    QTest::newRow("municipality code too short")
            << "municipality_code"
            << "180" << QStringList{"municipality_code '180'", "four-digit"} << QString();
    QTest::newRow("municipality code with letters")
            << "municipality_code"
            << "01A0" << QStringList{"municipality_code '01A0'", "four-digit"} << QString();
    // Codes are matched against SCB's ASCII codes; other scripts' digits cannot be a municipality code.
    QTest::newRow("municipality code in Arabic-Indic digits")
            << "municipality_code" << QString::fromUtf8("٠١٨٠") << QStringList{"municipality_code", "four-digit"}
            << QString();
    QTest::newRow("bad status") << "status_2021_05"
                                << "closed" << QStringList{"status_2021_05 'closed'", "open, establishing, planned"}
                                << QString();
    QTest::newRow("non-numeric phase") << "phase"
                                       << "x" << QStringList{"phase 'x'", "whole number from 0 to 9"} << QString();
    QTest::newRow("phase too large") << "phase"
                                     << "10" << QStringList{"phase '10'", "whole number from 0 to 9"} << QString();
    QTest::newRow("negative phase") << "phase"
                                    << "-1" << QStringList{"phase '-1'", "whole number from 0 to 9"} << QString();
    QTest::newRow("malformed opened") << "opened"
                                      << "2022-13" << QStringList{"opened '2022-13'", "not a date"} << QString();
    QTest::newRow("impossible closed") << "closed"
                                       << "2022-02-30" << QStringList{"closed '2022-02-30'", "not a date"} << QString();
    QTest::newRow("bad socially_vulnerable_area")
            << "socially_vulnerable_area"
            << "maybe" << QStringList{"socially_vulnerable_area 'maybe'", "yes, no, unknown"} << QString();
}

void TestOfficeLoader::badRow()
{
    QFETCH(QString, column);
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    QFETCH(QString, absent);

    auto bad = validRow(QStringLiteral("c"));
    for (auto &[name, cell] : bad) {
        if (name == column)
            cell = value;
    }
    const QString fileName = QStringLiteral("bad-%1.csv").arg(fileNameFor(QTest::currentDataTag()));
    const QString path = m_dir.filePath(fileName);
    QVERIFY(writeFile(path, (header + '\n' + csvLine(validRow("a")) + csvLine(validRow("b")) + csvLine(bad)).toUtf8()));

    const OfficeLoadResult result = OfficeImporter::load(path);
    QCOMPARE(result.offices.size(), size_t(2));
    QCOMPARE(result.offices[0].id, QStringLiteral("a"));
    QCOMPARE(result.offices[1].id, QStringLiteral("b"));
    QVERIFY(!result.ok());
    QCOMPARE(result.errors.size(), 1);
    const QString message = result.errors.first();
    const QString prefix = fileName + QStringLiteral(", line 4: ");
    QVERIFY2(message.startsWith(prefix), qPrintable(message));
    const QString what = message.mid(prefix.size());
    for (const QString &part : expected)
        QVERIFY2(what.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, message)));
    if (!absent.isEmpty())
        QVERIFY2(!what.contains(absent), qPrintable(message));
}

void TestOfficeLoader::badFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("expected");

    const QByteArray head = (header + '\n').toUtf8();
    const auto goodWith
            = [](const char *from, const char *to) { return csvLine(validRow("a")).toUtf8().replace(from, to); };
    QTest::newRow("swapped lat and lon") << head + goodWith("59.3293,18.0686", "18.0686,59.3293")
                                         << QStringList{", line 2: ", "lat 18.0686, lon 59.3293", "swapped"};
    QTest::newRow("planned without phase")
            << head + goodWith("open,,0,", "planned,,,") << QStringList{", line 2: ", "planned office needs a phase"};
    QTest::newRow("planned with phase 0")
            << head + goodWith("open,,0,", "planned,,0,") << QStringList{", line 2: ", "planned office needs a phase"};
    QTest::newRow("closed before opened") << head + goodWith("open,,0,no,,", "open,2020,0,no,2019-12,")
                                          << QStringList{", line 2: ", "closed 2019-12 is before opened 2020"};
    QTest::newRow("both coordinates unreadable")
            << head + goodWith("59.3293,18.0686", "n/a,n/a")
            << QStringList{", line 2: ", "lat 'n/a' is not a number", "lon 'n/a' is not a number"};
    QTest::newRow("no position") << head + goodWith("59.3293,18.0686", ",")
                                 << QStringList{", line 2: ",
                                                "no position: lat and lon are empty and there is no point geometry"};
    QTest::newRow("missing required columns") << QByteArray("id,name,municipality_code,lat,lon\na,A,0180,59.3,18.0\n")
                                              << QStringList{"missing column(s): status_2021_05, phase"};
    QTest::newRow("header only") << head << QStringList{"contains no offices"};
    QTest::newRow("empty file") << QByteArray() << QStringList{"the file is empty"};
}

void TestOfficeLoader::badFile()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, expected);

    const QString fileName = QStringLiteral("file-%1.csv").arg(fileNameFor(QTest::currentDataTag()));
    const QString path = m_dir.filePath(fileName);
    QVERIFY(writeFile(path, content));

    const OfficeLoadResult result = OfficeImporter::load(path);
    QVERIFY(!result.ok());
    QVERIFY(result.offices.empty());
    QVERIFY(!result.errors.isEmpty());
    // Every message names the file.
    for (const QString &message : result.errors)
        QVERIFY2(message.startsWith(fileName), qPrintable(message));
    const QString all = result.errors.join(QLatin1Char('\n'));
    for (const QString &part : expected)
        QVERIFY2(all.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, all)));
}

void TestOfficeLoader::lineNumbersAfterBlankLine()
{
    // GDAL's CSV reader skips blank lines, so the record count no longer gives the line.
    const QString path = m_dir.filePath(QStringLiteral("blank-line.csv"));
    auto bad = validRow(QStringLiteral("c"));
    bad[1].second.clear(); // empty name
    QVERIFY(writeFile(
            path, (header + '\n' + csvLine(validRow("a")) + '\n' + csvLine(validRow("b")) + csvLine(bad)).toUtf8()));
    const OfficeLoadResult result = OfficeImporter::load(path);
    QCOMPARE(result.offices.size(), size_t(2));
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(QStringLiteral("blank-line.csv, line 5: name is empty")),
             qPrintable(result.errors.first()));
}

void TestOfficeLoader::multiLineCells_data()
{
    QTest::addColumn<QByteArray>("lineEnd");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
}

void TestOfficeLoader::multiLineCells()
{
    // A quoted cell may span lines, hold separators and doubled quotes; every line number after it still names the
    // line a person finds in an editor.
    QFETCH(QByteArray, lineEnd);
    const QString path = m_dir.filePath(QStringLiteral("multi-line.csv"));
    const auto row = [&](const QByteArray &id, const QByteArray &address, const QByteArray &phase) {
        return id + ",Kista " + id + ",Stockholm,0180,Stockholms län,Kista," + address
                + ",59.4032,17.9447,locality,open,," + phase + ",unknown,," + lineEnd;
    };
    const QByteArray content = header.toUtf8() + lineEnd + row("a", "\"Kista torg 7" + lineEnd + "entré, plan 2\"", "0")
            + row("b", "\"Första raden" + lineEnd + lineEnd + "\"\"citat\"\" på tredje\"", "0")
            + row("c", "Borgarfjordsgatan 4", "x") + row("a", "", "0");
    QVERIFY(writeFile(path, content));
    const OfficeLoadResult result = OfficeImporter::load(path);
    QCOMPARE(result.offices.size(), size_t(2));
    // GDAL gives a line break inside a cell as \n, whatever ends the file's lines.
    QCOMPARE(result.offices[0].address, QString::fromUtf8("Kista torg 7\nentré, plan 2"));
    QCOMPARE(result.offices[1].address, QString::fromUtf8("Första raden\n\n\"citat\" på tredje"));
    // Header on line 1, "a" on lines 2–3, "b" on lines 4–6, "c" on line 7, the second "a" on line 8.
    const QStringList expected{"multi-line.csv, line 7: phase 'x' is not a whole number from 0 to 9",
                               "multi-line.csv, line 8: id 'a' is already used on line 2"};
    QCOMPARE(result.errors, expected);
}

void TestOfficeLoader::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("does-not-exist.csv"));
    const OfficeLoadResult result = OfficeImporter::load(path);
    QVERIFY(result.offices.empty());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().contains(QStringLiteral("does-not-exist.csv")), qPrintable(result.errors.first()));
    QVERIFY2(result.errors.first().contains(QStringLiteral("file not found")), qPrintable(result.errors.first()));
}

void TestOfficeLoader::directory()
{
    const OfficeLoadResult result = OfficeImporter::load(m_dir.path());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().contains(QStringLiteral("not a readable file")), qPrintable(result.errors.first()));
}

void TestOfficeLoader::unsupportedFormat()
{
    const QString path = m_dir.filePath(QStringLiteral("offices.txt"));
    QVERIFY(writeFile(path, "This is a note, not an office list.\n"));
    const OfficeLoadResult result = OfficeImporter::load(path);
    QVERIFY(result.offices.empty());
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors.first().startsWith(QStringLiteral("offices.txt: cannot open")),
             qPrintable(result.errors.first()));
}

void TestOfficeLoader::remotePathRefused()
{
    for (const QString &path : {QStringLiteral("/vsicurl/http://example.org/offices.csv"),
                                QStringLiteral("https://example.org/offices.csv")}) {
        const OfficeLoadResult result = OfficeImporter::load(path);
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.first().contains(QStringLiteral("only local files")), qPrintable(result.errors.first()));
    }
}

void TestOfficeLoader::valuesParsed()
{
    const OfficeLoadResult result
            = OfficeImporter::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/offices/rollout.csv"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.offices.size(), size_t(11));

    const auto find = [&](const QString &id) -> const Office * {
        for (const Office &office : result.offices) {
            if (office.id == id)
                return &office;
        }
        return nullptr;
    };
    const Office *closed = find(QStringLiteral("closed-day"));
    QVERIFY(closed);
    QCOMPARE(closed->name, QStringLiteral("Closed day"));
    QCOMPARE(closed->municipalityCode, QStringLiteral("1784"));
    QCOMPARE(closed->county, QString::fromUtf8("Värmlands län"));
    QCOMPARE(closed->status2021, Status2021::Open);
    QVERIFY(!closed->opened);
    QCOMPARE(closed->closed, PartialDate::parse(u"2025-05-30"));
    QCOMPARE(closed->sources, (QStringList{"https://example.org/a", "https://example.org/b"}));
    QVERIFY(closed->isVerified());
    QCOMPARE(closed->coordinate.latitude(), 59.65528);
    QCOMPARE(closed->coordinate.longitude(), 12.58518);
    QCOMPARE(closed->position, Projection::toSweref(closed->coordinate));

    const Office *planned = find(QStringLiteral("p2-month"));
    QVERIFY(planned);
    QCOMPARE(planned->status2021, Status2021::Planned);
    QCOMPARE(planned->phase, 2);
    QCOMPARE(planned->opened, PartialDate::parse(u"2023-06"));
    QCOMPARE(planned->vulnerableArea, VulnerableArea::No);

    const Office *unverified = find(QStringLiteral("open-2021"));
    QVERIFY(unverified);
    QVERIFY(!unverified->isVerified());
    QCOMPARE(unverified->vulnerableArea, VulnerableArea::Unknown);
    QCOMPARE(find(QStringLiteral("estab-2021"))->vulnerableArea, VulnerableArea::Yes);
    QCOMPARE(find(QStringLiteral("estab-2021"))->status2021, Status2021::Establishing);
}

void TestOfficeLoader::geoJsonPoints()
{
    const OfficeLoadResult result
            = OfficeImporter::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/offices/points.geojson"));
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.offices.size(), size_t(2));

    const Office &stockholm = result.offices[0];
    QCOMPARE(stockholm.id, QStringLiteral("stockholm"));
    QVERIFY(qAbs(stockholm.coordinate.latitude() - 59.3293) < 1e-9);
    QVERIFY(qAbs(stockholm.coordinate.longitude() - 18.0686) < 1e-9);
    QVERIFY(qAbs(stockholm.position.x() - 674572.0) < 1.0);
    QVERIFY(qAbs(stockholm.position.y() - 6580743.0) < 1.0);
    QVERIFY(stockholm.isVerified());

    const Office &kiruna = result.offices[1];
    QCOMPARE(kiruna.municipalityCode, QStringLiteral("2584"));
    QCOMPARE(kiruna.phase, 2);
    QCOMPARE(kiruna.opened, PartialDate::parse(u"2023-05"));
    QVERIFY(qAbs(kiruna.coordinate.latitude() - 67.85572) < 1e-9);
    QVERIFY(qAbs(kiruna.coordinate.longitude() - 20.22513) < 1e-9);
    QVERIFY(!kiruna.isVerified());
}

void TestOfficeLoader::geoJsonMessagesNameFeatures()
{
    const QString path = m_dir.filePath(QStringLiteral("bad-points.geojson"));
    QVERIFY(writeFile(path, R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"id": "a", "name": "A", "municipality_code": "0180", "status_2021_05": "open", "phase": "0"},
 "geometry": {"type": "Point", "coordinates": [18.0686, 59.3293]}},
{"type": "Feature", "properties": {"id": "b", "name": "B", "municipality_code": "0180", "status_2021_05": "open", "phase": "0"},
 "geometry": null},
{"type": "Feature", "properties": {"id": "c", "name": "C", "municipality_code": "0180", "status_2021_05": "open", "phase": "0"},
 "geometry": {"type": "LineString", "coordinates": [[18.0, 59.3], [18.1, 59.4]]}}
]})"));
    const OfficeLoadResult result = OfficeImporter::load(path);
    QCOMPARE(result.offices.size(), size_t(1));
    QCOMPARE(result.errors.size(), 2);
    QVERIFY2(result.errors[0].startsWith(QStringLiteral("bad-points.geojson, feature 2: ")),
             qPrintable(result.errors[0]));
    QVERIFY2(result.errors[0].contains(QStringLiteral("no position")), qPrintable(result.errors[0]));
    QVERIFY2(result.errors[1].startsWith(QStringLiteral("bad-points.geojson, feature 3: ")),
             qPrintable(result.errors[1]));
}

void TestOfficeLoader::geoPackageInSweref()
{
    // A GeoPackage in SWEREF 99 TM with point geometry only: the loader must bring it back to WGS 84.
    const QString path = m_dir.filePath(QStringLiteral("offices.gpkg"));
    {
        GDALAllRegister();
        GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
        QVERIFY(driver);
        sktest::DatasetPtr dataset(driver->Create(QFile::encodeName(path).constData(), 0, 0, 0, GDT_Unknown, nullptr));
        QVERIFY(dataset);
        OGRSpatialReference sweref;
        QCOMPARE(sweref.importFromEPSG(3006), OGRERR_NONE);
        OGRLayer *layer = dataset->CreateLayer("offices", &sweref, wkbPoint, nullptr);
        QVERIFY(layer);
        for (const char *name : {"id", "name", "municipality_code", "status_2021_05", "phase"}) {
            OGRFieldDefn field(name, OFTString);
            QCOMPARE(layer->CreateField(&field), OGRERR_NONE);
        }
        OGRFeature feature(layer->GetLayerDefn());
        feature.SetField("id", "stockholm");
        feature.SetField("name", "Stockholm");
        feature.SetField("municipality_code", "0180");
        feature.SetField("status_2021_05", "planned");
        feature.SetField("phase", "1");
        OGRPoint point(674571.866, 6580743.008); // x = easting
        feature.SetGeometry(&point);
        QCOMPARE(layer->CreateFeature(&feature), OGRERR_NONE);
    }
    const OfficeLoadResult result = OfficeImporter::load(path);
    QVERIFY2(result.ok(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.offices.size(), size_t(1));
    const Office &office = result.offices.front();
    QCOMPARE(office.status2021, Status2021::Planned);
    QCOMPARE(office.phase, 1);
    QVERIFY2(qAbs(office.coordinate.latitude() - 59.3293) < 1e-7, qPrintable(office.coordinate.toString()));
    QVERIFY2(qAbs(office.coordinate.longitude() - 18.0686) < 1e-7, qPrintable(office.coordinate.toString()));
    QVERIFY(qAbs(office.position.x() - 674571.866) < 0.01);
    QVERIFY(qAbs(office.position.y() - 6580743.008) < 0.01);
}

void TestOfficeLoader::columns()
{
    const QStringList columns = OfficeSchema::columnNames();
    QCOMPARE(columns.size(), 16);
    // The reference header is exactly these columns.
    QCOMPARE(columns.join(QLatin1Char(',')), header);
}

QTEST_GUILESS_MAIN(TestOfficeLoader)
#include "tst_officeloader.moc"
