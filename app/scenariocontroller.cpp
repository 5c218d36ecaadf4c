// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "scenariocontroller.h"

#include "geodata/geo/projection.h"
#include "geodata/import/officeimporter.h"
#include "geodata/reference/referencedata.h"
#include "geodata/reference/swedishland.h"
#include "geodata/scenario/autosavestore.h"
#include "geodata/scenario/officedraft.h"
#include "widgets/import/columnmappingdialog.h"
#include "widgets/import/importreviewdialog.h"
#include "widgets/scenario/officeeditdialog.h"
#include "widgets/scenario/scenariodocument.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QUndoStack>

namespace sk {

namespace {
// Offices added by a planner belong to a third round unless they say otherwise.
constexpr int newOfficePhase = 3;
constexpr int autosaveDelayMs = 3000;
const QString scenarioFilter = QStringLiteral("*.gpkg");
const QString importFilter = QStringLiteral("*.csv *.geojson *.json *.gpkg *.kml *.xlsx *.shp");
} // namespace

ScenarioController::ScenarioController(QWidget *window, const ReferenceData &reference,
                                       const QString &autosaveDirectory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_reference(reference)
    , m_document(new ScenarioDocument(this))
    , m_autosave(std::make_unique<AutosaveStore>(autosaveDirectory))
{
    m_autosaveTimer.setSingleShot(true);
    m_autosaveTimer.setInterval(autosaveDelayMs);
    connect(&m_autosaveTimer, &QTimer::timeout, this, &ScenarioController::autosave);
    // The stack's index moves after the edit has been applied, so the modified state is known only then.
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_document->isModified()) {
            m_autosaveTimer.start();
        } else {
            // Undone back to what is saved: an autosave would bring the undone edits back after a crash.
            m_autosaveTimer.stop();
            m_autosave->removeOwn();
        }
    });
    connect(m_document, &ScenarioDocument::officesChanged, this, &ScenarioController::officesChanged);
    connect(m_document, &ScenarioDocument::displayNameChanged, this, &ScenarioController::titleChanged);
    connect(m_document, &ScenarioDocument::modifiedChanged, this, [this] {
        updateActions();
        Q_EMIT titleChanged();
    });
    connect(m_document, &ScenarioDocument::filePathChanged, this, &ScenarioController::titleChanged);
    createActions();
    updateActions();
}

ScenarioController::~ScenarioController() = default;

const std::vector<Office> &ScenarioController::currentOffices() const
{
    return m_active ? m_document->scenario().offices : m_official;
}

QString ScenarioController::scenarioName() const
{
    return m_active ? m_document->displayName() : QString();
}

QString ScenarioController::autosavePath() const
{
    return m_autosave->ownPath();
}

void ScenarioController::setOfficialOffices(std::vector<Office> offices, const QString &label)
{
    m_official = std::move(offices);
    m_officialLabel = label;
}

void ScenarioController::createActions()
{
    m_newAction = new QAction(tr("&New scenario from official data"), this);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setToolTip(tr("Start a what-if scenario from the offices shown now"));
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (maybeKeepWork())
            startFromOfficial();
    });
    m_openAction = new QAction(tr("Open sc&enario…"), this);
    m_openAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (!maybeKeepWork())
            return;
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open scenario"), lastDirectory(),
                                                          tr("Scenarios (%1)").arg(scenarioFilter));
        if (!path.isEmpty())
            openScenario(path);
    });
    m_saveAction = new QAction(QIcon(QStringLiteral(":/icons/document-save.svg")), tr("&Save scenario"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &ScenarioController::save);
    m_saveAsAction = new QAction(tr("Save scenario &as…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &ScenarioController::saveAs);
    m_exportAction = new QAction(tr("E&xport scenario…"), this);
    m_exportAction->setToolTip(tr("Write the scenario's offices as GeoJSON, CSV, KML or GeoPackage"));
    connect(m_exportAction, &QAction::triggered, this, &ScenarioController::exportScenario);
    m_closeAction = new QAction(tr("&Close scenario"), this);
    m_closeAction->setToolTip(tr("Show the official offices again"));
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (maybeKeepWork())
            closeScenario();
    });
    m_importAction = new QAction(tr("&Import offices…"), this);
    m_importAction->setToolTip(tr("Open someone else's office list (CSV, GeoJSON, GeoPackage, KML, XLSX, Shapefile) "
                                  "as a new scenario"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] {
        if (!maybeKeepWork())
            return;
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Import offices"), lastDirectory(),
                                                          tr("Office lists (%1);;All files (*)").arg(importFilter));
        if (!path.isEmpty())
            importOffices(path);
    });
    m_renameAction = new QAction(tr("&Rename scenario…"), this);
    connect(m_renameAction, &QAction::triggered, this, &ScenarioController::renameScenario);

    m_undoAction = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(QIcon(QStringLiteral(":/icons/edit-undo.svg")));
    m_redoAction = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, beside the platform's own (Ctrl+Y on Windows); listed twice it would be ambiguous.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    m_redoAction->setShortcuts(redoKeys);
    m_redoAction->setIcon(QIcon(QStringLiteral(":/icons/edit-redo.svg")));

    m_editOnMapAction = new QAction(QIcon(QStringLiteral(":/icons/edit-map.svg")), tr("&Edit on map"), this);
    m_editOnMapAction->setCheckable(true);
    m_editOnMapAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_editOnMapAction->setToolTip(tr("Click the map to add an office, drag an office to move it, Delete removes "
                                     "the selected office, double-click edits it"));
    connect(m_editOnMapAction, &QAction::toggled, this, [this](bool on) {
        if (on && !ensureActive())
            m_editOnMapAction->setChecked(false);
    });
}

void ScenarioController::updateActions()
{
    m_saveAction->setEnabled(m_active);
    m_saveAsAction->setEnabled(m_active);
    m_exportAction->setEnabled(m_active);
    m_closeAction->setEnabled(m_active);
    m_renameAction->setEnabled(m_active);
    if (!m_active)
        m_editOnMapAction->setChecked(false);
}

void ScenarioController::activate()
{
    m_active = true;
    updateActions();
    Q_EMIT officesChanged();
    Q_EMIT titleChanged();
}

void ScenarioController::startFromOfficial()
{
    m_document->startFrom(m_official, m_officialLabel);
    activate();
    Q_EMIT message(
            tr("New scenario from %1: edit it on the map (Ctrl+Shift+E) or add suggested places").arg(m_officialLabel));
}

bool ScenarioController::ensureActive()
{
    if (!m_active)
        startFromOfficial();
    return m_active;
}

void ScenarioController::closeScenario()
{
    m_autosaveTimer.stop();
    m_autosave->removeOwn();
    m_active = false; // first, so that the emptied document is never what the window shows
    m_document->startFrom({}, {});
    updateActions();
    Q_EMIT titleChanged();
}

bool ScenarioController::openScenario(const QString &path)
{
    QStringList errors;
    if (!m_document->open(path, &errors)) {
        QMessageBox box(QMessageBox::Warning, tr("Scenario not opened"),
                        tr("%1 could not be opened; nothing was changed.").arg(QFileInfo(path).fileName()),
                        QMessageBox::Ok, m_window);
        box.setInformativeText(errors.mid(0, 5).join(QLatin1Char('\n')));
        box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    rememberDirectory(path);
    activate();
    Q_EMIT message(tr("Opened scenario %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ScenarioController::importOffices(const QString &path)
{
    const ImportPreview preview = OfficeImporter::inspect(path);
    if (!preview.error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Offices not imported"), preview.error);
        return false;
    }
    ColumnMappingDialog mapping(preview, m_window);
    if (mapping.exec() != QDialog::Accepted)
        return false;
    const SwedishLand land(m_baseMap, m_boundaries);
    OfficeLoadResult result = OfficeImporter::import(path, mapping.mapping(), &m_reference, &land);
    if (result.offices.empty()) {
        QMessageBox box(
                QMessageBox::Warning, tr("Offices not imported"),
                tr("%1 holds no office that could be used; nothing was changed.").arg(QFileInfo(path).fileName()),
                QMessageBox::Ok, m_window);
        box.setInformativeText(result.errors.mid(0, 5).join(QLatin1Char('\n')));
        box.setDetailedText(result.errors.join(QLatin1Char('\n')));
        box.exec();
        return false;
    }
    if (!result.errors.isEmpty() && !ImportReviewDialog::confirm(m_window, result))
        return false;
    rememberDirectory(path);
    // Unsaved work until the user saves it: closing asks, and it is autosaved like any edit.
    const int imported = static_cast<int>(result.offices.size());
    m_document->restoreUnsaved(
            Scenario{QFileInfo(path).completeBaseName(), QFileInfo(path).fileName(), std::move(result.offices)}, {});
    activate();
    m_autosaveTimer.start();
    Q_EMIT message(
            tr("Imported %n office(s) from %1 as a new scenario", nullptr, imported).arg(QFileInfo(path).fileName()));
    return true;
}

bool ScenarioController::save()
{
    if (!m_active)
        return false;
    if (m_document->filePath().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        QMessageBox::warning(m_window, tr("Scenario not saved"),
                             tr("%1\n\nThe file on disk is unchanged; your work is still here.").arg(error));
        return false;
    }
    m_autosave->removeOwn();
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())));
    return true;
}

bool ScenarioController::saveAs()
{
    if (!m_active)
        return false;
    const QString suggested = QDir(lastDirectory()).filePath(m_document->displayName() + QStringLiteral(".gpkg"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save scenario"), suggested,
                                                tr("Scenarios (%1)").arg(scenarioFilter));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".gpkg");
    QString error;
    if (!m_document->saveAs(path, &error)) {
        QMessageBox::warning(m_window, tr("Scenario not saved"),
                             tr("%1\n\nAny file there is unchanged; your work is still here.").arg(error));
        return false;
    }
    rememberDirectory(path);
    m_autosave->removeOwn();
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ScenarioController::exportScenario()
{
    const QString suggested = QDir(lastDirectory()).filePath(m_document->displayName() + QStringLiteral(".geojson"));
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
            m_window, tr("Export scenario"), suggested,
            tr("GeoJSON (*.geojson);;CSV (*.csv);;KML (*.kml);;GeoPackage (*.gpkg)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QString error;
    if (!m_document->exportTo(path, &error)) {
        QMessageBox::warning(m_window, tr("Scenario not exported"), error);
        return;
    }
    rememberDirectory(path);
    Q_EMIT message(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void ScenarioController::renameScenario()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename scenario"), tr("Name:"), QLineEdit::Normal,
                                               m_document->scenario().name, &ok)
                                 .trimmed();
    if (ok && !name.isEmpty() && name != m_document->scenario().name)
        m_document->renameScenario(name);
}

bool ScenarioController::maybeKeepWork()
{
    if (!m_active || !m_document->isModified())
        return true;
    const QMessageBox::StandardButton answer = QMessageBox::warning(
            m_window, tr("Unsaved scenario"),
            tr("The scenario “%1” has changes that are not saved. Save them first?").arg(m_document->displayName()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer != QMessageBox::Discard)
        return false;
    m_autosaveTimer.stop();
    m_autosave->removeOwn();
    return true;
}

void ScenarioController::offerRecovery()
{
    const std::vector<RecoverableScenario> found = m_autosave->recoverable();
    for (const RecoverableScenario &candidate : found) {
        QMessageBox box(
                QMessageBox::Question, tr("Recover scenario"),
                tr("Servicekarta did not close properly. The scenario “%1” was autosaved on %2.")
                        .arg(candidate.scenarioName, QLocale().toString(candidate.savedAt, QLocale::ShortFormat)),
                QMessageBox::NoButton, m_window);
        box.setInformativeText(tr("Recover it now? Discarded autosaves cannot be brought back."));
        QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Later"), QMessageBox::RejectRole);
        box.setDefaultButton(recover);
        box.exec();
        if (box.clickedButton() == discard) {
            QString error;
            if (!m_autosave->discard(candidate, &error))
                Q_EMIT message(error);
            continue;
        }
        if (box.clickedButton() != recover)
            continue;
        QStringList errors;
        std::optional<Scenario> recovered = m_autosave->recover(candidate, &errors);
        if (!recovered) {
            QMessageBox::warning(m_window, tr("Scenario not recovered"), errors.join(QLatin1Char('\n')));
            continue;
        }
        m_document->restoreUnsaved(std::move(*recovered), candidate.documentPath);
        activate();
        if (!errors.isEmpty())
            QMessageBox::warning(m_window, tr("Scenario recovered"), errors.join(QLatin1Char('\n')));
        Q_EMIT message(tr("Recovered scenario %1; save it to keep it").arg(candidate.scenarioName));
        return; // one document at a time; the others stay for the next start
    }
}

void ScenarioController::discardOwnAutosave()
{
    m_autosaveTimer.stop();
    m_autosave->removeOwn();
}

void ScenarioController::autosave()
{
    if (!m_active || !m_document->isModified())
        return;
    QString error;
    if (!m_autosave->save(m_document->scenario(), m_document->filePath(), &error))
        Q_EMIT message(tr("Autosave failed: %1").arg(error));
}

bool ScenarioController::refuseWhenFull()
{
    if (!m_document->isFull())
        return false;
    Q_EMIT message(tr("The scenario already has %L1 offices, as many as a scenario file can hold; remove one before "
                      "adding another.")
                           .arg(m_document->scenario().offices.size()));
    return true;
}

void ScenarioController::addOfficeAt(const QPointF &world)
{
    if (!standsInSweden(world)) {
        Q_EMIT message(tr("An office must stand in Sweden; click on Swedish land to add one."));
        return;
    }
    if (!ensureActive() || refuseWhenFull())
        return;
    const Office draft = OfficeDraft::at(world, m_reference, m_boundaries, newOfficePhase);
    OfficeEditDialog dialog(draft, m_reference, m_window);
    dialog.setWindowTitle(tr("New office"));
    if (dialog.exec() == QDialog::Accepted)
        m_document->addOffice(dialog.office());
}

void ScenarioController::addOffice(Office office)
{
    if (!ensureActive() || refuseWhenFull())
        return;
    const QString name = office.name;
    m_document->addOffice(std::move(office));
    Q_EMIT message(tr("Added %1 to the scenario").arg(name));
}

void ScenarioController::moveOffice(const QString &id, const QPointF &world)
{
    if (m_active && m_editOnMapAction->isChecked() && standsInSweden(world))
        m_document->moveOffice(id, world);
}

void ScenarioController::finishMove(const QString & /*id: the drag under way is the one that ends*/)
{
    if (m_active)
        m_document->endMove();
}

void ScenarioController::removeOffice(const QString &id)
{
    if (!m_active || !m_editOnMapAction->isChecked())
        return;
    if (m_document->scenario().offices.size() <= 1) {
        Q_EMIT message(tr("A scenario keeps at least one office; add another before deleting this one."));
        return;
    }
    m_document->removeOffice(id);
}

void ScenarioController::editOffice(const QString &id)
{
    if (!ensureActive())
        return;
    const int index = m_document->scenario().indexOf(id);
    if (index < 0)
        return;
    OfficeEditDialog dialog(m_document->scenario().offices[static_cast<size_t>(index)], m_reference, m_window);
    if (dialog.exec() == QDialog::Accepted)
        m_document->editOffice(id, dialog.office());
}

bool ScenarioController::standsInSweden(const QPointF &world) const
{
    return OfficeImporter::acceptsPosition(Projection::toWgs84(world))
            && OfficeDraft::isInSweden(world, m_baseMap, m_boundaries);
}

QString ScenarioController::lastDirectory() const
{
    return QSettings().value(QStringLiteral("data/lastDirectory")).toString();
}

void ScenarioController::rememberDirectory(const QString &path)
{
    QSettings().setValue(QStringLiteral("data/lastDirectory"), QFileInfo(path).absolutePath());
}

} // namespace sk
