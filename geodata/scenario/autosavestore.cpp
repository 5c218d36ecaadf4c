// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "autosavestore.h"

#include "geodata/scenario/scenariofile.h"
#include "geodata/scenario/scenariologging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace sk {

namespace {

QString lockPathFor(const QString &autosavePath)
{
    const QFileInfo info(autosavePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".lock"));
}

} // namespace

AutosaveStore::AutosaveStore(const QString &directory)
    : m_directory(QDir(directory).absolutePath())
{
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("%1: cannot create the autosave folder").arg(m_directory);
        return;
    }
    // The start time keeps a later process that happens to get the same pid from taking this session's name.
    const QString session = QStringLiteral("session-%1-%2")
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(QDateTime::currentMSecsSinceEpoch());
    m_ownPath = QDir(m_directory).filePath(session + QStringLiteral(".gpkg"));
    m_lock = std::make_unique<QLockFile>(lockPathFor(m_ownPath));
    // Held for the whole session: only a dead owner makes it stale, never its age.
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        m_error = tr("%1: cannot lock the autosave").arg(lockPathFor(m_ownPath));
        return;
    }
    removeDebris();
}

void AutosaveStore::removeDebris() const
{
    const QDir folder(m_directory);
    // ".session-<pid>-<start>.<random>.gpkg[-journal|-wal|-shm]": the temporary file of a save, named after the
    // session that wrote it.
    const QStringList temporaries = folder.entryList({QStringLiteral(".session-*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : temporaries) {
        const QString session = name.mid(1).section(QLatin1Char('.'), 0, 0);
        if (claim(folder.filePath(session + QStringLiteral(".gpkg"))))
            QFile::remove(folder.filePath(name));
    }
    for (const QString &name : folder.entryList({QStringLiteral("session-*.lock")}, QDir::Files)) {
        const QString autosave = folder.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".gpkg"));
        if (QFileInfo::exists(autosave))
            continue;
        // Claiming a dead session's lock and letting it go removes the lock file.
        claim(autosave);
    }
}

AutosaveStore::~AutosaveStore() = default;

bool AutosaveStore::save(const Scenario &scenario, const QString &documentPath, QString *error)
{
    if (!isUsable()) {
        *error = m_error;
        return false;
    }
    return ScenarioFile::save(scenario, m_ownPath, error, {{QString::fromLatin1(documentPathKey), documentPath}});
}

std::unique_ptr<QLockFile> AutosaveStore::claim(const QString &autosavePath) const
{
    if (QFileInfo(autosavePath).absoluteFilePath() == m_ownPath)
        return nullptr;
    auto lock = std::make_unique<QLockFile>(lockPathFor(autosavePath));
    lock->setStaleLockTime(0);
    // Succeeds when there is no lock file, or when its process no longer runs (QLockFile removes stale ones).
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

std::vector<RecoverableScenario> AutosaveStore::recoverable() const
{
    std::vector<RecoverableScenario> entries;
    const QFileInfoList files = QDir(m_directory).entryInfoList({QStringLiteral("session-*.gpkg")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const std::unique_ptr<QLockFile> lock = claim(file.absoluteFilePath());
        if (!lock)
            continue;
        const QHash<QString, QString> metadata = ScenarioFile::metadata(file.absoluteFilePath());
        entries.push_back({file.absoluteFilePath(), metadata.value(QString::fromLatin1(ScenarioFile::nameKey)),
                           metadata.value(QString::fromLatin1(documentPathKey)), file.lastModified()});
    }
    std::sort(entries.begin(), entries.end(),
              [](const RecoverableScenario &a, const RecoverableScenario &b) { return a.savedAt > b.savedAt; });
    return entries;
}

std::optional<Scenario> AutosaveStore::recover(const RecoverableScenario &entry, QStringList *errors)
{
    const std::unique_ptr<QLockFile> lock = claim(entry.path);
    if (!lock) {
        *errors << tr("%1: the session that wrote this autosave is still running")
                           .arg(QFileInfo(entry.path).fileName());
        return std::nullopt;
    }
    std::optional<Scenario> scenario = ScenarioFile::open(entry.path, errors);
    if (!scenario)
        return std::nullopt;
    if (isUsable()
        && std::rename(QFile::encodeName(entry.path).constData(), QFile::encodeName(m_ownPath).constData()) != 0)
        *errors << tr("%1: recovered, but it could not become this session's autosave")
                           .arg(QFileInfo(entry.path).fileName());
    return scenario;
}

bool AutosaveStore::discard(const RecoverableScenario &entry, QString *error)
{
    const std::unique_ptr<QLockFile> lock = claim(entry.path);
    if (!lock) {
        *error = tr("%1: the session that wrote this autosave is still running").arg(QFileInfo(entry.path).fileName());
        return false;
    }
    if (QFileInfo::exists(entry.path) && !QFile::remove(entry.path)) {
        *error = tr("%1: cannot delete the autosave").arg(QFileInfo(entry.path).fileName());
        return false;
    }
    return true;
}

void AutosaveStore::removeOwn()
{
    if (!m_ownPath.isEmpty() && QFileInfo::exists(m_ownPath) && !QFile::remove(m_ownPath))
        qCWarning(lcScenario) << "cannot remove this session's autosave" << m_ownPath
                              << "; it will be offered for recovery after the next start";
}

} // namespace sk
