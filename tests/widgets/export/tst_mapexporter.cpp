// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "tests/common/smallfilesystem.h"
#include "widgets/export/mapexporter.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

// Vector exports really are vectors, with the page size asked for.
class TestMapExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfIsVectorWithPageSize_data();
    void pdfIsVectorWithPageSize();
    void pdfSummaryPage();
    void svgIsVector();
    void pngHonoursSizeAndRatio();
    void unwritableTargetsFail_data();
    void unwritableTargetsFail();
    void fullDeviceGivesTheSystemReason_data();
    void fullDeviceGivesTheSystemReason();
    void fullDiskKeepsTheOldFile_data();
    void fullDiskKeepsTheOldFile();
    void overwriteLeavesNoTemporaryFile();
    void bmpIsWrittenAsBmp();
    void unknownSuffixIsRefused();

private:
    QByteArray read(const QString &path);
    bool exportTo(const QString &path, QString *error);
    Atlas m_atlas;
    QTemporaryDir m_dir;
};

void TestMapExporter::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QVERIFY(m_dir.isValid());
}

QByteArray TestMapExporter::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestMapExporter::pdfIsVectorWithPageSize_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QSize>("points");
    QTest::newRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape) << QSize(842, 595);
    QTest::newRow("A4 portrait") << int(QPageSize::A4) << int(QPageLayout::Portrait) << QSize(595, 842);
    QTest::newRow("A3 landscape") << int(QPageSize::A3) << int(QPageLayout::Landscape) << QSize(1191, 842);
}

void TestMapExporter::pdfIsVectorWithPageSize()
{
    QFETCH(int, pageSize);
    QFETCH(int, orientation);
    QFETCH(QSize, points);
    const QString path = m_dir.filePath(QStringLiteral("map-%1.pdf").arg(QTest::currentDataTag()).replace(' ', '-'));
    MapRenderer renderer;
    QString error;
    QVERIFY2(MapExporter::savePdf(renderer, MapExporter::homeViewport(QSize(1600, 1200)),
                                  MapSceneBuilder::build(m_atlas, QDate(2023, 6, 30)), path,
                                  QPageSize::PageSizeId(pageSize), QPageLayout::Orientation(orientation), &error),
             qPrintable(error));
    const QByteArray pdf = read(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    const QRegularExpression mediaBox(QStringLiteral("/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"));
    const QRegularExpressionMatch match = mediaBox.match(QString::fromLatin1(pdf));
    QVERIFY(match.hasMatch());
    QCOMPARE(qRound(match.captured(1).toDouble()), points.width());
    QCOMPARE(qRound(match.captured(2).toDouble()), points.height());
    // The map is paths, not one embedded picture.
    QVERIFY(!pdf.contains("/Subtype /Image"));
    QVERIFY(pdf.size() > 100000);
}

void TestMapExporter::pdfSummaryPage()
{
    const QString path = m_dir.filePath(QStringLiteral("with-summary.pdf"));
    MapRenderer renderer;
    QString error;
    QVERIFY(MapExporter::savePdf(renderer, MapExporter::homeViewport(QSize(1600, 1200)),
                                 MapSceneBuilder::build(m_atlas, QDate(2023, 6, 30)), path, QPageSize::A4,
                                 QPageLayout::Landscape, &error, QStringLiteral("## Summary\n\n- One sentence.")));
    const QByteArray pdf = read(path);
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 2);
}

void TestMapExporter::svgIsVector()
{
    const QString path = m_dir.filePath(QStringLiteral("map.svg"));
    MapRenderer renderer;
    QString error;
    QVERIFY2(MapExporter::saveSvg(renderer, MapExporter::homeViewport(QSize(800, 1000)),
                                  MapSceneBuilder::build(m_atlas, QDate(2023, 6, 30)), path, &error),
             qPrintable(error));
    const QByteArray svg = read(path);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("width=\"800"));
    QVERIFY(svg.count("<path") > 100);
    QVERIFY(!svg.contains("<image"));
}

void TestMapExporter::pngHonoursSizeAndRatio()
{
    MapRenderer renderer;
    const QImage image = MapExporter::renderImage(renderer, MapExporter::homeViewport(QSize(300, 400)),
                                                  MapSceneBuilder::build(m_atlas, QDate(2023, 6, 30)), 2.0);
    QCOMPARE(image.size(), QSize(600, 800));
    QCOMPARE(image.devicePixelRatio(), 2.0);
}

void TestMapExporter::unwritableTargetsFail_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("png") << "/nonexistent/folder/map.png";
    QTest::newRow("pdf") << "/nonexistent/folder/map.pdf";
    QTest::newRow("svg") << "/nonexistent/folder/map.svg";
}

void TestMapExporter::unwritableTargetsFail()
{
    QFETCH(QString, path);
    MapRenderer renderer;
    QString error;
    QVERIFY(!MapExporter::saveBySuffix(renderer, MapExporter::homeViewport(QSize(200, 300)),
                                       MapSceneBuilder::build(m_atlas, QDate(2023, 6, 30)), path, 1.0, &error));
    QVERIFY2(error.startsWith(QFileInfo(path).fileName()), qPrintable(error));
}

bool TestMapExporter::exportTo(const QString &path, QString *error)
{
    MapRenderer renderer;
    return MapExporter::saveBySuffix(renderer, MapExporter::homeViewport(QSize(800, 1000)),
                                     MapSceneBuilder::build(m_atlas, QDate(2023, 6, 30)), path, 1.0, error);
}

void TestMapExporter::fullDeviceGivesTheSystemReason_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("png") << "png";
    QTest::newRow("pdf") << "pdf";
    QTest::newRow("svg") << "svg";
}

// /dev/full accepts the open and fails every write with ENOSPC: the export must fail and say why.
void TestMapExporter::fullDeviceGivesTheSystemReason()
{
    QFETCH(QString, format);
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    // A link named by the format, as the exporter picks the format by suffix and /dev/full has none.
    const QString link = m_dir.filePath(QStringLiteral("full.%1").arg(format));
    QFile::remove(link);
    QVERIFY(QFile::link(QStringLiteral("/dev/full"), link));
    QString error;
    QVERIFY(!exportTo(link, &error));
    QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QVERIFY2(error.startsWith(QStringLiteral("full.%1: ").arg(format)), qPrintable(error));
    QVERIFY(QFileInfo(QStringLiteral("/dev/full")).exists() && !QFileInfo(QStringLiteral("/dev/full")).isFile());
}

void TestMapExporter::fullDiskKeepsTheOldFile_data()
{
    fullDeviceGivesTheSystemReason_data();
}

// On a disk too small for the new map, a failed export leaves the good file that was there, byte for byte, and no
// temporary file behind.
void TestMapExporter::fullDiskKeepsTheOldFile()
{
    QFETCH(QString, format);
    const sktest::SmallFileSystem disk;
    if (!disk.isMounted())
        QSKIP(qPrintable(disk.whyNot()));
    const QString name = QStringLiteral("map.%1").arg(format);
    const QByteArray good(20 * 1024, 'g');
    QVERIFY(disk.write(name, good));
    QString error;
    QVERIFY(!exportTo(disk.filePath(name), &error));
    QVERIFY2(error.contains(QLatin1String("No space left on device")), qPrintable(error));
    QVERIFY2(error.startsWith(name + QLatin1String(": ")), qPrintable(error));
    QCOMPARE(disk.read(name), good);
    QCOMPARE(disk.files(), QStringList{name});
}

void TestMapExporter::overwriteLeavesNoTemporaryFile()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("map.png"));
    QString error;
    QVERIFY2(exportTo(path, &error), qPrintable(error));
    QVERIFY2(exportTo(path, &error), qPrintable(error));
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("map.png")});
    QCOMPARE(QImage(path).size(), QSize(800, 1000));
}

void TestMapExporter::bmpIsWrittenAsBmp()
{
    const QString path = m_dir.filePath(QStringLiteral("map.bmp"));
    QString error;
    QVERIFY2(exportTo(path, &error), qPrintable(error));
    QVERIFY(read(path).startsWith("BM"));
    QCOMPARE(QImage(path).size(), QSize(800, 1000));
}

void TestMapExporter::unknownSuffixIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("map.docx"));
    QString error;
    QVERIFY(!MapExporter::canWrite(path, &error));
    QCOMPARE(error, QStringLiteral("map.docx: cannot write a .docx file; use .png, .jpg, .bmp, .pdf or .svg"));
    error.clear();
    QVERIFY(!exportTo(path, &error));
    QVERIFY(error.startsWith(QLatin1String("map.docx: cannot write a .docx file")));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_MAIN(TestMapExporter)
#include "tst_mapexporter.moc"
