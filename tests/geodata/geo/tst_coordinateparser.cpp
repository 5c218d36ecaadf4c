// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/geo/coordinateparser.h"
#include "geodata/geo/projection.h"

#include <QtTest>

using namespace sk;

// Positions as people type them: decimal degrees, degrees and minutes, SWEREF 99 TM; and what is wrong otherwise.
class TestCoordinateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
    void looksLikeCoordinate();
};

void TestCoordinateParser::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("latitude");
    QTest::addColumn<double>("longitude");
    const QPointF pajala = Projection::toSweref(QGeoCoordinate(67.2125, 23.369));
    QTest::newRow("decimal, comma") << "65.83,23.17" << 65.83 << 23.17;
    QTest::newRow("decimal, comma and space") << "65.83, 23.17" << 65.83 << 23.17;
    QTest::newRow("decimal, space") << "  65.83 23.17 " << 65.83 << 23.17;
    QTest::newRow("decimal commas") << "65,83 23,17" << 65.83 << 23.17;
    QTest::newRow("decimal, semicolon") << "65,83; 23,17" << 65.83 << 23.17;
    QTest::newRow("decimal with letters") << "65.83N 23.17E" << 65.83 << 23.17;
    QTest::newRow("longitude first with letters") << "23.17E 65.83N" << 65.83 << 23.17;
    QTest::newRow("degrees minutes") << "65°49.8'N 23°10.2'E" << 65.83 << 23.17;
    QTest::newRow("degrees minutes, prime signs") << "65°49.8′N, 23°10.2′E" << 65.83 << 23.17;
    QTest::newRow("degrees minutes, letters first") << "N 65 49.8 E 23 10.2" << 65.83 << 23.17;
    QTest::newRow("degrees minutes seconds") << "65°49'48\"N 23°10'12\"E" << 65.83 << 23.17;
    QTest::newRow("Swedish letters Ö") << "N 65°49,8' Ö 23°10,2'" << 65.83 << 23.17;
    QTest::newRow("lower case") << "65°49.8'n 23°10.2'e" << 65.83 << 23.17;
    QTest::newRow("bare degrees minutes") << "65 49.8 23 10.2" << 65.83 << 23.17;
    const QGeoCoordinate back = Projection::toWgs84(QPointF(std::round(pajala.x()), std::round(pajala.y())));
    const QString e = QString::number(std::round(pajala.x()), 'f', 0);
    const QString n = QString::number(std::round(pajala.y()), 'f', 0);
    QTest::newRow("SWEREF E N") << QStringLiteral("E %1 N %2").arg(e, n) << back.latitude() << back.longitude();
    QTest::newRow("SWEREF N E") << QStringLiteral("N: %1, E: %2").arg(n, e) << back.latitude() << back.longitude();
    QTest::newRow("SWEREF bare") << QStringLiteral("%1 %2").arg(n, e) << back.latitude() << back.longitude();
}

void TestCoordinateParser::parses()
{
    QFETCH(QString, text);
    QFETCH(double, latitude);
    QFETCH(double, longitude);
    QString error;
    const std::optional<QGeoCoordinate> coordinate = CoordinateParser::parse(text, &error);
    QVERIFY2(coordinate, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY2(std::abs(coordinate->latitude() - latitude) < 1e-6, qPrintable(QString::number(coordinate->latitude())));
    QVERIFY2(std::abs(coordinate->longitude() - longitude) < 1e-6,
             qPrintable(QString::number(coordinate->longitude())));
}

void TestCoordinateParser::refuses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("latitude beyond the pole") << "91.5,23"
                                              << "latitude must lie within ±90°";
    QTest::newRow("longitude first") << "23.17, 65.83"
                                     << "lies outside Sweden; is it latitude first?";
    QTest::newRow("Paris") << "48.85, 2.35"
                           << "lies outside Sweden";
    QTest::newRow("one number") << "65.83"
                                << "is not a coordinate";
    QTest::newRow("three numbers") << "65.83 23.17 4"
                                   << "is not a coordinate";
    QTest::newRow("words and numbers") << "gate 12"
                                       << "is not a coordinate";
    QTest::newRow("minutes of 60") << "65°60'N 23°10'E"
                                   << "minutes and seconds must be below 60";
    QTest::newRow("two latitudes") << "65N 23N"
                                   << "two latitudes or two longitudes";
    QTest::newRow("SWEREF outside Sweden") << "E 100000 N 7300000"
                                           << "lies outside Sweden in SWEREF 99 TM";
    QTest::newRow("SWEREF E twice") << "E 700000 E 7300000"
                                    << "gives E twice";
    QTest::newRow("SWEREF two eastings") << "700000 710000"
                                         << "the northing has 7 digits";
    QTest::newRow("empty") << "  "
                           << "no coordinate given";
}

void TestCoordinateParser::refuses()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!CoordinateParser::parse(text, &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestCoordinateParser::looksLikeCoordinate()
{
    QVERIFY(CoordinateParser::looksLikeCoordinate(QStringLiteral("65.83,23.17")));
    QVERIFY(CoordinateParser::looksLikeCoordinate(QStringLiteral("E 700000 N 7300000")));
    QVERIFY(!CoordinateParser::looksLikeCoordinate(QStringLiteral("Pajala")));
    QVERIFY(!CoordinateParser::looksLikeCoordinate(QStringLiteral("Malmö")));
}

QTEST_GUILESS_MAIN(TestCoordinateParser)
#include "tst_coordinateparser.moc"
