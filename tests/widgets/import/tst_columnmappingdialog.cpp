// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/import/officeimporter.h"
#include "widgets/import/columnmappingdialog.h"
#include "widgets/import/importreviewdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace sk;

namespace {

ImportPreview previewOf(const char *file)
{
    return OfficeImporter::inspect(QStringLiteral(SERVICEKARTA_TEST_DATA_DIR "/import/") + QString::fromUtf8(file));
}

} // namespace

class TestColumnMappingDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsGuessedMapping();
    void previewTable();
    void combosChangeMapping();
    void okOnlyWhenUsable();
    void eastingNorthingChoice();
    void pointGeometryOffered_data();
    void pointGeometryOffered();
    void reviewListsEveryProblem();
    void reviewWithNothingValid();

private:
    static QPushButton *okButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }
};

void TestColumnMappingDialog::showsGuessedMapping()
{
    const ImportPreview preview = previewOf("kontor-svenska.csv");
    QVERIFY2(preview.ok(), qPrintable(preview.error));
    ColumnMappingDialog dialog(preview);
    auto *latitude = dialog.findChild<QComboBox *>(ColumnMappingDialog::comboName(OfficeField::Latitude));
    QVERIFY(latitude);
    QCOMPARE(latitude->currentText(), QStringLiteral("Latitud"));
    auto *id = dialog.findChild<QComboBox *>(ColumnMappingDialog::comboName(OfficeField::Id));
    QVERIFY(id);
    QCOMPARE(id->currentIndex(), 0); // "(none)"
    QCOMPARE(dialog.mapping(), preview.guessedMapping);
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestColumnMappingDialog::previewTable()
{
    const ImportPreview preview = previewOf("offices-ours.csv");
    ColumnMappingDialog dialog(preview);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 16);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("name"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Kiruna"));
}

void TestColumnMappingDialog::combosChangeMapping()
{
    ColumnMappingDialog dialog(previewOf("kontor-svenska.csv"));
    auto *id = dialog.findChild<QComboBox *>(ColumnMappingDialog::comboName(OfficeField::Id));
    id->setCurrentIndex(id->findText(QStringLiteral("Kommunkod")));
    QCOMPARE(dialog.mapping().column(OfficeField::Id), QStringLiteral("Kommunkod"));
    auto *opened = dialog.findChild<QComboBox *>(ColumnMappingDialog::comboName(OfficeField::Opened));
    opened->setCurrentIndex(0);
    QVERIFY(!dialog.mapping().isMapped(OfficeField::Opened));
}

void TestColumnMappingDialog::okOnlyWhenUsable()
{
    ColumnMappingDialog dialog(previewOf("kontor-svenska.csv"));
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("problems"));
    QVERIFY(problems);
    auto *name = dialog.findChild<QComboBox *>(ColumnMappingDialog::comboName(OfficeField::Name));
    auto *longitude = dialog.findChild<QComboBox *>(ColumnMappingDialog::comboName(OfficeField::Longitude));
    QVERIFY(okButton(dialog)->isEnabled());

    name->setCurrentIndex(0);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(problems->item(0)->text(), QStringLiteral("choose a column for the name"));

    name->setCurrentIndex(name->findText(QStringLiteral("Namn")));
    longitude->setCurrentIndex(0);
    QVERIFY(!okButton(dialog)->isEnabled());
    QCOMPARE(problems->count(), 1);
    QCOMPARE(problems->item(0)->text(),
             QStringLiteral("choose latitude and longitude, or easting and northing (SWEREF 99 TM)"));

    longitude->setCurrentIndex(longitude->findText(QStringLiteral("Longitud")));
    QVERIFY(okButton(dialog)->isEnabled());
}

void TestColumnMappingDialog::eastingNorthingChoice()
{
    ColumnMappingDialog dialog(previewOf("kontor-sweref.csv"));
    auto *source = dialog.findChild<QComboBox *>(QStringLiteral("coordinateSource"));
    QVERIFY(source);
    QCOMPARE(dialog.mapping().coordinateSource(), CoordinateSource::EastingNorthing);
    QVERIFY(okButton(dialog)->isEnabled());
    auto *easting = dialog.findChild<QComboBox *>(ColumnMappingDialog::comboName(OfficeField::Easting));
    auto *latitude = dialog.findChild<QComboBox *>(ColumnMappingDialog::comboName(OfficeField::Latitude));
    QVERIFY(easting->isEnabled());
    QVERIFY(!latitude->isEnabled());

    // Switching to lat/lon with no such columns makes the mapping unusable.
    source->setCurrentIndex(source->findData(int(CoordinateSource::LatitudeLongitude)));
    QCOMPARE(dialog.mapping().coordinateSource(), CoordinateSource::LatitudeLongitude);
    QVERIFY(!easting->isEnabled());
    QVERIFY(latitude->isEnabled());
    QVERIFY(!okButton(dialog)->isEnabled());
}

void TestColumnMappingDialog::pointGeometryOffered_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("offered");
    QTest::newRow("GeoPackage points") << "offices.gpkg" << true;
    QTest::newRow("CSV") << "offices-ours.csv" << false;
}

void TestColumnMappingDialog::pointGeometryOffered()
{
    QFETCH(QString, file);
    QFETCH(bool, offered);
    ColumnMappingDialog dialog(previewOf(qPrintable(file)));
    auto *source = dialog.findChild<QComboBox *>(QStringLiteral("coordinateSource"));
    QCOMPARE(source->findData(int(CoordinateSource::PointGeometry)) >= 0, offered);
}

void TestColumnMappingDialog::reviewListsEveryProblem()
{
    OfficeLoadResult result;
    result.offices.resize(2);
    result.errors << QStringLiteral("x.csv, line 4: name is empty") << QStringLiteral("x.csv: something else");
    result.warnings << QStringLiteral("x.csv, line 7: less than 1 m from 'a' on line 2: two offices at one position");
    ImportReviewDialog dialog(result);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("problems"));
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("x.csv"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("line 4"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("name is empty"));
    QCOMPARE(table->item(1, 2)->text(), QString());
    QCOMPARE(table->item(2, 2)->text(), QStringLiteral("line 7"));
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton);
    QVERIFY(importButton->isEnabled());
    QCOMPARE(importButton->text(), QStringLiteral("Import 2 valid office(s)"));
}

void TestColumnMappingDialog::reviewWithNothingValid()
{
    OfficeLoadResult result;
    result.errors << QStringLiteral("x.csv, line 2: name is empty");
    ImportReviewDialog dialog(result);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    // Nothing to review, nothing to ask.
    OfficeLoadResult clean;
    clean.offices.resize(1);
    QVERIFY(ImportReviewDialog::confirm(nullptr, clean));
    QVERIFY(!ImportReviewDialog::confirm(nullptr, OfficeLoadResult{}));
}

QTEST_MAIN(TestColumnMappingDialog)
#include "tst_columnmappingdialog.moc"
