// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "tests/common/imagecomparison.h"
#include "widgets/render/panelimagecache.h"

#include <QPainter>
#include <QPicture>
#include <QTest>

using namespace sk;

// A panel drawn through the cache looks as if drawn directly, wherever it stands to the pixel grid, and is drawn
// only once for the same content; vector targets always get it drawn.
class TestPanelImageCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blitLooksLikeDrawing_data();
    void blitLooksLikeDrawing();
    void drawnOncePerContent();
    void vectorTargetsDrawEveryTime();

private:
    static void paintPanel(QPainter &painter, const QRectF &box, const QString &text)
    {
        painter.setPen(QPen(Qt::darkGray, 1.0));
        painter.setBrush(Qt::white);
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(Qt::black);
        painter.drawText(box.adjusted(8, 4, -8, -4), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    static QImage canvas(double ratio)
    {
        QImage image((QSizeF(320, 160) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(QColor(200, 220, 235));
        return image;
    }
};

void TestPanelImageCache::blitLooksLikeDrawing_data()
{
    QTest::addColumn<QPointF>("topLeft");
    QTest::addColumn<double>("ratio");
    QTest::newRow("whole pixels") << QPointF(20, 30) << 1.0;
    QTest::newRow("fractions") << QPointF(20.3, 30.6) << 1.0;
    QTest::newRow("high dpi") << QPointF(14.25, 9.5) << 2.0;
}

void TestPanelImageCache::blitLooksLikeDrawing()
{
    QFETCH(QPointF, topLeft);
    QFETCH(double, ratio);
    const QRectF box(topLeft, QSizeF(220, 60));
    QImage direct = canvas(ratio);
    {
        QPainter painter(&direct);
        painter.setRenderHint(QPainter::Antialiasing);
        paintPanel(painter, box, QStringLiteral("31 december 2023"));
    }
    QImage cached = canvas(ratio);
    {
        PanelImageCache cache;
        QPainter painter(&cached);
        painter.setRenderHint(QPainter::Antialiasing);
        cache.draw(painter, box, QStringLiteral("date"), [](QPainter &target, const QRectF &where) {
            paintPanel(target, where, QStringLiteral("31 december 2023"));
        });
    }
    const ImageComparison comparison = ImageComparison::compare(cached, direct, 24);
    QVERIFY2(comparison.problem.isEmpty(), qPrintable(comparison.problem));
    // A quarter-pixel step in the offset and glyph positions may differ at a few edge pixels, no more.
    QVERIFY2(comparison.mismatchedShare() < 0.002,
             qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(comparison.mismatched).arg(comparison.total)));
    QVERIFY(cached != canvas(ratio)); // something was drawn at all
}

void TestPanelImageCache::drawnOncePerContent()
{
    PanelImageCache cache;
    QImage image = canvas(1.0);
    QPainter painter(&image);
    int paints = 0;
    const auto draw = [&](const QRectF &box, const QString &text) {
        cache.draw(painter, box, text, [&](QPainter &target, const QRectF &where) {
            ++paints;
            paintPanel(target, where, text);
        });
    };
    draw(QRectF(10, 10, 200, 50), QStringLiteral("May 2021"));
    draw(QRectF(10, 10, 200, 50), QStringLiteral("May 2021"));
    QCOMPARE(paints, 1);
    draw(QRectF(60, 80, 200, 50), QStringLiteral("May 2021")); // moved by whole pixels: the same image
    QCOMPARE(paints, 1);
    draw(QRectF(10, 10, 200, 50), QStringLiteral("June 2021"));
    QCOMPARE(paints, 2);
    draw(QRectF(10, 10, 240, 50), QStringLiteral("June 2021")); // another size
    QCOMPARE(paints, 3);
    draw(QRectF(10.5, 10, 240, 50), QStringLiteral("June 2021")); // another offset to the pixel grid
    QCOMPARE(paints, 4);
    cache.clear();
    draw(QRectF(10, 10, 200, 50), QStringLiteral("May 2021"));
    QCOMPARE(paints, 5);
}

void TestPanelImageCache::vectorTargetsDrawEveryTime()
{
    PanelImageCache cache;
    QPicture picture;
    QPainter painter(&picture);
    int paints = 0;
    for (int i = 0; i < 3; ++i)
        cache.draw(painter, QRectF(10, 10, 200, 50), QStringLiteral("May 2021"), [&](QPainter &target, const QRectF &) {
            QCOMPARE(&target, &painter);
            ++paints;
        });
    QCOMPARE(paints, 3);
}

QTEST_MAIN(TestPanelImageCache)
#include "tst_panelimagecache.moc"
