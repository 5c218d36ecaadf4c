// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "positionfollower.h"

#include <QFile>
#include <QFileInfo>
#include <QNmeaPositionInfoSource>

namespace sk {

PositionFollower::PositionFollower(QObject *parent)
    : QObject(parent)
{ }

PositionFollower::~PositionFollower()
{
    stop();
}

bool PositionFollower::systemSourceAvailable()
{
    return !QGeoPositionInfoSource::availableSources().isEmpty();
}

bool PositionFollower::followSystem(QString *error)
{
    stop();
    QGeoPositionInfoSource *source = QGeoPositionInfoSource::createDefaultSource(this);
    if (!source) {
        *error = tr("This computer offers no position source.");
        return false;
    }
    start(source, source->sourceName());
    return true;
}

bool PositionFollower::replayNmea(const QString &path, QString *error)
{
    stop();
    auto *log = new QFile(path, this);
    if (!log->open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot be read: %2").arg(QFileInfo(path).fileName(), log->errorString());
        delete log;
        return false;
    }
    auto *source = new QNmeaPositionInfoSource(QNmeaPositionInfoSource::SimulationMode, this);
    source->setDevice(log);
    m_log = log;
    start(source, QFileInfo(path).fileName());
    return true;
}

void PositionFollower::start(QGeoPositionInfoSource *source, const QString &name)
{
    m_source = source;
    m_sourceName = name;
    connect(source, &QGeoPositionInfoSource::positionUpdated, this, [this](const QGeoPositionInfo &info) {
        if (!info.coordinate().isValid())
            return;
        m_lastPosition = info.coordinate();
        Q_EMIT positionChanged(m_lastPosition);
    });
    connect(source, &QGeoPositionInfoSource::errorOccurred, this, [this](QGeoPositionInfoSource::Error error) {
        if (error == QGeoPositionInfoSource::NoError || error == QGeoPositionInfoSource::UpdateTimeoutError)
            return; // a log that has ended or a fix that is late: keep the last position
        const QString reason = error == QGeoPositionInfoSource::AccessError ? tr("access to the position was refused")
                                                                            : tr("the position source stopped");
        stop();
        Q_EMIT stopped(reason);
    });
    source->startUpdates();
}

void PositionFollower::stop()
{
    if (m_source) {
        m_source->stopUpdates();
        m_source->deleteLater();
    }
    m_source = nullptr;
    if (m_log) {
        m_log->deleteLater();
        m_log = nullptr;
    }
    m_sourceName.clear();
}

} // namespace sk
