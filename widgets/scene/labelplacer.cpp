// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "labelplacer.h"

#include <cmath>

namespace sk {

namespace {

quint64 cellKey(qint64 x, qint64 y)
{
    return (static_cast<quint64>(static_cast<quint32>(x)) << 32) | static_cast<quint32>(y);
}

// Touching edges do not overlap.
bool overlaps(const QRectF &a, const QRectF &b)
{
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() && b.top() < a.bottom();
}

} // namespace

std::array<QRectF, LabelPlacer::positionCount> LabelPlacer::pointPositions(const QRectF &anchor, const QSizeF &size,
                                                                           double gap)
{
    const double w = size.width();
    const double h = size.height();
    const double diagonal = gap * 0.5;
    const double middle = anchor.center().y() - h / 2;
    const double centre = anchor.center().x() - w / 2;
    return {QRectF(anchor.right() + gap, middle, w, h),
            QRectF(anchor.right() + diagonal, anchor.top() - h - diagonal, w, h),
            QRectF(anchor.right() + diagonal, anchor.bottom() + diagonal, w, h),
            QRectF(anchor.left() - gap - w, middle, w, h),
            QRectF(anchor.left() - diagonal - w, anchor.top() - h - diagonal, w, h),
            QRectF(anchor.left() - diagonal - w, anchor.bottom() + diagonal, w, h),
            QRectF(centre, anchor.top() - gap - h, w, h),
            QRectF(centre, anchor.bottom() + gap, w, h)};
}

std::array<QRectF, LabelPlacer::positionCount> LabelPlacer::areaPositions(const QPointF &centre, const QSizeF &size)
{
    const QRectF box(centre.x() - size.width() / 2, centre.y() - size.height() / 2, size.width(), size.height());
    const double dx = size.width() / 4;
    const double dy = size.height();
    return {box,
            box.translated(0, -dy),
            box.translated(0, dy),
            box.translated(-dx, 0),
            box.translated(dx, 0),
            box.translated(-dx, -dy),
            box.translated(dx, dy),
            box.translated(0, -2 * dy)};
}

LabelPlacer::LabelPlacer(const QRectF &bounds, double cellSize)
    : m_bounds(bounds)
    , m_cellSize(cellSize)
{ }

template<typename Visit> void LabelPlacer::forEachCell(const QRectF &box, Visit visit) const
{
    const auto cell = [this](double coordinate) { return static_cast<qint64>(std::floor(coordinate / m_cellSize)); };
    for (qint64 x = cell(box.left()), right = cell(box.right()); x <= right; ++x) {
        for (qint64 y = cell(box.top()), bottom = cell(box.bottom()); y <= bottom; ++y) {
            if (!visit(cellKey(x, y)))
                return;
        }
    }
}

void LabelPlacer::addObstacle(const QRectF &box)
{
    auto &cells = m_cells;
    forEachCell(box, [&](quint64 key) {
        cells[key].push_back(box);
        return true;
    });
}

bool LabelPlacer::fits(const QRectF &box) const
{
    if (!m_bounds.isEmpty() && !m_bounds.contains(box))
        return false;
    bool free = true;
    forEachCell(box, [&](quint64 key) {
        const auto found = m_cells.constFind(key);
        if (found == m_cells.constEnd())
            return true;
        for (const QRectF &other : *found) {
            if (overlaps(box, other)) {
                free = false;
                return false;
            }
        }
        return true;
    });
    return free;
}

std::optional<QRectF> LabelPlacer::placeFirstFitting(const std::array<QRectF, positionCount> &positions)
{
    for (const QRectF &box : positions) {
        if (fits(box)) {
            addObstacle(box);
            return box;
        }
    }
    return std::nullopt;
}

} // namespace sk
