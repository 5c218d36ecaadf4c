// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "tests/common/imagecomparison.h"
#include "tests/common/smallfilesystem.h"
#include "widgets/export/mapexporter.h"
#include "widgets/render/scenariobandpainter.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QSvgRenderer>
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
    void scenarioBandOnlyInScenarioExports_data();
    void scenarioBandOnlyInScenarioExports();
    void doubleSizeIsTheLayoutUpscaled_data();
    void doubleSizeIsTheLayoutUpscaled();
    void largeSvgKeepsTheLayout();
    void layoutScale_data();
    void layoutScale();
    void pdfSummaryFlowsOverPages();

private:
    QByteArray read(const QString &path);
    bool exportTo(const QString &path, QString *error);
    static int pageCount(const QByteArray &pdf);
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
    QCOMPARE(pageCount(pdf), 2);
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

int TestMapExporter::pageCount(const QByteArray &pdf)
{
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "));
}

void TestMapExporter::scenarioBandOnlyInScenarioExports_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::newRow("official plan") << QString();
    QTest::newRow("scenario") << QStringLiteral("Fler kontor i norr");
}

void TestMapExporter::scenarioBandOnlyInScenarioExports()
{
    QFETCH(QString, scenario);
    MapScene scene = MapSceneBuilder::build(m_atlas, QDate(2023, 6, 30));
    scene.scenarioName = scenario;
    scene.scenarioSource = QStringLiteral("norr.gpkg, saved 7 December 2026 10:00");
    MapRenderer renderer;
    const MapViewport viewport = MapExporter::homeViewport(QSize(1200, 900));
    // PNG: the band's orange fills the top edge between the striped ends and the centred text.
    const QImage image = MapExporter::renderImage(renderer, viewport, scene);
    const QColor top = image.pixelColor(140, 3);
    const bool orange = std::abs(top.red() - 0xE6) < 8 && std::abs(top.green() - 0x9F) < 8 && top.blue() < 8;
    QCOMPARE(orange, !scenario.isEmpty());
    QCOMPARE(ScenarioBandPainter::height(scene) > 0, !scenario.isEmpty());
    // SVG: the words are there, as text.
    const QString path = m_dir.filePath(QStringLiteral("band-%1.svg").arg(scenario.isEmpty() ? "no" : "yes"));
    QString error;
    QVERIFY2(MapExporter::saveSvg(renderer, viewport, scene, path, &error), qPrintable(error));
    const QString svg = QString::fromUtf8(read(path));
    QCOMPARE(svg.contains(QStringLiteral("not the official plan")), !scenario.isEmpty());
    QCOMPARE(svg.contains(QStringLiteral("Scenario file: norr.gpkg, saved 7 December 2026 10:00")),
             !scenario.isEmpty());
}

void TestMapExporter::doubleSizeIsTheLayoutUpscaled_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("text");
    QTest::newRow("1920x1080, no text") << QSize(1920, 1080) << false;
    QTest::newRow("1920x1080 with text") << QSize(1920, 1080) << true;
    QTest::newRow("1200x1600 with text") << QSize(1200, 1600) << true;
}

void TestMapExporter::doubleSizeIsTheLayoutUpscaled()
{
    QFETCH(QSize, size);
    QFETCH(bool, text);
    MapScene scene = MapSceneBuilder::build(m_atlas, QDate(2023, 12, 31));
    scene.decorations.text = text;
    MapRenderer renderer;
    const MapViewport view = MapExporter::homeViewport(size);
    const QImage single = MapExporter::renderLaidOut(renderer, view, scene, size);
    const QImage twice = MapExporter::renderLaidOut(renderer, view, scene, size * 2);
    QCOMPARE(single.size(), size);
    QCOMPARE(twice.size(), size * 2);
    const QImage upscaled = single.scaled(size * 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const ImageComparison comparison = ImageComparison::compare(twice, upscaled, 64);
    QVERIFY(comparison.problem.isEmpty());
    // Edges are sharper at twice the resolution; the layout (panels, markers, type) is the same.
    QVERIFY2(comparison.mismatchedShare() < 0.02, qPrintable(QString::number(comparison.mismatchedShare())));
    // Whereas drawing the larger frame with the small frame's type size would move and shrink the panels.
    const QImage unscaled = MapExporter::renderImage(renderer, MapExporter::homeViewport(size * 2), scene);
    QVERIFY(ImageComparison::compare(unscaled, upscaled, 64).mismatchedShare() > 2 * comparison.mismatchedShare());
}

void TestMapExporter::largeSvgKeepsTheLayout()
{
    const MapScene scene = MapSceneBuilder::build(m_atlas, QDate(2023, 12, 31));
    MapRenderer renderer;
    const QSize size(1920, 1080);
    // Each SVG drawn into the same 1920x1080 image: a 3840x2160 one must show the same picture, larger type and all.
    const auto drawn = [&](const QString &name, const MapViewport &view, const QSize &svgSize) {
        const QString path = m_dir.filePath(name);
        QString error;
        if (!MapExporter::saveSvg(renderer, view, scene, path, &error, svgSize))
            qWarning("%s", qPrintable(error));
        QSvgRenderer svg(path);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        svg.render(&painter);
        painter.end();
        return std::make_pair(svg.viewBox().size(), image);
    };
    const auto [singleSize, single] = drawn(QStringLiteral("single.svg"), MapExporter::homeLayout(size), size);
    const auto [twiceSize, twice] = drawn(QStringLiteral("twice.svg"), MapExporter::homeLayout(size * 2), size * 2);
    QCOMPARE(singleSize, size);
    QCOMPARE(twiceSize, size * 2);
    const ImageComparison comparison = ImageComparison::compare(twice, single, 64);
    QVERIFY(comparison.problem.isEmpty());
    QVERIFY2(comparison.mismatchedShare() < 0.01, qPrintable(QString::number(comparison.mismatchedShare())));
    // Laid out at the large size itself, the panels and type would come out half as large.
    const auto [plainSize, plain] = drawn(QStringLiteral("plain.svg"), MapExporter::homeViewport(size * 2), {});
    QCOMPARE(plainSize, size * 2);
    QVERIFY(ImageComparison::compare(plain, single, 64).mismatchedShare() > 3 * comparison.mismatchedShare());
}

void TestMapExporter::layoutScale_data()
{
    QTest::addColumn<QSize>("target");
    QTest::addColumn<double>("expected");
    QTest::newRow("same") << QSize(1920, 1080) << 1.0;
    QTest::newRow("smaller") << QSize(800, 600) << 1.0;
    QTest::newRow("4K") << QSize(3840, 2160) << 2.0;
    QTest::newRow("8K") << QSize(7680, 4320) << 4.0;
    QTest::newRow("tall") << QSize(3840, 4000) << 2.0;
}

void TestMapExporter::layoutScale()
{
    QFETCH(QSize, target);
    QFETCH(double, expected);
    QCOMPARE(MapExporter::layoutScale(target, MapExporter::presentationSize), expected);
}

void TestMapExporter::pdfSummaryFlowsOverPages()
{
    QString summary = QStringLiteral("## Summary\n\n");
    for (int i = 1; i <= 120; ++i)
        summary += QStringLiteral("- Finding number %1 of a long briefing.\n").arg(i);
    summary += QStringLiteral("\nLAST LINE OF THE SUMMARY\n");
    const QString path = m_dir.filePath(QStringLiteral("long-summary.pdf"));
    MapRenderer renderer;
    QString error;
    QVERIFY(MapExporter::savePdf(renderer, MapExporter::homeViewport(QSize(1600, 1200)),
                                 MapSceneBuilder::build(m_atlas, QDate(2023, 6, 30)), path, QPageSize::A4,
                                 QPageLayout::Landscape, &error, summary));
    // 120 lines at 11 pt do not fit one A4 landscape page (about 30 lines): the map plus at least four pages.
    QVERIFY2(pageCount(read(path)) >= 5, qPrintable(QString::number(pageCount(read(path)))));
}

QTEST_MAIN(TestMapExporter)
#include "tst_mapexporter.moc"
