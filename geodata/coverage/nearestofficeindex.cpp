// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "nearestofficeindex.h"

#include "geodata/offices/rollout.h"

#include <nanoflann.hpp>

#include <cmath>

namespace sk {

namespace {

// The adaptor nanoflann reads the points through.
struct PointCloud
{
    std::vector<QPointF> points;

    size_t kdtree_get_point_count() const { return points.size(); }
    double kdtree_get_pt(size_t index, size_t dimension) const
    {
        return dimension == 0 ? points[index].x() : points[index].y();
    }
    template<class BoundingBox> bool kdtree_get_bbox(BoundingBox &) const { return false; }
};

using KdTree = nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<double, PointCloud>, PointCloud, 2>;

} // namespace

// Kept on the heap: the tree holds a reference to the cloud, so the pair must not move apart.
struct NearestOfficeIndex::Tree
{
    PointCloud cloud;
    std::vector<int> offices;
    KdTree index; // declared after the cloud: its constructor builds the tree from it

    Tree(std::vector<QPointF> points, std::vector<int> ids)
        : cloud{std::move(points)}
        , offices(std::move(ids))
        , index(2, cloud, nanoflann::KDTreeSingleIndexAdaptorParams(10))
    { }
};

NearestOfficeIndex::NearestOfficeIndex() = default;

NearestOfficeIndex::NearestOfficeIndex(std::vector<QPointF> positions, std::vector<int> offices)
{
    if (positions.empty())
        return;
    if (offices.empty()) {
        offices.resize(positions.size());
        for (size_t i = 0; i < offices.size(); ++i)
            offices[i] = static_cast<int>(i);
    }
    Q_ASSERT(offices.size() == positions.size());
    m_tree = std::make_unique<Tree>(std::move(positions), std::move(offices));
}

NearestOfficeIndex::NearestOfficeIndex(NearestOfficeIndex &&other) noexcept = default;
NearestOfficeIndex &NearestOfficeIndex::operator=(NearestOfficeIndex &&other) noexcept = default;
NearestOfficeIndex::~NearestOfficeIndex() = default;

NearestOfficeIndex NearestOfficeIndex::openAt(const std::vector<Office> &offices, QDate date)
{
    std::vector<QPointF> positions;
    std::vector<int> indices;
    positions.reserve(offices.size());
    indices.reserve(offices.size());
    for (size_t i = 0; i < offices.size(); ++i) {
        if (Rollout::stateAt(offices[i], date).status == OfficeStatus::Open) {
            positions.push_back(offices[i].position);
            indices.push_back(static_cast<int>(i));
        }
    }
    return NearestOfficeIndex(std::move(positions), std::move(indices));
}

int NearestOfficeIndex::size() const
{
    return m_tree ? static_cast<int>(m_tree->offices.size()) : 0;
}

const std::vector<int> &NearestOfficeIndex::offices() const
{
    static const std::vector<int> none;
    return m_tree ? m_tree->offices : none;
}

NearestOfficeIndex::Hit NearestOfficeIndex::nearest(QPointF point) const
{
    if (!m_tree)
        return {};
    const double query[2] = {point.x(), point.y()};
    uint32_t index = 0;
    double squared = 0;
    nanoflann::KNNResultSet<double, uint32_t> result(1);
    result.init(&index, &squared);
    m_tree->index.findNeighbors(result, query, nanoflann::SearchParams());
    return {m_tree->offices[index], std::sqrt(squared)};
}

NearestOfficeIndex::Hit NearestOfficeIndex::nearestBruteForce(QPointF point) const
{
    if (!m_tree)
        return {};
    const std::vector<QPointF> &points = m_tree->cloud.points;
    size_t best = 0;
    double bestSquared = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < points.size(); ++i) {
        const double dx = point.x() - points[i].x();
        const double dy = point.y() - points[i].y();
        const double squared = dx * dx + dy * dy;
        if (squared < bestSquared) {
            bestSquared = squared;
            best = i;
        }
    }
    return {m_tree->offices[best], std::sqrt(bestSquared)};
}

} // namespace sk
