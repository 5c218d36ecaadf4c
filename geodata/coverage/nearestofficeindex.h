// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/office.h"

#include <QDate>
#include <QPointF>

#include <limits>
#include <memory>
#include <vector>

namespace sk {

// Nearest-neighbour search over a set of positions in SWEREF 99 TM (a nanoflann KD-tree, 2D, squared L2).
// Built per date from the offices open then; const queries are safe from several threads at once.
class NearestOfficeIndex
{
public:
    struct Hit
    {
        int office = -1; // as given to the constructor; -1 when the index is empty
        double distance = std::numeric_limits<double>::infinity(); // metres
    };

    NearestOfficeIndex();
    // `offices[i]` is what a hit on `positions[i]` reports; by default i itself.
    explicit NearestOfficeIndex(std::vector<QPointF> positions, std::vector<int> offices = {});
    NearestOfficeIndex(NearestOfficeIndex &&other) noexcept;
    NearestOfficeIndex &operator=(NearestOfficeIndex &&other) noexcept;
    ~NearestOfficeIndex();

    // The offices whose status is Open at `date` (Rollout::stateAt); hits report indices into `offices`.
    static NearestOfficeIndex openAt(const std::vector<Office> &offices, QDate date);

    bool isEmpty() const { return size() == 0; }
    int size() const;
    // What the hits report, one per position.
    const std::vector<int> &offices() const;
    Hit nearest(QPointF point) const;
    // The same answer by checking every position; the reference the KD-tree is tested and benchmarked against.
    Hit nearestBruteForce(QPointF point) const;

private:
    struct Tree;
    std::unique_ptr<Tree> m_tree;
};

} // namespace sk
