// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/nearestofficeindex.h"

#include <QPointF>

#include <cstdint>
#include <vector>

namespace sk {

// For fixed points and a fixed set of sites (every office a rollout ever has), each point's `count` nearest sites,
// worked out once. Whichever sites are open on a date, a point's nearest open site is then the first of its
// candidates that is open; only when none of them is does it take a query in the KD-tree of the open sites.
// Distances are computed exactly as NearestOfficeIndex computes them, so they equal its brute-force answer.
// Immutable once built: const methods are safe from several threads at once.
class NearestCandidates
{
public:
    static constexpr int defaultCount = 8;
    // Site numbers are stored in 8 bits up to 256 sites, else in 16; with more sites every query goes to the KD-tree.
    static constexpr int maxSites = 65536;

    NearestCandidates() = default;
    NearestCandidates(const std::vector<QPointF> &points, std::vector<QPointF> sites, int count = defaultCount);

    size_t pointCount() const { return m_pointCount; }
    int siteCount() const { return static_cast<int>(m_sites.size()); }
    const std::vector<QPointF> &sites() const { return m_sites; }
    // Candidates per point: `count`, or fewer when there are fewer sites.
    int count() const { return m_count; }
    // Point `point`'s candidates, nearest first (rank 0); equally near sites in ascending order.
    int candidate(size_t point, int rank) const
    {
        const size_t at = point * static_cast<size_t>(m_count) + static_cast<size_t>(rank);
        return m_narrow.empty() ? m_wide[at] : m_narrow[at];
    }

    // The nearest open site to point `point`, whose position is `position`. `open[site]` is non-zero for the open
    // sites and `openIndex` holds exactly those, reporting site numbers (NearestOfficeIndex::openAt over the same
    // offices). Sets *fellBack when the answer needed `openIndex`.
    NearestOfficeIndex::Hit nearestOpen(size_t point, QPointF position, const std::vector<char> &open,
                                        const NearestOfficeIndex &openIndex, bool *fellBack = nullptr) const;
    // nearestOpen(i, points[i], ...).distance for every point i in [first, last), into distances[i - first].
    // Returns how many points fell back to `openIndex`. `points` are the points the candidates were built for.
    size_t distancesToOpen(const std::vector<QPointF> &points, const std::vector<char> &open,
                           const NearestOfficeIndex &openIndex, size_t first, size_t last, double *distances) const;
    // The same for all points, into `distances` (resized).
    size_t distancesToOpen(const std::vector<QPointF> &points, const std::vector<char> &open,
                           const NearestOfficeIndex &openIndex, std::vector<double> &distances) const;

private:
    class Grid;

    template<typename Site, int fixedCount> // fixedCount 0: m_count
    size_t scan(const Site *candidates, const std::vector<QPointF> &points, const char *open,
                const NearestOfficeIndex &openIndex, size_t first, size_t last, double *distances) const;

    std::vector<QPointF> m_sites;
    // m_count per point, in whichever is wide enough for the site numbers; the other is empty.
    std::vector<std::uint8_t> m_narrow;
    std::vector<std::uint16_t> m_wide;
    size_t m_pointCount = 0;
    int m_count = 0;
    bool m_allSites = true; // every site is a candidate of every point: none open means none open at all
};

} // namespace sk
