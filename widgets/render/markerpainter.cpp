// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "markerpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <map>

namespace sk {

namespace {

QPainterPath shapePath(MarkerShape shape, const QPointF &c, double size)
{
    const double r = size / 2.0;
    QPainterPath path;
    switch (shape) {
    case MarkerShape::Circle:
        path.addEllipse(c, r * 0.92, r * 0.92);
        break;
    case MarkerShape::Diamond:
        path.moveTo(c.x(), c.y() - r * 1.1);
        path.lineTo(c.x() + r * 1.1, c.y());
        path.lineTo(c.x(), c.y() + r * 1.1);
        path.lineTo(c.x() - r * 1.1, c.y());
        path.closeSubpath();
        break;
    case MarkerShape::Triangle:
        path.moveTo(c.x(), c.y() - r * 1.15);
        path.lineTo(c.x() + r * 1.1, c.y() + r * 0.8);
        path.lineTo(c.x() - r * 1.1, c.y() + r * 0.8);
        path.closeSubpath();
        break;
    case MarkerShape::InvertedTriangle:
        path.moveTo(c.x(), c.y() + r * 1.15);
        path.lineTo(c.x() + r * 1.1, c.y() - r * 0.8);
        path.lineTo(c.x() - r * 1.1, c.y() - r * 0.8);
        path.closeSubpath();
        break;
    case MarkerShape::Square:
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case MarkerShape::Cross: {
        const double a = r * 0.95;
        const double w = r * 0.36;
        QPainterPath bar;
        bar.addRect(QRectF(-a, -w, 2 * a, 2 * w));
        QTransform rotate;
        rotate.rotate(45);
        QPainterPath one = rotate.map(bar);
        rotate.rotate(90);
        path = one.united(rotate.map(bar)).translated(c);
        break;
    }
    }
    return path;
}

} // namespace

void MarkerPainter::drawMarker(QPainter &painter, const QPointF &centre, double size, const Marker &marker,
                               const MapStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double lineWidth = std::max(1.0, size / 9.0);
    if (marker.emphasised) {
        const double t = std::clamp(marker.emphasisProgress, 0.0, 1.0);
        QColor glow = style.statusColor(marker.status);
        glow.setAlpha(static_cast<int>(70 + 60 * (1 - t)));
        painter.setPen(Qt::NoPen);
        painter.setBrush(glow);
        painter.drawEllipse(centre, size * 1.15, size * 1.15);
        // The ripple: a ring that grows out of the marker and fades as the animation ends.
        QColor ripple = style.statusColor(marker.status);
        ripple.setAlphaF(0.9 * (1 - t));
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(ripple, std::max(1.5, size / 5.0)));
        const double radius = size * (0.8 + 2.2 * t);
        painter.drawEllipse(centre, radius, radius);
    }
    if (marker.vulnerable) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.vulnerableRing, lineWidth * 1.6));
        painter.drawEllipse(centre, size * 0.9, size * 0.9);
    }
    const QPainterPath path = shapePath(MapStyle::statusShape(marker.status), centre, size);
    const QColor fill = style.statusColor(marker.status);
    if (marker.uncertain) {
        // Hollow with a coloured rim: the state is what the data implies, not yet certain.
        painter.setPen(QPen(style.markerOutline, lineWidth * 2.8));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(QPen(fill, lineWidth * 1.6));
        QColor light = style.swedenLand;
        light.setAlpha(230);
        painter.setBrush(light);
        painter.drawPath(path);
    } else {
        painter.setPen(QPen(style.markerOutline, lineWidth, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(fill);
        painter.drawPath(path);
    }
    if (marker.selected) {
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(style.selection, lineWidth * 1.4, Qt::DashLine));
        painter.drawEllipse(centre, size * 1.05, size * 1.05);
    }
    painter.restore();
}

double MarkerPainter::clusterDiameter(double markerSize, size_t count)
{
    return markerSize * (1.25 + 0.22 * std::log2(static_cast<double>(std::max<size_t>(count, 2))));
}

void MarkerPainter::drawHighlightRing(QPainter &painter, const QPointF &centre, double radius, double markerSize,
                                      const MapStyle &style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    const double width = std::max(1.5, markerSize / 6.0);
    const double ringRadius = radius + markerSize * 0.45;
    painter.setPen(QPen(style.textHalo, width * 2.2));
    painter.drawEllipse(centre, ringRadius, ringRadius);
    painter.setPen(QPen(style.selection, width));
    painter.drawEllipse(centre, ringRadius, ringRadius);
    painter.restore();
}

void MarkerPainter::drawCluster(QPainter &painter, const QPointF &centre, double size,
                                const std::vector<OfficeStatus> &memberStatuses, bool anyVulnerable,
                                const MapStyle &style, bool drawCount)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double diameter = clusterDiameter(size, memberStatuses.size());
    const QRectF disc(centre.x() - diameter / 2, centre.y() - diameter / 2, diameter, diameter);
    if (anyVulnerable) {
        painter.setPen(QPen(style.vulnerableRing, std::max(1.5, size / 6.0)));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(disc.adjusted(-size * 0.28, -size * 0.28, size * 0.28, size * 0.28));
    }
    std::map<OfficeStatus, int> byStatus;
    for (OfficeStatus status : memberStatuses)
        ++byStatus[status];
    // Pie rim: each status's share of the cluster, clockwise from twelve o'clock.
    int start = 90 * 16;
    const double rimWidth = std::max(2.0, diameter * 0.18);
    for (const auto &[status, count] : byStatus) {
        const int span = -static_cast<int>(std::lround(5760.0 * count / static_cast<double>(memberStatuses.size())));
        painter.setPen(QPen(style.statusColor(status), rimWidth, Qt::SolidLine, Qt::FlatCap));
        painter.drawArc(disc.adjusted(rimWidth / 2, rimWidth / 2, -rimWidth / 2, -rimWidth / 2), start, span);
        start += span;
    }
    painter.setPen(QPen(style.markerOutline, 1.0));
    painter.setBrush(style.cluster);
    painter.drawEllipse(disc.adjusted(rimWidth, rimWidth, -rimWidth, -rimWidth));
    if (!drawCount) {
        painter.restore();
        return;
    }
    const QString count = QString::number(memberStatuses.size());
    QFont font = painter.font();
    font.setPixelSize(std::max(8, static_cast<int>(diameter * 0.42)));
    font.setBold(true);
    // Counts in the thousands (large office lists) shrink to stay inside the disc.
    const double room = (diameter - 2 * rimWidth) * 0.9;
    const double width = QFontMetricsF(font).horizontalAdvance(count);
    if (width > room)
        font.setPixelSize(std::max(6, static_cast<int>(font.pixelSize() * room / width)));
    painter.setFont(font);
    painter.setPen(style.clusterText);
    painter.drawText(disc, Qt::AlignCenter, count);
    painter.restore();
}

} // namespace sk
