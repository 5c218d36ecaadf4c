// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "mapwidget.h"

#include "geodata/geo/projection.h"
#include "geodata/offices/officetext.h"
#include "widgets/scene/municipalityhittester.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QRegion>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>
#include <utility>

namespace sk {

namespace {
constexpr double zoomStep = 1.5;
constexpr int dragThreshold = 4;
} // namespace

MapWidget::MapWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    setAccessibleName(tr("Map of Sweden"));
    m_rerenderTimer.setSingleShot(true);
    m_rerenderTimer.setInterval(120);
    m_emphasisAnimation.setStartValue(0.0);
    m_emphasisAnimation.setEndValue(1.0);
    m_emphasisAnimation.setDuration(1400);
    m_emphasisAnimation.setEasingCurve(QEasingCurve::OutCubic);
    connect(&m_emphasisAnimation, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_scene.emphasisProgress = value.toDouble();
        update();
    });
    // Three pulses draw the eye to a search hit; the steady ring and the name stay until the user moves on.
    m_searchPulse.setStartValue(0.0);
    m_searchPulse.setEndValue(1.0);
    m_searchPulse.setDuration(900);
    m_searchPulse.setLoopCount(3);
    connect(&m_searchPulse, &QVariantAnimation::valueChanged, this, [this](const QVariant &value) {
        m_scene.searchPulse = value.toDouble();
        update();
    });
    connect(&m_searchPulse, &QVariantAnimation::finished, this, [this] {
        m_scene.searchPulse = 1.0;
        update();
    });
    connect(&m_rerenderTimer, &QTimer::timeout, this, [this] {
        renderBaseCache();
        update();
    });
    connect(&m_layoutJob, &MarkerLayoutJob::ready, this, [this] {
        m_placements = m_layoutJob.placementsFor(m_viewport, m_scene.offices ? m_scene.offices->size() : 0);
        update();
    });
}

void MapWidget::setBaseLayers(const BaseMap *baseMap, const AdminBoundaries *boundaries, int municipalityTotal)
{
    m_scene.baseMap = baseMap;
    m_scene.boundaries = boundaries;
    m_scene.municipalityTotal = municipalityTotal;
    m_renderer.clearCache();
    m_cacheValid = false;
    update();
}

void MapWidget::setPlaceNames(const PlaceNames *names)
{
    m_scene.placeNames = names;
    update();
}

void MapWidget::setOffices(const std::vector<Office> *offices, std::vector<OfficeState> states,
                           const StatusCounts &counts, QDate date)
{
    m_scene.offices = offices;
    m_scene.states = std::move(states);
    m_scene.counts = counts;
    m_scene.date = date;
    ++m_sceneSerial;
    m_placementsValid = false;
    update();
}

void MapWidget::setEmphasisedOffices(const QSet<QString> &ids)
{
    m_scene.emphasisedOfficeIds = ids;
    m_emphasisAnimation.stop();
    if (!ids.isEmpty())
        m_emphasisAnimation.start();
    update();
}

void MapWidget::setHighlightedOffices(const QSet<QString> &ids)
{
    m_scene.highlightedOfficeIds = ids;
    update();
}

void MapWidget::setDecorations(const MapScene::Decorations &decorations)
{
    m_scene.decorations = decorations;
    m_placementsValid = false; // city insets take offices off the main map
    update();
}

void MapWidget::setCoverage(std::shared_ptr<const CoverageResult> result)
{
    m_coverage = std::move(result);
    m_scene.coverage = m_coverage.get();
    m_placementsValid = false; // a legend or title may move a city inset
    update();
}

void MapWidget::setCoverageDisplay(const MapScene::CoverageDisplay &display)
{
    m_scene.coverageDisplay = display;
    m_placementsValid = false; // a legend or title may move a city inset
    update();
}

void MapWidget::setRegionGaps(bool show, const VectorLayer *outlines, const QStringList &regionCodes,
                              std::vector<QPointF> seats)
{
    m_scene.showRegionGaps = show;
    m_scene.faRegionOutlines = outlines;
    m_scene.faRegionsWithoutOffice = regionCodes;
    m_scene.faRegionGapSeats = std::move(seats);
    m_placementsValid = false; // a legend may move a city inset
    update();
}

void MapWidget::setNearestLines(std::optional<QPointF> from, std::vector<MapScene::NearestLine> lines)
{
    m_scene.nearestFrom = from;
    m_scene.nearestLines = std::move(lines);
    update();
}

void MapWidget::setPicking(bool picking)
{
    m_picking = picking;
    if (picking)
        setCursor(Qt::CrossCursor);
    else if (!m_editing)
        unsetCursor();
}

void MapWidget::setSuggestions(std::vector<MapScene::SuggestedPlace> places, double radiusKm)
{
    m_scene.suggestions = std::move(places);
    m_scene.suggestionRadiusKm = radiusKm;
    update();
}

void MapWidget::setFilterDescription(const QString &description, int municipalityTotal)
{
    m_scene.filterDescription = description;
    m_scene.municipalityTotal = municipalityTotal;
    update();
}

void MapWidget::setScenarioNotice(const QString &name, const QString &source)
{
    m_scene.scenarioName = name;
    m_scene.scenarioSource = source;
    update();
}

void MapWidget::setSearchMark(const QPointF &world, const QString &label)
{
    m_scene.searchMark = MapScene::SearchMark{world, label};
    m_scene.searchPulse = 0.0;
    m_searchPulse.stop();
    m_searchPulse.start();
    update();
}

void MapWidget::clearSearchMark()
{
    if (!m_scene.searchMark)
        return;
    m_searchPulse.stop();
    m_scene.searchMark.reset();
    update();
}

void MapWidget::userMoved()
{
    clearSearchMark();
}

QString MapWidget::municipalityAt(const QPointF &position) const
{
    if (!m_reference)
        return {};
    return MunicipalityHitTester::codeAt(m_viewport, m_scene.boundaries, *m_reference, position);
}

QString MapWidget::municipalityToolTip(const QString &code) const
{
    const Municipality *municipality = m_reference ? m_reference->municipality(code) : nullptr;
    if (!municipality)
        return {};
    QStringList open;
    if (m_scene.offices) {
        for (size_t i = 0; i < m_scene.offices->size() && i < m_scene.states.size(); ++i) {
            if ((*m_scene.offices)[i].municipalityCode == code && m_scene.states[i].status == OfficeStatus::Open)
                open << (*m_scene.offices)[i].name.toHtmlEscaped();
        }
    }
    return QStringLiteral("<b>%1</b><br>%2<br>%3<br><i>%4</i>")
            .arg(municipality->name.toHtmlEscaped(), municipality->county.toHtmlEscaped(),
                 open.isEmpty() ? tr("No office open") : tr("Open: %1").arg(open.join(QStringLiteral(", "))),
                 tr("Click for details"));
}

void MapWidget::setEditing(bool editing)
{
    if (m_editing == editing)
        return;
    m_editing = editing;
    m_movingOfficeId.clear();
    if (editing)
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
}

void MapWidget::setPublishedCount(const std::optional<PublishedCount> &published)
{
    m_scene.published = published;
    update();
}

void MapWidget::setTitle(const QString &title)
{
    m_scene.title = title;
    m_placementsValid = false; // a legend or title may move a city inset
    update();
}

void MapWidget::setTextScale(double scale)
{
    m_scene.textScale = scale;
    m_scene.markerSize = 13.0 * std::max(1.0, 1.0 + (scale - 1.0) * 0.4);
    ++m_sceneSerial;
    m_placementsValid = false;
    update();
}

void MapWidget::setViewport(const MapViewport &viewport)
{
    m_viewport = viewport;
    m_viewport.setSize(size());
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
    m_homeOnResize = false;
    viewportMoved();
}

void MapWidget::setStyle(const MapStyle &style)
{
    m_renderer.setStyle(style);
    m_cacheValid = false;
    update();
}

void MapWidget::zoomHome()
{
    userMoved();
    m_viewport.fit(Projection::swedenHomeExtent());
    viewportMoved();
}

void MapWidget::zoomIn()
{
    userMoved();
    m_viewport.zoomAbout(QPointF(width() / 2.0, height() / 2.0), zoomStep);
    m_homeOnResize = false;
    viewportMoved();
}

void MapWidget::zoomOut()
{
    userMoved();
    m_viewport.zoomAbout(QPointF(width() / 2.0, height() / 2.0), 1.0 / zoomStep);
    m_homeOnResize = false;
    viewportMoved();
}

void MapWidget::centreOn(const QPointF &world, double metresPerPixel)
{
    m_viewport.setCentre(world);
    if (metresPerPixel > 0)
        m_viewport.setMetresPerPixel(metresPerPixel);
    m_homeOnResize = false;
    viewportMoved();
}

void MapWidget::setSelectedOfficeId(const QString &id)
{
    if (m_scene.selectedOfficeId == id)
        return;
    m_scene.selectedOfficeId = id;
    update();
    Q_EMIT officeSelected(id);
}

void MapWidget::viewportMoved()
{
    m_placementsValid = false;
    m_rerenderTimer.start();
    update();
    Q_EMIT viewportChanged();
}

void MapWidget::renderBaseCache()
{
    const double ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (pixels.isEmpty())
        return;
    if (m_baseCache.size() != pixels)
        m_baseCache = QImage(pixels, QImage::Format_ARGB32_Premultiplied);
    m_baseCache.setDevicePixelRatio(ratio);
    QPainter painter(&m_baseCache);
    m_renderer.renderBase(painter, m_viewport, m_scene);
    m_cacheViewport = m_viewport;
    m_cacheValid = true;
    m_placementsValid = false; // the city insets are placed anew for the settled map
    ++m_baseRenderCount;
}

void MapWidget::drawBaseFromCache(QPainter &painter)
{
    if (!m_cacheValid || m_cacheViewport.devicePixelRatio() != m_viewport.devicePixelRatio()
        || m_cacheViewport.size() != m_viewport.size()) {
        renderBaseCache();
        painter.drawImage(QPointF(0, 0), m_baseCache);
        return;
    }
    if (m_cacheViewport == m_viewport) {
        painter.drawImage(QPointF(0, 0), m_baseCache);
        return;
    }
    // Until the timer re-renders: show the cached image moved and scaled to where it now belongs.
    const QPointF topLeft = m_viewport.worldToScreen(m_cacheViewport.screenToWorld(QPointF(0, 0)));
    const double scale = m_cacheViewport.metresPerPixel() / m_viewport.metresPerPixel();
    const QRectF target(topLeft, QSizeF(m_cacheViewport.size()) * scale);
    // Sea only where the image no longer reaches: a full-frame fill costs as much as the image itself.
    const QRegion uncovered = QRegion(rect()).subtracted(QRegion(target.adjusted(1, 1, -1, -1).toAlignedRect()));
    for (const QRect &strip : uncovered)
        painter.fillRect(strip, m_renderer.style().sea);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, scale != 1.0);
    painter.drawImage(target, m_baseCache);
}

const std::vector<MarkerPlacement> &MapWidget::placements()
{
    m_renderer.setSettledViewport(m_cacheValid ? std::optional(m_cacheViewport) : std::nullopt);
    if (!m_placementsValid) {
        const size_t count = m_scene.offices ? m_scene.offices->size() : 0;
        if (count < MarkerLayoutJob::backgroundFromOffices) {
            // The renderer's own layout: offices inside a city inset are drawn there, not clustered on the map.
            m_placements = m_renderer.placeMarkers(m_viewport, m_scene);
        } else {
            // Far past any real list: plain clustering, off the GUI thread.
            m_layoutJob.request(MarkerLayout::positions(m_viewport, m_scene), m_viewport, count, m_sceneSerial);
            m_placements = m_layoutJob.placementsFor(m_viewport, count);
        }
        m_placementsValid = true;
    }
    return m_placements;
}

void MapWidget::paintEvent(QPaintEvent *)
{
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
    QPainter painter(this);
    drawBaseFromCache(painter);
    m_renderer.renderOverlay(painter, m_viewport, m_scene, placements());
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight().color(), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void MapWidget::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
    if (m_homeOnResize)
        m_viewport.fit(Projection::swedenHomeExtent());
    m_cacheValid = false;
    m_placementsValid = false;
}

QString MapWidget::officeAt(const QPointF &position) const
{
    const std::vector<MarkerPlacement> &current = const_cast<MapWidget *>(this)->placements();
    const int index = MarkerLayout::hit(current, position, m_scene.markerSize);
    if (index < 0 || current[static_cast<size_t>(index)].isCluster())
        return {};
    return m_scene.offices->at(static_cast<size_t>(current[static_cast<size_t>(index)].members.front())).id;
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPosition = event->position();
        m_lastDragPosition = event->position();
        m_dragging = false;
        m_movingOfficeId = m_editing ? officeAt(event->position()) : QString();
    }
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton))
        return;
    if (!m_dragging && (event->position() - m_pressPosition).manhattanLength() < dragThreshold)
        return;
    m_dragging = true;
    if (!m_movingOfficeId.isEmpty()) {
        Q_EMIT officeMoveRequested(m_movingOfficeId, m_viewport.screenToWorld(event->position()));
        return;
    }
    setCursor(Qt::ClosedHandCursor);
    userMoved();
    m_viewport.panByPixels(event->position() - m_lastDragPosition);
    m_lastDragPosition = event->position();
    m_homeOnResize = false;
    viewportMoved();
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    if (m_editing || m_picking)
        setCursor(Qt::CrossCursor);
    else
        unsetCursor();
    const QString movedOfficeId = std::exchange(m_movingOfficeId, QString());
    if (m_dragging) {
        m_dragging = false;
        if (!movedOfficeId.isEmpty())
            Q_EMIT officeMoveFinished(movedOfficeId);
        return;
    }
    userMoved();
    if (m_picking) {
        Q_EMIT pointPicked(m_viewport.screenToWorld(event->position()));
        return;
    }
    const int index = MarkerLayout::hit(placements(), event->position(), m_scene.markerSize);
    if (index < 0) {
        setSelectedOfficeId({});
        if (m_editing)
            Q_EMIT addOfficeRequested(m_viewport.screenToWorld(event->position()));
        else if (const QString code = municipalityAt(event->position()); !code.isEmpty())
            Q_EMIT municipalityClicked(code);
        return;
    }
    const MarkerPlacement &placement = placements()[static_cast<size_t>(index)];
    if (placement.isCluster()) {
        // A cluster opens up: zoom in on it until its members separate.
        m_viewport.zoomAbout(placement.screen, 3.0);
        m_homeOnResize = false;
        viewportMoved();
        return;
    }
    setSelectedOfficeId(m_scene.offices->at(static_cast<size_t>(placement.members.front())).id);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_editing) {
        if (const QString id = officeAt(event->position()); !id.isEmpty()) {
            Q_EMIT editOfficeRequested(id);
            return;
        }
    }
    userMoved();
    m_viewport.zoomAbout(event->position(), 2.0);
    m_homeOnResize = false;
    viewportMoved();
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    userMoved();
    m_viewport.zoomAbout(event->position(), std::pow(1.25, steps));
    m_homeOnResize = false;
    viewportMoved();
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    const QPointF panStep(width() / 8.0, height() / 8.0);
    switch (event->key()) {
    case Qt::Key_Left:
        m_viewport.panByPixels(QPointF(panStep.x(), 0));
        break;
    case Qt::Key_Right:
        m_viewport.panByPixels(QPointF(-panStep.x(), 0));
        break;
    case Qt::Key_Up:
        m_viewport.panByPixels(QPointF(0, panStep.y()));
        break;
    case Qt::Key_Down:
        m_viewport.panByPixels(QPointF(0, -panStep.y()));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Home:
        zoomHome();
        return;
    case Qt::Key_Escape:
        clearSearchMark();
        setSelectedOfficeId({});
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (m_editing && !m_scene.selectedOfficeId.isEmpty())
            Q_EMIT removeOfficeRequested(m_scene.selectedOfficeId);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    userMoved();
    m_homeOnResize = false;
    viewportMoved();
}

QString MapWidget::toolTipFor(const MarkerPlacement &placement) const
{
    const std::vector<Office> &offices = *m_scene.offices;
    if (placement.isCluster()) {
        QStringList names;
        for (int member : placement.members)
            names << offices[static_cast<size_t>(member)].name.toHtmlEscaped();
        names.sort();
        return tr("<b>%n offices</b> here (click to zoom in)", nullptr, static_cast<int>(placement.members.size()))
                + QStringLiteral("<br>") + names.join(QStringLiteral(", "));
    }
    const size_t index = static_cast<size_t>(placement.members.front());
    const Office &office = offices[index];
    QString text
            = QStringLiteral("<b>%1</b><br>%2, %3<br>%4")
                      .arg(office.name.toHtmlEscaped(), office.municipality.toHtmlEscaped(),
                           office.county.toHtmlEscaped(), OfficeText::state(m_scene.states[index]).toHtmlEscaped());
    if (!office.isVerified())
        text += QStringLiteral("<br><i>") + tr("Unverified: no source") + QStringLiteral("</i>");
    return text;
}

bool MapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = MarkerLayout::hit(placements(), help->pos(), m_scene.markerSize);
        const QString municipality = index < 0 ? municipalityToolTip(municipalityAt(help->pos())) : QString();
        if (index >= 0)
            QToolTip::showText(help->globalPos(), toolTipFor(placements()[static_cast<size_t>(index)]), this);
        else if (!municipality.isEmpty())
            QToolTip::showText(help->globalPos(), municipality, this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace sk
