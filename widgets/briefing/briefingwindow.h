// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"
#include "geodata/offices/officefilter.h"

#include <QDate>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace sk {

class MapWidget;
class NotesPanel;
class TimelineController;

// Full-screen briefing mode: only the map, in large type, with title, date, counts and a compact legend drawn on it.
// Clicker and keyboard drive the shared timeline (→/PgDn next step, ←/PgUp previous, Space play/pause,
// Home/End, S months/phases, D theme); offices that open in a step are emphasised. Speaker notes (the written
// briefing for the step) go to a second screen when there is one; with a single screen N switches to a presenter
// view (the map beside the notes) and back, so the notes never cover the audience's map. The notes follow the
// map's light or dark style. Esc leaves.
class BriefingWindow : public QWidget
{
    Q_OBJECT

public:
    BriefingWindow(const Atlas &atlas, TimelineController *timeline, bool dark, QWidget *parent = nullptr);

    MapWidget *mapWidget() const { return m_map; }
    NotesPanel *notes() const { return m_notes; }
    bool isDark() const { return m_dark; }
    QString hintText() const;
    // The atlas's offices changed (a scenario edit): show them at the current date.
    void refresh();
    // The offices the main window's filter shows, and the scenario notice while a scenario is open.
    void setFilter(const OfficeFilter &filter);
    void setScenarioNotice(const QString &name, const QString &source);
    // Single screen: the map and the speaker notes side by side for the presenter, instead of the audience's map.
    bool isPresenterView() const { return m_presenterView; }
    bool notesOnOwnScreen() const { return m_notesOnOwnScreen; }
    void setPresenterView(bool on);

Q_SIGNALS:
    void closed();
    void darkChanged(bool dark);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDate(QDate date);
    void setDark(bool dark);

    const Atlas &m_atlas;
    TimelineController *m_timeline;
    MapWidget *m_map;
    QDate m_shownDate;
    bool m_dark = false;
    QLabel *m_hint;
    NotesPanel *m_notes;
    bool m_notesOnOwnScreen = false;
    bool m_presenterView = false;
    OfficeFilter m_filter;
    QTimer m_hintTimer;
};

} // namespace sk
