// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "polygonmask.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace sk {

namespace {

double orientation(double ax, double ay, double bx, double by, double px, double py)
{
    return (bx - ax) * (py - ay) - (by - ay) * (px - ax);
}

} // namespace

PolygonMask::PolygonMask(const std::vector<const std::vector<VectorFeature> *> &layers, const QRectF &extent,
                         double cellSize)
    : m_extent(extent.normalized())
    , m_cellSize(cellSize)
{
    if (cellSize <= 0 || m_extent.isEmpty())
        return;
    for (size_t layer = 0; layer < layers.size() && layer < size_t(maxLayers); ++layer) {
        for (const VectorFeature &feature : *layers[layer]) {
            for (const QList<QPointF> &ring : feature.parts) {
                for (qsizetype i = 0; i < ring.size(); ++i) {
                    const QPointF &a = ring[i];
                    const QPointF &b = ring[(i + 1) % ring.size()];
                    if (a != b)
                        m_edges.push_back({a.x(), a.y(), b.x(), b.y(), std::uint8_t(layer)});
                }
            }
        }
    }
    m_columns = std::max(1, int(std::ceil(m_extent.width() / cellSize)));
    m_rows = std::max(1, int(std::ceil(m_extent.height() / cellSize)));
    const double minX = m_extent.left();
    const double minY = m_extent.top();
    const size_t cells = size_t(m_columns) * size_t(m_rows);

    // Which layers contain each cell centre: per row of centres, the crossings of the horizontal line through them,
    // sorted, toggle the layers from the far left on.
    std::vector<std::uint32_t> rowStart(size_t(m_rows) + 1, 0);
    const auto rowsOf = [&](const Edge &edge) {
        const double low = std::min(edge.ay, edge.by);
        const double high = std::max(edge.ay, edge.by);
        // Rows whose centre y satisfies low <= y < high, the half-open rule of the crossing test.
        const int first = std::max(0, int(std::ceil((low - minY) / cellSize - 0.5)));
        const int last = std::min(m_rows, int(std::ceil((high - minY) / cellSize - 0.5)));
        return std::pair{first, last};
    };
    for (const Edge &edge : m_edges) {
        const auto [first, last] = rowsOf(edge);
        for (int row = first; row < last; ++row)
            ++rowStart[size_t(row) + 1];
    }
    for (size_t row = 0; row < size_t(m_rows); ++row)
        rowStart[row + 1] += rowStart[row];
    std::vector<std::uint32_t> rowEdges(rowStart.back());
    {
        std::vector<std::uint32_t> fill(rowStart.begin(), rowStart.end() - 1);
        for (size_t e = 0; e < m_edges.size(); ++e) {
            const auto [first, last] = rowsOf(m_edges[e]);
            for (int row = first; row < last; ++row)
                rowEdges[fill[size_t(row)]++] = std::uint32_t(e);
        }
    }
    m_centreLayers.assign(cells, 0);
    std::vector<std::pair<double, std::uint8_t>> crossings;
    for (int row = 0; row < m_rows; ++row) {
        const double y = minY + (row + 0.5) * cellSize;
        crossings.clear();
        // Crossings left of the grid only set the state at its left edge: no need to sort them (the detailed
        // coasts of Norway and Finland lie there).
        std::uint8_t state = 0;
        for (std::uint32_t i = rowStart[size_t(row)]; i < rowStart[size_t(row) + 1]; ++i) {
            const Edge &edge = m_edges[rowEdges[i]];
            const double x = edge.ax + (y - edge.ay) * (edge.bx - edge.ax) / (edge.by - edge.ay);
            if (x < minX)
                state ^= std::uint8_t(1u << edge.layer);
            else if (x < minX + m_columns * cellSize)
                crossings.emplace_back(x, std::uint8_t(1u << edge.layer));
        }
        std::sort(crossings.begin(), crossings.end());
        size_t next = 0;
        for (int column = 0; column < m_columns; ++column) {
            const double x = minX + (column + 0.5) * cellSize;
            while (next < crossings.size() && crossings[next].first < x)
                state ^= crossings[next++].second;
            m_centreLayers[size_t(row) * size_t(m_columns) + size_t(column)] = state;
        }
    }

    // The cells each edge passes through: the cells under the bounds of pieces no longer than half a cell.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cellEdge; // (cell, edge)
    std::vector<std::uint32_t> edgeCells;
    for (size_t e = 0; e < m_edges.size(); ++e) {
        const Edge &edge = m_edges[e];
        const double length = std::hypot(edge.bx - edge.ax, edge.by - edge.ay);
        const int pieces = std::max(1, int(std::ceil(length / (cellSize / 2))));
        edgeCells.clear();
        for (int piece = 0; piece < pieces; ++piece) {
            const double t0 = double(piece) / pieces;
            const double t1 = double(piece + 1) / pieces;
            const double x0 = edge.ax + t0 * (edge.bx - edge.ax);
            const double x1 = edge.ax + t1 * (edge.bx - edge.ax);
            const double y0 = edge.ay + t0 * (edge.by - edge.ay);
            const double y1 = edge.ay + t1 * (edge.by - edge.ay);
            const int c0 = std::max(0, int(std::floor((std::min(x0, x1) - minX) / cellSize)));
            const int c1 = std::min(m_columns - 1, int(std::floor((std::max(x0, x1) - minX) / cellSize)));
            const int r0 = std::max(0, int(std::floor((std::min(y0, y1) - minY) / cellSize)));
            const int r1 = std::min(m_rows - 1, int(std::floor((std::max(y0, y1) - minY) / cellSize)));
            for (int row = r0; row <= r1; ++row) {
                for (int column = c0; column <= c1; ++column)
                    edgeCells.push_back(std::uint32_t(size_t(row) * size_t(m_columns) + size_t(column)));
            }
        }
        // An edge listed twice in a cell would flip a point back: each cell once.
        std::sort(edgeCells.begin(), edgeCells.end());
        edgeCells.erase(std::unique(edgeCells.begin(), edgeCells.end()), edgeCells.end());
        for (std::uint32_t cell : edgeCells)
            cellEdge.emplace_back(cell, std::uint32_t(e));
    }
    m_cellStart.assign(cells + 1, 0);
    for (const auto &[cell, edge] : cellEdge)
        ++m_cellStart[size_t(cell) + 1];
    for (size_t cell = 0; cell < cells; ++cell)
        m_cellStart[cell + 1] += m_cellStart[cell];
    m_cellEdges.resize(cellEdge.size());
    std::vector<std::uint32_t> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (const auto &[cell, edge] : cellEdge)
        m_cellEdges[fill[cell]++] = edge;
}

std::uint8_t PolygonMask::layersAt(QPointF point) const
{
    if (isEmpty() || !m_extent.contains(point))
        return 0;
    const double minX = m_extent.left();
    const double minY = m_extent.top();
    const int column = std::clamp(int((point.x() - minX) / m_cellSize), 0, m_columns - 1);
    const int row = std::clamp(int((point.y() - minY) / m_cellSize), 0, m_rows - 1);
    const size_t cell = size_t(row) * size_t(m_columns) + size_t(column);
    std::uint8_t state = m_centreLayers[cell];
    const double cx = minX + (column + 0.5) * m_cellSize;
    const double cy = minY + (row + 0.5) * m_cellSize;
    const double px = point.x();
    const double py = point.y();
    for (std::uint32_t i = m_cellStart[cell]; i < m_cellStart[cell + 1]; ++i) {
        const Edge &edge = m_edges[m_cellEdges[i]];
        // Zero counts as negative on both sides, so a line through a vertex crosses exactly one of its two edges.
        const bool centreSide = orientation(edge.ax, edge.ay, edge.bx, edge.by, cx, cy) > 0;
        const bool pointSide = orientation(edge.ax, edge.ay, edge.bx, edge.by, px, py) > 0;
        if (centreSide == pointSide)
            continue;
        const bool aSide = orientation(cx, cy, px, py, edge.ax, edge.ay) > 0;
        const bool bSide = orientation(cx, cy, px, py, edge.bx, edge.by) > 0;
        if (aSide != bSide)
            state ^= std::uint8_t(1u << edge.layer);
    }
    return state;
}

bool PolygonMask::featureContains(const VectorFeature &feature, QPointF point)
{
    if (!feature.bounds.contains(point))
        return false;
    bool inside = false;
    for (const QList<QPointF> &ring : feature.parts) {
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

std::uint8_t PolygonMask::layersAtBruteForce(const std::vector<const std::vector<VectorFeature> *> &layers,
                                             QPointF point)
{
    std::uint8_t state = 0;
    for (size_t layer = 0; layer < layers.size() && layer < size_t(maxLayers); ++layer) {
        bool inside = false;
        for (const VectorFeature &feature : *layers[layer])
            inside ^= featureContains(feature, point);
        if (inside)
            state |= std::uint8_t(1u << layer);
    }
    return state;
}

} // namespace sk
