// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"
#include "geodata/offices/officefilter.h"
#include "geodata/offices/searchindex.h"
#include "geodata/regions/regionaggregates.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QTableView;

namespace sk {

class BriefingWindow;
class CompareView;
class CoverageController;
class CoveragePanel;
class DataQualityPanel;
class NearestOfficesPanel;
class NotesPanel;
class MapWidget;
class MunicipalityPanel;
class OfficeFilterPanel;
class OfficeFilterProxyModel;
class OfficeDetailsPanel;
class OfficeTableModel;
class PopulationSource;
class MapExportActions;
class ScenarioController;
class SearchField;
class SuggestionsPanel;
struct Suggestion;
class TimelineController;
class TimelineWidget;

// Wires the data (Atlas) to the map, the timeline and the panels; owns menus, actions and settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Atlas atlas, QWidget *parent = nullptr);

    MapWidget *mapWidget() const { return m_map; }
    TimelineController *timeline() const { return m_timeline; }
    ScenarioController *scenarios() const { return m_scenarios; }

    // Each shows a message box on failure and keeps what was loaded before.
    bool openOffices(const QString &path);
    bool openBoundaries(const QString &path);
    bool openScenario(const QString &path);
    // Offers to recover scenarios a crashed or killed session autosaved; call once the window is shown.
    void offerRecovery();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createNearestDock();
    void restoreSettings();
    void officesReplaced();
    // A scenario edit, undo or redo: markers and tables at once, the heavier views a moment later.
    void scenarioOfficesChanged();
    void refreshDerivedViews();
    void updateTitle();
    void openCompareView();
    void showSuggestions(const std::vector<Suggestion> &suggestions);
    void addSuggestion(const Suggestion &suggestion);
    void dateChanged(QDate date);
    void showSelectedOffice();
    void chooseOfficesFile();
    void chooseBoundariesFile();
    void startBriefing();
    void setDarkTheme(bool dark);
    void showShortcuts();
    void showAbout();
    void searchEntryChosen(const SearchIndex::Entry &entry);
    void createLanguageMenu(QMenu *view);
    void runDataChecks();
    void updateRegionGaps();
    void boundariesReplaced();
    void createFilterAndMunicipalityDocks(QDockWidget *besideDock);
    void setOfficeFilter(const OfficeFilter &filter);
    void showMunicipality(const QString &code);
    void updateScenarioNotice();
    void fitToScreen();

    Atlas m_atlas;
    SearchIndex m_searchIndex;
    MapWidget *m_map;
    TimelineController *m_timeline;
    TimelineWidget *m_timelineWidget;
    OfficeDetailsPanel *m_details;
    OfficeTableModel *m_officeModel;
    OfficeFilterProxyModel *m_officeProxy;
    QTableView *m_officeTable;
    SearchField *m_search;
    QMenu *m_viewMenu = nullptr;
    QAction *m_darkThemeAction = nullptr;
    QAction *m_clearBoundariesAction = nullptr;
    QLabel *m_dataLabel;
    NotesPanel *m_notes;
    DataQualityPanel *m_dataQuality;
    CoverageController *m_coverage;
    CoveragePanel *m_coveragePanel;
    RegionAggregates m_regionAggregates;
    VectorLayer m_faOutlines;
    QAction *m_regionGapsAction = nullptr;
    QAction *m_labelsAction = nullptr;
    QAction *m_insetsAction = nullptr;
    QPointer<BriefingWindow> m_briefing;
    PopulationSource *m_population;
    MapExportActions *m_exports;
    ScenarioController *m_scenarios;
    SuggestionsPanel *m_suggestionsPanel;
    NearestOfficesPanel *m_nearest = nullptr;
    QPointer<CompareView> m_compare;
    QTimer m_derivedViewsTimer;
    QString m_officialPath; // the official offices' file, also while a scenario is shown
    OfficeFilter m_filter;
    OfficeFilterPanel *m_filterPanel;
    MunicipalityPanel *m_municipalityPanel;
};

} // namespace sk
