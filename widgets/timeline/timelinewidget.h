// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/publishedcounts.h"
#include "geodata/offices/rollout.h"

#include <QIcon>
#include <QPointer>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QToolButton;

namespace sk {

class TimelineController;
class TimelineSlider;

// The timeline bar under the map: play/pause, the slider, the current date, looping, speed and step mode, all bound
// to a TimelineController that owns the state.
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    explicit TimelineWidget(TimelineController *controller, QWidget *parent = nullptr);

    void setController(TimelineController *controller);
    TimelineController *controller() const { return m_controller; }
    void setPhaseBands(std::vector<PhaseBand> bands);
    // Published office counts beside the data's range, marked on the track.
    void setPublishedCounts(std::vector<PublishedCountCheck> checks);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setSpeed(int index);
    void retranslate();
    void updateIcons();
    void updatePlayButton();
    void updateDateLabel();
    void updateDateLabelWidth();
    void updateSpeedCombo();
    void updateStepModeCombo();

    QPointer<TimelineController> m_controller;
    QIcon m_playIcon;
    QIcon m_pauseIcon;
    QToolButton *m_playButton = nullptr;
    TimelineSlider *m_slider = nullptr;
    QLabel *m_dateLabel = nullptr;
    QToolButton *m_loopButton = nullptr;
    QComboBox *m_speedCombo = nullptr;
    QComboBox *m_stepModeCombo = nullptr;
};

} // namespace sk
