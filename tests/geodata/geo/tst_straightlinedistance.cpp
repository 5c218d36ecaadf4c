// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/projection.h"

#include <QGeoCoordinate>
#include <QLineF>
#include <QtTest>

#include <cmath>

using namespace sk;

namespace {

// The geodesic on the GRS 80 ellipsoid (SWEREF 99's), by Vincenty's inverse formula: exact to well under a
// millimetre at these distances.
double geodesicMetres(const QGeoCoordinate &from, const QGeoCoordinate &to)
{
    const double a = 6378137.0;
    const double f = 1 / 298.257222101;
    const double b = a * (1 - f);
    const double radians = M_PI / 180;
    const double L = (to.longitude() - from.longitude()) * radians;
    const double U1 = std::atan((1 - f) * std::tan(from.latitude() * radians));
    const double U2 = std::atan((1 - f) * std::tan(to.latitude() * radians));
    const double sinU1 = std::sin(U1), cosU1 = std::cos(U1), sinU2 = std::sin(U2), cosU2 = std::cos(U2);
    double lambda = L;
    double sinSigma = 0, cosSigma = 0, sigma = 0, cos2Alpha = 0, cos2SigmaM = 0;
    for (int i = 0; i < 200; ++i) {
        const double sinLambda = std::sin(lambda), cosLambda = std::cos(lambda);
        sinSigma = std::hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
        if (sinSigma == 0)
            return 0;
        cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
        sigma = std::atan2(sinSigma, cosSigma);
        const double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
        cos2Alpha = 1 - sinAlpha * sinAlpha;
        cos2SigmaM = cos2Alpha != 0 ? cosSigma - 2 * sinU1 * sinU2 / cos2Alpha : 0;
        const double C = f / 16 * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
        const double previous = lambda;
        lambda = L
                + (1 - C) * f * sinAlpha
                        * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
        if (std::abs(lambda - previous) < 1e-13)
            break;
    }
    const double u2 = cos2Alpha * (a * a - b * b) / (b * b);
    const double A = 1 + u2 / 16384 * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
    const double B = u2 / 1024 * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
    const double deltaSigma = B * sinSigma
            * (cos2SigmaM
               + B / 4
                       * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                          - B / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
    return b * A * (sigma - deltaSigma);
}

} // namespace

// Coverage measures straight lines in SWEREF 99 TM; the README and the panel say they are within 0.2 % of the
// geodesic across Sweden. Pairs from Smygehuk (the south tip) to Treriksröset (the north), west coast to the
// Finnish border, short and long, on the central meridian and far from it.
class TestStraightLineDistance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withinTwoPerMilleOfTheGeodesic_data();
    void withinTwoPerMilleOfTheGeodesic();
};

void TestStraightLineDistance::withinTwoPerMilleOfTheGeodesic_data()
{
    QTest::addColumn<QGeoCoordinate>("from");
    QTest::addColumn<QGeoCoordinate>("to");
    const QGeoCoordinate smygehuk(55.3370, 13.3594);
    const QGeoCoordinate treriksroset(69.0599, 20.5487);
    const QGeoCoordinate haparanda(65.8355, 24.1368);
    const QGeoCoordinate stromstad(58.9395, 11.1712);
    const QGeoCoordinate kosterhavet(58.8900, 11.0200);
    const QGeoCoordinate stockholm(59.3293, 18.0686);
    const QGeoCoordinate goteborg(57.7072, 11.9668);
    const QGeoCoordinate pajala(67.2125, 23.3690);
    const QGeoCoordinate kiruna(67.8558, 20.2253);
    const QGeoCoordinate visby(57.6348, 18.2948);
    const QGeoCoordinate ostersund(63.1792, 14.6357);
    QTest::newRow("Smygehuk–Treriksröset") << smygehuk << treriksroset;
    QTest::newRow("Smygehuk–Haparanda") << smygehuk << haparanda;
    QTest::newRow("Strömstad–Haparanda") << stromstad << haparanda;
    QTest::newRow("Kosterhavet–Stockholm") << kosterhavet << stockholm;
    QTest::newRow("Göteborg–Stockholm") << goteborg << stockholm;
    QTest::newRow("Pajala–Haparanda (far east, 150 km)") << pajala << haparanda;
    QTest::newRow("Pajala, 5 km east") << pajala << QGeoCoordinate(67.2125, 23.4870);
    QTest::newRow("Kiruna–Treriksröset") << kiruna << treriksroset;
    QTest::newRow("Strömstad, 3 km north (far west)") << stromstad << QGeoCoordinate(58.9665, 11.1712);
    QTest::newRow("Visby–Stockholm") << visby << stockholm;
    QTest::newRow("Östersund, 20 km (central meridian)") << ostersund << QGeoCoordinate(63.3590, 14.6357);
}

void TestStraightLineDistance::withinTwoPerMilleOfTheGeodesic()
{
    QFETCH(QGeoCoordinate, from);
    QFETCH(QGeoCoordinate, to);
    const double straight = QLineF(Projection::toSweref(from), Projection::toSweref(to)).length();
    const double geodesic = geodesicMetres(from, to);
    const double error = std::abs(straight - geodesic) / geodesic;
    // What the Nearest offices panel shows: QGeoCoordinate's great circle on a sphere, within 0.5 %.
    const double greatCircle = from.distanceTo(to);
    const double sphereError = std::abs(greatCircle - geodesic) / geodesic;
    qInfo("%s: geodesic %.1f km, SWEREF 99 TM %+.3f %%, great circle %+.3f %%", QTest::currentDataTag(),
          geodesic / 1000, 100 * (straight - geodesic) / geodesic, 100 * (greatCircle - geodesic) / geodesic);
    QVERIFY2(error < 0.002, qPrintable(QString::number(100 * error, 'f', 3) + QStringLiteral(" %")));
    QVERIFY2(sphereError < 0.005, qPrintable(QString::number(100 * sphereError, 'f', 3) + QStringLiteral(" %")));
}

QTEST_GUILESS_MAIN(TestStraightLineDistance)
#include "tst_straightlinedistance.moc"
