// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/scene/mapviewport.h"
#include "widgets/scene/markerlayout.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>
#include <vector>

namespace sk {

// The marker layout of the map's current view. With many offices it is computed on a worker thread so that
// panning and timeline steps stay interactive: until it is ready the last layout is shown, moved to the new view.
// A request made while one runs waits for it and replaces any earlier waiting one. A finished layout of another
// scene (offices, date, marker size) or scale than the latest request is stale and dropped; one that differs only
// by a pan is kept, moved, until the newer one is ready.
class MarkerLayoutJob : public QObject
{
    Q_OBJECT

public:
    // From this many offices on, the layout runs off the GUI thread.
    static constexpr size_t backgroundFromOffices = 20000;

    explicit MarkerLayoutJob(QObject *parent = nullptr);
    ~MarkerLayoutJob() override;

    // Lays out `positions` (computed for `viewport` from a list of `officeCount` offices in the scene numbered
    // `sceneSerial`): at once when there are few, else in the background (ready() is emitted when done).
    void request(MarkerPositions positions, const MapViewport &viewport, size_t officeCount, quint64 sceneSerial);
    bool isRunning() const { return m_running; }
    // The latest finished layout, its screen positions moved to `viewport`; empty when that layout belongs to an
    // office list of another length (its indices would not fit).
    std::vector<MarkerPlacement> placementsFor(const MapViewport &viewport, size_t officeCount) const;
    // The latest finished layout as computed, and the view it was computed for.
    const std::vector<MarkerPlacement> &placements() const { return m_placements; }
    const MapViewport &placementsViewport() const { return m_placementsViewport; }
    // True when the layout shown belongs to the latest request.
    bool isCurrent() const { return m_finishedSerial == m_requestedSerial; }

Q_SIGNALS:
    void ready();

private:
    struct Request
    {
        MarkerPositions positions;
        MapViewport viewport;
        size_t officeCount = 0;
        quint64 sceneSerial = 0;
        quint64 serial = 0;
    };
    void start(Request request);
    void finished();
    void accept(const Request &request, std::vector<MarkerPlacement> placements);
    bool sameSceneAndScale(const Request &a, const Request &b) const;

    QFutureWatcher<std::vector<MarkerPlacement>> m_watcher;
    bool m_running = false;
    Request m_runningRequest;
    std::optional<Request> m_waiting;
    Request m_latest;
    quint64 m_requestedSerial = 0;
    quint64 m_finishedSerial = 0;
    std::vector<MarkerPlacement> m_placements;
    MapViewport m_placementsViewport;
    size_t m_placementsOfficeCount = 0;
};

} // namespace sk
