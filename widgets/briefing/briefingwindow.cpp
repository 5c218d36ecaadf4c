// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "briefingwindow.h"

#include "widgets/briefing/notespanel.h"
#include "widgets/map/mapwidget.h"
#include "widgets/scene/mapscenebuilder.h"
#include "widgets/timeline/timelinecontroller.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>

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
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_map, 3);
    // Keys belong to the briefing, not to the map's panning.
    m_map->setFocusPolicy(Qt::NoFocus);
    m_map->installEventFilter(this);
    m_map->setTextScale(1.8);
    MapScene::Decorations decorations;
    decorations.compactLegend = true;
    m_map->setDecorations(decorations);
    m_map->setBaseLayers(&atlas.baseMap(), &atlas.boundaries(), atlas.reference().municipalityCount());
    m_map->setPlaceNames(&atlas.placeNames());
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
        layout->addWidget(m_notes, 2);
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
    const MapScene scene = MapSceneBuilder::build(m_atlas, date, m_filter);
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
    m_map->setFilterDescription(scene.filterDescription, scene.municipalityTotal);
    m_map->setPublishedCount(scene.published);
    m_map->setEmphasisedOffices(opened);
}

void BriefingWindow::setFilter(const OfficeFilter &filter)
{
    m_filter = filter;
    m_shownDate = QDate(); // another set of offices: nothing "opened" to ripple
    showDate(m_timeline->date());
}

void BriefingWindow::setScenarioNotice(const QString &name, const QString &source)
{
    m_map->setScenarioNotice(name, source);
}

void BriefingWindow::setPresenterView(bool on)
{
    if (m_notesOnOwnScreen || on == m_presenterView)
        return;
    m_presenterView = on;
    m_notes->setVisible(on);
    // The presenter's map is narrower: smaller type keeps the date and the legend whole.
    m_map->setTextScale(on ? 1.2 : 1.8);
    m_hint->setText(on ? tr("Presenter view: the notes are beside the map · N back to the audience view") : hintText());
    m_hint->adjustSize();
    m_hint->move((m_map->width() - m_hint->width()) / 2, m_map->height() - m_hint->height() - 40);
    m_hint->setVisible(on);
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
    const MapStyle style = dark ? MapStyle::dark() : MapStyle::light();
    m_map->setStyle(style);
    m_notes->setStyleSheet(QStringLiteral("QTextBrowser { background: %1; color: %2; border: none; "
                                          "border-left: 1px solid %3; padding: 16px; font-size: 18px; }")
                                   .arg(style.panel.name(), style.text.name(), style.panelBorder.name()));
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
        setPresenterView(!m_presenterView);
        return;
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
