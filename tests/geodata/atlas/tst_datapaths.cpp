// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/datapaths.h"

#include <QtTest>

using namespace sk;

class TestDataPaths : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceTreeByDefault();
    void environmentWins();
};

void TestDataPaths::sourceTreeByDefault()
{
    qunsetenv("SERVICEKARTA_DATA_DIR");
    // The test binary is not installed, so the data comes from the source tree.
    QCOMPARE(QDir(DataPaths::dataDirectory()).canonicalPath(),
             QDir(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR)).canonicalPath());
    QVERIFY(QFileInfo::exists(DataPaths::officesFile()));
    QCOMPARE(QFileInfo(DataPaths::baseMapFile()).fileName(), QStringLiteral("basemap.gpkg"));
}

void TestDataPaths::environmentWins()
{
    QTemporaryDir dir;
    qputenv("SERVICEKARTA_DATA_DIR", QFile::encodeName(dir.path()));
    QCOMPARE(DataPaths::dataDirectory(), dir.path());
    QCOMPARE(DataPaths::officesFile(), dir.filePath(QStringLiteral("offices.csv")));
    QCOMPARE(DataPaths::filePath(QStringLiteral("municipalities.csv")),
             dir.filePath(QStringLiteral("municipalities.csv")));
    qunsetenv("SERVICEKARTA_DATA_DIR");
    QVERIFY(DataPaths::dataDirectory() != dir.path());
}

QTEST_GUILESS_MAIN(TestDataPaths)
#include "tst_datapaths.moc"
