// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/geo/vectorlayer.h"

#include <QPointF>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace sk {

// Exact even-odd point-in-polygon tests for up to eight layers of polygons at once, fast enough for hundreds of
// thousands of points: a grid over `extent` knows, for each cell, which layers contain its centre and which ring
// edges pass through it. A point in a cell no edge crosses takes the centre's answer; otherwise the edges crossed
// by the line from the centre to the point flip it. Holes (rings inside rings) count as outside, as in
// OGR's even-odd rule. Immutable once built; const methods are safe from several threads at once.
class PolygonMask
{
public:
    static constexpr int maxLayers = 8;

    PolygonMask() = default;
    // Each layer's features are polygons in the same CRS as `extent`; the whole of every ring counts, also the
    // parts outside the extent (they decide which side of the extent's edge is inside).
    PolygonMask(const std::vector<const std::vector<VectorFeature> *> &layers, const QRectF &extent, double cellSize);

    bool isEmpty() const { return m_columns == 0; }
    const QRectF &extent() const { return m_extent; }
    // Bit i is set when layer i contains the point; 0 outside the extent.
    std::uint8_t layersAt(QPointF point) const;
    // Even-odd ray casting over all of a feature's rings, so holes (lakes) count as outside; no grid.
    static bool featureContains(const VectorFeature &feature, QPointF point);
    // The same answer as layersAt by testing every ring; the reference the grid is tested against.
    static std::uint8_t layersAtBruteForce(const std::vector<const std::vector<VectorFeature> *> &layers,
                                           QPointF point);

private:
    struct Edge
    {
        double ax, ay, bx, by;
        std::uint8_t layer;
    };

    std::vector<Edge> m_edges;
    QRectF m_extent;
    double m_cellSize = 0;
    int m_columns = 0;
    int m_rows = 0;
    std::vector<std::uint8_t> m_centreLayers; // per cell, row-major from the extent's minimum corner
    std::vector<std::uint32_t> m_cellStart; // CSR: the edges of cell c are m_cellEdges[m_cellStart[c] .. c+1)
    std::vector<std::uint32_t> m_cellEdges;
};

} // namespace sk
