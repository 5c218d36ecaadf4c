// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "scenariodocument.h"

#include "geodata/geo/projection.h"
#include "geodata/scenario/scenariofile.h"
#include "widgets/scenario/scenarioeditcommand.h"

#include <QFileInfo>
#include <QLocale>

#include <utility>

namespace sk {

ScenarioDocument::ScenarioDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

ScenarioDocument::~ScenarioDocument()
{
    // The undo stack, a member, is cleared after this body and would report a change to receivers that may be
    // half destroyed themselves (the main window when it closes): UBSan caught the downcast.
    disconnect(&m_undoStack, nullptr, this, nullptr);
}

void ScenarioDocument::startFrom(const std::vector<Office> &official, const QString &basedOn)
{
    replaceAll(Scenario{QString(), basedOn, official}, QString());
}

bool ScenarioDocument::open(const QString &path, QStringList *errors)
{
    std::optional<Scenario> scenario = ScenarioFile::open(path, errors);
    if (!scenario)
        return false;
    replaceAll(std::move(*scenario), QFileInfo(path).absoluteFilePath());
    return true;
}

void ScenarioDocument::restoreUnsaved(Scenario scenario, const QString &filePath)
{
    replaceAll(std::move(scenario), filePath);
    m_recovered = true;
    Q_EMIT modifiedChanged(true);
}

void ScenarioDocument::replaceAll(Scenario scenario, const QString &path)
{
    const QString oldName = displayName();
    // Clearing the undo stack reports a dirty stack turning clean; a recovered document must say so itself.
    const bool onlyRecovered = m_recovered && m_undoStack.isClean();
    m_recovered = false;
    m_scenario = std::move(scenario);
    m_undoStack.clear();
    setFilePath(path);
    Q_EMIT officesChanged();
    if (onlyRecovered)
        Q_EMIT modifiedChanged(false);
    if (displayName() != oldName)
        Q_EMIT displayNameChanged(displayName());
}

bool ScenarioDocument::save(QString *error)
{
    if (m_filePath.isEmpty()) {
        *error = tr("The scenario has no file yet; choose one with Save As");
        return false;
    }
    return saveAs(m_filePath, error);
}

bool ScenarioDocument::saveAs(const QString &path, QString *error)
{
    if (!ScenarioFile::save(m_scenario, path, error))
        return false;
    const QString oldName = displayName();
    setFilePath(QFileInfo(path).absoluteFilePath());
    const bool wasRecovered = std::exchange(m_recovered, false);
    m_undoStack.setClean();
    if (wasRecovered && m_undoStack.isClean())
        Q_EMIT modifiedChanged(false);
    if (displayName() != oldName)
        Q_EMIT displayNameChanged(displayName());
    return true;
}

bool ScenarioDocument::exportTo(const QString &path, QString *error) const
{
    return ScenarioFile::exportTo(m_scenario, path, error);
}

void ScenarioDocument::setFilePath(const QString &path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    Q_EMIT filePathChanged(path);
}

QString ScenarioDocument::addOffice(Office office)
{
    if (isFull())
        return {};
    if (office.id.isEmpty() || m_scenario.indexOf(office.id) >= 0)
        office.id = m_scenario.nextOfficeId();
    if (!office.coordinate.isValid() && !office.position.isNull())
        office.coordinate = Projection::toWgs84(office.position);
    else if (office.coordinate.isValid() && office.position.isNull())
        office.position = Projection::toSweref(office.coordinate);
    const QString id = office.id;
    const int index = static_cast<int>(m_scenario.offices.size());
    m_undoStack.push(new ScenarioEditCommand(this, ScenarioEditCommand::Kind::Add, index, std::nullopt, office));
    return id;
}

void ScenarioDocument::moveOffice(const QString &id, QPointF sweref)
{
    const int index = m_scenario.indexOf(id);
    if (index < 0)
        return;
    const Office &before = m_scenario.offices[static_cast<size_t>(index)];
    if (before.position == sweref)
        return;
    Office after = before;
    after.position = sweref;
    after.coordinate = Projection::toWgs84(sweref);
    m_undoStack.push(
            new ScenarioEditCommand(this, ScenarioEditCommand::Kind::Move, index, before, after, m_moveSerial));
}

void ScenarioDocument::endMove()
{
    ++m_moveSerial;
}

void ScenarioDocument::removeOffice(const QString &id)
{
    const int index = m_scenario.indexOf(id);
    if (index < 0)
        return;
    m_undoStack.push(new ScenarioEditCommand(this, ScenarioEditCommand::Kind::Remove, index,
                                             m_scenario.offices[static_cast<size_t>(index)], std::nullopt));
}

void ScenarioDocument::editOffice(const QString &id, const Office &changed)
{
    const int index = m_scenario.indexOf(id);
    if (index < 0)
        return;
    const Office &before = m_scenario.offices[static_cast<size_t>(index)];
    Office after = changed;
    after.id = id;
    if (after.coordinate != before.coordinate && after.coordinate.isValid())
        after.position = Projection::toSweref(after.coordinate);
    else if (after.position != before.position)
        after.coordinate = Projection::toWgs84(after.position);
    if (after == before)
        return;
    m_undoStack.push(new ScenarioEditCommand(this, ScenarioEditCommand::Kind::Edit, index, before, after));
}

void ScenarioDocument::renameScenario(const QString &name)
{
    if (name == m_scenario.name)
        return;
    m_undoStack.push(new ScenarioEditCommand(this, m_scenario.name, name));
}

QString ScenarioDocument::displayName() const
{
    if (!m_scenario.name.isEmpty())
        return m_scenario.name;
    if (!m_filePath.isEmpty())
        return QFileInfo(m_filePath).completeBaseName();
    return tr("Untitled scenario");
}

void ScenarioDocument::applyOfficeChange(int index, const std::optional<Office> &from, const std::optional<Office> &to)
{
    auto &offices = m_scenario.offices;
    const auto position = offices.begin() + index;
    if (from && to) {
        *position = *to;
        Q_EMIT officeChanged(to->id);
    } else if (to) {
        offices.insert(position, *to);
    } else {
        offices.erase(position);
    }
    Q_EMIT officesChanged();
}

void ScenarioDocument::applyName(const QString &name)
{
    m_scenario.name = name;
    Q_EMIT displayNameChanged(displayName());
}

QString ScenarioDocument::sourceText(const QString &filePath, bool modified)
{
    const QFileInfo file(filePath);
    if (filePath.isEmpty() || !file.exists())
        return tr("not saved yet");
    const QString saved = tr("%1, saved %2")
                                  .arg(file.fileName(),
                                       QLocale().toString(file.lastModified(), QStringLiteral("d MMMM yyyy HH:mm")));
    return modified ? tr("%1, changed since").arg(saved) : saved;
}

} // namespace sk
