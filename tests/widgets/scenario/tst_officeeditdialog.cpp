// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/import/officeimporter.h"
#include "geodata/reference/referencedata.h"
#include "widgets/scenario/officeeditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace sk;

// The office editor refuses what would make an office invalid and returns exactly what was edited.
class TestOfficeEditDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unchangedOfficeComesBackEqual();
    void invalidInputDisablesOk_data();
    void invalidInputDisablesOk();
    void editsAreReturned();

private:
    QLineEdit *edit(OfficeEditDialog &dialog, const QString &label);
    ReferenceData m_reference;
    Office m_boden;
};

void TestOfficeEditDialog::initTestCase()
{
    QStringList errors;
    m_reference = ReferenceData::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    const OfficeLoadResult offices = OfficeImporter::load(QStringLiteral(SERVICEKARTA_SOURCE_DATA_DIR "/offices.csv"));
    QVERIFY(offices.ok());
    const auto boden = std::find_if(offices.offices.begin(), offices.offices.end(),
                                    [](const Office &office) { return office.name == QLatin1String("Boden"); });
    QVERIFY(boden != offices.offices.end());
    m_boden = *boden;
}

// The line edits in form order: name, locality, address, opened, closed, sources.
QLineEdit *TestOfficeEditDialog::edit(OfficeEditDialog &dialog, const QString &label)
{
    const QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>(QString(), Qt::FindDirectChildrenOnly);
    const QStringList order{"name", "locality", "address", "opened", "closed", "sources"};
    return edits.value(order.indexOf(label));
}

void TestOfficeEditDialog::unchangedOfficeComesBackEqual()
{
    OfficeEditDialog dialog(m_boden, m_reference);
    QCOMPARE(dialog.problem(), QString());
    QCOMPARE(dialog.office(), m_boden);
}

void TestOfficeEditDialog::invalidInputDisablesOk_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("empty name") << "name"
                                << ""
                                << "needs a name";
    QTest::newRow("bad opening date") << "opened"
                                      << "2022-13-01"
                                      << "Opened '2022-13-01' is not a date";
    QTest::newRow("bad closing date") << "closed"
                                      << "soon"
                                      << "Closed 'soon' is not a date";
    QTest::newRow("closes before it opens") << "closed"
                                            << "2021-01"
                                            << "cannot close before it opens";
}

void TestOfficeEditDialog::invalidInputDisablesOk()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, problem);
    Office office = m_boden;
    office.opened = PartialDate::parse(u"2022-04");
    OfficeEditDialog dialog(office, m_reference);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    QLineEdit *target = edit(dialog, field);
    QVERIFY(target);
    target->setText(text);
    QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
    QVERIFY(!ok->isEnabled());
}

void TestOfficeEditDialog::editsAreReturned()
{
    OfficeEditDialog dialog(m_boden, m_reference);
    edit(dialog, "name")->setText(QStringLiteral("  Boden centrum "));
    edit(dialog, "opened")->setText(QStringLiteral("2024-09"));
    QComboBox *municipality = dialog.findChildren<QComboBox *>().front();
    municipality->setCurrentIndex(municipality->findData(QStringLiteral("2580")));
    QSpinBox *phase = dialog.findChild<QSpinBox *>();
    phase->setValue(0);
    QComboBox *status = dialog.findChildren<QComboBox *>().at(1);
    status->setCurrentIndex(status->findData(static_cast<int>(Status2021::Planned)));
    QCOMPARE(dialog.problem(), QStringLiteral("A planned office needs a phase of 1 or more."));
    phase->setValue(3);
    QCOMPARE(dialog.problem(), QString());

    const Office edited = dialog.office();
    QCOMPARE(edited.name, QStringLiteral("Boden centrum"));
    QCOMPARE(edited.municipalityCode, QStringLiteral("2580"));
    QCOMPARE(edited.municipality, QStringLiteral("Luleå"));
    QCOMPARE(edited.county, QStringLiteral("Norrbottens län"));
    QCOMPARE(edited.opened->toIsoString(), QStringLiteral("2024-09"));
    QCOMPARE(edited.phase, 3);
    QCOMPARE(edited.status2021, Status2021::Planned);
    QCOMPARE(edited.id, m_boden.id);
    QCOMPARE(edited.position, m_boden.position);
}

QTEST_MAIN(TestOfficeEditDialog)
#include "tst_officeeditdialog.moc"
