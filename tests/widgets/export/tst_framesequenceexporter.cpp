// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "widgets/export/framesequenceexporter.h"
#include "widgets/export/mapexporter.h"
#include "widgets/scene/mapscenebuilder.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace sk;

// The frame sequence both the window and the command line write: numbered frames, one per step, each the map at its
// date; a stop midway and a folder that cannot be made are told apart from success.
class TestFrameSequenceExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void frameNames_data();
    void frameNames();
    void writesOneFramePerStep_data();
    void writesOneFramePerStep();
    void stopsWhenAsked();
    void folderThatCannotBeMadeFails();

private:
    // Each date as the command line draws it: the whole map of that date in `viewport`.
    FrameSequenceExporter::FrameRenderer framesOf(MapRenderer &renderer, const MapViewport &viewport) const
    {
        return [this, &renderer, viewport](QDate date) {
            return MapExporter::renderImage(renderer, viewport, MapSceneBuilder::build(m_atlas, date));
        };
    }
    Atlas m_atlas;
    QTemporaryDir m_dir;
};

void TestFrameSequenceExporter::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    QVERIFY(m_dir.isValid());
}

void TestFrameSequenceExporter::frameNames_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::newRow("first") << 0 << "frame-0001.png";
    QTest::newRow("tenth") << 9 << "frame-0010.png";
    QTest::newRow("last of four digits") << 9998 << "frame-9999.png";
}

void TestFrameSequenceExporter::frameNames()
{
    QFETCH(int, index);
    QFETCH(QString, name);
    QCOMPARE(FrameSequenceExporter::frameFileName(index), name);
}

void TestFrameSequenceExporter::writesOneFramePerStep_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("frames");
    QTest::newRow("a year of months") << QDate(2022, 1, 31) << QDate(2022, 12, 31) << int(TimelineSteps::Step::Month)
                                      << 12;
    QTest::newRow("one month") << QDate(2023, 3, 31) << QDate(2023, 3, 31) << int(TimelineSteps::Step::Month) << 1;
}

void TestFrameSequenceExporter::writesOneFramePerStep()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, step);
    QFETCH(int, frames);
    MapRenderer renderer;
    const MapViewport viewport = MapExporter::homeViewport(QSize(160, 240));
    const FrameSequenceExporter exporter(m_atlas, framesOf(renderer, viewport));
    const std::vector<QDate> dates = exporter.dates(from, to, TimelineSteps::Step(step));
    QCOMPARE(int(dates.size()), frames);
    const QString folder = m_dir.filePath(QStringLiteral("nested/%1").arg(QTest::currentDataTag()));
    QString error;
    std::vector<int> announced;
    QCOMPARE(exporter.write(dates, folder, &error,
                            [&announced](int index) {
                                announced.push_back(index);
                                return true;
                            }),
             FrameSequenceExporter::Outcome::Written);
    QVERIFY(error.isEmpty());
    QCOMPARE(int(announced.size()), frames);
    const QStringList files = QDir(folder).entryList({QStringLiteral("frame-*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), frames);
    QCOMPARE(files.front(), FrameSequenceExporter::frameFileName(0));
    QCOMPARE(files.back(), FrameSequenceExporter::frameFileName(frames - 1));
    // The last frame is the map at the last date, as an export of that date renders it.
    const QImage expected = MapExporter::renderImage(renderer, viewport, MapSceneBuilder::build(m_atlas, dates.back()));
    const QImage written(QDir(folder).filePath(files.back()));
    QCOMPARE(written.size(), expected.size());
    QCOMPARE(written.convertToFormat(QImage::Format_ARGB32), expected.convertToFormat(QImage::Format_ARGB32));
}

void TestFrameSequenceExporter::stopsWhenAsked()
{
    MapRenderer renderer;
    const FrameSequenceExporter exporter(m_atlas, framesOf(renderer, MapExporter::homeViewport(QSize(100, 150))));
    const std::vector<QDate> dates = exporter.dates(QDate(2022, 1, 31), QDate(2022, 6, 30), TimelineSteps::Step::Month);
    const QString folder = m_dir.filePath(QStringLiteral("stopped"));
    QString error;
    QCOMPARE(exporter.write(dates, folder, &error, [](int index) { return index < 2; }),
             FrameSequenceExporter::Outcome::Cancelled);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("frame-*.png")}, QDir::Files).size(), 2);
}

void TestFrameSequenceExporter::folderThatCannotBeMadeFails()
{
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    MapRenderer renderer;
    const FrameSequenceExporter exporter(m_atlas, framesOf(renderer, MapExporter::homeViewport(QSize(100, 150))));
    const QString folder = blocker + QStringLiteral("/frames");
    QString error;
    QCOMPARE(exporter.write({QDate(2022, 1, 31)}, folder, &error), FrameSequenceExporter::Outcome::Failed);
    QVERIFY2(error.contains(folder), qPrintable(error));
}

QTEST_MAIN(TestFrameSequenceExporter)
#include "tst_framesequenceexporter.moc"
