// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "tests/common/imagecomparison.h"
#include "widgets/export/mapexporter.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

// Golden images of the whole-Sweden map. Text is left out of compared images (fonts differ between machines);
// set SERVICEKARTA_UPDATE_CONTROL=1 to write new control images after an intended change, and look at them.
class TestMapRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void golden_data();
    void golden();
    void datesDiffer();
    void highDpiIsSharper();
    void darkThemeDiffers();

private:
    QImage render(QDate date, const MapStyle &style = MapStyle::light(), double ratio = 1.0);
    Atlas m_atlas;
};

void TestMapRenderer::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
}

QImage TestMapRenderer::render(QDate date, const MapStyle &style, double ratio)
{
    MapScene scene = MapSceneBuilder::build(m_atlas, date);
    scene.decorations.text = false;
    MapRenderer renderer(style);
    return MapExporter::renderImage(renderer, MapExporter::homeViewport(QSize(360, 560)), scene, ratio);
}

void TestMapRenderer::golden_data()
{
    QTest::addColumn<QDate>("date");
    QTest::newRow("before the order") << QDate(2021, 5, 25);
    QTest::newRow("after phase 2") << QDate(2023, 12, 31);
}

void TestMapRenderer::golden()
{
    QFETCH(QDate, date);
    const QImage actual = render(date);
    const QString control = QDir(QStringLiteral(SERVICEKARTA_CONTROL_DIR))
                                    .filePath(QStringLiteral("sweden-%1.png").arg(date.toString(Qt::ISODate)));
    if (qEnvironmentVariableIsSet("SERVICEKARTA_UPDATE_CONTROL")) {
        QVERIFY(actual.save(control));
        QSKIP("control image written");
    }
    const QImage expected(control);
    QVERIFY2(!expected.isNull(), qPrintable(control + " is missing"));
    const ImageComparison comparison = ImageComparison::compare(actual, expected, 24);
    QVERIFY2(comparison.problem.isEmpty(), qPrintable(comparison.problem));
    // A mismatch keeps the actual image in a folder of its own for a look.
    QTemporaryDir kept;
    if (comparison.mismatchedShare() > 0.002) {
        kept.setAutoRemove(false);
        actual.save(kept.filePath(QFileInfo(control).fileName()));
    }
    QVERIFY2(comparison.mismatchedShare() <= 0.002,
             qPrintable(QStringLiteral("%1 of %2 pixels differ; actual image in %3")
                                .arg(comparison.mismatched)
                                .arg(comparison.total)
                                .arg(kept.path())));
}

void TestMapRenderer::datesDiffer()
{
    const ImageComparison comparison
            = ImageComparison::compare(render(QDate(2021, 5, 25)), render(QDate(2023, 12, 31)), 24);
    QVERIFY(comparison.problem.isEmpty());
    // The phase offices turn from triangles to open circles: a visible but local change.
    QVERIFY(comparison.mismatched > 200);
    QVERIFY(comparison.mismatchedShare() < 0.05);
}

void TestMapRenderer::highDpiIsSharper()
{
    const QImage single = render(QDate(2023, 12, 31), MapStyle::light(), 1.0);
    const QImage twice = render(QDate(2023, 12, 31), MapStyle::light(), 2.0);
    QCOMPARE(twice.size(), single.size() * 2);
    QCOMPARE(twice.devicePixelRatio(), 2.0);
    // Downscaled, the 2x frame shows the same map.
    const QImage reduced = twice.scaled(single.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QVERIFY(ImageComparison::compare(reduced, single, 64).mismatchedShare() < 0.05);
}

void TestMapRenderer::darkThemeDiffers()
{
    const QImage light = render(QDate(2023, 12, 31));
    const QImage dark = render(QDate(2023, 12, 31), MapStyle::dark());
    QVERIFY(ImageComparison::compare(light, dark, 24).mismatchedShare() > 0.9);
    // Sea in the top-left corner follows the theme.
    QCOMPARE(dark.pixelColor(2, 2), MapStyle::dark().sea);
    QCOMPARE(light.pixelColor(2, 2), MapStyle::light().sea);
}

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
