// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"

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
// briefing for the step) go to a second screen when there is one, otherwise N shows them over the map. Esc leaves.
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
    QTimer m_hintTimer;
};

} // namespace sk
