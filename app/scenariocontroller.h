// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"

#include <QObject>
#include <QPointF>
#include <QTimer>

#include <memory>
#include <vector>

class QAction;
class QMenu;
class QWidget;

namespace sk {

class AdminBoundaries;
class AutosaveStore;
class ReferenceData;
class BaseMap;
class ScenarioDocument;

// The planner's what-if work in the main window: starting, opening, saving and exporting scenarios, the edits the
// map asks for (as undoable commands of the ScenarioDocument), autosave with recovery after a crash, and the prompt
// before unsaved work is discarded. While a scenario is active the window shows its offices instead of the official
// ones.
class ScenarioController : public QObject
{
    Q_OBJECT

public:
    // `window` parents the dialogs; `autosaveDirectory` holds this and other sessions' autosaves.
    ScenarioController(QWidget *window, const ReferenceData &reference, const QString &autosaveDirectory,
                       QObject *parent = nullptr);
    ~ScenarioController() override;

    ScenarioDocument *document() const { return m_document; }
    bool isActive() const { return m_active; }
    // The offices the window shows: the scenario's while one is active, otherwise the official ones.
    const std::vector<Office> &currentOffices() const;
    const std::vector<Office> &officialOffices() const { return m_official; }
    QString scenarioName() const;
    // Where this session autosaves unsaved scenario work.
    QString autosavePath() const;

    // The official data a new scenario starts from; `label` names it ("offices.csv").
    void setOfficialOffices(std::vector<Office> offices, const QString &label);
    // Boundaries in use, for the municipality of offices added on the map (may be empty, must outlive the call).
    void setBoundaries(const AdminBoundaries *boundaries) { m_boundaries = boundaries; }
    // The base map, for refusing offices placed at sea or abroad; must outlive the controller.
    void setBaseMap(const BaseMap *baseMap) { m_baseMap = baseMap; }

    // Menu actions, created once; the window puts them in its menus and toolbar.
    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *closeAction() const { return m_closeAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *editOnMapAction() const { return m_editOnMapAction; }
    QAction *renameAction() const { return m_renameAction; }

    // Each returns false when the user cancelled or the file could not be used (a message was shown).
    bool openScenario(const QString &path);
    bool importOffices(const QString &path);
    bool save();
    bool saveAs();
    // Asks to save unsaved work; false when the user cancels (keep everything as it is).
    bool maybeKeepWork();
    // After a crash or kill: offers the autosaves no running session owns. Call once the window is shown.
    void offerRecovery();
    // A clean exit: this session's autosave is no longer needed.
    void discardOwnAutosave();

public Q_SLOTS:
    void addOfficeAt(const QPointF &world);
    void addOffice(Office office);
    void moveOffice(const QString &id, const QPointF &world);
    void finishMove(const QString &id);
    void removeOffice(const QString &id);
    void editOffice(const QString &id);

Q_SIGNALS:
    // The offices to show changed (an edit, undo/redo, a scenario opened or closed).
    void officesChanged();
    // Name, file or modified state changed: the window title follows.
    void titleChanged();
    void message(const QString &text);

private:
    void createActions();
    void startFromOfficial();
    void closeScenario();
    void exportScenario();
    void renameScenario();
    void activate();
    void updateActions();
    void autosave();
    bool ensureActive();
    // True, with a message, when the scenario holds as many offices as a file can: nothing more is added.
    bool refuseWhenFull();
    bool standsInSweden(const QPointF &world) const;
    QString lastDirectory() const;
    void rememberDirectory(const QString &path);

    QWidget *m_window;
    const ReferenceData &m_reference;
    const AdminBoundaries *m_boundaries = nullptr;
    const BaseMap *m_baseMap = nullptr;
    ScenarioDocument *m_document;
    std::unique_ptr<AutosaveStore> m_autosave;
    QTimer m_autosaveTimer;
    std::vector<Office> m_official;
    QString m_officialLabel;
    bool m_active = false;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_editOnMapAction = nullptr;
    QAction *m_renameAction = nullptr;
};

} // namespace sk
