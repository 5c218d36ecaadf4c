// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/scene/markerlayoutjob.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace sk;

// The map's marker layout: at once with few offices, on a worker thread with many, newest request wins.
class TestMarkerLayoutJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fewOfficesAreLaidOutAtOnce();
    void manyOfficesAreLaidOutInTheBackground();
    void staleResultIsDropped();
    void pannedResultIsShownMoved();
    void resultOfAnotherOfficeListIsNotShown();

private:
    static MarkerPositions randomPositions(size_t count, quint32 seed);
    static MapViewport viewportAt(const QPointF &centre);
    static bool sameLayout(const std::vector<MarkerPlacement> &a, const std::vector<MarkerPlacement> &b);
};

MarkerPositions TestMarkerLayoutJob::randomPositions(size_t count, quint32 seed)
{
    QRandomGenerator random(seed);
    MarkerPositions positions;
    positions.metresPerPixel = 1500;
    positions.markerSize = 13;
    for (size_t i = 0; i < count; ++i) {
        positions.points.emplace_back(random.bounded(1600.0), random.bounded(1200.0));
        positions.shown.push_back(random.bounded(4) != 0);
    }
    return positions;
}

MapViewport TestMarkerLayoutJob::viewportAt(const QPointF &centre)
{
    MapViewport viewport;
    viewport.setSize(QSizeF(1600, 1200));
    viewport.setMetresPerPixel(1500);
    viewport.setCentre(centre);
    return viewport;
}

bool TestMarkerLayoutJob::sameLayout(const std::vector<MarkerPlacement> &a, const std::vector<MarkerPlacement> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].members != b[i].members || a[i].screen != b[i].screen)
            return false;
    }
    return true;
}

void TestMarkerLayoutJob::fewOfficesAreLaidOutAtOnce()
{
    MarkerLayoutJob job;
    QSignalSpy ready(&job, &MarkerLayoutJob::ready);
    const MarkerPositions positions = randomPositions(500, 1);
    job.request(positions, viewportAt({600000, 6900000}), 500, 1);
    QVERIFY(!job.isRunning());
    QVERIFY(job.isCurrent());
    QVERIFY(sameLayout(job.placements(), MarkerLayout::layout(positions)));
    QCOMPARE(ready.count(), 0);
}

void TestMarkerLayoutJob::manyOfficesAreLaidOutInTheBackground()
{
    MarkerLayoutJob job;
    QSignalSpy ready(&job, &MarkerLayoutJob::ready);
    const size_t count = MarkerLayoutJob::backgroundFromOffices + 5000;
    const MarkerPositions positions = randomPositions(count, 2);
    job.request(positions, viewportAt({600000, 6900000}), count, 1);
    QVERIFY(job.isRunning());
    QVERIFY(!job.isCurrent());
    QVERIFY(job.placements().empty());
    QVERIFY(ready.wait(60000));
    QVERIFY(!job.isRunning());
    QVERIFY(job.isCurrent());
    QVERIFY(sameLayout(job.placements(), MarkerLayout::layout(positions)));
}

// A timeline step while a layout runs: the running one belongs to the old date and must never be shown.
void TestMarkerLayoutJob::staleResultIsDropped()
{
    MarkerLayoutJob job;
    QSignalSpy ready(&job, &MarkerLayoutJob::ready);
    const size_t count = MarkerLayoutJob::backgroundFromOffices + 5000;
    const MarkerPositions oldDate = randomPositions(count, 3);
    MarkerPositions newDate = oldDate;
    for (size_t i = 0; i < count; ++i)
        newDate.shown[i] = !oldDate.shown[i];
    const MapViewport viewport = viewportAt({600000, 6900000});
    job.request(oldDate, viewport, count, 1);
    job.request(newDate, viewport, count, 2);
    job.request(newDate, viewport, count, 3); // replaces the waiting request
    QVERIFY(ready.wait(60000));
    QCOMPARE(ready.count(), 1);
    QVERIFY(job.isCurrent());
    QVERIFY(sameLayout(job.placements(), MarkerLayout::layout(newDate)));
    QVERIFY(!ready.wait(300));
}

// A pan while a layout runs: the running one has the same markers at the same scale, so it is shown, moved to the
// new view, until the newer one is ready.
void TestMarkerLayoutJob::pannedResultIsShownMoved()
{
    MarkerLayoutJob job;
    QSignalSpy ready(&job, &MarkerLayoutJob::ready);
    const size_t count = MarkerLayoutJob::backgroundFromOffices + 5000;
    const MarkerPositions before = randomPositions(count, 4);
    MarkerPositions after = before;
    for (QPointF &point : after.points)
        point += QPointF(-40, 25);
    const MapViewport first = viewportAt({600000, 6900000});
    const MapViewport panned = viewportAt(first.screenToWorld(QPointF(800 + 40, 600 - 25)));
    job.request(before, first, count, 1);
    job.request(after, panned, count, 1);
    QVERIFY(ready.wait(60000));
    QVERIFY(!job.isCurrent());
    QVERIFY(sameLayout(job.placements(), MarkerLayout::layout(before)));
    const std::vector<MarkerPlacement> moved = job.placementsFor(panned, count);
    QCOMPARE(moved.size(), job.placements().size());
    QCOMPARE(moved.front().screen, job.placements().front().screen + QPointF(-40, 25));
    QTRY_VERIFY_WITH_TIMEOUT(job.isCurrent(), 60000);
    QVERIFY(sameLayout(job.placements(), MarkerLayout::layout(after)));
}

void TestMarkerLayoutJob::resultOfAnotherOfficeListIsNotShown()
{
    MarkerLayoutJob job;
    const MarkerPositions positions = randomPositions(300, 5);
    job.request(positions, viewportAt({600000, 6900000}), 300, 1);
    QVERIFY(!job.placementsFor(viewportAt({600000, 6900000}), 300).empty());
    QVERIFY(job.placementsFor(viewportAt({600000, 6900000}), 299).empty());
}

QTEST_GUILESS_MAIN(TestMarkerLayoutJob)
#include "tst_markerlayoutjob.moc"
