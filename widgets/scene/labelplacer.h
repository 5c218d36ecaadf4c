// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QHash>
#include <QRectF>

#include <array>
#include <optional>
#include <vector>

namespace sk {

// Greedy label placement in the manner of QGIS's PAL: each label, most important first, tries a fixed list of
// positions around what it names and takes the first one that overlaps nothing placed or registered before; a
// label that fits nowhere is left out. Boxes live in a uniform grid, so a test looks at a few cells only.
class LabelPlacer
{
public:
    // Around a point or marker: right, upper right, lower right, left, upper left, lower left, above, below (the
    // cartographer's order of preference); an area's name: centred, then shifted up, down, left and right.
    static constexpr int positionCount = 8;
    static std::array<QRectF, positionCount> pointPositions(const QRectF &anchor, const QSizeF &size, double gap);
    static std::array<QRectF, positionCount> areaPositions(const QPointF &centre, const QSizeF &size);

    // `bounds`, when not empty, is the area every box must lie in.
    explicit LabelPlacer(const QRectF &bounds = {}, double cellSize = 64.0);

    void addObstacle(const QRectF &box);
    bool fits(const QRectF &box) const;
    // The first of `positions` that fits, registered as an obstacle; nothing when none fits.
    std::optional<QRectF> placeFirstFitting(const std::array<QRectF, positionCount> &positions);

private:
    template<typename Visit> void forEachCell(const QRectF &box, Visit visit) const;

    QRectF m_bounds;
    double m_cellSize;
    QHash<quint64, std::vector<QRectF>> m_cells;
};

} // namespace sk
