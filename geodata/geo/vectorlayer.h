// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <array>
#include <vector>

namespace sk {

// One feature of a base layer in SWEREF 99 TM: polygon rings or line parts, with their bounds for culling.
struct VectorFeature
{
    std::vector<QList<QPointF>> parts;
    QRectF bounds;
    QString name;
    QString code;

    // Whether a point lies inside the polygon, even-odd over all rings, so holes (lakes) count as outside.
    bool contains(const QPointF &point) const;
    // The shortest distance from a point to any ring or line, in metres.
    double distanceTo(const QPointF &point) const;
};

// A layer with level-of-detail copies built once at load, so a frame never draws more than a pixel's detail.
class VectorLayer
{
public:
    enum class Geometry { Polygons, Lines };
    // Douglas–Peucker tolerances in metres of the level-of-detail copies.
    static constexpr std::array<double, 4> tolerances{0.0, 250.0, 1000.0, 4000.0};

    VectorLayer() = default;
    VectorLayer(QString name, Geometry geometry, std::vector<VectorFeature> fullDetail);

    const QString &name() const { return m_name; }
    Geometry geometry() const { return m_geometry; }
    const QRectF &extent() const { return m_extent; }
    bool isEmpty() const { return m_levels[0].empty(); }
    const std::vector<VectorFeature> &level(size_t index) const { return m_levels[index]; }
    const std::vector<VectorFeature> &features() const { return m_levels[0]; }
    // The coarsest copy whose tolerance stays within one pixel at this scale.
    size_t levelFor(double metresPerPixel) const;
    size_t vertexCount(size_t level) const;

private:
    QString m_name;
    Geometry m_geometry = Geometry::Polygons;
    QRectF m_extent;
    std::array<std::vector<VectorFeature>, tolerances.size()> m_levels;
};

// Douglas–Peucker simplification of one ring or line; a closed ring keeps at least 4 points or is dropped (empty).
QList<QPointF> simplified(const QList<QPointF> &points, double tolerance, bool closed);

} // namespace sk
