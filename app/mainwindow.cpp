// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "mainwindow.h"

#include "app/languagesettings.h"
#include "app/scenariocontroller.h"
#include "geodata/atlas/datapaths.h"
#include "geodata/coverage/populationmodel.h"
#include "geodata/import/datachecks.h"
#include "geodata/offices/timelinesteps.h"
#include "geodata/reference/faregionoutlines.h"
#include "geodata/scenario/officedraft.h"
#include "geodata/suggestions/suggestion.h"
#include "widgets/briefing/briefingwindow.h"
#include "widgets/briefing/notespanel.h"
#include "widgets/compare/compareview.h"
#include "widgets/coverage/coveragecontroller.h"
#include "widgets/coverage/coveragepanel.h"
#include "widgets/coverage/municipalitypanel.h"
#include "widgets/coverage/populationsource.h"
#include "widgets/export/mapexportactions.h"
#include "widgets/import/dataqualitypanel.h"
#include "widgets/map/mapwidget.h"
#include "widgets/nearest/nearestofficespanel.h"
#include "widgets/offices/collatingsortproxymodel.h"
#include "widgets/offices/officedetailspanel.h"
#include "widgets/offices/officefilterpanel.h"
#include "widgets/offices/officefilterproxymodel.h"
#include "widgets/offices/officetablemodel.h"
#include "widgets/offices/searchfield.h"
#include "widgets/scenario/scenariodocument.h"
#include "widgets/scene/mapscenebuilder.h"
#include "widgets/suggestions/suggestionspanel.h"
#include "widgets/timeline/timelinecontroller.h"
#include "widgets/timeline/timelinewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace sk {

namespace {
const QString officeFilter = QStringLiteral("*.csv *.geojson *.json *.gpkg");
const QString boundaryFilter = QStringLiteral("*.gpkg *.shp *.geojson *.json");
} // namespace

MainWindow::MainWindow(Atlas atlas, QWidget *parent)
    : QMainWindow(parent)
    , m_atlas(std::move(atlas))
    , m_map(new MapWidget(this))
    , m_timeline(new TimelineController(this))
    , m_timelineWidget(new TimelineWidget(m_timeline, this))
    , m_details(new OfficeDetailsPanel(this))
    , m_officeModel(new OfficeTableModel(this))
    , m_officeProxy(new OfficeFilterProxyModel(this))
    , m_officeTable(new QTableView(this))
    , m_search(new SearchField(this))
    , m_dataLabel(new QLabel(this))
    , m_notes(new NotesPanel(this))
    , m_dataQuality(new DataQualityPanel(this))
    , m_coverage(new CoverageController(m_atlas, this))
    , m_coveragePanel(new CoveragePanel(m_coverage, this))
    , m_population(new PopulationSource(m_atlas, this))
    , m_exports(new MapExportActions(m_atlas, m_map, m_timeline, this))
    , m_scenarios(new ScenarioController(
              this, m_atlas.reference(),
              QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/autosave"), this))
    , m_suggestionsPanel(new SuggestionsPanel(this))
    , m_filterPanel(new OfficeFilterPanel(this))
    , m_municipalityPanel(new MunicipalityPanel(this))
{
    setWindowTitle(tr("Servicekarta"));
    setObjectName(QStringLiteral("MainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_map, 1);
    layout->addWidget(m_timelineWidget);
    setCentralWidget(central);

    m_officeProxy->setSourceModel(m_officeModel);
    m_officeProxy->setSortRole(OfficeTableModel::SortRole);
    m_officeTable->setModel(m_officeProxy);
    m_officeTable->setSortingEnabled(true);
    m_officeTable->sortByColumn(OfficeTableModel::NameColumn, Qt::AscendingOrder);
    m_officeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_officeTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_officeTable->verticalHeader()->hide();
    m_officeTable->horizontalHeader()->setStretchLastSection(true);
    m_officeTable->setAlternatingRowColors(true);
    m_officeTable->setWordWrap(false);
    m_officeTable->setTextElideMode(Qt::ElideRight);
    m_officeTable->verticalHeader()->setDefaultSectionSize(m_officeTable->fontMetrics().height() + 6);
    m_officeTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_officeTable->setColumnHidden(OfficeTableModel::CountyColumn, true);
    m_officeTable->setColumnHidden(OfficeTableModel::PhaseColumn, true);

    m_officialPath = m_atlas.officesPath();
    m_scenarios->setOfficialOffices(m_atlas.rollout().offices(), QFileInfo(m_officialPath).fileName());
    m_derivedViewsTimer.setSingleShot(true);
    m_derivedViewsTimer.setInterval(250);
    connect(&m_derivedViewsTimer, &QTimer::timeout, this, &MainWindow::refreshDerivedViews);

    createActions();
    createDocks();
    createNearestDock();
    statusBar()->addPermanentWidget(m_dataLabel);

    connect(m_population, &PopulationSource::populationChanged, this, &MainWindow::refreshDerivedViews);
    connect(m_population, &PopulationSource::message, statusBar(), &QStatusBar::showMessage);
    m_exports->setPdfSummary([this] { return m_notes->markdown(); });
    connect(m_exports, &MapExportActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_timeline, &TimelineController::dateChanged, this, &MainWindow::dateChanged);
    connect(m_timeline, &TimelineController::dateChanged, m_coverage, &CoverageController::setDate);
    connect(m_coverage, &CoverageController::resultReady, m_map,
            [this](QDate, std::shared_ptr<const CoverageResult> result) { m_map->setCoverage(std::move(result)); });
    connect(m_coveragePanel, &CoveragePanel::displayChanged, m_map, &MapWidget::setCoverageDisplay);
    connect(m_coveragePanel, &CoveragePanel::zoomToMunicipality, m_map,
            [this](QPointF seat) { m_map->centreOn(seat, 150); });
    connect(m_coveragePanel, &CoveragePanel::dateRequested, m_timeline, &TimelineController::setDate);
    connect(m_map, &MapWidget::officeSelected, this, &MainWindow::showSelectedOffice);
    connect(m_map, &MapWidget::addOfficeRequested, m_scenarios, &ScenarioController::addOfficeAt);
    connect(m_map, &MapWidget::officeMoveRequested, m_scenarios, &ScenarioController::moveOffice);
    connect(m_map, &MapWidget::officeMoveFinished, m_scenarios, &ScenarioController::finishMove);
    connect(m_map, &MapWidget::removeOfficeRequested, m_scenarios, &ScenarioController::removeOffice);
    connect(m_map, &MapWidget::editOfficeRequested, m_scenarios, &ScenarioController::editOffice);
    connect(m_scenarios->editOnMapAction(), &QAction::toggled, m_map, &MapWidget::setEditing);
    connect(m_scenarios, &ScenarioController::officesChanged, this, &MainWindow::scenarioOfficesChanged);
    connect(m_scenarios, &ScenarioController::titleChanged, this, &MainWindow::updateTitle);
    connect(m_scenarios, &ScenarioController::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_suggestionsPanel, &SuggestionsPanel::suggestionsChanged, this, &MainWindow::showSuggestions);
    connect(m_suggestionsPanel, &SuggestionsPanel::addRequested, this, &MainWindow::addSuggestion);
    connect(m_suggestionsPanel, &SuggestionsPanel::suggestionActivated, this,
            [this](const Suggestion &suggestion) { m_map->centreOn(suggestion.place.position, 250); });
    connect(m_timeline, &TimelineController::dateChanged, m_suggestionsPanel, &SuggestionsPanel::setDate);
    connect(m_search, &SearchField::entryChosen, this, &MainWindow::searchEntryChosen);

    // Filter, municipality panel and scenario notice: what the map says about the offices and places it shows.
    m_map->setReference(&m_atlas.reference());
    m_municipalityPanel->setAtlas(&m_atlas);
    connect(m_filterPanel, &OfficeFilterPanel::filterChanged, this, &MainWindow::setOfficeFilter);
    connect(m_timeline, &TimelineController::dateChanged, m_municipalityPanel, &MunicipalityPanel::setDate);
    connect(m_map, &MapWidget::municipalityClicked, this, &MainWindow::showMunicipality);
    connect(m_scenarios->document(), &ScenarioDocument::filePathChanged, this, &MainWindow::updateScenarioNotice);
    connect(m_scenarios->document(), &ScenarioDocument::modifiedChanged, this, &MainWindow::updateScenarioNotice);
    connect(m_officeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_map->setSelectedOfficeId(current.data(OfficeTableModel::OfficeIdRole).toString());
            });
    connect(m_officeTable, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_map->centreOn(index.data(OfficeTableModel::PositionRole).toPointF(), 150);
    });

    boundariesReplaced();
    officesReplaced();
    restoreSettings();
    updateTitle();
}

void MainWindow::createFilterAndMunicipalityDocks(QDockWidget *besideDock)
{
    QMenu *view = menuBar()->actions().at(3)->menu();
    auto *municipalityDock = new QDockWidget(tr("Municipality"), this);
    municipalityDock->setObjectName(QStringLiteral("MunicipalityDock"));
    municipalityDock->setWidget(m_municipalityPanel);
    addDockWidget(Qt::RightDockWidgetArea, municipalityDock);
    tabifyDockWidget(besideDock, municipalityDock);
    view->addAction(municipalityDock->toggleViewAction());
    auto *filterDock = new QDockWidget(tr("Filter"), this);
    filterDock->setObjectName(QStringLiteral("FilterDock"));
    filterDock->setWidget(m_filterPanel);
    addDockWidget(Qt::RightDockWidgetArea, filterDock);
    tabifyDockWidget(municipalityDock, filterDock);
    QAction *filterAction = filterDock->toggleViewAction();
    filterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    view->addAction(filterAction);
    besideDock->raise();
}

void MainWindow::showMunicipality(const QString &code)
{
    m_municipalityPanel->showMunicipality(code);
    if (auto *dock = qobject_cast<QDockWidget *>(m_municipalityPanel->parentWidget())) {
        dock->show();
        dock->raise();
    }
}

void MainWindow::setOfficeFilter(const OfficeFilter &filter)
{
    m_filter = filter;
    m_officeProxy->setFilter(filter);
    m_exports->setFilter(filter);
    dateChanged(m_timeline->date());
    if (m_briefing)
        m_briefing->setFilter(filter);
}

void MainWindow::updateScenarioNotice()
{
    const bool active = m_scenarios->isActive();
    const QString name = active ? m_scenarios->scenarioName() : QString();
    const QString source = active
            ? ScenarioDocument::sourceText(m_scenarios->document()->filePath(), m_scenarios->document()->isModified())
            : QString();
    m_map->setScenarioNotice(name, source);
    if (m_briefing)
        m_briefing->setScenarioNotice(name, source);
}

void MainWindow::fitToScreen()
{
    // The first window fits the screen it opens on, with the map and the timeline beside the tabbed docks.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1400, 900);
    // Before the first show the frame is unknown: leave room for a typical title bar.
    const QSize decoration = frameGeometry().size() - geometry().size();
    const QSize frame = decoration.isNull() ? QSize(0, 32) : decoration;
    const QSize fitted = QSize(1400, 900).boundedTo(available.size() - frame);
    resize(fitted);
    move(available.topLeft()
         + QPoint((available.width() - fitted.width() - frame.width()) / 2,
                  (available.height() - fitted.height() - frame.height()) / 2));
    // The docks keep their two tab groups; wide enough for the coverage numbers and the table's first columns.
    const int dockWidth = std::min(std::max(m_coveragePanel->sizeHint().width(), 460), fitted.width() * 2 / 5);
    QList<QDockWidget *> rightDocks;
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dockWidgetArea(dock) == Qt::RightDockWidgetArea)
            rightDocks << dock;
    }
    resizeDocks(rightDocks, QList<int>(rightDocks.size(), dockWidth), Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const auto icon = [](const char *name) { return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name))); };
    QAction *openOfficesAction
            = file->addAction(icon("document-open"), tr("Open &offices…"), this, &MainWindow::chooseOfficesFile);
    openOfficesAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open official &boundaries…"), QKeySequence(Qt::CTRL | Qt::Key_B), this,
                    &MainWindow::chooseBoundariesFile);
    file->addAction(m_scenarios->importAction());
    file->addAction(m_population->openAction());
    m_clearBoundariesAction = file->addAction(tr("&Close boundaries"), this, [this] {
        m_atlas.clearBoundaries();
        QSettings().remove(QStringLiteral("data/boundaries"));
        boundariesReplaced();
        m_clearBoundariesAction->setEnabled(false);
    });
    m_clearBoundariesAction->setEnabled(false);
    file->addSeparator();
    file->addAction(m_exports->exportMapAction());
    file->addAction(m_exports->exportFramesAction());
    file->addSeparator();
    file->addAction(m_exports->printAction());
    file->addAction(m_exports->printPreviewAction());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_scenarios->undoAction());
    edit->addAction(m_scenarios->redoAction());
    edit->addSeparator();
    edit->addAction(m_scenarios->editOnMapAction());

    QMenu *scenario = menuBar()->addMenu(tr("&Scenario"));
    scenario->addAction(m_scenarios->newAction());
    scenario->addAction(m_scenarios->openAction());
    scenario->addAction(m_scenarios->saveAction());
    scenario->addAction(m_scenarios->saveAsAction());
    scenario->addAction(m_scenarios->exportAction());
    scenario->addSeparator();
    scenario->addAction(m_scenarios->renameAction());
    scenario->addAction(m_scenarios->closeAction());
    scenario->addSeparator();
    QAction *compare = scenario->addAction(icon("compare"), tr("&Compare…"), this, &MainWindow::openCompareView);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    compare->setToolTip(tr("Two dates, or the official plan and the scenario, side by side"));

    QMenu *view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(icon("zoom-in"), tr("Zoom &in"), m_map, &MapWidget::zoomIn);
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = view->addAction(icon("zoom-out"), tr("Zoom &out"), m_map, &MapWidget::zoomOut);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *home = view->addAction(icon("zoom-home"), tr("&Whole of Sweden"), m_map, &MapWidget::zoomHome);
    home->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    m_darkThemeAction = view->addAction(tr("&Dark theme"), this, &MainWindow::setDarkTheme);
    m_darkThemeAction->setCheckable(true);
    m_darkThemeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_regionGapsAction = view->addAction(tr("FA regions without an &office"));
    m_regionGapsAction->setCheckable(true);
    m_regionGapsAction->setToolTip(tr("Highlight the functional analysis regions (FA15) that have no open office "
                                      "(SOU 2018:43: at least one office per FA region)"));
    connect(m_regionGapsAction, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("view/regionGaps"), on);
        updateRegionGaps();
    });
    m_labelsAction = view->addAction(tr("Place &names"));
    m_labelsAction->setCheckable(true);
    m_labelsAction->setChecked(true);
    m_labelsAction->setToolTip(tr("Names of towns and counties, and of offices when zoomed in"));
    m_insetsAction = view->addAction(tr("City &insets"));
    m_insetsAction->setCheckable(true);
    m_insetsAction->setChecked(true);
    m_insetsAction->setToolTip(tr("Stockholm, Göteborg and Malmö at a larger scale on the map of all Sweden"));
    for (QAction *action : {m_labelsAction, m_insetsAction}) {
        connect(action, &QAction::toggled, this, [this] {
            QSettings settings;
            settings.setValue(QStringLiteral("view/labels"), m_labelsAction->isChecked());
            settings.setValue(QStringLiteral("view/insets"), m_insetsAction->isChecked());
            MapScene::Decorations decorations = m_map->scene().decorations;
            decorations.labels = m_labelsAction->isChecked();
            decorations.insets = m_insetsAction->isChecked();
            m_map->setDecorations(decorations);
        });
    }
    createLanguageMenu(view);
    QAction *briefing = view->addAction(icon("presentation"), tr("&Briefing mode"), this, &MainWindow::startBriefing);
    briefing->setShortcut(Qt::Key_F5);
    view->addSeparator();

    QMenu *timeline = menuBar()->addMenu(tr("&Timeline"));
    QAction *play = timeline->addAction(tr("&Play / pause"), m_timeline, &TimelineController::togglePlayback);
    play->setShortcut(Qt::Key_Space);
    timeline->addAction(tr("&Previous month"), QKeySequence(Qt::Key_BracketLeft), m_timeline,
                        &TimelineController::previousMonth);
    timeline->addAction(tr("&Next month"), QKeySequence(Qt::Key_BracketRight), m_timeline,
                        &TimelineController::nextMonth);
    timeline->addAction(tr("Previous p&hase boundary"), QKeySequence(Qt::Key_PageUp), m_timeline,
                        &TimelineController::previousPhaseBoundary);
    timeline->addAction(tr("Next ph&ase boundary"), QKeySequence(Qt::Key_PageDown), m_timeline,
                        &TimelineController::nextPhaseBoundary);
    timeline->addAction(tr("&Start"), QKeySequence(Qt::CTRL | Qt::Key_Home), m_timeline,
                        &TimelineController::goToStart);
    timeline->addAction(tr("&End"), QKeySequence(Qt::CTRL | Qt::Key_End), m_timeline, &TimelineController::goToEnd);
    QAction *loop = timeline->addAction(tr("&Loop"));
    loop->setCheckable(true);
    connect(loop, &QAction::toggled, m_timeline, &TimelineController::setLooping);
    connect(m_timeline, &TimelineController::loopingChanged, loop, &QAction::setChecked);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Servicekarta"), this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("MainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(openOfficesAction);
    toolbar->addAction(m_scenarios->saveAction());
    toolbar->addAction(m_exports->exportMapAction());
    toolbar->addSeparator();
    toolbar->addAction(m_scenarios->undoAction());
    toolbar->addAction(m_scenarios->redoAction());
    toolbar->addAction(m_scenarios->editOnMapAction());
    toolbar->addAction(compare);
    toolbar->addSeparator();
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(home);
    toolbar->addSeparator();
    toolbar->addAction(briefing);
    toolbar->addSeparator();
    m_search->setMaximumWidth(320);
    toolbar->addWidget(m_search);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(focusSearch);
}

void MainWindow::createDocks()
{
    auto *detailsDock = new QDockWidget(tr("Office"), this);
    detailsDock->setObjectName(QStringLiteral("OfficeDock"));
    detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, detailsDock);
    auto *tableDock = new QDockWidget(tr("All offices"), this);
    tableDock->setObjectName(QStringLiteral("OfficeTableDock"));
    tableDock->setWidget(m_officeTable);
    addDockWidget(Qt::RightDockWidgetArea, tableDock);
    QMenu *view = m_viewMenu;
    view->addAction(detailsDock->toggleViewAction());
    view->addAction(tableDock->toggleViewAction());
    auto *notesDock = new QDockWidget(tr("Briefing notes"), this);
    notesDock->setObjectName(QStringLiteral("NotesDock"));
    notesDock->setWidget(m_notes);
    addDockWidget(Qt::RightDockWidgetArea, notesDock);
    auto *qualityDock = new QDockWidget(tr("Data quality"), this);
    qualityDock->setObjectName(QStringLiteral("DataQualityDock"));
    qualityDock->setWidget(m_dataQuality);
    addDockWidget(Qt::RightDockWidgetArea, qualityDock);
    auto *coverageDock = new QDockWidget(tr("Coverage"), this);
    coverageDock->setObjectName(QStringLiteral("CoverageDock"));
    coverageDock->setWidget(m_coveragePanel);
    addDockWidget(Qt::RightDockWidgetArea, coverageDock);
    tabifyDockWidget(tableDock, coverageDock);
    view->addAction(coverageDock->toggleViewAction());
    tabifyDockWidget(coverageDock, notesDock);
    tabifyDockWidget(notesDock, qualityDock);
    tableDock->raise();
    view->addAction(notesDock->toggleViewAction());
    view->addAction(qualityDock->toggleViewAction());
    auto *suggestionsDock = new QDockWidget(tr("Suggest offices"), this);
    suggestionsDock->setObjectName(QStringLiteral("SuggestionsDock"));
    suggestionsDock->setWidget(m_suggestionsPanel);
    addDockWidget(Qt::RightDockWidgetArea, suggestionsDock);
    // Beside the office details rather than a sixth tab below, where the tab titles no longer fit.
    tabifyDockWidget(detailsDock, suggestionsDock);
    detailsDock->raise();
    view->addAction(suggestionsDock->toggleViewAction());
    createFilterAndMunicipalityDocks(detailsDock);
    connect(m_dataQuality, &DataQualityPanel::officeActivated, this, [this](const QString &id) {
        const int row = m_officeModel->rowOfId(id);
        if (const Office *office = m_officeModel->office(row)) {
            m_map->centreOn(office->position, 150);
            m_map->setSelectedOfficeId(id);
        }
    });
    resizeDocks({detailsDock, tableDock}, {360, 360}, Qt::Horizontal);
    resizeDocks({detailsDock, tableDock}, {300, 500}, Qt::Vertical);
}

void MainWindow::createNearestDock()
{
    m_nearest = new NearestOfficesPanel(this);
    auto *dock = new QDockWidget(tr("Nearest offices"), this);
    dock->setObjectName(QStringLiteral("NearestDock"));
    dock->setWidget(m_nearest);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto *suggestionsDock = findChild<QDockWidget *>(QStringLiteral("SuggestionsDock")))
        tabifyDockWidget(suggestionsDock, dock);
    if (auto *detailsDock = findChild<QDockWidget *>(QStringLiteral("OfficeDock")))
        detailsDock->raise();
    m_viewMenu->addAction(dock->toggleViewAction());
    connect(m_nearest, &NearestOfficesPanel::linesChanged, m_map, &MapWidget::setNearestLines);
    connect(m_nearest, &NearestOfficesPanel::pickingChanged, m_map, &MapWidget::setPicking);
    connect(m_map, &MapWidget::pointPicked, m_nearest, &NearestOfficesPanel::pickAt);
    connect(m_nearest, &NearestOfficesPanel::officeActivated, this, [this](const QString &id, QPointF position) {
        m_map->centreOn(position, 150);
        m_map->setSelectedOfficeId(id);
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        fitToScreen();
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_regionGapsAction->setChecked(settings.value(QStringLiteral("view/regionGaps"), false).toBool());
    m_labelsAction->setChecked(settings.value(QStringLiteral("view/labels"), true).toBool());
    m_insetsAction->setChecked(settings.value(QStringLiteral("view/insets"), true).toBool());
    const bool dark = settings.value(QStringLiteral("view/dark"), false).toBool();
    m_darkThemeAction->setChecked(dark);
    setDarkTheme(dark);
    const QString offices = settings.value(QStringLiteral("data/offices")).toString();
    if (!offices.isEmpty() && QFileInfo::exists(offices))
        openOffices(offices);
    const QString boundaries = settings.value(QStringLiteral("data/boundaries")).toString();
    if (!boundaries.isEmpty() && QFileInfo::exists(boundaries))
        openBoundaries(boundaries);
    const QDate date = settings.value(QStringLiteral("timeline/date")).toDate();
    if (date.isValid())
        m_timeline->setDate(date);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_scenarios->maybeKeepWork()) {
        event->ignore();
        return;
    }
    m_scenarios->discardOwnAutosave();
    if (m_compare)
        m_compare->close();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("timeline/date"), m_timeline->date());
    event->accept();
}

void MainWindow::officesReplaced()
{
    const Rollout &rollout = m_atlas.rollout();
    const QDate previous = m_timeline->date();
    m_timeline->setRange(rollout.firstDate(), rollout.lastDate());
    m_timeline->setPhaseBoundaries(rollout.phaseBoundaries());
    m_timelineWidget->setPhaseBands(rollout.phaseBands());
    m_officeModel->setRollout(&rollout);
    m_map->setSelectedOfficeId({});
    m_filterPanel->setChoices(m_atlas.reference(), rollout.offices());
    m_municipalityPanel->setAtlas(&m_atlas);
    refreshDerivedViews();
    // Start where the rollout story starts to matter: just after the 2021 order, unless a date was shown already.
    const QDate date = previous.isValid() ? previous : QDate(2021, 5, 31);
    m_timeline->setDate(date);
    dateChanged(m_timeline->date());
    if (m_briefing)
        m_briefing->refresh();
}

void MainWindow::scenarioOfficesChanged()
{
    const QString selected = m_map->selectedOfficeId();
    m_atlas.setOffices(m_scenarios->currentOffices(),
                       m_scenarios->isActive() ? m_scenarios->scenarioName() : m_officialPath);
    const Rollout &rollout = m_atlas.rollout();
    m_officeModel->setRollout(&rollout);
    m_municipalityPanel->setAtlas(&m_atlas);
    dateChanged(m_timeline->date());
    const bool stillThere = std::any_of(rollout.offices().begin(), rollout.offices().end(),
                                        [&](const Office &office) { return office.id == selected; });
    m_map->setSelectedOfficeId(stillThere ? selected : QString());
    if (m_briefing)
        m_briefing->refresh();
    m_derivedViewsTimer.start();
}

void MainWindow::refreshDerivedViews()
{
    const Rollout &rollout = m_atlas.rollout();
    m_timeline->setRange(rollout.firstDate(), rollout.lastDate());
    m_timeline->setPhaseBoundaries(rollout.phaseBoundaries());
    m_timelineWidget->setPhaseBands(rollout.phaseBands());
    m_timelineWidget->setPublishedCounts(
            m_atlas.publishedCounts().compare(rollout, rollout.firstDate(), rollout.lastDate()));
    m_coveragePanel->setPublishedCounts(m_atlas.publishedCounts());
    m_searchIndex.rebuild(rollout, m_atlas.reference());
    m_search->setIndex(&m_searchIndex);
    const QString source = m_scenarios->isActive() ? tr("scenario “%1”").arg(m_scenarios->scenarioName())
                                                   : QFileInfo(m_atlas.officesPath()).fileName();
    m_dataLabel->setText(tr("%n office(s) from %1", nullptr, static_cast<int>(rollout.offices().size())).arg(source));
    m_notes->setAtlas(m_atlas);
    m_regionAggregates = RegionAggregates(rollout, m_atlas.reference(), *m_population->population());
    m_coverage->rebuild(*m_population->population());
    m_coverage->setDate(m_timeline->date());
    m_suggestionsPanel->setData(rollout.offices(), &m_atlas.reference(), m_population->population());
    if (m_compare) {
        m_compare->setOfficial(m_scenarios->officialOffices());
        if (m_scenarios->isActive())
            m_compare->setScenario(m_scenarios->scenarioName(), m_scenarios->currentOffices());
        else
            m_compare->clearScenario();
    }
    runDataChecks();
    updateRegionGaps();
}

void MainWindow::updateTitle()
{
    m_derivedViewsTimer.start(); // the scenario's name stands in the status bar and the compare view too
    updateScenarioNotice();
    if (!m_scenarios->isActive()) {
        setWindowTitle(tr("Servicekarta"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] — scenario — Servicekarta").arg(m_scenarios->scenarioName()));
    setWindowModified(m_scenarios->document()->isModified());
}

bool MainWindow::openScenario(const QString &path)
{
    return m_scenarios->maybeKeepWork() && m_scenarios->openScenario(path);
}

void MainWindow::offerRecovery()
{
    m_scenarios->offerRecovery();
}

void MainWindow::openCompareView()
{
    if (!m_compare) {
        m_compare = new CompareView();
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        m_compare->setWindowTitle(tr("Compare — Servicekarta"));
        m_compare->setReference(&m_atlas.baseMap(), &m_atlas.boundaries(), &m_atlas.placeNames(), m_atlas.reference());
        m_compare->setPopulation(m_population->population());
        m_compare->setStyle(m_map->renderer().style());
        m_compare->setOfficial(m_scenarios->officialOffices());
        if (m_scenarios->isActive()) {
            m_compare->setScenario(m_scenarios->scenarioName(), m_scenarios->currentOffices());
            m_compare->applyPreset(CompareView::Preset::PlanVsScenario);
        }
        m_compare->resize(1500, 950);
    }
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
}

void MainWindow::showSuggestions(const std::vector<Suggestion> &suggestions)
{
    std::vector<MapScene::SuggestedPlace> places;
    for (const Suggestion &suggestion : suggestions)
        places.push_back({suggestion.place.position, suggestion.rank, suggestion.place.name});
    m_map->setSuggestions(std::move(places), m_suggestionsPanel->withinKm());
}

void MainWindow::addSuggestion(const Suggestion &suggestion)
{
    Office office = OfficeDraft::at(suggestion.place.position, m_atlas.reference(), &m_atlas.boundaries(), 3);
    office.name = suggestion.place.name;
    office.locality = suggestion.place.name;
    m_scenarios->addOffice(std::move(office));
}

void MainWindow::dateChanged(QDate date)
{
    const MapScene scene = MapSceneBuilder::build(m_atlas, date, m_filter);
    m_map->setOffices(scene.offices, scene.states, scene.counts, date);
    m_map->setFilterDescription(scene.filterDescription, scene.municipalityTotal);
    m_map->setPublishedCount(scene.published);
    m_officeModel->setDate(date);
    m_nearest->setData(m_atlas.rollout().offices(), &m_atlas.reference());
    m_nearest->setDate(date);
    m_notes->showStep(m_timeline->stepStart(date), date);
    updateRegionGaps();
    showSelectedOffice();
}

void MainWindow::boundariesReplaced()
{
    m_faOutlines = m_atlas.boundaries().isEmpty()
            ? VectorLayer()
            : FaRegionOutlines::build(m_atlas.boundaries().municipalities(), m_atlas.reference());
    m_map->setBaseLayers(&m_atlas.baseMap(), &m_atlas.boundaries(), m_atlas.reference().municipalityCount());
    m_map->setPlaceNames(&m_atlas.placeNames());
    m_scenarios->setBoundaries(&m_atlas.boundaries());
    m_scenarios->setBaseMap(&m_atlas.baseMap());
    if (m_compare)
        m_compare->setReference(&m_atlas.baseMap(), &m_atlas.boundaries(), &m_atlas.placeNames(), m_atlas.reference());
    m_population->rebuildEmbedded();
    updateRegionGaps();
}

void MainWindow::updateRegionGaps()
{
    if (!m_timeline->date().isValid())
        return;
    QStringList gaps;
    for (const RegionSummary &region : m_regionAggregates.at(m_timeline->date()).faRegionsWithoutOffice())
        gaps << region.code;
    m_map->setRegionGaps(m_regionGapsAction->isChecked(), m_faOutlines.isEmpty() ? nullptr : &m_faOutlines, gaps,
                         FaRegionOutlines::seatsIn(gaps, m_atlas.reference()));
}

void MainWindow::runDataChecks()
{
    const std::vector<DataCheckFinding> findings = DataChecks::run(
            m_atlas.rollout(), m_atlas.reference(),
            m_scenarios->isActive() ? QHash<QString, QString>() : DataChecks::rowLocations(m_officialPath),
            // The published counts are about the shipped list; a scenario or another list is not held to them.
            !m_scenarios->isActive() && m_officialPath == DataPaths::officesFile() ? m_atlas.publishedCounts()
                                                                                   : PublishedCounts());
    m_dataQuality->showFindings(findings);
    const int errors = DataChecks::count(findings, FindingSeverity::Error);
    if (errors > 0)
        statusBar()->showMessage(tr("Data checks found %n error(s); see the Data quality panel.", nullptr, errors));
}

void MainWindow::showSelectedOffice()
{
    const int row = m_officeModel->rowOfId(m_map->selectedOfficeId());
    const Office *office = m_officeModel->office(row);
    m_details->showOffice(office, office ? Rollout::stateAt(*office, m_timeline->date()) : OfficeState{},
                          m_timeline->date());
    if (office) {
        const QModelIndex proxyIndex = m_officeProxy->mapFromSource(m_officeModel->index(row, 0));
        m_officeTable->selectionModel()->setCurrentIndex(
                proxyIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_officeTable->scrollTo(proxyIndex);
    }
}

bool MainWindow::openOffices(const QString &path)
{
    QStringList errors;
    if (!m_atlas.loadOffices(path, &errors)) {
        QMessageBox box(QMessageBox::Warning, tr("Offices not loaded"),
                        tr("%1 could not be used; the offices shown before are kept.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, this);
        box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.setInformativeText(
                errors.mid(0, 5).join(QLatin1Char('\n'))
                + (errors.size() > 5 ? tr("\n… and %n more", nullptr, int(errors.size() - 5)) : QString()));
        box.exec();
        return false;
    }
    m_officialPath = path;
    m_scenarios->setOfficialOffices(m_atlas.rollout().offices(), QFileInfo(path).fileName());
    if (m_scenarios->isActive()) {
        // The scenario stays on screen; the new list is what the next scenario and the comparison start from.
        m_atlas.setOffices(m_scenarios->currentOffices(), m_scenarios->scenarioName());
        statusBar()->showMessage(
                tr("Official offices now from %1; the scenario stays shown").arg(QDir::toNativeSeparators(path)), 8000);
        QSettings().setValue(QStringLiteral("data/offices"), path);
        officesReplaced();
        return true;
    }
    officesReplaced();
    QSettings().setValue(QStringLiteral("data/offices"), path);
    statusBar()->showMessage(tr("Loaded %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

bool MainWindow::openBoundaries(const QString &path)
{
    QString error;
    if (!m_atlas.loadBoundaries(path, &error)) {
        QMessageBox::warning(this, tr("Boundaries not loaded"), error);
        return false;
    }
    QSettings().setValue(QStringLiteral("data/boundaries"), path);
    boundariesReplaced();
    m_clearBoundariesAction->setEnabled(true);
    statusBar()->showMessage(tr("Official boundaries from %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

void MainWindow::chooseOfficesFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open offices"),
                                                      settings.value(QStringLiteral("data/lastDirectory")).toString(),
                                                      tr("Office lists (%1);;All files (*)").arg(officeFilter));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("data/lastDirectory"), QFileInfo(path).absolutePath());
    openOffices(path);
}

void MainWindow::chooseBoundariesFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open official boundaries"),
                                                      settings.value(QStringLiteral("data/lastDirectory")).toString(),
                                                      tr("Boundary files (%1);;All files (*)").arg(boundaryFilter));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("data/lastDirectory"), QFileInfo(path).absolutePath());
    openBoundaries(path);
}

void MainWindow::startBriefing()
{
    if (m_briefing) {
        m_briefing->activateWindow();
        return;
    }
    m_briefing = new BriefingWindow(m_atlas, m_timeline, m_darkThemeAction->isChecked());
    m_briefing->setFilter(m_filter);
    m_briefing->setScenarioNotice(m_map->scene().scenarioName, m_map->scene().scenarioSource);
    connect(m_briefing, &BriefingWindow::darkChanged, m_darkThemeAction, &QAction::setChecked);
    m_briefing->showFullScreen();
}

void MainWindow::createLanguageMenu(QMenu *view)
{
    QMenu *menu = view->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    const QString current = LanguageSettings::chosen();
    for (const auto &[code, label] : {std::pair{QStringLiteral("system"), tr("System language")},
                                      std::pair{QStringLiteral("sv"), QStringLiteral("Svenska")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("English")}}) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            LanguageSettings::choose(code);
            QMessageBox::information(this, tr("Language"),
                                     tr("The new language is used from the next start of Servicekarta."));
        });
    }
}

void MainWindow::setDarkTheme(bool dark)
{
    QSettings().setValue(QStringLiteral("view/dark"), dark);
    m_map->setStyle(dark ? MapStyle::dark() : MapStyle::light());
    if (m_compare)
        m_compare->setStyle(m_map->renderer().style());
}

void MainWindow::searchEntryChosen(const SearchIndex::Entry &entry)
{
    const bool isOffice = entry.kind == SearchIndex::Kind::Office;
    m_map->centreOn(entry.position, isOffice ? 120 : 250);
    m_map->setSelectedOfficeId(isOffice ? entry.key : QString());
    m_map->setSearchMark(entry.position, entry.label);
    if (!isOffice)
        showMunicipality(entry.key);
    m_map->setFocus();
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(
            this, tr("Keyboard shortcuts"),
            tr("<table>"
               "<tr><td><b>Space</b></td><td>play / pause the timeline</td></tr>"
               "<tr><td><b>[ ]</b></td><td>previous / next month</td></tr>"
               "<tr><td><b>Page Up / Page Down</b></td><td>previous / next phase boundary</td></tr>"
               "<tr><td><b>Ctrl+Home / Ctrl+End</b></td><td>start / end of the timeline</td></tr>"
               "<tr><td colspan=2>On the timeline: ← → months, Home / End.</td></tr>"
               "<tr><td colspan=2>On the map: arrows pan, + − zoom, Home shows all of Sweden, Esc clears the "
               "selection.</td></tr>"
               "<tr><td><b>Ctrl+F</b></td><td>search</td></tr>"
               "</table>"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
            this, tr("About Servicekarta"),
            tr("<h3>Servicekarta %1</h3>"
               "<p>The state's local service offices (statliga servicekontor) and their 2022–2023 expansion.</p>"
               "<p><b>Data</b><br>"
               "Offices: compiled from public sources (Statens servicecenter, the Government Offices, "
               "Riksrevisionen, local press), status in May 2021 and dates where found; rows without a source are "
               "marked unverified.<br>"
               "Municipalities and population: SCB, 31 December 2020 (CC0).<br>"
               "Places: GeoNames (geonames.org), CC BY 4.0.<br>"
               "Coastline, lakes and borders: GSHHG 2.3.7 and DCW-GMT (LGPL-3+), shipped as a separate, "
               "replaceable file.<br>"
               "Counties: Natural Earth (public domain).<br>"
               "Official boundaries you open (e.g. SCB Digitala gränser, CC0) stay in your file.</p>"
               "<p>Distances are straight-line distances in SWEREF 99 TM, not travel times.</p>")
                    .arg(QApplication::applicationVersion()));
}

} // namespace sk
