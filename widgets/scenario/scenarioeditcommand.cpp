// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "scenarioeditcommand.h"

#include "widgets/scenario/scenariodocument.h"

#include <QCoreApplication>

namespace sk {

namespace {

// Any constant unique among the commands pushed on a scenario's stack; only moves merge.
constexpr int moveCommandId = 0x5c3e;

} // namespace

ScenarioEditCommand::ScenarioEditCommand(ScenarioDocument *document, Kind kind, int index, std::optional<Office> before,
                                         std::optional<Office> after, int moveSerial)
    : m_document(document)
    , m_kind(kind)
    , m_index(index)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_moveSerial(moveSerial)
{
    setDescription();
}

ScenarioEditCommand::ScenarioEditCommand(ScenarioDocument *document, const QString &nameBefore,
                                         const QString &nameAfter)
    : m_document(document)
    , m_kind(Kind::Rename)
    , m_nameBefore(nameBefore)
    , m_nameAfter(nameAfter)
{
    setDescription();
}

void ScenarioEditCommand::setDescription()
{
    const QString office = m_after ? m_after->name : m_before ? m_before->name : QString();
    switch (m_kind) {
    case Kind::Add:
        setText(tr("Add office %1").arg(office));
        break;
    case Kind::Remove:
        setText(tr("Delete office %1").arg(office));
        break;
    case Kind::Edit:
        setText(tr("Edit office %1").arg(office));
        break;
    case Kind::Move:
        setText(tr("Move office %1").arg(office));
        break;
    case Kind::Rename:
        setText(tr("Rename scenario to %1").arg(m_nameAfter));
        break;
    }
}

void ScenarioEditCommand::undo()
{
    if (m_kind == Kind::Rename)
        m_document->applyName(m_nameBefore);
    else
        m_document->applyOfficeChange(m_index, m_after, m_before);
}

void ScenarioEditCommand::redo()
{
    if (m_kind == Kind::Rename)
        m_document->applyName(m_nameAfter);
    else
        m_document->applyOfficeChange(m_index, m_before, m_after);
}

int ScenarioEditCommand::id() const
{
    return m_kind == Kind::Move ? moveCommandId : -1;
}

bool ScenarioEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *move = dynamic_cast<const ScenarioEditCommand *>(other);
    if (!move || move->m_kind != Kind::Move || m_kind != Kind::Move || move->m_moveSerial != m_moveSerial
        || move->m_index != m_index || move->m_after->id != m_after->id)
        return false;
    m_after = move->m_after;
    return true;
}

} // namespace sk
