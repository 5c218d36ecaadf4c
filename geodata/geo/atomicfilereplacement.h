// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace sk {

// Replaces a file so that it is either the old file or the complete new one, never half of each, also after a
// crash or a power cut: write to temporaryPath() (same folder, hidden, same suffix so that GDAL picks the right
// format), then commit(): fsync, rename over the target, fsync the folder. Destroyed without a successful commit,
// it removes the temporary file and leaves the target untouched.
class AtomicFileReplacement
{
    Q_DECLARE_TR_FUNCTIONS(sk::AtomicFileReplacement)

public:
    explicit AtomicFileReplacement(const QString &targetPath);
    ~AtomicFileReplacement();
    AtomicFileReplacement(const AtomicFileReplacement &) = delete;
    AtomicFileReplacement &operator=(const AtomicFileReplacement &) = delete;

    // False, with *error naming the file, when the folder is missing or no temporary name is free.
    bool prepare(QString *error);
    QString targetPath() const { return m_targetPath; }
    QString temporaryPath() const { return m_temporaryPath; }
    bool commit(QString *error);

    // Writes `contents` to `path` in one go: through a temporary file when the target is a regular file or new, so
    // that a failure leaves the old file as it was; straight into a device or pipe (/dev/stdout). False with *error
    // naming the file and the system's reason ("No space left on device").
    static bool writeFile(const QString &path, const QByteArray &contents, QString *error);

private:
    QString m_targetPath;
    QString m_temporaryPath;
    bool m_committed = false;
};

} // namespace sk
