// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace sk {

// How many people live within each threshold distance, and the population-weighted median and 90th percentile
// distance: the smallest distance within which at least half (nine tenths) of `total` live. Distances in metres.
struct DistanceSummary
{
    std::vector<double> within; // per threshold, everyone no farther than it
    double median = std::numeric_limits<double>::quiet_NaN(); // NaN when total is not positive
    double p90 = std::numeric_limits<double>::quiet_NaN();
};

// In O(n), where sorting took O(n log n): one pass for the largest finite distance, one that sums people into a
// histogram of distances (about 64 points a bin), then an exact look, sorted, at just the points of the bins in
// which a threshold falls or half and nine tenths of `total` are reached. The same values as
// summariseDistancesBySorting, up to the order the weights are added in (no difference for whole numbers of
// people). Falls back to sorting when a weight is negative or NaN (the cumulative sum would not be monotone), or
// the thresholds are not finite and ascending.
DistanceSummary summariseDistances(const std::vector<double> &distances, const std::vector<double> &weights,
                                   const std::vector<double> &thresholds, double total);
DistanceSummary summariseDistances(const double *distances, const double *weights, size_t count,
                                   const std::vector<double> &thresholds, double total);
// The reference: sorts (distance, weight) pairs and accumulates, as CoverageCalculator did. O(n log n).
DistanceSummary summariseDistancesBySorting(const std::vector<double> &distances, const std::vector<double> &weights,
                                            const std::vector<double> &thresholds, double total);
DistanceSummary summariseDistancesBySorting(const double *distances, const double *weights, size_t count,
                                            const std::vector<double> &thresholds, double total);

} // namespace sk
