// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "markerlayoutjob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sk {

MarkerLayoutJob::MarkerLayoutJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<std::vector<MarkerPlacement>>::finished, this, &MarkerLayoutJob::finished);
}

MarkerLayoutJob::~MarkerLayoutJob()
{
    m_watcher.waitForFinished();
}

void MarkerLayoutJob::request(MarkerPositions positions, const MapViewport &viewport, size_t officeCount,
                              quint64 sceneSerial)
{
    Request next{std::move(positions), viewport, officeCount, sceneSerial, ++m_requestedSerial};
    m_latest = Request{{}, next.viewport, next.officeCount, next.sceneSerial, next.serial};
    m_latest.positions.metresPerPixel = next.positions.metresPerPixel;
    m_latest.positions.markerSize = next.positions.markerSize;
    if (m_running) {
        m_waiting = std::move(next);
        return;
    }
    if (officeCount < backgroundFromOffices) {
        accept(next, MarkerLayout::layout(next.positions));
        return;
    }
    start(std::move(next));
}

void MarkerLayoutJob::start(Request request)
{
    m_running = true;
    m_runningRequest = std::move(request);
    // The worker gets its own copy of the positions: the GUI may replace the office list meanwhile.
    m_watcher.setFuture(
            QtConcurrent::run([positions = m_runningRequest.positions] { return MarkerLayout::layout(positions); }));
}

bool MarkerLayoutJob::sameSceneAndScale(const Request &a, const Request &b) const
{
    return a.sceneSerial == b.sceneSerial && a.officeCount == b.officeCount
            && a.positions.metresPerPixel == b.positions.metresPerPixel
            && a.positions.markerSize == b.positions.markerSize;
}

void MarkerLayoutJob::accept(const Request &request, std::vector<MarkerPlacement> placements)
{
    m_placements = std::move(placements);
    m_placementsViewport = request.viewport;
    m_placementsOfficeCount = request.officeCount;
    m_finishedSerial = request.serial;
}

void MarkerLayoutJob::finished()
{
    m_running = false;
    std::vector<MarkerPlacement> result = m_watcher.result();
    const bool stale = !sameSceneAndScale(m_runningRequest, m_latest);
    if (!stale)
        accept(m_runningRequest, std::move(result));
    if (m_waiting) {
        Request next = std::move(*m_waiting);
        m_waiting.reset();
        if (next.officeCount < backgroundFromOffices)
            accept(next, MarkerLayout::layout(next.positions));
        else
            start(std::move(next));
    }
    if (!stale || !m_running)
        Q_EMIT ready();
}

std::vector<MarkerPlacement> MarkerLayoutJob::placementsFor(const MapViewport &viewport, size_t officeCount) const
{
    if (m_placementsOfficeCount != officeCount)
        return {};
    std::vector<MarkerPlacement> moved = m_placements;
    if (m_placementsViewport == viewport)
        return moved;
    for (MarkerPlacement &placement : moved)
        placement.screen = viewport.worldToScreen(m_placementsViewport.screenToWorld(placement.screen));
    return moved;
}

} // namespace sk
