// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

// Checks that official boundaries must pass, whichever file they come from: tst_adminboundaries runs them on the
// synthetic fixture, tst_scbboundaries on SCB's own file.

#include "geodata/geo/projection.h"
#include "geodata/geo/vectorlayer.h"
#include "geodata/reference/adminboundaries.h"

#include <QGeoCoordinate>
#include <QTest>

namespace sktest {

inline const sk::VectorFeature *featureWithCode(const sk::VectorLayer &layer, const QString &code)
{
    for (const sk::VectorFeature &feature : layer.features()) {
        if (feature.code == code)
            return &feature;
    }
    return nullptr;
}

// Rows for seatLiesInItsMunicipality: five seats from south to north, Gotland's on an island.
inline void addSeatRows()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    QTest::newRow("Stockholm") << "0180" << 59.3293 << 18.0686;
    QTest::newRow("Kiruna") << "2584" << 67.85572 << 20.22513;
    QTest::newRow("Malmö") << "1280" << 55.60587 << 13.00073;
    QTest::newRow("Gotland") << "0980" << 57.64089 << 18.29602;
    QTest::newRow("Strömstad") << "1486" << 58.9395 << 11.1712;
}

// The row's seat lies in its municipality, in no other (which guards against swapped axes or a shifted layer), and
// in its county.
inline void seatLiesInItsMunicipality(const sk::AdminBoundaries &boundaries)
{
    QFETCH(QString, code);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    const QPointF seat = sk::Projection::toSweref(QGeoCoordinate(latitude, longitude));
    const sk::VectorFeature *home = featureWithCode(boundaries.municipalities(), code);
    QVERIFY(home);
    QVERIFY(home->contains(seat));
    int containing = 0;
    for (const sk::VectorFeature &feature : boundaries.municipalities().features())
        containing += feature.contains(seat) ? 1 : 0;
    QCOMPARE(containing, 1);
    const sk::VectorFeature *county = featureWithCode(boundaries.counties(), code.left(2));
    QVERIFY(county);
    QVERIFY(county->contains(seat));
}

} // namespace sktest
