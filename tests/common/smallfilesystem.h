// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

// A 64 KiB tmpfs mounted for one test, to fill a disk for real; unmounted when destroyed. Mounting needs root and
// the right to mount (not given in most containers): isMounted() is false then and whyNot() says what mount said.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace sktest {

class SmallFileSystem
{
public:
    explicit SmallFileSystem(const QString &size = QStringLiteral("64k"))
    {
        if (!m_mountPoint.isValid()) {
            m_whyNot = QStringLiteral("no temporary folder for the mount point");
            return;
        }
        QProcess mount;
        mount.start(QStringLiteral("mount"),
                    {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                     QStringLiteral("size=%1").arg(size), QStringLiteral("servicekarta-test"), m_mountPoint.path()});
        if (!mount.waitForFinished(10000) || mount.exitStatus() != QProcess::NormalExit || mount.exitCode() != 0) {
            m_whyNot = QStringLiteral("cannot mount a %1 tmpfs (needs root and mount rights): %2")
                               .arg(size, QString::fromLocal8Bit(mount.readAllStandardError()).trimmed());
            return;
        }
        m_mounted = true;
    }
    ~SmallFileSystem()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {m_mountPoint.path()});
    }
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;

    bool isMounted() const { return m_mounted; }
    QString whyNot() const { return m_whyNot; }
    QString filePath(const QString &name) const { return m_mountPoint.filePath(name); }
    QString path() const { return m_mountPoint.path(); }
    bool write(const QString &name, const QByteArray &contents) const
    {
        QFile file(filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size() && file.flush();
    }
    QByteArray read(const QString &name) const
    {
        QFile file(filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    // Every file on it, hidden ones (a temporary file left behind) included.
    QStringList files() const { return QDir(path()).entryList(QDir::Files | QDir::Hidden, QDir::Name); }

private:
    QTemporaryDir m_mountPoint;
    QString m_whyNot;
    bool m_mounted = false;
};

} // namespace sktest
