// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/faregionoutlines.h"
#include "geodata/reference/referencedata.h"

#include <ogr_geometry.h>

#include <QtTest>

#include <map>
#include <memory>

using namespace sk;

namespace {

const QString scbFile = QStringLiteral(SERVICEKARTA_SHARED_DIR "/geodata/sweden_scb_admin.gpkg");

// The area of a feature's rings, holes subtracted, organised independently of the ring order.
double areaOf(const VectorFeature &feature)
{
    std::vector<OGRGeometry *> polygons;
    for (const QList<QPointF> &part : feature.parts) {
        auto *ring = new OGRLinearRing;
        for (const QPointF &point : part)
            ring->addPoint(point.x(), point.y());
        ring->closeRings();
        auto *polygon = new OGRPolygon;
        polygon->addRingDirectly(ring);
        polygons.push_back(polygon);
    }
    int valid = 0;
    const std::unique_ptr<OGRGeometry> organised(
            OGRGeometryFactory::organizePolygons(polygons.data(), static_cast<int>(polygons.size()), &valid, nullptr));
    if (!organised)
        return 0;
    if (const auto *surface = dynamic_cast<const OGRSurface *>(organised.get()))
        return surface->get_Area();
    return organised->toMultiSurface()->get_Area();
}

QList<QPointF> square(double x, double y, double side)
{
    return {{x, y}, {x + side, y}, {x + side, y + side}, {x, y + side}, {x, y}};
}

} // namespace

class TestFaRegionOutlines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neighboursDissolveIntoOneRing();
    void seatsOfGapRegions();
    void scbMunicipalities();
};

// Fixture FA 01 = Alfa 9101 + Beta 9102, FA 02 = Gamma 9103; an unknown code counts in no region.
void TestFaRegionOutlines::neighboursDissolveIntoOneRing()
{
    QStringList errors;
    const ReferenceData reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/regions"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    std::vector<VectorFeature> municipalities{
            {{square(0, 0, 1000)}, {}, "Alfa", "9101"},
            {{square(1000, 0, 1000), square(1200, 200, 100)}, {}, "Beta", "9102"}, // with a lake
            {{square(5000, 0, 1000), square(7000, 0, 1000)}, {}, "Gamma", "9103"},
            {{square(0, 5000, 1000)}, {}, "Unknown", "0000"}};
    const VectorLayer outlines = FaRegionOutlines::build(
            VectorLayer("kommuner", VectorLayer::Geometry::Polygons, std::move(municipalities)), reference);

    QCOMPARE(outlines.features().size(), size_t(2));
    const VectorFeature &alfa = outlines.features()[0];
    QCOMPARE(alfa.code, QStringLiteral("01"));
    QCOMPARE(alfa.name, QStringLiteral("Alfa"));
    QCOMPARE(alfa.parts.size(), size_t(2)); // one outer ring without the shared border, and the lake
    QCOMPARE(areaOf(alfa), 2000.0 * 1000 - 100 * 100);
    QCOMPARE(alfa.bounds, QRectF(0, 0, 2000, 1000));
    const VectorFeature &gamma = outlines.features()[1];
    QCOMPARE(gamma.code, QStringLiteral("02"));
    QCOMPARE(gamma.parts.size(), size_t(2));
    QCOMPARE(areaOf(gamma), 2 * 1000.0 * 1000);
}

void TestFaRegionOutlines::seatsOfGapRegions()
{
    QStringList errors;
    const ReferenceData reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/regions"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const std::vector<QPointF> seats = FaRegionOutlines::seatsIn({"01"}, reference);
    QCOMPARE(seats.size(), size_t(2));
    QCOMPARE(seats[0], reference.municipality("9101")->seatPosition);
    QCOMPARE(seats[1], reference.municipality("9102")->seatPosition);
    QVERIFY(FaRegionOutlines::seatsIn({}, reference).empty());
}

void TestFaRegionOutlines::scbMunicipalities()
{
    if (!QFileInfo::exists(::scbFile))
        QSKIP("the SCB boundaries are not in the shared folder");
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(::scbFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QStringList errors;
    const ReferenceData reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));

    QElapsedTimer timer;
    timer.start();
    const VectorLayer outlines = FaRegionOutlines::build(boundaries.municipalities(), reference);
    qInfo("FaRegionOutlines::build: %lld ms for %zu municipalities", static_cast<long long>(timer.elapsed()),
          boundaries.municipalities().features().size());

    QCOMPARE(outlines.features().size(), size_t(60));
    std::map<QString, double> municipalityArea;
    for (const VectorFeature &municipality : boundaries.municipalities().features())
        municipalityArea[reference.municipality(municipality.code)->faRegion] += areaOf(municipality);
    for (size_t i = 0; i < outlines.features().size(); ++i) {
        const VectorFeature &region = outlines.features()[i];
        QCOMPARE(region.code, QStringLiteral("%1").arg(i + 1, 2, 10, QLatin1Char('0')));
        QVERIFY(!region.name.isEmpty());
        const double expected = municipalityArea[region.code];
        QVERIFY2(std::abs(areaOf(region) - expected) <= 0.005 * expected,
                 qPrintable(QStringLiteral("FA %1: %2 km² against %3 km²")
                                    .arg(region.code)
                                    .arg(areaOf(region) / 1e6)
                                    .arg(expected / 1e6)));
    }
}

QTEST_GUILESS_MAIN(TestFaRegionOutlines)
#include "tst_faregionoutlines.moc"
