// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

// The checks that need SCB's real municipality boundaries (../shared/geodata/sweden_scb_admin.gpkg, never copied into
// the repository). Without the file every function skips and CTest counts this test as skipped; the loader itself is
// tested on a synthetic fixture in tst_adminboundaries.
#include "geodata/geo/projection.h"
#include "geodata/geo/swedenbounds.h"
#include "geodata/import/officeimporter.h"
#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/basemap.h"
#include "geodata/reference/referencedata.h"
#include "geodata/reference/swedishland.h"
#include "geodata/scenario/officedraft.h"
#include "tests/common/boundarychecks.h"

#include <QtTest>

using namespace sk;

namespace {

const QString scbFile = QStringLiteral(SERVICEKARTA_SHARED_DIR "/geodata/sweden_scb_admin.gpkg");

} // namespace

class TestScbBoundaries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void scbFile();
    void seatsLieInTheirMunicipality_data();
    void seatsLieInTheirMunicipality();
    void boundariesWinOverNearestSeat();
    void onlySwedishLand_data();
    void onlySwedishLand();
    void shippedOfficesStandOnSwedishLand();
};

void TestScbBoundaries::init()
{
    if (!QFileInfo::exists(::scbFile))
        QSKIP("the SCB boundaries are not in the shared folder");
}

void TestScbBoundaries::scbFile()
{
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(::scbFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QCOMPARE(boundaries.path(), ::scbFile);
    QCOMPARE(boundaries.municipalities().features().size(), size_t(290));
    QCOMPARE(boundaries.counties().features().size(), size_t(21));
    QCOMPARE(boundaries.municipalities().geometry(), VectorLayer::Geometry::Polygons);
    QVERIFY(SwedenBounds::sweref().contains(boundaries.municipalities().extent()));
    QVERIFY(boundaries.municipalities().extent().intersects(Projection::swedenHomeExtent()));

    QSet<QString> countyCodes;
    for (const VectorFeature &county : boundaries.counties().features()) {
        QCOMPARE(county.code.size(), 2);
        QVERIFY(!county.name.isEmpty());
        countyCodes.insert(county.code);
    }
    QCOMPARE(countyCodes.size(), 21);

    QSet<QString> municipalityCodes;
    for (const VectorFeature &municipality : boundaries.municipalities().features()) {
        QCOMPARE(municipality.code.size(), 4);
        QVERIFY2(countyCodes.contains(municipality.code.left(2)), qPrintable(municipality.code));
        QVERIFY(!municipality.name.isEmpty());
        municipalityCodes.insert(municipality.code);
    }
    QCOMPARE(municipalityCodes.size(), 290);

    // The same 290 codes and names as the shipped reference table.
    QStringList referenceErrors;
    const ReferenceData reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &referenceErrors);
    QVERIFY(referenceErrors.isEmpty());
    for (const Municipality &municipality : reference.municipalities()) {
        const VectorFeature *feature = sktest::featureWithCode(boundaries.municipalities(), municipality.code);
        QVERIFY2(feature, qPrintable(municipality.code));
        QCOMPARE(feature->name, municipality.name);
    }
    QCOMPARE(sktest::featureWithCode(boundaries.counties(), QStringLiteral("25"))->name, QString::fromUtf8("Norrbottens län"));
}

void TestScbBoundaries::seatsLieInTheirMunicipality_data()
{
    sktest::addSeatRows();
}

void TestScbBoundaries::seatsLieInTheirMunicipality()
{
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(::scbFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    sktest::seatLiesInItsMunicipality(boundaries);
}

void TestScbBoundaries::boundariesWinOverNearestSeat()
{
    // 62.0 N 13.0 E lies in Älvdalen, 8 km inside its border, but Härjedalen's seat (Sveg) is the nearest seat.
    QStringList errors;
    const ReferenceData reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    const QPointF at = Projection::toSweref(QGeoCoordinate(62.0, 13.0));
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(::scbFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QCOMPARE(OfficeDraft::municipalityCodeAt(at, reference, nullptr), QStringLiteral("2361"));
    QCOMPARE(OfficeDraft::municipalityCodeAt(at, reference, &boundaries), QStringLiteral("2039"));
    QCOMPARE(OfficeDraft::at(at, reference, &boundaries, 3).municipality, QString::fromUtf8("Älvdalen"));
}

void TestScbBoundaries::onlySwedishLand_data()
{
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::addColumn<bool>("inSweden");
    QTest::newRow("Östersund") << 63.18 << 14.64 << true;
    QTest::newRow("Visby") << 57.64 << 18.30 << true;
    QTest::newRow("Oslo") << 59.91 << 10.75 << false;
    QTest::newRow("Helsinki") << 60.17 << 24.94 << false;
    QTest::newRow("Baltic Sea west of Gotland") << 57.40 << 17.60 << false;
    QTest::newRow("Vänern") << 58.90 << 13.30 << false;
}

// With boundaries loaded, they decide where a new office may stand.
void TestScbBoundaries::onlySwedishLand()
{
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QFETCH(bool, inSweden);
    const QPointF at = Projection::toSweref(QGeoCoordinate(latitude, longitude));
    QStringList errors;
    const BaseMap baseMap = BaseMap::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/basemap.gpkg"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(::scbFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    QCOMPARE(OfficeDraft::isInSweden(at, &baseMap, &boundaries), inSweden);
}

// SCB's outlines are generalised and coastal towns fall outside them; with the base map and the tolerance every
// shipped office still stands on Swedish land.
void TestScbBoundaries::shippedOfficesStandOnSwedishLand()
{
    QStringList errors;
    const BaseMap baseMap = BaseMap::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/basemap.gpkg"), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QString error;
    const AdminBoundaries boundaries = AdminBoundaries::load(::scbFile, &error);
    QVERIFY2(!boundaries.isEmpty(), qPrintable(error));
    const SwedishLand land(&baseMap, &boundaries);
    const OfficeLoadResult result
            = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"), &land);
    QVERIFY2(result.errors.isEmpty(), qPrintable(result.errors.join(QLatin1Char('\n'))));
    QCOMPARE(result.offices.size(), size_t(147));
    const QPointF oslo = Projection::toSweref(QGeoCoordinate(59.9139, 10.7522));
    QCOMPARE(land.whereOutside(oslo), QStringLiteral("lies in Norway, not in Sweden"));
}

QTEST_GUILESS_MAIN(TestScbBoundaries)
#include "tst_scbboundaries.moc"
