// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QGeoCoordinate>
#include <QGeoPositionInfoSource>
#include <QObject>
#include <QPointer>
#include <QString>

class QFile;

namespace sk {

// Follows a moving position: the system's QGeoPositionInfoSource when the platform has one, or an NMEA log
// replayed through QNmeaPositionInfoSource at the pace of its own timestamps (a recorded drive, a GPS logger's file).
class PositionFollower : public QObject
{
    Q_OBJECT

public:
    explicit PositionFollower(QObject *parent = nullptr);
    ~PositionFollower() override;

    static bool systemSourceAvailable();

    // Each replaces what was followed before; false with *error set when it cannot start.
    bool followSystem(QString *error);
    bool replayNmea(const QString &path, QString *error);
    void stop();

    bool isFollowing() const { return m_source != nullptr; }
    // What is followed, for the panel: the system source's name or the log's file name.
    const QString &sourceName() const { return m_sourceName; }
    QGeoCoordinate lastPosition() const { return m_lastPosition; }

Q_SIGNALS:
    void positionChanged(const QGeoCoordinate &coordinate);
    // Following ended on its own (the source failed); `reason` says why.
    void stopped(const QString &reason);

private:
    void start(QGeoPositionInfoSource *source, const QString &name);

    QPointer<QGeoPositionInfoSource> m_source;
    QFile *m_log = nullptr;
    QString m_sourceName;
    QGeoCoordinate m_lastPosition;
};

} // namespace sk
