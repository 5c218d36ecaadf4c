// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/scenario/scenario.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace sk {

// An autosave left behind by a session that ended without cleaning up (crashed or killed).
struct RecoverableScenario
{
    QString path; // the autosave file
    QString scenarioName;
    QString documentPath; // the file the scenario was opened from or saved to; empty if it never was
    QDateTime savedAt;
};

// This session's autosave, and the ones crashed sessions left, in one folder. Each session holds a lock file
// ("session-<pid>-<start>.lock") next to its autosave ("session-<pid>-<start>.gpkg") for as long as it runs, so an
// autosave whose lock is gone or stale (its process no longer runs) belongs to nobody and can be recovered.
// A session killed while saving also leaves a hidden temporary GeoPackage (".session-….gpkg", with SQLite's side
// files) and, before its first save completed, a lock without an autosave: the next session removes both.
class AutosaveStore
{
    Q_DECLARE_TR_FUNCTIONS(sk::AutosaveStore)

public:
    // `directory` is created when missing; the app passes AppDataLocation + "/autosave".
    explicit AutosaveStore(const QString &directory);
    ~AutosaveStore();
    AutosaveStore(const AutosaveStore &) = delete;
    AutosaveStore &operator=(const AutosaveStore &) = delete;

    // False when the folder cannot be created or locked; save() then fails with that reason.
    bool isUsable() const { return m_error.isEmpty(); }
    QString ownPath() const { return m_ownPath; }

    // Atomically replaces this session's autosave; `documentPath` is kept so the recovered scenario knows its file.
    bool save(const Scenario &scenario, const QString &documentPath, QString *error);
    // Autosaves of sessions that are no longer running, newest first; never this session's, never a live one's.
    std::vector<RecoverableScenario> recoverable() const;
    // Opens a recoverable autosave and makes it this session's autosave (so it is protected again until the
    // session ends cleanly); the crashed session's files are gone afterwards. Meant for startup: it replaces
    // whatever this session has autosaved so far.
    std::optional<Scenario> recover(const RecoverableScenario &entry, QStringList *errors);
    // Deletes a recoverable autosave for good.
    bool discard(const RecoverableScenario &entry, QString *error);
    // On clean exit: this session's autosave is no longer needed.
    void removeOwn();

    static constexpr const char *documentPathKey = "SERVICEKARTA_DOCUMENT_PATH";

private:
    // Takes the lock of another session's autosave; null while that session still runs.
    std::unique_ptr<QLockFile> claim(const QString &autosavePath) const;
    // Removes what sessions that no longer run left half-done: temporary files of an unfinished save, and locks
    // with no autosave to protect.
    void removeDebris() const;

    QString m_directory;
    QString m_ownPath;
    std::unique_ptr<QLockFile> m_lock;
    QString m_error;
};

} // namespace sk
