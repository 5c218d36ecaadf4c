// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coveragechart.h"

#include "widgets/render/maprenderer.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace sk {

namespace {

QColor withAlpha(QColor colour, double alpha)
{
    colour.setAlphaF(static_cast<float>(alpha));
    return colour;
}

double niceStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 5.0}) {
        if (step * magnitude >= raw)
            return step * magnitude;
    }
    return 10 * magnitude;
}

QString percentText(double percent, int decimals)
{
    return CoverageChart::tr("%1 %").arg(QLocale().toString(percent, 'f', decimals));
}

} // namespace

CoverageChart::CoverageChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Coverage over the timeline"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setCursor(Qt::PointingHandCursor);
}

void CoverageChart::setSeries(std::vector<CoverageSeriesPoint> series)
{
    m_series = std::move(series);
    updateAccessibleDescription();
    update();
}

void CoverageChart::setPhaseBands(std::vector<PhaseBand> bands)
{
    m_phaseBands = std::move(bands);
    update();
}

void CoverageChart::setPublishedCounts(std::vector<PublishedCount> counts)
{
    m_published = std::move(counts);
    update();
}

void CoverageChart::setCurrentDate(QDate date)
{
    if (date == m_currentDate)
        return;
    m_currentDate = date;
    updateAccessibleDescription();
    update();
}

QSize CoverageChart::sizeHint() const
{
    return {340, fontMetrics().height() * 20};
}

QSize CoverageChart::minimumSizeHint() const
{
    return {200, fontMetrics().height() * 14};
}

QRectF CoverageChart::plotArea() const
{
    const QFontMetricsF metrics(font());
    const double left = metrics.horizontalAdvance(percentText(100, 0)) + 8;
    return QRectF(left, 2, width() - left - 10, height() - metrics.height() - 8);
}

double CoverageChart::positionOf(QDate date) const
{
    const QRectF area = plotArea();
    if (m_series.size() < 2)
        return area.left();
    const double span = static_cast<double>(m_series.front().date.daysTo(m_series.back().date));
    const double offset = static_cast<double>(m_series.front().date.daysTo(date));
    return area.left() + area.width() * std::clamp(offset / span, 0.0, 1.0);
}

int CoverageChart::pointAt(double x) const
{
    if (m_series.empty())
        return -1;
    const auto nearest = std::min_element(m_series.begin(), m_series.end(), [&](const auto &a, const auto &b) {
        return std::abs(positionOf(a.date) - x) < std::abs(positionOf(b.date) - x);
    });
    return static_cast<int>(nearest - m_series.begin());
}

QColor CoverageChart::trackColour(int index) const
{
    // Okabe–Ito, with the lighter variants where the palette is dark.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    switch (index) {
    case 0:
        return dark ? QColor(0x56, 0xb4, 0xe9) : QColor(0x00, 0x72, 0xb2);
    case 1:
        return QColor(0x00, 0x9e, 0x73);
    default:
        return dark ? QColor(0xe6, 0x9f, 0x00) : QColor(0xd5, 0x5e, 0x00);
    }
}

CoverageChart::Axis CoverageChart::niceAxis(const std::vector<Track> &tracks, double floor, double ceiling,
                                            int maxSteps)
{
    double low = ceiling;
    double high = floor;
    for (const Track &track : tracks) {
        for (const std::vector<double> *values : {&track.values, &track.upper}) {
            for (double value : *values) {
                low = std::min(low, value);
                high = std::max(high, value);
            }
        }
    }
    if (low > high)
        return {floor, ceiling, (ceiling - floor) / 2};
    // Zoomed to the data, whose changes are a few points of a share; the axis labels say where it starts.
    const double pad = std::max((high - low) * 0.15, 1.0);
    const double step = niceStep((high - low + 2 * pad) / std::max(1, maxSteps));
    return {std::max(floor, std::floor((low - pad) / step) * step),
            std::min(ceiling, std::ceil((high + pad) / step) * step), step};
}

void CoverageChart::paintPhaseBands(QPainter &painter, const QRectF &rect, bool labelled) const
{
    const QColor highlight = palette().color(QPalette::Highlight);
    const QFontMetricsF metrics(font());
    for (const PhaseBand &band : m_phaseBands) {
        const double left = positionOf(band.start.addDays(-1));
        const double right = positionOf(band.end);
        if (right - left < 1)
            continue;
        // Alternating shades and an edge line, so that adjacent phases stay apart.
        painter.fillRect(QRectF(left, rect.top(), right - left, rect.height()),
                         withAlpha(highlight, band.phase % 2 ? 0.16 : 0.08));
        painter.setPen(QPen(withAlpha(highlight, 0.45), 1));
        painter.drawLine(QPointF(std::round(left) + 0.5, rect.top()), QPointF(std::round(left) + 0.5, rect.bottom()));
        const QString label = tr("Phase %1").arg(band.phase);
        if (!labelled || metrics.horizontalAdvance(label) + 4 > right - left)
            continue;
        painter.setPen(withAlpha(palette().color(QPalette::WindowText), 0.7));
        painter.drawText(QRectF(left, rect.bottom() - metrics.height() - 1, right - left, metrics.height()),
                         Qt::AlignCenter, label);
    }
}

void CoverageChart::paintYears(QPainter &painter, const QRectF &rect) const
{
    if (m_series.size() < 2)
        return;
    const QColor text = palette().color(QPalette::WindowText);
    const QFontMetricsF metrics(font());
    for (int year = m_series.front().date.year() + 1; year <= m_series.back().date.year(); ++year) {
        const double x = positionOf(QDate(year, 1, 1));
        painter.setPen(QPen(withAlpha(text, 0.15), 1));
        painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
        // Each year's label in the middle of its span.
        const double next = positionOf(QDate(year + 1, 1, 1));
        const QString label = QString::number(year);
        if (next - x < metrics.horizontalAdvance(label))
            continue;
        painter.setPen(withAlpha(text, 0.8));
        painter.drawText(QRectF(x, rect.bottom() + 3, next - x, metrics.height()), Qt::AlignCenter, label);
    }
}

void CoverageChart::paintPlot(QPainter &painter, const QRectF &rect, const QString &title,
                              const std::vector<Track> &tracks, double ceiling,
                              const std::function<QString(double)> &format, bool withPublished) const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QFontMetricsF metrics(font());
    const double titleHeight = metrics.height() + 2;
    const QRectF graph = rect.adjusted(0, titleHeight, 0, 0);
    // No closer than one and a half lines between axis labels.
    // The published counts in the span count for the axis too, so that none falls off it.
    std::vector<Track> axisTracks = tracks;
    if (withPublished && !m_series.empty()) {
        Track published;
        for (const PublishedCount &count : m_published) {
            if (count.date.last() >= m_series.front().date && count.date.first() <= m_series.back().date)
                published.values.push_back(count.offices);
        }
        axisTracks.push_back(published);
    }
    const Axis axis = niceAxis(axisTracks, 0, ceiling, static_cast<int>(graph.height() / (metrics.height() * 1.5)));

    // Title, then a key of line samples after it.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(text);
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    double x = rect.left() + QFontMetricsF(bold).horizontalAdvance(title) + 10;
    painter.setFont(font());
    for (const Track &track : tracks) {
        if (track.label.isEmpty())
            continue;
        const double y = rect.top() + titleHeight / 2;
        painter.setPen(QPen(track.colour, 2.2, track.style, Qt::FlatCap));
        painter.drawLine(QPointF(x, y), QPointF(x + 16, y));
        painter.setPen(text);
        painter.drawText(QRectF(x + 20, rect.top(), metrics.horizontalAdvance(track.label) + 2, titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, track.label);
        x += 20 + metrics.horizontalAdvance(track.label) + 10;
    }
    const QColor publishedColour = text;
    // A published count: a diamond, so it reads apart from the lines in any colour scheme.
    const auto diamond = [](QPointF centre, double r) {
        return QPolygonF{{centre.x(), centre.y() - r},
                         {centre.x() + r, centre.y()},
                         {centre.x(), centre.y() + r},
                         {centre.x() - r, centre.y()}};
    };
    if (withPublished && !m_published.empty()) {
        const QString label = tr("published");
        painter.setPen(QPen(publishedColour, 1.2));
        painter.setBrush(palette().color(QPalette::Base));
        painter.drawPolygon(diamond(QPointF(x + 8, rect.top() + titleHeight / 2), 4.5));
        painter.setPen(text);
        painter.drawText(QRectF(x + 20, rect.top(), metrics.horizontalAdvance(label) + 2, titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }

    painter.fillRect(graph, palette().color(QPalette::Base));
    paintPhaseBands(painter, graph, tracks.size() == 1);
    const auto yOf = [&](double value) {
        return graph.bottom() - graph.height() * (value - axis.low) / (axis.high - axis.low);
    };
    for (double value = axis.low; value <= axis.high + axis.step / 2; value += axis.step) {
        const double y = std::round(yOf(value)) + 0.5;
        painter.setPen(QPen(withAlpha(text, 0.12), 1));
        painter.drawLine(QPointF(graph.left(), y), QPointF(graph.right(), y));
        painter.setPen(withAlpha(text, 0.8));
        painter.drawText(QRectF(0, y - metrics.height() / 2, graph.left() - 5, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, format(value));
    }
    painter.setPen(QPen(withAlpha(text, 0.35), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(graph);

    painter.save();
    painter.setClipRect(graph.adjusted(-3, -3, 3, 3));
    for (const Track &track : tracks) {
        if (track.upper.size() != m_series.size())
            continue;
        QPolygonF area;
        for (size_t i = 0; i < m_series.size(); ++i)
            area << QPointF(positionOf(m_series[i].date), yOf(track.upper[i]));
        for (size_t i = m_series.size(); i-- > 0;)
            area << QPointF(positionOf(m_series[i].date), yOf(track.values[i]));
        painter.setPen(Qt::NoPen);
        painter.setBrush(withAlpha(track.colour, 0.25));
        painter.drawPolygon(area);
        QPainterPath upper;
        for (size_t i = 0; i < m_series.size(); ++i) {
            const QPointF point(positionOf(m_series[i].date), yOf(track.upper[i]));
            if (i == 0)
                upper.moveTo(point);
            else
                upper.lineTo(point);
        }
        painter.setPen(QPen(track.colour, 1.2, Qt::DotLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(upper);
    }
    for (const Track &track : tracks) {
        QPainterPath line;
        for (size_t i = 0; i < m_series.size(); ++i) {
            const QPointF point(positionOf(m_series[i].date), yOf(track.values[i]));
            if (i == 0)
                line.moveTo(point);
            else
                line.lineTo(point);
        }
        painter.setPen(QPen(track.colour, 2.2, track.style, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(line);
    }
    if (withPublished) {
        m_publishedMarks.clear();
        for (const PublishedCount &count : m_published) {
            // A count known to a month stands in the middle of it.
            const QDate first = count.date.first();
            const QDate date = first.addDays(first.daysTo(count.date.last()) / 2);
            if (date < m_series.front().date || date > m_series.back().date)
                continue;
            const QPointF centre(positionOf(date), yOf(count.offices));
            painter.setPen(QPen(publishedColour, 1.4));
            painter.setBrush(palette().color(QPalette::Base));
            painter.drawPolygon(diamond(centre, 4.5));
            m_publishedMarks.push_back({centre, publishedText(count)});
        }
    }
    painter.restore();

    if (!m_currentDate.isValid() || m_series.empty())
        return;
    const double current = positionOf(m_currentDate);
    painter.setPen(QPen(withAlpha(text, 0.75), 1.2));
    painter.drawLine(QPointF(current, graph.top()), QPointF(current, graph.bottom()));
    const size_t index = static_cast<size_t>(pointAt(current));
    for (const Track &track : tracks) {
        painter.setPen(QPen(palette().color(QPalette::Base), 1.5));
        painter.setBrush(track.colour);
        painter.drawEllipse(QPointF(positionOf(m_series[index].date), yOf(track.values[index])), 4, 4);
    }
}

void CoverageChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = plotArea();
    if (m_series.size() < 2) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(area, Qt::AlignCenter, tr("Calculating coverage over the timeline…"));
        return;
    }
    Track near{tr("10 km"), trackColour(0), Qt::SolidLine, {}};
    Track far{tr("20 km"), trackColour(1), Qt::SolidLine, {}};
    Track offices{{}, trackColour(0), Qt::SolidLine, {}};
    Track municipalities{{}, trackColour(2), Qt::DashLine, {}};
    for (const CoverageSeriesPoint &point : m_series) {
        near.values.push_back(point.within10KmShare * 100);
        far.values.push_back(point.within20KmShare * 100);
        offices.values.push_back(point.officesOpen);
        offices.upper.push_back(point.officesOpenMax);
        municipalities.values.push_back(point.municipalitiesWithOffice);
    }
    const std::vector<Track> people{far, near};
    const double gap = fontMetrics().height() * 0.6;
    const double partHeight = (area.height() - 2 * gap) / 3;
    const QRectF peopleRect(area.left(), area.top(), area.width(), partHeight * 1.2);
    const QRectF officesRect(area.left(), peopleRect.bottom() + gap, area.width(), partHeight * 0.9);
    const QRectF municipalitiesRect(area.left(), officesRect.bottom() + gap, area.width(),
                                    area.bottom() - officesRect.bottom() - gap);
    const int total = m_series.back().municipalitiesTotal;
    const auto whole = [](double value) { return QLocale().toString(value, 'f', 0); };

    paintPlot(painter, peopleRect, tr("People within"), people, 100,
              [](double value) { return percentText(value, 0); });
    paintPlot(painter, officesRect, tr("Offices open"), {offices}, 1000, whole, true);
    paintPlot(painter, municipalitiesRect, tr("Municipalities with an office (of %1)").arg(QLocale().toString(total)),
              {municipalities}, total, whole);
    paintYears(painter, QRectF(area.left(), area.top(), area.width(), area.height()));
}

QString CoverageChart::pointText(const CoverageSeriesPoint &point) const
{
    const QString offices = point.officesOpenMax > point.officesOpen
            ? tr("%1–%2 offices open")
                      .arg(QLocale().toString(point.officesOpen), QLocale().toString(point.officesOpenMax))
            : tr("%n office(s) open", nullptr, point.officesOpen);
    return tr("%1\n%2 of people within 10 km, %3 within 20 km\n%4 of %5 municipalities have an open office")
                   .arg(MapRenderer::dateText(point.date), percentText(point.within10KmShare * 100, 1),
                        percentText(point.within20KmShare * 100, 1), QLocale().toString(point.municipalitiesWithOffice),
                        QLocale().toString(point.municipalitiesTotal))
            + QLatin1Char('\n') + offices;
}

QString CoverageChart::publishedText(const PublishedCount &count) const
{
    const QString format = count.date.precision() == PartialDate::Precision::Day ? QStringLiteral("d MMMM yyyy")
                                                                                 : QStringLiteral("MMMM yyyy");
    QString text = tr("Published: %n office(s), %1", nullptr, count.offices)
                           .arg(QLocale().toString(count.date.first(), format));
    if (count.municipalities)
        text += QLatin1Char('\n') + tr("in %n municipalities", nullptr, *count.municipalities);
    text += QLatin1Char('\n') + (count.exactQuote ? tr("“%1”").arg(count.evidence) : count.evidence);
    return text + QLatin1Char('\n') + count.source;
}

void CoverageChart::updateAccessibleDescription()
{
    const int index = m_currentDate.isValid() ? pointAt(positionOf(m_currentDate)) : -1;
    setAccessibleDescription(index >= 0 ? pointText(m_series[static_cast<size_t>(index)]) : QString());
}

bool CoverageChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        for (const PublishedMark &mark : m_publishedMarks) {
            if (QLineF(mark.centre, help->pos()).length() <= 7) {
                QToolTip::showText(help->globalPos(), mark.text, this);
                return true;
            }
        }
        const int index = pointAt(help->pos().x());
        if (index >= 0 && plotArea().contains(help->pos()))
            QToolTip::showText(help->globalPos(), pointText(m_series[static_cast<size_t>(index)]), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void CoverageChart::mousePressEvent(QMouseEvent *event)
{
    const int index = pointAt(event->position().x());
    if (event->button() == Qt::LeftButton && index >= 0)
        Q_EMIT dateClicked(m_series[static_cast<size_t>(index)].date);
}

} // namespace sk
