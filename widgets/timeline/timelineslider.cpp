// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "timelineslider.h"

#include "geodata/offices/timelinesteps.h"

#include "widgets/timeline/timelinecontroller.h"

#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace sk {

namespace {

constexpr qreal handleRadius = 6.5;
constexpr qreal focusRingWidth = 3.0;
constexpr qreal handleZone = handleRadius + focusRingWidth;
constexpr qreal grooveThickness = 4.0;
constexpr qreal labelGap = 2.0;
constexpr qreal tickGap = grooveThickness / 2 + 2;
constexpr qreal monthTickLength = 3.0;
constexpr qreal yearTickLength = 7.0;
constexpr int preferredHeight = 56;

QColor mixed(const QColor &from, const QColor &to, qreal amount)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(alpha);
    return color;
}

// Centres a one-pixel line on a pixel so that it stays sharp at integer device pixel ratios.
qreal crisp(qreal x)
{
    return std::floor(x) + 0.5;
}

} // namespace

TimelineSlider::TimelineSlider(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    retranslate();
}

void TimelineSlider::setController(TimelineController *controller)
{
    if (controller == m_controller)
        return;
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (controller) {
        const auto refresh = [this] {
            updateAccessibleDescription();
            update();
        };
        connect(controller, &TimelineController::dateChanged, this, refresh);
        connect(controller, &TimelineController::rangeChanged, this, refresh);
    }
    updateAccessibleDescription();
    update();
}

void TimelineSlider::setPhaseBands(std::vector<PhaseBand> bands)
{
    m_phaseBands = std::move(bands);
    update();
}

bool TimelineSlider::hasRange() const
{
    return m_controller && m_controller->firstDate().isValid() && m_controller->lastDate().isValid();
}

qreal TimelineSlider::positionOf(QDate date) const
{
    const Layout geometry = layout();
    if (!hasRange() || !date.isValid())
        return geometry.left;
    const QDate first = m_controller->firstDate();
    const qint64 span = first.daysTo(m_controller->lastDate());
    if (span == 0)
        return geometry.left;
    const qint64 days = std::clamp<qint64>(first.daysTo(date), 0, span);
    return geometry.left + (geometry.right - geometry.left) * static_cast<qreal>(days) / static_cast<qreal>(span);
}

QDate TimelineSlider::dateAt(qreal x) const
{
    if (!hasRange())
        return {};
    const Layout geometry = layout();
    const QDate first = m_controller->firstDate();
    const qint64 span = first.daysTo(m_controller->lastDate());
    const qreal fraction
            = std::clamp((x - geometry.left) / std::max<qreal>(1, geometry.right - geometry.left), 0.0, 1.0);
    return first.addDays(std::llround(fraction * static_cast<qreal>(span)));
}

QDate TimelineSlider::monthStepAt(qreal x) const
{
    const QDate date = dateAt(x);
    if (!date.isValid())
        return {};
    return std::min(TimelineSteps::monthEnd(date), m_controller->lastDate());
}

QFont TimelineSlider::labelFont() const
{
    QFont font = this->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.85);
    else
        font.setPixelSize(std::max(8, qRound(font.pixelSize() * 0.85)));
    return font;
}

qreal TimelineSlider::contentHeight() const
{
    // Band labels, the groove with room for the handle above it, the ticks, the band's edge and the year labels.
    const qreal labelHeight = QFontMetricsF(labelFont()).height();
    return labelHeight + labelGap + handleZone + tickGap + yearTickLength + 2 + labelHeight;
}

TimelineSlider::Layout TimelineSlider::layout() const
{
    Layout geometry;
    geometry.labelHeight = QFontMetricsF(labelFont()).height();
    geometry.left = handleZone + 1;
    geometry.right = std::max(geometry.left, width() - handleZone - 1);
    geometry.bandTop = std::floor((height() - contentHeight()) / 2);
    geometry.grooveY = geometry.bandTop + geometry.labelHeight + labelGap + handleZone;
    geometry.tickTop = geometry.grooveY + tickGap;
    geometry.bandBottom = geometry.tickTop + yearTickLength + 1;
    geometry.yearLabelTop = geometry.bandBottom + 1;
    return geometry;
}

QSize TimelineSlider::sizeHint() const
{
    return {480, std::max(preferredHeight, qCeil(contentHeight()) + 2)};
}

QSize TimelineSlider::minimumSizeHint() const
{
    return {160, sizeHint().height()};
}

void TimelineSlider::retranslate()
{
    setAccessibleName(tr("Timeline"));
    update();
}

void TimelineSlider::updateAccessibleDescription()
{
    const QDate date = m_controller ? m_controller->date() : QDate();
    setAccessibleDescription(date.isValid() ? QLocale().toString(date, QStringLiteral("d MMMM yyyy")) : QString());
}

void TimelineSlider::setPublishedCounts(std::vector<PublishedCountCheck> checks)
{
    m_published = std::move(checks);
    update();
}

QString TimelineSlider::publishedText(const PublishedCountCheck &check)
{
    const PublishedCount &count = check.published;
    const QString format = count.date.precision() == PartialDate::Precision::Day ? QStringLiteral("d MMMM yyyy")
                                                                                 : QStringLiteral("MMMM yyyy");
    const QString range = check.certain == check.max
            ? QLocale().toString(check.certain)
            : tr("%1–%2").arg(QLocale().toString(check.certain), QLocale().toString(check.max));
    return tr("Published: %n office(s), %1", nullptr, count.offices).arg(QLocale().toString(count.date.first(), format))
            + QLatin1Char('\n')
            + (check.officesInside() ? tr("The data: %1 (the published figure lies inside)").arg(range)
                                     : tr("The data: %1 (the published figure lies outside)").arg(range))
            + QLatin1Char('\n') + count.source;
}

QPointF TimelineSlider::publishedPosition(const PublishedCountCheck &check, const Layout &geometry) const
{
    const QDate first = check.published.date.first();
    const QDate middle = first.addDays(first.daysTo(check.published.date.last()) / 2);
    return {positionOf(middle), geometry.grooveY};
}

void TimelineSlider::paintPublished(QPainter &painter, const Layout &geometry) const
{
    const QColor text = palette().color(QPalette::WindowText);
    for (const PublishedCountCheck &check : m_published) {
        const QPointF centre = publishedPosition(check, geometry);
        const qreal r = 4;
        // Inside the data's range: hollow; outside: filled, so disagreements stand out.
        painter.setPen(QPen(text, 1.2));
        painter.setBrush(check.officesInside() ? palette().color(QPalette::Base) : text);
        painter.drawPolygon(QPolygonF{{centre.x(), centre.y() - r},
                                      {centre.x() + r, centre.y()},
                                      {centre.x(), centre.y() + r},
                                      {centre.x() - r, centre.y()}});
    }
}

bool TimelineSlider::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && hasRange()) {
        const auto *helpEvent = static_cast<QHelpEvent *>(event);
        const Layout geometry = layout();
        for (const PublishedCountCheck &check : m_published) {
            if (QLineF(publishedPosition(check, geometry), helpEvent->pos()).length() <= 6) {
                QToolTip::showText(helpEvent->globalPos(), publishedText(check), this);
                return true;
            }
        }
        const QDate month = monthStepAt(helpEvent->pos().x());
        QToolTip::showText(helpEvent->globalPos(), QLocale().toString(month, QStringLiteral("MMMM yyyy")), this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineSlider::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::LocaleChange)
        updateAccessibleDescription();
    QWidget::changeEvent(event);
}

void TimelineSlider::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout geometry = layout();
    if (hasRange()) {
        paintBands(painter, geometry);
        paintTicks(painter, geometry);
        paintYearLabels(painter, geometry);
    }
    paintGroove(painter, geometry);
    if (hasRange()) {
        paintPublished(painter, geometry);
        paintHandle(painter, geometry);
    }
}

void TimelineSlider::paintBands(QPainter &painter, const Layout &geometry) const
{
    const QColor highlight = palette().color(QPalette::Highlight);
    painter.setFont(labelFont());
    const QFontMetricsF metrics(painter.font());
    for (const PhaseBand &band : m_phaseBands) {
        if (band.end < m_controller->firstDate() || band.start > m_controller->lastDate())
            continue;
        // A band starts where the day before it ends, on the tick of the month before.
        const qreal left = std::round(positionOf(band.start.addDays(-1)));
        const qreal right = std::round(positionOf(band.end));
        if (right - left < 2)
            continue;
        const QRectF rect(left, geometry.bandTop, right - left, geometry.bandBottom - geometry.bandTop);
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(highlight, 0.22));
        painter.drawRoundedRect(rect, 4, 4);
        painter.setPen(QPen(withAlpha(highlight, 0.7), 1));
        painter.drawLine(QPointF(crisp(left), rect.top() + 2), QPointF(crisp(left), rect.bottom() - 2));
        painter.drawLine(QPointF(crisp(right - 1), rect.top() + 2), QPointF(crisp(right - 1), rect.bottom() - 2));

        // The longest label that fits: narrow bands drop the year, then the word.
        const QRectF labelRect(rect.left() + 2, rect.top(), rect.width() - 4, geometry.labelHeight + 1);
        const QStringList labels{tr("Phase %1 · %2").arg(band.phase).arg(band.start.year()),
                                 tr("Phase %1").arg(band.phase), QString::number(band.phase)};
        const auto fitting = std::find_if(labels.begin(), labels.end(), [&](const QString &label) {
            return metrics.horizontalAdvance(label) <= labelRect.width();
        });
        if (fitting == labels.end())
            continue;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(labelRect, Qt::AlignCenter, *fitting);
    }
}

void TimelineSlider::paintTicks(QPainter &painter, const Layout &geometry) const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QPen monthPen(withAlpha(text, 0.35), 1);
    const QPen yearPen(withAlpha(text, 0.7), 1);
    for (const QDate &step : m_controller->monthSteps()) {
        const bool yearEnd = step.month() == 12;
        const qreal x = crisp(positionOf(step) - 0.5);
        painter.setPen(yearEnd ? yearPen : monthPen);
        painter.drawLine(QPointF(x, geometry.tickTop),
                         QPointF(x, geometry.tickTop + (yearEnd ? yearTickLength : monthTickLength)));
    }
}

void TimelineSlider::paintYearLabels(QPainter &painter, const Layout &geometry) const
{
    painter.setFont(labelFont());
    painter.setPen(withAlpha(palette().color(QPalette::WindowText), 0.8));
    const QFontMetricsF metrics(painter.font());
    const QDate first = m_controller->firstDate();
    const QDate last = m_controller->lastDate();
    for (int year = first.year(); year <= last.year(); ++year) {
        const qreal left = positionOf(std::max(first, QDate(year, 1, 1).addDays(-1)));
        const qreal right = positionOf(std::min(last, QDate(year, 12, 31)));
        const QString label = QString::number(year);
        if (metrics.horizontalAdvance(label) + 4 > right - left)
            continue;
        painter.drawText(QRectF(left, geometry.yearLabelTop, right - left, geometry.labelHeight), Qt::AlignCenter,
                         label);
    }
}

void TimelineSlider::paintGroove(QPainter &painter, const Layout &geometry) const
{
    const QPalette &colours = palette();
    const QRectF groove(geometry.left - grooveThickness / 2, geometry.grooveY - grooveThickness / 2,
                        geometry.right - geometry.left + grooveThickness, grooveThickness);
    painter.setPen(Qt::NoPen);
    painter.setBrush(mixed(colours.color(QPalette::Window), colours.color(QPalette::WindowText), 0.25));
    painter.drawRoundedRect(groove, grooveThickness / 2, grooveThickness / 2);
    if (!hasRange())
        return;
    QRectF played = groove;
    played.setRight(positionOf(m_controller->date()));
    painter.setBrush(colours.color(QPalette::Highlight));
    painter.drawRoundedRect(played, grooveThickness / 2, grooveThickness / 2);
}

void TimelineSlider::paintHandle(QPainter &painter, const Layout &geometry) const
{
    const QPalette &colours = palette();
    const QPointF centre(positionOf(m_controller->date()), geometry.grooveY);
    const QColor highlight = colours.color(QPalette::Highlight);
    if (hasFocus() || m_dragging) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(highlight, 0.35));
        painter.drawEllipse(centre, handleZone, handleZone);
    }
    // A ring in the base colour separates the handle from the band and the played groove behind it.
    painter.setPen(QPen(colours.color(QPalette::Base), 2));
    painter.setBrush(highlight);
    painter.drawEllipse(centre, handleRadius - 1, handleRadius - 1);
    painter.setPen(QPen(withAlpha(colours.color(QPalette::WindowText), 0.3), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, handleRadius, handleRadius);
}

void TimelineSlider::keyPressEvent(QKeyEvent *event)
{
    if (!m_controller) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Space:
        m_controller->togglePlayback();
        break;
    case Qt::Key_Left:
        m_controller->previousMonth();
        break;
    case Qt::Key_Right:
        m_controller->nextMonth();
        break;
    case Qt::Key_PageUp:
        m_controller->previousPhaseBoundary();
        break;
    case Qt::Key_PageDown:
        m_controller->nextPhaseBoundary();
        break;
    case Qt::Key_Home:
        m_controller->goToStart();
        break;
    case Qt::Key_End:
        m_controller->goToEnd();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineSlider::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !hasRange()) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_controller->setDate(monthStepAt(event->position().x()));
    update();
}

void TimelineSlider::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging || !hasRange()) {
        QWidget::mouseMoveEvent(event);
        return;
    }
    m_controller->setDate(monthStepAt(event->position().x()));
}

void TimelineSlider::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragging = false;
    update();
}

} // namespace sk
