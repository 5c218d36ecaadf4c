// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/offices/collatingsortproxymodel.h"

#include <QAbstractItemModelTester>
#include <QStringListModel>
#include <QTest>

using namespace sk;

class TestCollatingSortProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsByLanguage_data();
    void sortsByLanguage();
};

void TestCollatingSortProxyModel::sortsByLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QStringList>("expected");
    const QStringList names{"Örebro", "Alingsås", "Ängelholm", "Åmål", "Zinkgruvan", "arvika"};
    QTest::newRow("Swedish: Å Ä Ö after Z")
            << QLocale(QLocale::Swedish, QLocale::Sweden)
            << QStringList{"Alingsås", "arvika", "Zinkgruvan", "Åmål", "Ängelholm", "Örebro"};
    QTest::newRow("English: accents fold")
            << QLocale(QLocale::English, QLocale::UnitedKingdom)
            << QStringList{"Alingsås", "Åmål", "Ängelholm", "arvika", "Örebro", "Zinkgruvan"};
}

void TestCollatingSortProxyModel::sortsByLanguage()
{
    QFETCH(QLocale, locale);
    QFETCH(QStringList, expected);
    QLocale::setDefault(locale);
    QStringListModel source({"Örebro", "Alingsås", "Ängelholm", "Åmål", "Zinkgruvan", "arvika"});
    CollatingSortProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.sort(0);
    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted << proxy.index(row, 0).data().toString();
    QCOMPARE(sorted, expected);
}

QTEST_GUILESS_MAIN(TestCollatingSortProxyModel)
#include "tst_collatingsortproxymodel.moc"
