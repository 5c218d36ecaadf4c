// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "widgets/export/mapexporter.h"
#include "widgets/scene/mapscenebuilder.h"

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

private:
    QByteArray read(const QString &path);
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

QTEST_MAIN(TestMapExporter)
#include "tst_mapexporter.moc"
