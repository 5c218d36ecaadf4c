// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "timelinewidget.h"

#include "geodata/offices/timelinesteps.h"

#include "widgets/timeline/timelinecontroller.h"
#include "widgets/timeline/timelineslider.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

#include <array>
#include <cstdlib>

namespace sk {

namespace {

constexpr std::array<double, 4> playbackSpeeds{0.5, 1.0, 2.0, 4.0};

int frameIntervalFor(double speed)
{
    return qRound(TimelineController::defaultFrameInterval / speed);
}

// Built-in standard icons are drawn for light backgrounds; their shape in the button text colour suits any palette.
QIcon paletteIcon(const QIcon &icon, const QPalette &palette)
{
    QIcon tinted;
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
        const QColor colour
                = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, QPalette::ButtonText);
        for (const int extent : {16, 24, 32, 48}) {
            QPixmap pixmap = icon.pixmap(QSize(extent, extent), 1.0);
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), colour);
            painter.end();
            tinted.addPixmap(pixmap, mode);
        }
    }
    return tinted;
}

QString dateText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : TimelineWidget(nullptr, parent)
{ }

TimelineWidget::TimelineWidget(TimelineController *controller, QWidget *parent)
    : QWidget(parent)
{
    m_playButton = new QToolButton(this);
    m_playButton->setObjectName(QStringLiteral("playButton"));
    m_playButton->setAutoRaise(true);
    m_playButton->setIconSize(QSize(20, 20));
    connect(m_playButton, &QToolButton::clicked, this, [this] {
        if (m_controller)
            m_controller->togglePlayback();
    });

    m_slider = new TimelineSlider(this);
    m_slider->setObjectName(QStringLiteral("timelineSlider"));

    m_dateLabel = new QLabel(this);
    m_dateLabel->setObjectName(QStringLiteral("dateLabel"));
    m_dateLabel->setAlignment(Qt::AlignCenter);
    QFont dateFont = m_dateLabel->font();
    dateFont.setBold(true);
    m_dateLabel->setFont(dateFont);

    m_loopButton = new QToolButton(this);
    m_loopButton->setObjectName(QStringLiteral("loopButton"));
    m_loopButton->setCheckable(true);
    m_loopButton->setAutoRaise(true);
    connect(m_loopButton, &QToolButton::toggled, this, [this](bool looping) {
        if (m_controller)
            m_controller->setLooping(looping);
    });

    m_speedCombo = new QComboBox(this);
    m_speedCombo->setObjectName(QStringLiteral("speedCombo"));
    for (double speed : playbackSpeeds)
        m_speedCombo->addItem(QString(), frameIntervalFor(speed));
    connect(m_speedCombo, &QComboBox::currentIndexChanged, this, &TimelineWidget::setSpeed);

    m_stepModeCombo = new QComboBox(this);
    m_stepModeCombo->setObjectName(QStringLiteral("stepModeCombo"));
    m_stepModeCombo->addItem(QString(), QVariant::fromValue(TimelineController::StepMode::Month));
    m_stepModeCombo->addItem(QString(), QVariant::fromValue(TimelineController::StepMode::Phase));
    connect(m_stepModeCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_controller)
            m_controller->setStepMode(m_stepModeCombo->currentData().value<TimelineController::StepMode>());
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->setSpacing(6);
    layout->addWidget(m_playButton);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_dateLabel);
    layout->addSpacing(6);
    layout->addWidget(m_loopButton);
    layout->addWidget(m_speedCombo);
    layout->addWidget(m_stepModeCombo);
    setFocusProxy(m_slider);

    retranslate();
    updateIcons();
    setController(controller);
}

void TimelineWidget::setController(TimelineController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_slider->setController(controller);
    for (QWidget *control : std::initializer_list<QWidget *>{m_playButton, m_loopButton, m_speedCombo, m_stepModeCombo})
        control->setEnabled(controller != nullptr);
    if (controller) {
        connect(controller, &TimelineController::dateChanged, this, &TimelineWidget::updateDateLabel);
        connect(controller, &TimelineController::playingChanged, this, &TimelineWidget::updatePlayButton);
        connect(controller, &TimelineController::loopingChanged, m_loopButton, &QToolButton::setChecked);
        connect(controller, &TimelineController::frameIntervalChanged, this, &TimelineWidget::updateSpeedCombo);
        connect(controller, &TimelineController::stepModeChanged, this, &TimelineWidget::updateStepModeCombo);
        m_loopButton->setChecked(controller->isLooping());
    }
    updatePlayButton();
    updateDateLabel();
    updateSpeedCombo();
    updateStepModeCombo();
}

void TimelineWidget::setPublishedCounts(std::vector<PublishedCountCheck> checks)
{
    m_slider->setPublishedCounts(std::move(checks));
}

void TimelineWidget::setPhaseBands(std::vector<PhaseBand> bands)
{
    m_slider->setPhaseBands(std::move(bands));
}

void TimelineWidget::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange:
        retranslate();
        break;
    case QEvent::LocaleChange:
        retranslate();
        updateDateLabel();
        break;
    case QEvent::FontChange:
        updateDateLabelWidth();
        break;
    case QEvent::StyleChange:
    case QEvent::PaletteChange:
        updateIcons();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void TimelineWidget::setSpeed(int index)
{
    if (m_controller && index >= 0)
        m_controller->setFrameInterval(m_speedCombo->itemData(index).toInt());
}

void TimelineWidget::retranslate()
{
    m_loopButton->setToolTip(tr("Loop playback"));
    m_loopButton->setAccessibleName(tr("Loop playback"));
    for (int index = 0; index < m_speedCombo->count(); ++index)
        m_speedCombo->setItemText(index, tr("%1×").arg(QLocale().toString(playbackSpeeds[index])));
    m_speedCombo->setToolTip(tr("Playback speed"));
    m_speedCombo->setAccessibleName(tr("Playback speed"));
    m_stepModeCombo->setItemText(0, tr("Months"));
    m_stepModeCombo->setItemText(1, tr("Phases"));
    m_stepModeCombo->setToolTip(tr("Step playback by month or from phase to phase"));
    m_stepModeCombo->setAccessibleName(tr("Step by"));
    m_dateLabel->setAccessibleName(tr("Date shown"));
    updatePlayButton();
    updateDateLabelWidth();
}

void TimelineWidget::updatePlayButton()
{
    const bool playing = m_controller && m_controller->isPlaying();
    const QString shortcut = QKeySequence(Qt::Key_Space).toString(QKeySequence::NativeText);
    const QString action = playing ? tr("Pause") : tr("Play");
    m_playButton->setIcon(playing ? m_pauseIcon : m_playIcon);
    m_playButton->setToolTip(tr("%1 (%2)").arg(action, shortcut));
    m_playButton->setAccessibleName(action);
}

void TimelineWidget::updateIcons()
{
    m_playIcon = paletteIcon(style()->standardIcon(QStyle::SP_MediaPlay), palette());
    m_pauseIcon = paletteIcon(style()->standardIcon(QStyle::SP_MediaPause), palette());
    m_loopButton->setIcon(paletteIcon(
            QIcon::fromTheme(QStringLiteral("media-playlist-repeat"), style()->standardIcon(QStyle::SP_BrowserReload)),
            palette()));
    updatePlayButton();
}

void TimelineWidget::updateDateLabel()
{
    const QDate date = m_controller ? m_controller->date() : QDate();
    m_dateLabel->setText(date.isValid() ? dateText(date) : QString());
}

// Wide enough for the longest date of the locale, so that the slider does not shift as the months go by.
void TimelineWidget::updateDateLabelWidth()
{
    const QFontMetrics metrics(m_dateLabel->font());
    int width = 0;
    for (int month = 1; month <= 12; ++month) {
        width = std::max(width, metrics.horizontalAdvance(dateText(TimelineSteps::monthEnd(QDate(2000, month, 1)))));
    }
    m_dateLabel->setMinimumWidth(width + 8);
}

void TimelineWidget::updateSpeedCombo()
{
    if (!m_controller)
        return;
    const int interval = m_controller->frameInterval();
    int closest = 0;
    for (int index = 1; index < m_speedCombo->count(); ++index) {
        if (std::abs(m_speedCombo->itemData(index).toInt() - interval)
            < std::abs(m_speedCombo->itemData(closest).toInt() - interval))
            closest = index;
    }
    const QSignalBlocker blocker(m_speedCombo);
    m_speedCombo->setCurrentIndex(closest);
}

void TimelineWidget::updateStepModeCombo()
{
    if (!m_controller)
        return;
    const QSignalBlocker blocker(m_stepModeCombo);
    m_stepModeCombo->setCurrentIndex(m_stepModeCombo->findData(QVariant::fromValue(m_controller->stepMode())));
}

} // namespace sk
