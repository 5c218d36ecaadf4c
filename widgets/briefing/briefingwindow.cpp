// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/briefing/briefingwindow.h"

#include "widgets/briefing/notespanel.h"
#include "widgets/map/mapwidget.h"
#include "widgets/scene/mapscenebuilder.h"
#include "widgets/timeline/timelinecontroller.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

namespace sk {

BriefingWindow::BriefingWindow(const Atlas &atlas, TimelineController *timeline, bool dark, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_atlas(atlas)
    , m_timeline(timeline)
    , m_map(new MapWidget(this))
    , m_hint(new QLabel(m_map))
    , m_notes(new NotesPanel(this))
{
    setWindowTitle(tr("Servicekarta briefing"));
    setAttribute(Qt::WA_DeleteOnClose);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_map);
    // Keys belong to the briefing, not to the map's panning.
    m_map->setFocusPolicy(Qt::NoFocus);
    m_map->installEventFilter(this);
    m_map->setTextScale(1.8);
    MapScene::Decorations decorations;
    decorations.compactLegend = true;
    m_map->setDecorations(decorations);
    m_map->setBaseLayers(&atlas.baseMap(), &atlas.boundaries(), atlas.reference().municipalityCount());
    setDark(dark);
    m_hint->setText(hintText());
    m_hint->setStyleSheet(
            QStringLiteral("QLabel { background: rgba(20, 24, 30, 200); color: white; padding: 10px 16px; "
                           "border-radius: 8px; font-size: 15px; }"));
    m_hint->adjustSize();
    m_hintTimer.setSingleShot(true);
    m_hintTimer.setInterval(5000);
    connect(&m_hintTimer, &QTimer::timeout, m_hint, &QLabel::hide);
    m_hintTimer.start();
    m_notes->setAtlas(atlas);
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *presenting = QGuiApplication::screenAt(parent ? parent->geometry().center() : QPoint());
    for (QScreen *screen : screens) {
        if (screen != (presenting ? presenting : QGuiApplication::primaryScreen())) {
            m_notesOnOwnScreen = true;
            m_notes->setWindowFlag(Qt::Window);
            m_notes->setWindowTitle(tr("Speaker notes"));
            m_notes->setGeometry(screen->availableGeometry());
            m_notes->show();
            break;
        }
    }
    if (!m_notesOnOwnScreen) {
        m_notes->setParent(m_map);
        m_notes->setAutoFillBackground(true);
        m_notes->hide();
    }
    connect(m_timeline, &TimelineController::dateChanged, this, &BriefingWindow::showDate);
    showDate(m_timeline->date());
}

QString BriefingWindow::hintText() const
{
    return tr("→ / Page Down next step · ← / Page Up previous · Space play · S months/phases · D dark/light · "
              "N notes · Esc leave");
}

void BriefingWindow::showDate(QDate date)
{
    const MapScene scene = MapSceneBuilder::build(m_atlas, date);
    QSet<QString> opened;
    if (m_shownDate.isValid() && date > m_shownDate) {
        const std::vector<OfficeState> before = m_atlas.rollout().statesAt(m_shownDate);
        const std::vector<Office> &offices = m_atlas.rollout().offices();
        for (size_t i = 0; i < offices.size(); ++i) {
            if (scene.states[i].status == OfficeStatus::Open && before[i].status != OfficeStatus::Open)
                opened.insert(offices[i].id);
        }
    }
    m_notes->showStep(m_shownDate.isValid() && m_shownDate < date ? m_shownDate : date.addMonths(-1), date);
    m_shownDate = date;
    m_map->setTitle(tr("State service offices — %1").arg(m_notes->phaseStepTitle(date)));
    m_map->setOffices(scene.offices, scene.states, scene.counts, date);
    m_map->setPublishedCount(scene.published);
    m_map->setEmphasisedOffices(opened);
}

void BriefingWindow::refresh()
{
    m_shownDate = QDate(); // the old states belong to another office list: nothing "opened" to ripple
    m_notes->setAtlas(m_atlas);
    showDate(m_timeline->date());
}

void BriefingWindow::setDark(bool dark)
{
    m_dark = dark;
    m_map->setStyle(dark ? MapStyle::dark() : MapStyle::light());
}

void BriefingWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Down:
        m_timeline->stepForward();
        break;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Up:
        m_timeline->stepBackward();
        break;
    case Qt::Key_Space:
        m_timeline->togglePlayback();
        break;
    case Qt::Key_Home:
        m_timeline->goToStart();
        break;
    case Qt::Key_End:
        m_timeline->goToEnd();
        break;
    case Qt::Key_S:
        m_timeline->setStepMode(m_timeline->stepMode() == TimelineController::StepMode::Month
                                        ? TimelineController::StepMode::Phase
                                        : TimelineController::StepMode::Month);
        break;
    case Qt::Key_D:
        setDark(!m_dark);
        Q_EMIT darkChanged(m_dark);
        break;
    case Qt::Key_N:
        if (!m_notesOnOwnScreen) {
            m_notes->setGeometry(m_map->width() / 2, m_map->height() / 6, m_map->width() / 2 - 24,
                                 m_map->height() * 2 / 3);
            m_notes->setVisible(!m_notes->isVisible());
            m_notes->raise();
        }
        break;
    case Qt::Key_Escape:
        close();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_hint->hide();
}

bool BriefingWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A click on the map advances like a clicker; a right click goes back.
    if (watched == m_map && event->type() == QEvent::Resize)
        m_hint->move((m_map->width() - m_hint->width()) / 2, m_map->height() - m_hint->height() - 40);
    if (watched == m_map && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::RightButton) {
            m_timeline->stepBackward();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BriefingWindow::closeEvent(QCloseEvent *event)
{
    m_timeline->pause();
    Q_EMIT closed();
    QWidget::closeEvent(event);
}

} // namespace sk
