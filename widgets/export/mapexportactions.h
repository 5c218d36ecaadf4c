// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/officefilter.h"

#include "widgets/scene/mapscene.h"

#include <QObject>

#include <functional>

class QAction;
class QPrinter;
class QWidget;

namespace sk {

class Atlas;
class MapWidget;
class TimelineController;

// The ways a map leaves the window: the current view as PNG, PDF or SVG (asked for by ExportDialog), a frame
// sequence of the timeline, printing and print preview, all painted by the map widget's renderer.
class MapExportActions : public QObject
{
    Q_OBJECT

public:
    // `atlas`, `map` and `timeline` must outlive this object; dialogs open over `window`.
    MapExportActions(const Atlas &atlas, MapWidget *map, TimelineController *timeline, QWidget *window);

    QAction *exportMapAction() const { return m_exportMap; }
    QAction *exportFramesAction() const { return m_exportFrames; }
    QAction *printAction() const { return m_print; }
    QAction *printPreviewAction() const { return m_printPreview; }

    // The text a PDF export adds on a page after the map (the briefing notes for the date).
    void setPdfSummary(std::function<QString()> summary) { m_pdfSummary = std::move(summary); }
    // The office filter the frame sequence applies to every date, as the map does.
    void setFilter(const OfficeFilter &filter) { m_filter = filter; }

public Q_SLOTS:
    void exportMap();
    void exportFrames();
    void print();
    void printPreview();

Q_SIGNALS:
    // A line for the status bar, shown for `timeout` milliseconds.
    void message(const QString &text, int timeout);

private:
    // The map as on screen, without the selection, which belongs to the session rather than to the picture.
    MapScene sceneForOutput() const;
    void paintOnPrinter(QPrinter *printer);

    const Atlas &m_atlas;
    MapWidget *m_map;
    TimelineController *m_timeline;
    QWidget *m_window;
    std::function<QString()> m_pdfSummary;
    OfficeFilter m_filter;
    QAction *m_exportMap;
    QAction *m_exportFrames;
    QAction *m_print;
    QAction *m_printPreview;
};

} // namespace sk
