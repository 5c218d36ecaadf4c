// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "vectorlayer.h"

#include <cmath>

namespace sk {

namespace {

double distanceToSegmentSquared(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double lengthSquared = dx * dx + dy * dy;
    double t = lengthSquared > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = a.x() + t * dx - p.x();
    const double ey = a.y() + t * dy - p.y();
    return ex * ex + ey * ey;
}

QRectF boundsOf(const std::vector<QList<QPointF>> &parts)
{
    double minX = qInf(), minY = qInf(), maxX = -qInf(), maxY = -qInf();
    for (const QList<QPointF> &part : parts) {
        for (const QPointF &p : part) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            minY = std::min(minY, p.y());
            maxY = std::max(maxY, p.y());
        }
    }
    return minX > maxX ? QRectF() : QRectF(QPointF(minX, minY), QPointF(maxX, maxY));
}

} // namespace

bool VectorFeature::contains(const QPointF &point) const
{
    if (!bounds.contains(point))
        return false;
    bool inside = false;
    for (const QList<QPointF> &ring : parts) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF &a = ring[i];
            const QPointF &b = ring[j];
            if ((a.y() > point.y()) != (b.y() > point.y())
                && point.x() < (b.x() - a.x()) * (point.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

double VectorFeature::distanceTo(const QPointF &point) const
{
    double best = qInf();
    for (const QList<QPointF> &part : parts) {
        for (qsizetype i = 1; i < part.size(); ++i)
            best = std::min(best, distanceToSegmentSquared(point, part[i - 1], part[i]));
    }
    return std::sqrt(best);
}

QList<QPointF> simplified(const QList<QPointF> &points, double tolerance, bool closed)
{
    const qsizetype n = points.size();
    if (tolerance <= 0 || n < 3)
        return points;
    const double toleranceSquared = tolerance * tolerance;
    std::vector<char> keep(static_cast<size_t>(n), 0);
    keep.front() = keep.back() = 1;
    std::vector<std::pair<qsizetype, qsizetype>> stack{{0, n - 1}};
    if (closed && n > 3) {
        // A closed ring's first and last points coincide: split it at its farthest point first.
        qsizetype farthest = 1;
        double best = -1;
        for (qsizetype i = 1; i < n - 1; ++i) {
            const double dx = points[i].x() - points[0].x();
            const double dy = points[i].y() - points[0].y();
            if (dx * dx + dy * dy > best) {
                best = dx * dx + dy * dy;
                farthest = i;
            }
        }
        keep[static_cast<size_t>(farthest)] = 1;
        stack = {{0, farthest}, {farthest, n - 1}};
    }
    while (!stack.empty()) {
        const auto [from, to] = stack.back();
        stack.pop_back();
        double worst = 0;
        qsizetype worstIndex = -1;
        for (qsizetype i = from + 1; i < to; ++i) {
            const double d = distanceToSegmentSquared(points[i], points[from], points[to]);
            if (d > worst) {
                worst = d;
                worstIndex = i;
            }
        }
        if (worstIndex >= 0 && worst > toleranceSquared) {
            keep[static_cast<size_t>(worstIndex)] = 1;
            stack.emplace_back(from, worstIndex);
            stack.emplace_back(worstIndex, to);
        }
    }
    QList<QPointF> result;
    for (qsizetype i = 0; i < n; ++i) {
        if (keep[static_cast<size_t>(i)])
            result.append(points[i]);
    }
    if (closed && result.size() < 4)
        return {};
    return result;
}

VectorLayer::VectorLayer(QString name, Geometry geometry, std::vector<VectorFeature> fullDetail)
    : m_name(std::move(name))
    , m_geometry(geometry)
{
    for (VectorFeature &feature : fullDetail) {
        feature.bounds = boundsOf(feature.parts);
        m_extent = m_extent.united(feature.bounds);
    }
    const bool closed = geometry == Geometry::Polygons;
    for (size_t level = 1; level < tolerances.size(); ++level) {
        const double tolerance = tolerances[level];
        std::vector<VectorFeature> &copy = m_levels[level];
        for (const VectorFeature &feature : fullDetail) {
            VectorFeature coarse{{}, feature.bounds, feature.name, feature.code};
            for (const QList<QPointF> &part : feature.parts) {
                // Parts smaller than the tolerance vanish at this scale.
                const QRectF partBounds = boundsOf({part});
                if (closed && partBounds.width() < 2 * tolerance && partBounds.height() < 2 * tolerance)
                    continue;
                QList<QPointF> reduced = simplified(part, tolerance, closed);
                if (reduced.size() >= 2)
                    coarse.parts.push_back(std::move(reduced));
            }
            if (!coarse.parts.empty())
                copy.push_back(std::move(coarse));
        }
    }
    m_levels[0] = std::move(fullDetail);
}

size_t VectorLayer::levelFor(double metresPerPixel) const
{
    size_t chosen = 0;
    for (size_t level = 0; level < tolerances.size(); ++level) {
        if (tolerances[level] <= metresPerPixel)
            chosen = level;
    }
    return chosen;
}

size_t VectorLayer::vertexCount(size_t level) const
{
    size_t count = 0;
    for (const VectorFeature &feature : m_levels[level]) {
        for (const QList<QPointF> &part : feature.parts)
            count += static_cast<size_t>(part.size());
    }
    return count;
}

} // namespace sk
