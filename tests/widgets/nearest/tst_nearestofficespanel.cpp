// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/coverage/nearestoffices.h"
#include "geodata/geo/projection.h"
#include "widgets/nearest/nearestofficesmodel.h"
#include "widgets/nearest/nearestofficespanel.h"
#include "widgets/nearest/positionfollower.h"

#include <QAbstractButton>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QtTest>

using namespace sk;

// The Nearest offices dock: typed places, picked points, a replayed NMEA log and the timeline all move the list
// and the lines on the map.
class TestNearestOfficesPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void typedPlaceListsThreeOpenOffices();
    void badInputIsShownAndKeepsTheList_data();
    void badInputIsShownAndKeepsTheList();
    void pickedPoint();
    void followsTheTimeline();
    void nmeaReplayMovesTheList();
    void unreadableLog();
    void compassPoints_data();
    void compassPoints();

private:
    QString statusText(const NearestOfficesPanel &panel) const
    {
        return panel.findChild<QLabel *>(QStringLiteral("nearestStatus"))->text();
    }

    Atlas m_atlas;
};

void TestNearestOfficesPanel::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestNearestOfficesPanel::typedPlaceListsThreeOpenOffices()
{
    NearestOfficesPanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy lines(&panel, &NearestOfficesPanel::linesChanged);
    panel.setData(m_atlas.rollout().offices(), &m_atlas.reference());
    panel.setDate(QDate(2023, 12, 31));
    auto *input = panel.findChild<QLineEdit *>(QStringLiteral("nearestInput"));
    QTest::keyClicks(input, QStringLiteral("Pajala"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(panel.model()->rowCount(), 3);
    const std::vector<NearbyOffice> expected
            = NearestOffices::find(m_atlas.rollout().offices(), panel.place(), QDate(2023, 12, 31));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(panel.model()->index(row, NearestOfficesModel::OfficeColumn).data().toString(),
                 expected[size_t(row)].name);
        QCOMPARE(panel.model()->index(row, 0).data(NearestOfficesModel::DistanceMetresRole).toDouble(),
                 expected[size_t(row)].distanceMetres);
    }
    QVERIFY(statusText(panel).startsWith(QStringLiteral("Pajala")));
    QVERIFY(!lines.isEmpty());
    const auto from = lines.last().at(0).value<std::optional<QPointF>>();
    const auto drawn = lines.last().at(1).value<std::vector<MapScene::NearestLine>>();
    QVERIFY(from.has_value());
    QCOMPARE(drawn.size(), size_t(3));
    QVERIFY(drawn.front().label.endsWith(QStringLiteral(" km")));
}

void TestNearestOfficesPanel::badInputIsShownAndKeepsTheList_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown place") << "Atlantis"
                                   << "neither a locality nor a municipality";
    QTest::newRow("bad coordinate") << "91.5, 23"
                                    << "latitude must lie within ±90°";
}

void TestNearestOfficesPanel::badInputIsShownAndKeepsTheList()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    NearestOfficesPanel panel;
    panel.setData(m_atlas.rollout().offices(), &m_atlas.reference());
    panel.setDate(QDate(2023, 12, 31));
    QVERIFY(panel.lookUp(QStringLiteral("Kiruna")));
    const QString first = panel.model()->index(0, 0).data().toString();
    QVERIFY(!panel.lookUp(text));
    QVERIFY2(statusText(panel).contains(message), qPrintable(statusText(panel)));
    QCOMPARE(panel.model()->index(0, 0).data().toString(), first);
}

void TestNearestOfficesPanel::pickedPoint()
{
    NearestOfficesPanel panel;
    QSignalSpy picking(&panel, &NearestOfficesPanel::pickingChanged);
    panel.setData(m_atlas.rollout().offices(), &m_atlas.reference());
    panel.setDate(QDate(2023, 12, 31));
    auto *pick = panel.findChild<QAbstractButton *>(QStringLiteral("nearestPickButton"));
    pick->click();
    QCOMPARE(picking.size(), 1);
    QCOMPARE(picking.last().at(0).toBool(), true);
    const QPointF haparanda = Projection::toSweref(QGeoCoordinate(65.8355, 24.1368));
    panel.pickAt(haparanda);
    QCOMPARE(picking.last().at(0).toBool(), false); // one pick, then the map is a map again
    QCOMPARE(panel.model()->index(0, 0).data().toString(), QStringLiteral("Haparanda"));
    QVERIFY(statusText(panel).startsWith(QStringLiteral("picked point")));
}

void TestNearestOfficesPanel::followsTheTimeline()
{
    NearestOfficesPanel panel;
    panel.setData(m_atlas.rollout().offices(), &m_atlas.reference());
    panel.setDate(QDate(2021, 5, 25));
    QVERIFY(panel.lookUp(QStringLiteral("65.8355, 24.1368"))); // Haparanda
    std::vector<QString> before;
    for (const NearbyOffice &office : panel.nearest())
        before.push_back(office.id);
    QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
    panel.setDate(QDate(2023, 12, 31));
    QCOMPARE(reset.size(), 1);
    std::vector<QString> after;
    for (const NearbyOffice &office : panel.nearest())
        after.push_back(office.id);
    std::vector<QString> expected;
    for (const NearbyOffice &office :
         NearestOffices::find(m_atlas.rollout().offices(), QGeoCoordinate(65.8355, 24.1368), QDate(2023, 12, 31)))
        expected.push_back(office.id);
    QCOMPARE(after, expected);
    panel.setDate(QDate(2023, 12, 31)); // the same date again changes nothing
    QCOMPARE(reset.size(), 1);
}

// A drive from Pajala to Haparanda, one fix a second: the list starts with Pajala's nearest offices and ends with
// Haparanda's own.
void TestNearestOfficesPanel::nmeaReplayMovesTheList()
{
    NearestOfficesPanel panel;
    panel.setData(m_atlas.rollout().offices(), &m_atlas.reference());
    panel.setDate(QDate(2023, 12, 31));
    QSignalSpy positions(panel.follower(), &PositionFollower::positionChanged);
    QString error;
    QVERIFY2(panel.follower()->replayNmea(
                     QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/nearest/pajala-to-haparanda.nmea"), &error),
             qPrintable(error));
    QCOMPARE(panel.follower()->sourceName(), QStringLiteral("pajala-to-haparanda.nmea"));
    QTRY_VERIFY_WITH_TIMEOUT(!positions.isEmpty(), 5000);
    const QGeoCoordinate start = positions.first().at(0).value<QGeoCoordinate>();
    QVERIFY(start.distanceTo(QGeoCoordinate(67.2125, 23.369)) < 100);
    const QString firstNearest = panel.model()->index(0, 0).data().toString();
    QVERIFY(firstNearest != QStringLiteral("Haparanda"));
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->index(0, 0).data().toString(), QStringLiteral("Haparanda"), 15000);
    QVERIFY(positions.size() >= 3);
    QVERIFY(statusText(panel).contains(QStringLiteral("pajala-to-haparanda.nmea")));
    panel.follower()->stop();
    QVERIFY(!panel.follower()->isFollowing());
}

void TestNearestOfficesPanel::unreadableLog()
{
    PositionFollower follower;
    QString error;
    QVERIFY(!follower.replayNmea(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/nearest/missing.nmea"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("missing.nmea: cannot be read")), qPrintable(error));
    QVERIFY(!follower.isFollowing());
}

void TestNearestOfficesPanel::compassPoints_data()
{
    QTest::addColumn<double>("bearing");
    QTest::addColumn<QString>("point");
    QTest::newRow("north") << 0.0 << "N";
    QTest::newRow("almost north") << 355.0 << "N";
    QTest::newRow("east-north-east") << 67.5 << "ENE";
    QTest::newRow("south") << 180.0 << "S";
    QTest::newRow("north-west") << 315.0 << "NW";
    QTest::newRow("negative") << -90.0 << "W";
}

void TestNearestOfficesPanel::compassPoints()
{
    QFETCH(double, bearing);
    QFETCH(QString, point);
    QCOMPARE(NearestOfficesModel::compassPoint(bearing), point);
}

QTEST_MAIN(TestNearestOfficesPanel)
#include "tst_nearestofficespanel.moc"
