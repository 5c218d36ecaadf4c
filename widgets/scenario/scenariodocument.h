// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/scenario/scenario.h"

#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <optional>

namespace sk {

// The scenario a planner edits: the offices, the file it lives in, and an undo stack on which every edit is one
// command. Modified means: not at the state last saved or opened (or started from the official data).
class ScenarioDocument : public QObject
{
    Q_OBJECT

public:
    explicit ScenarioDocument(QObject *parent = nullptr);
    ~ScenarioDocument() override;

    // A new, unsaved scenario: a copy of the official offices. Clears the undo stack.
    void startFrom(const std::vector<Office> &official, const QString &basedOn);
    // A scenario recovered from an autosave: shown as unsaved work that belongs to `filePath` (may be empty).
    void restoreUnsaved(Scenario scenario, const QString &filePath);
    // All or nothing; on failure the document stays as it was and *errors has the messages.
    bool open(const QString &path, QStringList *errors);
    // Fails, with a message, when the document has no file yet (use saveAs).
    bool save(QString *error);
    bool saveAs(const QString &path, QString *error);
    // Writes a copy (GeoJSON, CSV, KML, GeoPackage by suffix); the document keeps its file and modified state.
    bool exportTo(const QString &path, QString *error) const;

    // Each edit is one undoable command; unknown ids and edits that change nothing are ignored.
    // An empty or already used id is replaced by nextOfficeId(). Returns the office's id, or an empty string when
    // the scenario is full (Scenario::maxOffices): a larger one could not be saved and opened again.
    QString addOffice(Office office);
    bool isFull() const { return m_scenario.offices.size() >= Scenario::maxOffices; }
    // Sets position (SWEREF 99 TM) and coordinate. Moves of one office merge into one command until endMove().
    void moveOffice(const QString &id, QPointF sweref);
    // Ends a drag: the next move is a new undo step.
    void endMove();
    void removeOffice(const QString &id);
    // Replaces everything but the id; a changed coordinate also changes the position, and a changed position
    // (coordinate left as it was) the coordinate.
    void editOffice(const QString &id, const Office &changed);
    void renameScenario(const QString &name);

    const Scenario &scenario() const { return m_scenario; }
    QUndoStack *undoStack() { return &m_undoStack; }
    QString filePath() const { return m_filePath; }
    bool isModified() const { return m_recovered || !m_undoStack.isClean(); }
    // The scenario's name, else the file's name, else "Untitled scenario".
    QString displayName() const;
    // For the credit line of maps: "what-if.gpkg, saved 7 December 2026 14:02" (", changed since" when
    // `modified`), or "not saved yet" without a file.
    static QString sourceText(const QString &filePath, bool modified);

Q_SIGNALS:
    // The office list changed (any edit, undo, redo, open or start).
    void officesChanged();
    // One office changed in place (edit or move); officesChanged() follows.
    void officeChanged(const QString &id);
    void modifiedChanged(bool modified);
    void filePathChanged(const QString &path);
    void displayNameChanged(const QString &name);

private:
    friend class ScenarioEditCommand;
    void applyOfficeChange(int index, const std::optional<Office> &from, const std::optional<Office> &to);
    void applyName(const QString &name);
    void replaceAll(Scenario scenario, const QString &path);
    void setFilePath(const QString &path);

    Scenario m_scenario;
    QString m_filePath;
    QUndoStack m_undoStack;
    int m_moveSerial = 0;
    bool m_recovered = false; // restored from an autosave and not saved since
};

} // namespace sk
