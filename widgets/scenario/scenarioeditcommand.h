// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"

#include <QCoreApplication>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace sk {

class ScenarioDocument;

// Every edit of a scenario, undoable: an office added, removed, changed or moved, or the scenario renamed. Office
// edits keep the office before and after and its index, so undo and redo restore the list exactly, order included.
class ScenarioEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(sk::ScenarioEditCommand)

public:
    enum class Kind { Add, Remove, Edit, Move, Rename };

    // `before` is empty for Add, `after` for Remove. Moves with the same office and `moveSerial` merge into one.
    ScenarioEditCommand(ScenarioDocument *document, Kind kind, int index, std::optional<Office> before,
                        std::optional<Office> after, int moveSerial = 0);
    ScenarioEditCommand(ScenarioDocument *document, const QString &nameBefore, const QString &nameAfter);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    Kind kind() const { return m_kind; }

private:
    void setDescription();

    ScenarioDocument *m_document;
    Kind m_kind;
    int m_index = -1;
    std::optional<Office> m_before;
    std::optional<Office> m_after;
    int m_moveSerial = 0;
    QString m_nameBefore;
    QString m_nameAfter;
};

} // namespace sk
