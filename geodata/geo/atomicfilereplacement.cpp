// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "atomicfilereplacement.h"

#include "geodata/geo/datalogging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace sk {

namespace {

QString failure(const QString &path, const QString &what)
{
    return QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), what);
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// Flushes a file's or a folder's data and metadata to the disk; 0 on success, else the errno.
int syncToDisk(const QString &path, int flags)
{
    const int descriptor = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (descriptor < 0)
        return errno;
    const int result = ::fsync(descriptor) == 0 ? 0 : errno;
    ::close(descriptor);
    return result;
}

QString randomTag()
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString tag;
    for (int i = 0; i < 6; ++i)
        tag += QLatin1Char(letters[QRandomGenerator::global()->bounded(int(sizeof letters) - 1)]);
    return tag;
}

// Writes all of `contents` to `descriptor` and closes it; 0, or the errno of the first failure. Plain POSIX calls,
// as QFile reports some failures (a disk filling up mid-write) as "Unknown error".
int writeAllAndClose(int descriptor, const QByteArray &contents)
{
    int result = 0;
    qsizetype done = 0;
    while (done < contents.size()) {
        const ssize_t written = ::write(descriptor, contents.constData() + done, size_t(contents.size() - done));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            result = written < 0 ? errno : ENOSPC;
            break;
        }
        done += written;
    }
    if (::close(descriptor) != 0 && result == 0)
        result = errno;
    return result;
}

} // namespace

AtomicFileReplacement::AtomicFileReplacement(const QString &targetPath)
{
    // Replace what a symbolic link points to, not the link.
    const QFileInfo info(targetPath);
    m_targetPath = info.isSymLink() && info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
}

AtomicFileReplacement::~AtomicFileReplacement()
{
    if (!m_committed && !m_temporaryPath.isEmpty() && QFileInfo::exists(m_temporaryPath)
        && !QFile::remove(m_temporaryPath))
        qCWarning(lcData) << "cannot remove the unfinished temporary file" << m_temporaryPath;
}

bool AtomicFileReplacement::prepare(QString *error)
{
    const QFileInfo target(m_targetPath);
    const QDir folder = target.absoluteDir();
    if (!folder.exists()) {
        *error = failure(m_targetPath, tr("the folder %1 does not exist").arg(folder.path()));
        return false;
    }
    if (target.exists() && !target.isFile()) {
        *error = failure(m_targetPath, tr("exists and is not a file"));
        return false;
    }
    const QString suffix = target.suffix().isEmpty() ? QString() : QLatin1Char('.') + target.suffix();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString candidate
                = folder.filePath(QStringLiteral(".%1.%2%3").arg(target.completeBaseName(), randomTag(), suffix));
        if (!QFileInfo::exists(candidate)) {
            m_temporaryPath = candidate;
            return true;
        }
    }
    *error = failure(m_targetPath, tr("no free name for a temporary file in %1").arg(folder.path()));
    return false;
}

bool AtomicFileReplacement::commit(QString *error)
{
    if (m_temporaryPath.isEmpty() || !QFileInfo(m_temporaryPath).isFile()) {
        *error = failure(m_targetPath, tr("nothing was written"));
        return false;
    }
    if (QFileInfo::exists(m_targetPath))
        QFile::setPermissions(m_temporaryPath, QFile::permissions(m_targetPath));
    if (const int code = syncToDisk(m_temporaryPath, O_RDONLY)) {
        *error = failure(m_targetPath, tr("cannot flush to disk: %1").arg(systemError(code)));
        return false;
    }
    if (::rename(QFile::encodeName(m_temporaryPath).constData(), QFile::encodeName(m_targetPath).constData()) != 0) {
        *error = failure(m_targetPath, tr("cannot replace the file: %1").arg(systemError(errno)));
        return false;
    }
    m_committed = true;
    // The rename is done and the new file complete; a folder that refuses fsync (some network file systems) only
    // leaves the rename less durable, so that is not reported as a failed save.
    syncToDisk(QFileInfo(m_targetPath).absolutePath(), O_RDONLY | O_DIRECTORY);
    return true;
}

bool AtomicFileReplacement::writeFile(const QString &path, const QByteArray &contents, QString *error)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir()) {
        const int device = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
        const int code = device < 0 ? errno : writeAllAndClose(device, contents);
        if (code != 0) {
            *error = failure(path, AtomicFileReplacement::tr("cannot write: %1").arg(systemError(code)));
            return false;
        }
        return true;
    }
    AtomicFileReplacement replacement(path);
    if (!replacement.prepare(error))
        return false;
    const int file = ::open(QFile::encodeName(replacement.temporaryPath()).constData(),
                            O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    const int code = file < 0 ? errno : writeAllAndClose(file, contents);
    if (code != 0) {
        *error = failure(path, AtomicFileReplacement::tr("cannot write: %1").arg(systemError(code)));
        return false;
    }
    return replacement.commit(error);
}

} // namespace sk
