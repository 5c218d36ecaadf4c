// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "cityinsets.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace sk {

namespace {

// The tallest inset takes this share of the frame's height; all insets share its scale.
constexpr double tallestShare = 0.36;
constexpr double searchStep = 8.0;

QRectF worldRect(double west, double south, double east, double north)
{
    return QRectF(QPointF(west, south), QPointF(east, north));
}

} // namespace

const std::vector<CityInset> &CityInsets::sweden()
{
    // Extents drawn round the offices that share a cluster on a 1920 × 1080 national map.
    static const std::vector<CityInset> insets{
            {QStringLiteral("Stockholm–Uppsala"), worldRect(641'000, 6'556'000, 689'000, 6'645'000)},
            {QStringLiteral("Göteborg"), worldRect(300'000, 6'368'000, 342'000, 6'426'000)},
            {QStringLiteral("Malmö–Helsingborg"), worldRect(350'000, 6'155'000, 398'000, 6'222'000)},
    };
    return insets;
}

std::vector<PlacedInset> CityInsets::place(const std::vector<CityInset> &insets, const MapViewport &main,
                                           const OccupancyMask &land, const std::vector<QRectF> &obstacles,
                                           double textScale)
{
    std::vector<PlacedInset> placed;
    if (insets.empty() || main.metresPerPixel() < fromMetresPerPixel)
        return placed;
    const QSizeF frameSize = main.size();
    double tallest = 0;
    for (const CityInset &inset : insets)
        tallest = std::max(tallest, inset.extent.height());
    const double scale = tallest / (tallestShare * frameSize.height());
    // An inset must show its area markedly larger than the main map does.
    if (scale * 2.5 > main.metresPerPixel())
        return placed;
    const double pad = 4 * textScale;
    const double titleHeight = 20 * textScale;
    const double margin = 10 * textScale;
    const double clearance = 6 * textScale; // kept free around each inset, from land and from each other

    std::vector<QRectF> taken = obstacles;
    // Room beside each outlined area for its city's name on the main map.
    for (const CityInset &inset : insets) {
        const QRectF outline
                = QRectF(main.worldToScreen(inset.extent.topLeft()), main.worldToScreen(inset.extent.bottomRight()))
                          .normalized();
        taken.push_back(outline.adjusted(-90 * textScale, -4 * textScale, 90 * textScale, 4 * textScale));
    }
    for (size_t i = 0; i < insets.size(); ++i) {
        const CityInset &inset = insets[i];
        // Whole pixels, so that an image of the inset's map has no partly covered edge.
        const QSizeF mapSize(std::ceil(inset.extent.width() / scale), std::ceil(inset.extent.height() / scale));
        if (mapSize.height() < minimumMapHeight * std::min(textScale, 1.0))
            continue;
        const QSizeF panelSize(mapSize.width() + 2 * pad, mapSize.height() + titleHeight + 2 * pad);
        const QRectF outline
                = QRectF(main.worldToScreen(inset.extent.topLeft()), main.worldToScreen(inset.extent.bottomRight()))
                          .normalized();
        // Outwards from the city in rings: the first free place is the nearest (to within a search step).
        const QRectF allowed = QRectF(QPointF(0, 0), frameSize).adjusted(margin, margin, -margin, -margin);
        const double farthest = std::hypot(frameSize.width(), frameSize.height());
        QRectF best;
        for (double radius = 0; radius < farthest && best.isEmpty(); radius += searchStep) {
            const int steps = std::max(8, static_cast<int>(2 * std::numbers::pi * radius / searchStep));
            for (int k = 0; k < steps; ++k) {
                const double angle = 2 * std::numbers::pi * k / steps;
                const QPointF centre = outline.center() + QPointF(std::cos(angle), std::sin(angle)) * radius;
                const QRectF panel(centre - QPointF(panelSize.width() / 2, panelSize.height() / 2), panelSize);
                if (!allowed.contains(panel))
                    continue;
                const QRectF kept = panel.adjusted(-clearance, -clearance, clearance, clearance);
                if (land.intersects(kept) || std::any_of(taken.begin(), taken.end(), [&](const QRectF &other) {
                        return other.intersects(kept);
                    }))
                    continue;
                best = panel;
                break;
            }
        }
        if (best.isEmpty())
            continue;
        PlacedInset result;
        result.index = static_cast<int>(i);
        result.title = inset.title;
        result.extent = inset.extent;
        result.frame = best;
        result.titleStrip = QRectF(best.left() + pad, best.top() + pad, mapSize.width(), titleHeight);
        result.map = QRectF(QPointF(best.left() + pad, best.top() + pad + titleHeight), mapSize);
        result.outline = outline;
        result.viewport.setSize(mapSize);
        result.viewport.setDevicePixelRatio(main.devicePixelRatio());
        result.viewport.setCentre(inset.extent.center());
        result.viewport.setMetresPerPixel(scale);
        taken.push_back(best);
        placed.push_back(std::move(result));
    }
    return placed;
}

} // namespace sk
