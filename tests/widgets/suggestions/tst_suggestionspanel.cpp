// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "geodata/atlas/atlas.h"
#include "geodata/suggestions/officesuggester.h"
#include "widgets/suggestions/suggestionspanel.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace sk;

// The suggestions dock offscreen: it runs OfficeSuggester in the background and offers the picks to a scenario.
class TestSuggestionsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyStateExplains();
    void suggestFillsTheTable_data();
    void suggestFillsTheTable();
    void addRequestedCarriesTheRowsPlace_data();
    void addRequestedCarriesTheRowsPlace();
    void selectionActivates();
    void changedInputsDropARunningResult();
    void newDataClearsShownResults();

private:
    template<typename T> T *child(const char *name) const
    {
        T *found = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qFatal("no child %s", name);
        return found;
    }
    std::vector<Suggestion> runPanel(int count, int withinKm);

    const QDate m_date{2023, 12, 31};
    Atlas m_atlas;
    std::shared_ptr<const PopulationModel> m_population;
    std::unique_ptr<SuggestionsPanel> m_panel;
};

void TestSuggestionsPanel::initTestCase()
{
    QStringList errors;
    m_atlas = Atlas::loadEmbedded(&errors);
    QVERIFY2(!m_atlas.rollout().offices().empty(), qPrintable(errors.join('\n')));
    m_population = std::make_shared<const PopulationModel>(PopulationModel::fromReference(m_atlas.reference()));
}

void TestSuggestionsPanel::init()
{
    m_panel = std::make_unique<SuggestionsPanel>();
    m_panel->resize(420, 700);
    m_panel->show();
}

void TestSuggestionsPanel::cleanup()
{
    m_panel.reset();
}

std::vector<Suggestion> TestSuggestionsPanel::runPanel(int count, int withinKm)
{
    m_panel->setData(m_atlas.rollout().offices(), &m_atlas.reference(), m_population);
    m_panel->setDate(m_date);
    child<QSpinBox>("suggestCountSpin")->setValue(count);
    child<QSpinBox>("suggestWithinSpin")->setValue(withinKm);
    QSignalSpy changed(m_panel.get(), &SuggestionsPanel::suggestionsChanged);
    QPushButton *button = child<QPushButton>("suggestButton");
    if (!button->isEnabled())
        return {};
    QTest::mouseClick(button, Qt::LeftButton);
    // Disabled while the run is out, enabled again by the time its result is announced.
    if (button->isEnabled() || !changed.wait(60000) || changed.size() != 1 || !button->isEnabled())
        return {};
    return changed.front().front().value<std::vector<Suggestion>>();
}

void TestSuggestionsPanel::emptyStateExplains()
{
    QVERIFY(!child<QPushButton>("suggestButton")->isEnabled());
    QVERIFY(!child<QPushButton>("addToScenarioButton")->isEnabled());
    QCOMPARE(child<QTableWidget>("suggestionTable")->rowCount(), 0);
    QVERIFY(child<QLabel>("suggestSummaryLabel")->text().contains(QStringLiteral("Suggest")));
    QCOMPARE(m_panel->count(), 5);
    QCOMPARE(m_panel->withinKm(), 20.0);
    m_panel->setData(m_atlas.rollout().offices(), &m_atlas.reference(), m_population);
    QVERIFY(!child<QPushButton>("suggestButton")->isEnabled()); // no date yet
    m_panel->setDate(m_date);
    QVERIFY(child<QPushButton>("suggestButton")->isEnabled());
}

void TestSuggestionsPanel::suggestFillsTheTable_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("withinKm");
    QTest::newRow("defaults") << 5 << 20;
    QTest::newRow("ten within 10 km") << 10 << 10;
}

// The panel shows exactly what OfficeSuggester answers for its inputs.
void TestSuggestionsPanel::suggestFillsTheTable()
{
    QFETCH(int, count);
    QFETCH(int, withinKm);
    const std::vector<Suggestion> shown = runPanel(count, withinKm);
    const OfficeSuggester suggester(m_atlas.rollout().offices(), m_atlas.reference(), *m_population);
    const std::vector<Suggestion> expected = suggester.suggest(m_date, count, withinKm);
    QCOMPARE(static_cast<int>(expected.size()), count);
    QCOMPARE(shown, expected);
    QCOMPARE(m_panel->suggestions(), expected);
    const QTableWidget *table = child<QTableWidget>("suggestionTable");
    QCOMPARE(table->rowCount(), count);
    for (int row = 0; row < count; ++row) {
        QCOMPARE(table->item(row, SuggestionsPanel::PlaceColumn)->text(), expected[row].place.name);
        QCOMPARE(table->item(row, SuggestionsPanel::MunicipalityColumn)->text(), expected[row].place.municipality);
    }
}

void TestSuggestionsPanel::addRequestedCarriesTheRowsPlace_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("how");
    for (const char *how : {"button", "context action", "double-click"}) {
        QTest::addRow("first row, %s", how) << 0 << QString::fromLatin1(how);
        QTest::addRow("third row, %s", how) << 2 << QString::fromLatin1(how);
    }
}

void TestSuggestionsPanel::addRequestedCarriesTheRowsPlace()
{
    QFETCH(int, row);
    QFETCH(QString, how);
    const std::vector<Suggestion> shown = runPanel(5, 20);
    QCOMPARE(shown.size(), size_t(5));
    QTableWidget *table = child<QTableWidget>("suggestionTable");
    QSignalSpy added(m_panel.get(), &SuggestionsPanel::addRequested);
    if (how == QLatin1String("double-click")) {
        const QRect cell = table->visualItemRect(table->item(row, SuggestionsPanel::PlaceColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    } else {
        table->selectRow(row);
        if (how == QLatin1String("button"))
            QTest::mouseClick(child<QPushButton>("addToScenarioButton"), Qt::LeftButton);
        else
            child<QAction>("addToScenarioAction")->trigger();
    }
    QCOMPARE(added.size(), 1);
    const Suggestion suggestion = added.front().front().value<Suggestion>();
    QCOMPARE(suggestion.rank, row + 1);
    QCOMPARE(suggestion.place, shown[static_cast<size_t>(row)].place);
}

void TestSuggestionsPanel::selectionActivates()
{
    const std::vector<Suggestion> shown = runPanel(3, 20);
    QCOMPARE(shown.size(), size_t(3));
    QSignalSpy activated(m_panel.get(), &SuggestionsPanel::suggestionActivated);
    child<QTableWidget>("suggestionTable")->selectRow(1);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.front().front().value<Suggestion>(), shown[1]);
}

// A result that arrives after the date moved answers a question nobody asks any more: it is not shown.
void TestSuggestionsPanel::changedInputsDropARunningResult()
{
    m_panel->setData(m_atlas.rollout().offices(), &m_atlas.reference(), m_population);
    m_panel->setDate(m_date);
    QSignalSpy changed(m_panel.get(), &SuggestionsPanel::suggestionsChanged);
    QPushButton *button = child<QPushButton>("suggestButton");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(m_panel->isRunning());
    QVERIFY(!button->isEnabled());
    m_panel->setDate(m_date.addYears(-1));
    QTRY_VERIFY_WITH_TIMEOUT(!m_panel->isRunning() && button->isEnabled(), 60000);
    QCOMPARE(changed.size(), 0);
    QVERIFY(m_panel->suggestions().empty());
    QCOMPARE(child<QTableWidget>("suggestionTable")->rowCount(), 0);
}

void TestSuggestionsPanel::newDataClearsShownResults()
{
    QCOMPARE(runPanel(4, 20).size(), size_t(4));
    QSignalSpy changed(m_panel.get(), &SuggestionsPanel::suggestionsChanged);
    std::vector<Office> scenario = m_atlas.rollout().offices();
    scenario.pop_back();
    m_panel->setData(scenario, &m_atlas.reference(), m_population);
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.front().front().value<std::vector<Suggestion>>().empty());
    QCOMPARE(child<QTableWidget>("suggestionTable")->rowCount(), 0);
}

QTEST_MAIN(TestSuggestionsPanel)
#include "tst_suggestionspanel.moc"
