// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "nearestcandidates.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <utility>

namespace sk {

namespace {

// As NearestOfficeIndex::nearestBruteForce and the KD-tree compute it: point minus site, x term first.
inline double squaredDistance(QPointF point, QPointF site)
{
    const double dx = point.x() - site.x();
    const double dy = point.y() - site.y();
    return dx * dx + dy * dy;
}

} // namespace

// A grid over the points' bounding box, and for each cell the sites that can be among the `count` nearest of a
// point in it: the `count` sites with the smallest farthest distance from the cell bound how far any point's
// count-th nearest can be, and only sites whose nearest distance from the cell is within that bound qualify. A point
// then ranks just its cell's sites: exact, with equally near sites by number, and far cheaper than a tree search
// per point.
class NearestCandidates::Grid
{
public:
    Grid(const std::vector<QPointF> &points, const std::vector<QPointF> &sites, int count)
    {
        double left = std::numeric_limits<double>::infinity();
        double top = left;
        double right = -left;
        double bottom = -left;
        for (const QPointF &point : points) {
            if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
                continue;
            left = std::min(left, point.x());
            right = std::max(right, point.x());
            top = std::min(top, point.y());
            bottom = std::max(bottom, point.y());
        }
        if (left > right) { // no finite point
            left = top = 0;
            right = bottom = 1;
        }
        // About 128 points a cell, in square cells: few enough cells for their lists to stay in the CPU's caches,
        // small enough for each list to hold few more than `count` sites.
        const double width = std::max(right - left, 1.0);
        const double height = std::max(bottom - top, 1.0);
        const double cells = std::clamp(static_cast<double>(points.size()) / 128, 1.0, 65536.0);
        m_columns = std::clamp(static_cast<int>(std::ceil(std::sqrt(cells * width / height))), 1, 4096);
        m_rows = std::clamp(static_cast<int>(std::ceil(cells / m_columns)), 1, 4096);
        m_left = left;
        m_top = top;
        m_cellWidth = width / m_columns;
        m_cellHeight = height / m_rows;

        const size_t siteCount = sites.size();
        std::vector<double> farthest(siteCount);
        m_first.reserve(static_cast<size_t>(m_columns) * static_cast<size_t>(m_rows) + 1);
        m_first.push_back(0);
        for (int row = 0; row < m_rows; ++row) {
            for (int column = 0; column < m_columns; ++column) {
                // The cell, widened a little so that rounding cannot put a point of the cell outside it.
                const double margin = 1e-6 * std::max(m_cellWidth, m_cellHeight) + 1e-6;
                const double x0 = m_left + column * m_cellWidth - margin;
                const double x1 = m_left + (column + 1) * m_cellWidth + margin;
                const double y0 = m_top + row * m_cellHeight - margin;
                const double y1 = m_top + (row + 1) * m_cellHeight + margin;
                for (size_t site = 0; site < siteCount; ++site) {
                    const double dx = std::max(std::abs(sites[site].x() - x0), std::abs(sites[site].x() - x1));
                    const double dy = std::max(std::abs(sites[site].y() - y0), std::abs(sites[site].y() - y1));
                    farthest[site] = orderable(dx * dx + dy * dy);
                }
                std::nth_element(farthest.begin(), farthest.begin() + (count - 1), farthest.end());
                const double bound = farthest[static_cast<size_t>(count - 1)] * (1 + 1e-9);
                for (size_t site = 0; site < siteCount; ++site) {
                    const double dx = std::max({x0 - sites[site].x(), 0.0, sites[site].x() - x1});
                    const double dy = std::max({y0 - sites[site].y(), 0.0, sites[site].y() - y1});
                    if (!(dx * dx + dy * dy > bound)) // NaN positions qualify everywhere: never left out wrongly
                        m_sites.push_back(static_cast<int>(site));
                }
                m_first.push_back(m_sites.size());
            }
        }
    }

    // The sites that can be among the nearest of `point`; all of them for a point that is not finite.
    std::pair<const int *, const int *> sitesNear(QPointF point) const
    {
        if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
            return {nullptr, nullptr};
        const int column = static_cast<int>(std::clamp((point.x() - m_left) / m_cellWidth, 0.0, m_columns - 1.0));
        const int row = static_cast<int>(std::clamp((point.y() - m_top) / m_cellHeight, 0.0, m_rows - 1.0));
        const size_t cell = static_cast<size_t>(row) * static_cast<size_t>(m_columns) + static_cast<size_t>(column);
        return {m_sites.data() + m_first[cell], m_sites.data() + m_first[cell + 1]};
    }

    // NaN compares as farther than anything, so that sorting stays well defined.
    static double orderable(double squared)
    {
        return std::isnan(squared) ? std::numeric_limits<double>::infinity() : squared;
    }

private:
    double m_left = 0;
    double m_top = 0;
    double m_cellWidth = 1;
    double m_cellHeight = 1;
    int m_columns = 1;
    int m_rows = 1;
    std::vector<size_t> m_first; // per cell, into m_sites; one more at the end
    std::vector<int> m_sites;
};

NearestCandidates::NearestCandidates(const std::vector<QPointF> &points, std::vector<QPointF> sites, int count)
    : m_sites(std::move(sites))
    , m_pointCount(points.size())
{
    const int siteCount = static_cast<int>(m_sites.size());
    m_count = siteCount > maxSites ? 0 : std::clamp(count, 0, siteCount);
    m_allSites = m_count == siteCount;
    if (m_count == 0)
        return;
    const size_t total = m_pointCount * static_cast<size_t>(m_count);
    if (siteCount <= 256)
        m_narrow.resize(total);
    else
        m_wide.resize(total);

    const Grid grid(points, m_sites, m_count);
    std::vector<int> everySite(m_sites.size());
    for (size_t site = 0; site < everySite.size(); ++site)
        everySite[site] = static_cast<int>(site);
    std::vector<double> squared;
    for (size_t point = 0; point < m_pointCount; ++point) {
        auto [first, last] = grid.sitesNear(points[point]);
        if (!first) {
            first = everySite.data();
            last = first + everySite.size();
        }
        const size_t near = static_cast<size_t>(last - first);
        Q_ASSERT(near >= static_cast<size_t>(m_count));
        squared.resize(near);
        for (size_t i = 0; i < near; ++i)
            squared[i] = Grid::orderable(squaredDistance(points[point], m_sites[static_cast<size_t>(first[i])]));
        const size_t at = point * static_cast<size_t>(m_count);
        const auto store = [&](size_t rank, int site) {
            if (m_narrow.empty())
                m_wide[at + rank] = static_cast<std::uint16_t>(site);
            else
                m_narrow[at + rank] = static_cast<std::uint8_t>(site);
        };
        if (near <= 32) {
            // Each site's rank is how many come before it, equally near sites by number as the brute-force scan
            // finds them (the cell lists ascend). Without a branch on the comparisons, which no predictor could
            // guess.
            const double *keys = squared.data();
            for (size_t i = 0; i < near; ++i) {
                const double key = keys[i];
                std::int64_t before = 0;
                for (size_t j = 0; j < i; ++j) // numbered lower: before when just as near
                    before += keys[j] <= key;
                for (size_t j = i + 1; j < near; ++j)
                    before += keys[j] < key;
                if (before < m_count)
                    store(static_cast<size_t>(before), first[i]);
            }
        } else {
            std::vector<std::pair<double, int>> ranked(near); // squared distance, site
            for (size_t i = 0; i < near; ++i)
                ranked[i] = {squared[i], first[i]};
            std::partial_sort(ranked.begin(), ranked.begin() + m_count, ranked.end());
            for (int rank = 0; rank < m_count; ++rank)
                store(static_cast<size_t>(rank), ranked[static_cast<size_t>(rank)].second);
        }
    }
}

NearestOfficeIndex::Hit NearestCandidates::nearestOpen(size_t point, QPointF position, const std::vector<char> &open,
                                                       const NearestOfficeIndex &openIndex, bool *fellBack) const
{
    Q_ASSERT(point < m_pointCount);
    Q_ASSERT(open.size() == m_sites.size());
    if (fellBack)
        *fellBack = false;
    for (int rank = 0; rank < m_count; ++rank) {
        const int site = candidate(point, rank);
        if (open[static_cast<size_t>(site)])
            return {site, std::sqrt(squaredDistance(position, m_sites[static_cast<size_t>(site)]))};
    }
    if (m_allSites)
        return {};
    if (fellBack)
        *fellBack = true;
    return openIndex.nearest(position);
}

size_t NearestCandidates::distancesToOpen(const std::vector<QPointF> &points, const std::vector<char> &open,
                                          const NearestOfficeIndex &openIndex, std::vector<double> &distances) const
{
    distances.resize(m_pointCount);
    return distancesToOpen(points, open, openIndex, 0, m_pointCount, distances.data());
}

size_t NearestCandidates::distancesToOpen(const std::vector<QPointF> &points, const std::vector<char> &open,
                                          const NearestOfficeIndex &openIndex, size_t first, size_t last,
                                          double *distances) const
{
    Q_ASSERT(points.size() == m_pointCount);
    Q_ASSERT(open.size() == m_sites.size());
    Q_ASSERT(first <= last && last <= m_pointCount);
    if (openIndex.isEmpty()) {
        std::fill(distances, distances + (last - first), std::numeric_limits<double>::infinity());
        return 0;
    }
    if (!m_narrow.empty()) {
        return m_count == defaultCount
                ? scan<std::uint8_t, defaultCount>(m_narrow.data(), points, open.data(), openIndex, first, last,
                                                   distances)
                : scan<std::uint8_t, 0>(m_narrow.data(), points, open.data(), openIndex, first, last, distances);
    }
    return m_count == defaultCount
            ? scan<std::uint16_t, defaultCount>(m_wide.data(), points, open.data(), openIndex, first, last, distances)
            : scan<std::uint16_t, 0>(m_wide.data(), points, open.data(), openIndex, first, last, distances);
}

template<typename Site, int fixedCount>
size_t NearestCandidates::scan(const Site *candidates, const std::vector<QPointF> &points, const char *open,
                               const NearestOfficeIndex &openIndex, size_t first, size_t last, double *distances) const
{
    const size_t count = fixedCount > 0 ? static_cast<size_t>(fixedCount) : static_cast<size_t>(m_count);
    const QPointF *sites = m_sites.data();
    const QPointF *positions = points.data();
    size_t fallbacks = 0;
    candidates += first * count;
    for (size_t point = first; point < last; ++point, candidates += count) {
        size_t rank = count;
        if constexpr (fixedCount > 0) {
            // Mostly the nearest office is open. When it is not, which of the others are, without a branch per
            // candidate: when only some offices are open a branch on each would be mispredicted often.
            if (open[candidates[0]]) {
                rank = 0;
            } else {
                unsigned mask = 1u << fixedCount;
                for (int i = 1; i < fixedCount; ++i)
                    mask |= static_cast<unsigned>(open[candidates[i]] != 0) << i;
                rank = static_cast<size_t>(std::countr_zero(mask));
            }
        } else {
            rank = 0;
            while (rank < count && !open[candidates[rank]])
                ++rank;
        }
        double distance;
        if (rank < count) {
            distance = std::sqrt(squaredDistance(positions[point], sites[candidates[rank]]));
        } else {
            distance = openIndex.nearest(positions[point]).distance;
            ++fallbacks;
        }
        distances[point - first] = distance;
    }
    return fallbacks;
}

} // namespace sk
