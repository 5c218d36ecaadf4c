// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "distancesummary.h"

#include <QtGlobal>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <utility>

namespace sk {

namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();

// Histogram bins of equal width from 0 to the largest finite distance, and one more for infinite and NaN
// distances. Monotone: a nearer distance never lands in a later bin, so of two distances in different bins the one
// in the earlier bin is the nearer. About 64 points a bin, and few enough bins to stay in the CPU's caches and to
// number in 16 bits.
struct Binning
{
    size_t bins = 0; // finite bins; `bins` itself is the last, infinite one
    double largest = 0;
    double scale = 0;

    Binning(size_t pointCount, double largestFinite)
        : bins(std::clamp<size_t>(std::bit_ceil(std::max<size_t>(pointCount / 64, 1)), 16, 16384))
        , largest(largestFinite)
        , scale(largestFinite > 0 ? static_cast<double>(bins) / largestFinite : 0)
    { }

    size_t operator()(double distance) const
    {
        if (!(distance <= largest))
            return bins;
        return std::min(bins - 1, static_cast<size_t>(std::max(0.0, distance * scale)));
    }
};

double largestFinite(const double *distances, size_t count)
{
    // Four running maxima, so that each step need not wait for the last.
    double largest[4] = {0, 0, 0, 0};
    size_t i = 0;
    for (; i + 4 <= count; i += 4) {
        for (size_t lane = 0; lane < 4; ++lane) {
            const double finite = distances[i + lane] < infinity ? distances[i + lane] : 0.0;
            largest[lane] = finite > largest[lane] ? finite : largest[lane];
        }
    }
    for (; i < count; ++i) {
        const double finite = distances[i] < infinity ? distances[i] : 0.0;
        largest[0] = finite > largest[0] ? finite : largest[0];
    }
    const double first = largest[0] > largest[1] ? largest[0] : largest[1];
    const double second = largest[2] > largest[3] ? largest[2] : largest[3];
    return first > second ? first : second;
}

} // namespace

DistanceSummary summariseDistancesBySorting(const std::vector<double> &distances, const std::vector<double> &weights,
                                            const std::vector<double> &thresholds, double total)
{
    Q_ASSERT(distances.size() == weights.size());
    return summariseDistancesBySorting(distances.data(), weights.data(), distances.size(), thresholds, total);
}

DistanceSummary summariseDistancesBySorting(const double *distances, const double *weights, size_t count,
                                            const std::vector<double> &thresholds, double total)
{
    std::vector<std::pair<double, double>> byDistance(count); // metres, people
    for (size_t i = 0; i < count; ++i)
        byDistance[i] = {distances[i], weights[i]};
    std::sort(byDistance.begin(), byDistance.end());

    DistanceSummary summary;
    summary.within.assign(thresholds.size(), 0);
    double cumulative = 0;
    size_t band = 0;
    for (const auto &[distance, people] : byDistance) {
        while (band < thresholds.size() && distance > thresholds[band])
            summary.within[band++] = cumulative;
        cumulative += people;
        if (std::isnan(summary.median) && cumulative >= 0.5 * total && total > 0)
            summary.median = distance;
        if (std::isnan(summary.p90) && cumulative >= 0.9 * total && total > 0)
            summary.p90 = distance;
    }
    for (; band < thresholds.size(); ++band)
        summary.within[band] = cumulative;
    return summary;
}

DistanceSummary summariseDistances(const std::vector<double> &distances, const std::vector<double> &weights,
                                   const std::vector<double> &thresholds, double total)
{
    Q_ASSERT(distances.size() == weights.size());
    return summariseDistances(distances.data(), weights.data(), distances.size(), thresholds, total);
}

DistanceSummary summariseDistances(const double *distances, const double *weights, size_t count,
                                   const std::vector<double> &thresholds, double total)
{
    const bool thresholdsFinite = std::all_of(thresholds.begin(), thresholds.end(),
                                              [](double threshold) { return std::isfinite(threshold); });
    if (!thresholdsFinite || !std::is_sorted(thresholds.begin(), thresholds.end()))
        return summariseDistancesBySorting(distances, weights, count, thresholds, total);

    // People per histogram bin, and each point's bin.
    const Binning binOf(count, largestFinite(distances, count));
    std::vector<double> histogram(binOf.bins + 1, 0.0);
    std::vector<std::uint16_t> pointBins(count);
    bool monotone = true;
    for (size_t i = 0; i < count; ++i) {
        const size_t bin = binOf(distances[i]);
        const double people = weights[i];
        monotone &= people >= 0;
        histogram[bin] += people;
        pointBins[i] = static_cast<std::uint16_t>(bin);
    }
    if (!monotone) // a negative weight: the first crossing need not lie in the first bin that ends past it
        return summariseDistancesBySorting(distances, weights, count, thresholds, total);
    std::vector<double> before(binOf.bins + 2, 0.0); // people in the bins before each
    for (size_t bin = 0; bin <= binOf.bins; ++bin)
        before[bin + 1] = before[bin] + histogram[bin];

    // Each question is settled within one bin: a threshold falls in one, and the cumulative people first reach a
    // half and nine tenths of the total in one. Only the points of those bins are looked at one by one.
    std::vector<char> wanted(binOf.bins + 1, 0);
    std::vector<size_t> thresholdBins(thresholds.size());
    for (size_t t = 0; t < thresholds.size(); ++t) {
        thresholdBins[t] = binOf(thresholds[t]);
        wanted[thresholdBins[t]] = thresholdBins[t] < binOf.bins; // beyond the farthest: every finite distance
    }
    struct Target
    {
        double people;
        double *value;
        size_t bin = 0;
        bool found = false;
    };
    DistanceSummary summary;
    Target targets[2] = {{0.5 * total, &summary.median}, {0.9 * total, &summary.p90}};
    if (total > 0) {
        for (Target &target : targets) {
            const auto reached = std::find_if(before.begin() + 1, before.end(),
                                              [&](double people) { return people >= target.people; });
            if (reached == before.end())
                continue; // never reached, as when the weights sum to less than `total`: NaN, as when sorting
            target.found = true;
            target.bin = static_cast<size_t>(reached - before.begin()) - 1;
            if (target.bin == binOf.bins)
                *target.value = infinity;
            else
                wanted[target.bin] = 1;
        }
    }

    // The points of the wanted bins, nearest first: a bin's points are then one run.
    size_t inWanted = 0;
    for (size_t i = 0; i < count; ++i)
        inWanted += static_cast<size_t>(wanted[pointBins[i]]);
    std::vector<std::pair<double, double>> gathered(inWanted); // metres, people
    for (size_t i = 0, next = 0; next < inWanted; ++i) {
        if (wanted[pointBins[i]])
            gathered[next++] = {distances[i], weights[i]};
    }
    std::sort(gathered.begin(), gathered.end());
    const auto runOf = [&](size_t bin) {
        const auto first = std::partition_point(gathered.begin(), gathered.end(),
                                                [&](const auto &point) { return binOf(point.first) < bin; });
        const auto last = std::partition_point(first, gathered.end(),
                                               [&](const auto &point) { return binOf(point.first) <= bin; });
        return std::make_pair(first, last);
    };

    summary.within.resize(thresholds.size());
    for (size_t t = 0; t < thresholds.size(); ++t) {
        const size_t bin = thresholdBins[t];
        double people = before[bin];
        if (bin < binOf.bins) {
            const auto [first, last] = runOf(bin);
            for (auto point = first; point != last && point->first <= thresholds[t]; ++point)
                people += point->second;
        }
        summary.within[t] = people;
    }
    for (Target &target : targets) {
        if (!target.found || target.bin == binOf.bins)
            continue;
        const auto [first, last] = runOf(target.bin);
        double people = before[target.bin];
        double value = first != last ? std::prev(last)->first : infinity; // should rounding keep the sum short
        for (auto point = first; point != last; ++point) {
            people += point->second;
            if (people >= target.people) {
                value = point->first;
                break;
            }
        }
        *target.value = value;
    }
    return summary;
}

} // namespace sk
