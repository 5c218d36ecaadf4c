// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/scene/labelplacer.h"
#include "widgets/scene/maplabellayout.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sk;

// Label placement on random scenes: whatever the places, markers and scale, no name covers another name, a marker
// or a dot, and every box stays inside the bounds it was given.
class TestMapLabelLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neverOverlaps_data();
    void neverOverlaps();
    void preferredPositionFirst();
    void nameThatFitsNowhereIsLeftOut();
    void placesOncePerRequest();
    void moreNamesAsTheScaleGrows();

private:
    static MapLabelLayout::Fonts fonts();
};

namespace {

bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() - 1e-9 && b.left() < a.right() - 1e-9 && a.top() < b.bottom() - 1e-9
            && b.top() < a.bottom() - 1e-9;
}

QRectF dotBox(const MapLabel &label, double radius)
{
    return QRectF(label.dot - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
}

} // namespace

MapLabelLayout::Fonts TestMapLabelLayout::fonts()
{
    MapLabelLayout::Fonts fonts;
    fonts.place.setPixelSize(12);
    fonts.majorPlace.setPixelSize(14);
    fonts.majorPlace.setBold(true);
    fonts.county.setPixelSize(12);
    fonts.county.setItalic(true);
    fonts.office.setPixelSize(11);
    return fonts;
}

void TestMapLabelLayout::neverOverlaps_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<double>("metresPerPixel");
    QTest::addColumn<bool>("bounded");
    const double scales[] = {3000, 1500, 700, 300, 100, 40, 12};
    for (quint32 seed = 1; seed <= 28; ++seed) {
        const double scale = scales[seed % 7];
        QTest::addRow("seed %u at %g m/px%s", seed, scale, seed % 4 == 0 ? ", bounded" : "")
                << seed << scale << (seed % 4 == 0);
    }
}

void TestMapLabelLayout::neverOverlaps()
{
    QFETCH(quint32, seed);
    QFETCH(double, metresPerPixel);
    QFETCH(bool, bounded);
    QRandomGenerator random(seed);
    // A world area that spans about 1500 × 1000 pixels at this scale, so every scale is crowded somewhere.
    const QRectF world(400'000, 6'300'000, 1500 * metresPerPixel, 1000 * metresPerPixel);
    const auto randomPoint = [&] {
        return QPointF(world.left() + random.bounded(world.width()), world.top() + random.bounded(world.height()));
    };
    static const QStringList syllables{"Å", "sa", "by", "kö", "ping", "ström", "vik", "hult", "sund", "Ö", "berg"};
    const auto randomName = [&] {
        QString name;
        for (int i = 0, n = 1 + random.bounded(4); i < n; ++i)
            name += syllables[random.bounded(static_cast<int>(syllables.size()))];
        return name;
    };
    std::vector<PlaceName> places;
    for (int i = 0; i < 400; ++i) {
        const int kind = random.bounded(10);
        places.push_back({randomName(), randomPoint(), random.bounded(1, 800'000),
                          kind == 0          ? PlaceName::Kind::CountySeat
                                  : kind < 4 ? PlaceName::Kind::MunicipalitySeat
                                             : PlaceName::Kind::Locality});
    }
    std::vector<PlaceName> counties;
    for (int i = 0; i < 12; ++i)
        counties.push_back({randomName() + QStringLiteral(" län"), randomPoint(), random.bounded(1'000'000),
                            PlaceName::Kind::County});
    const PlaceNames names(places, counties);

    MapLabelLayout::Request request;
    request.metresPerPixel = metresPerPixel;
    request.names = &names;
    request.fonts = fonts();
    request.origin = QPointF(random.bounded(500.0), random.bounded(500.0));
    for (int i = 0; i < 150; ++i) {
        const QPointF centre = MapLabelLayout::toLayout(randomPoint(), metresPerPixel, request.origin);
        const double radius = 7 + random.bounded(8.0);
        const QRectF box(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
        request.markerBoxes.push_back(box);
        if (metresPerPixel <= MapLabelLayout::officeNamesBelowMetresPerPixel && i % 2 == 0)
            request.officeNames.emplace_back(randomName(), box);
    }
    for (int i = 0; i < 5; ++i)
        request.obstacles.push_back(
                QRectF(MapLabelLayout::toLayout(randomPoint(), metresPerPixel, request.origin), QSizeF(80, 40)));
    if (bounded) {
        const QPointF corner = MapLabelLayout::toLayout(world.center(), metresPerPixel, request.origin);
        request.bounds = QRectF(corner - QPointF(400, 300), QSizeF(800, 600));
    }

    const std::vector<MapLabel> labels = MapLabelLayout::place(request);
    QVERIFY2(labels.size() >= 10, qPrintable(QStringLiteral("only %1 names placed").arg(labels.size())));
    for (size_t i = 0; i < labels.size(); ++i) {
        const MapLabel &label = labels[i];
        QVERIFY(!label.text.isEmpty());
        if (bounded)
            QVERIFY(request.bounds.contains(label.box));
        for (size_t j = i + 1; j < labels.size(); ++j) {
            QVERIFY2(!overlaps(label.box, labels[j].box),
                     qPrintable(QStringLiteral("%1 overlaps %2").arg(label.text, labels[j].text)));
        }
        for (const QRectF &marker : request.markerBoxes)
            QVERIFY2(!overlaps(label.box, marker), qPrintable(label.text + QStringLiteral(" covers a marker")));
        for (const QRectF &obstacle : request.obstacles)
            QVERIFY(!overlaps(label.box, obstacle));
        for (const MapLabel &other : labels) {
            if (other.hasDot)
                QVERIFY2(!overlaps(label.box, dotBox(other, request.fonts.dotRadius)),
                         qPrintable(label.text + QStringLiteral(" covers the dot of ") + other.text));
        }
        if (label.hasDot) {
            for (const QRectF &marker : request.markerBoxes)
                QVERIFY(!overlaps(dotBox(label, request.fonts.dotRadius), marker));
        }
    }
}

void TestMapLabelLayout::preferredPositionFirst()
{
    // Alone, a name stands to the right of its point, centred on it.
    const PlaceNames names({{QStringLiteral("Kiruna"), QPointF(0, 0), 17'000, PlaceName::Kind::MunicipalitySeat}}, {});
    MapLabelLayout::Request request;
    request.metresPerPixel = 1000;
    request.names = &names;
    request.fonts = fonts();
    const std::vector<MapLabel> labels = MapLabelLayout::place(request);
    QCOMPARE(labels.size(), size_t(1));
    QVERIFY(labels.front().hasDot);
    QVERIFY(labels.front().box.left() > 0);
    QCOMPARE(labels.front().box.center().y(), 0.0);

    // With a marker to its right it moves to the next position that is free.
    request.markerBoxes.push_back(QRectF(3, -30, 400, 60));
    const std::vector<MapLabel> moved = MapLabelLayout::place(request);
    QCOMPARE(moved.size(), size_t(1));
    QVERIFY(moved.front().box.right() < 0);
}

void TestMapLabelLayout::nameThatFitsNowhereIsLeftOut()
{
    const PlaceNames names({{QStringLiteral("Umeå"), QPointF(0, 0), 83'000, PlaceName::Kind::CountySeat}}, {});
    MapLabelLayout::Request request;
    request.metresPerPixel = 1000;
    request.names = &names;
    request.fonts = fonts();
    request.obstacles.push_back(QRectF(-300, -300, 600, 600));
    QVERIFY(MapLabelLayout::place(request).empty());
}

void TestMapLabelLayout::placesOncePerRequest()
{
    const PlaceNames names({{QStringLiteral("Luleå"), QPointF(0, 0), 43'000, PlaceName::Kind::CountySeat}}, {});
    MapLabelLayout layout;
    MapLabelLayout::Request request;
    request.metresPerPixel = 1500;
    request.names = &names;
    request.fonts = fonts();
    QCOMPARE(layout.labels(request).size(), size_t(1));
    QCOMPARE(layout.labels(request).size(), size_t(1));
    QCOMPARE(layout.placementCount(), 1);
    request.metresPerPixel = 700;
    layout.labels(request);
    QCOMPARE(layout.placementCount(), 2);
}

void TestMapLabelLayout::moreNamesAsTheScaleGrows()
{
    const PlaceName seat{QStringLiteral("Pajala"), {}, 1'900, PlaceName::Kind::MunicipalitySeat};
    const PlaceName village{QStringLiteral("Korpilombolo"), {}, 500, PlaceName::Kind::Locality};
    const PlaceName countySeat{QStringLiteral("Härnösand"), {}, 18'000, PlaceName::Kind::CountySeat};
    const PlaceName county{QStringLiteral("Norrbottens län"), {}, 250'000, PlaceName::Kind::County};
    QVERIFY(MapLabelLayout::isWanted(countySeat, 1500));
    QVERIFY(!MapLabelLayout::isWanted(seat, 1500));
    QVERIFY(MapLabelLayout::isWanted(seat, 300));
    QVERIFY(!MapLabelLayout::isWanted(village, 300));
    QVERIFY(MapLabelLayout::isWanted(village, 100));
    QVERIFY(MapLabelLayout::isWanted(county, 1500));
    QVERIFY(!MapLabelLayout::isWanted(county, 100));
}

QTEST_MAIN(TestMapLabelLayout)
#include "tst_maplabellayout.moc"
