// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "maplabellayout.h"

#include "widgets/scene/labelplacer.h"

#include <QFontMetricsF>

#include <algorithm>
#include <array>

namespace sk {

namespace {

// At national scale (1 500 m a pixel) localities of 40 000 people and seats of 10 000; the threshold falls with
// the square of the scale, as the area a name covers does.
constexpr double nationalScale = 1500.0;
constexpr double nationalPopulation = 40'000.0;
constexpr double seatWeight = 4.0;
constexpr double majorPopulation = 100'000.0;
// Counties are named between regional and national scale; closer in, their names only repeat the towns'.
constexpr double countyNamesFromMetresPerPixel = 400.0;
constexpr double countySeatsUpToMetresPerPixel = 5000.0;

struct Candidate
{
    QString text;
    MapLabelKind kind;
    QPointF point; // layout pixels
    int rank; // lower first
    qint64 population;
};

} // namespace

MapLabel MapLabel::translated(const QPointF &offset) const
{
    MapLabel moved = *this;
    moved.box.translate(offset);
    moved.baseline += offset;
    moved.dot += offset;
    return moved;
}

bool MapLabelLayout::isWanted(const PlaceName &place, double metresPerPixel)
{
    if (place.kind == PlaceName::Kind::County)
        return metresPerPixel >= countyNamesFromMetresPerPixel;
    if (place.kind == PlaceName::Kind::CountySeat)
        return metresPerPixel <= countySeatsUpToMetresPerPixel;
    const double ratio = metresPerPixel / nationalScale;
    const double weight = static_cast<double>(place.population)
            * (place.kind == PlaceName::Kind::MunicipalitySeat ? seatWeight : 1.0);
    return weight >= nationalPopulation * ratio * ratio;
}

QPointF MapLabelLayout::toLayout(const QPointF &world, double metresPerPixel, const QPointF &origin)
{
    return QPointF(world.x() / metresPerPixel, -world.y() / metresPerPixel) + origin;
}

const std::vector<MapLabel> &MapLabelLayout::labels(const Request &request)
{
    if (!m_valid || !(request == m_request)) {
        if (!(request.fonts == m_measuredFonts)) {
            m_widths.clear();
            m_measuredFonts = request.fonts;
        }
        m_labels = place(request, &m_widths);
        m_request = request;
        m_valid = true;
        ++m_placementCount;
    }
    return m_labels;
}

std::vector<MapLabel> MapLabelLayout::place(const Request &request, WidthCache *widths)
{
    WidthCache localWidths;
    WidthCache &widthOf = widths ? *widths : localWidths;
    std::vector<Candidate> candidates;
    const double scale = request.metresPerPixel;
    if (request.names) {
        const auto consider = [&](const PlaceName &place) {
            if (!request.worldArea.isEmpty() && !request.worldArea.contains(place.position))
                return;
            if (!isWanted(place, scale))
                return;
            Candidate candidate{place.name, MapLabelKind::Place, toLayout(place.position, scale, request.origin), 3,
                                place.population};
            switch (place.kind) {
            case PlaceName::Kind::County:
                candidate.kind = MapLabelKind::County;
                candidate.rank = 2;
                break;
            case PlaceName::Kind::CountySeat:
                candidate.kind = MapLabelKind::MajorPlace;
                candidate.rank = 0;
                break;
            default:
                if (place.population >= majorPopulation) {
                    candidate.kind = MapLabelKind::MajorPlace;
                    candidate.rank = 1;
                }
                break;
            }
            candidates.push_back(std::move(candidate));
        };
        for (const PlaceName &place : request.names->places())
            consider(place);
        for (const PlaceName &county : request.names->counties())
            consider(county);
    }
    // Close in, the offices are what the map is about: their names come first.
    for (const auto &[text, box] : request.officeNames)
        candidates.push_back({text, MapLabelKind::Office, box.center(), -1, 0});
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.rank != b.rank ? a.rank < b.rank : a.population > b.population;
    });

    LabelPlacer placer(request.bounds);
    for (const QRectF &box : request.markerBoxes)
        placer.addObstacle(box);
    for (const QRectF &box : request.obstacles)
        placer.addObstacle(box);
    // Which marker boxes already carry a name.
    std::vector<bool> boxNamed(request.markerBoxes.size(), false);
    const auto boxContaining = [&](const QPointF &point) -> int {
        for (size_t i = 0; i < request.markerBoxes.size(); ++i) {
            if (request.markerBoxes[i].contains(point))
                return static_cast<int>(i);
        }
        return -1;
    };

    const std::array<QFontMetricsF, 4> metricsOf{
            QFontMetricsF(request.fonts.county), QFontMetricsF(request.fonts.majorPlace),
            QFontMetricsF(request.fonts.place), QFontMetricsF(request.fonts.office)};
    std::vector<MapLabel> placed;
    const double halo = request.fonts.halo;
    const double dot = request.fonts.dotRadius;
    const double gap = halo + 1.5;
    for (const Candidate &candidate : candidates) {
        const QFontMetricsF &metrics = metricsOf[static_cast<size_t>(candidate.kind)];
        const QString key = QString::number(static_cast<int>(candidate.kind)) + candidate.text;
        auto width = widthOf.constFind(key);
        if (width == widthOf.constEnd())
            width = widthOf.insert(key, metrics.horizontalAdvance(candidate.text));
        const QSizeF size(*width + 2 * halo, metrics.ascent() + metrics.descent() + 2 * halo);
        MapLabel label{candidate.text, candidate.kind};
        std::optional<QRectF> box;
        if (candidate.kind == MapLabelKind::County) {
            box = placer.placeFirstFitting(LabelPlacer::areaPositions(candidate.point, size));
        } else {
            QRectF anchor;
            const int markerBox = boxContaining(candidate.point);
            if (markerBox >= 0) {
                // One name a box: the most important place in it, or none when that one does not fit.
                if (candidate.kind != MapLabelKind::Office && boxNamed[static_cast<size_t>(markerBox)])
                    continue;
                if (candidate.kind != MapLabelKind::Office)
                    boxNamed[static_cast<size_t>(markerBox)] = true;
                anchor = request.markerBoxes[static_cast<size_t>(markerBox)];
            } else {
                anchor = QRectF(candidate.point - QPointF(dot, dot), QSizeF(2 * dot, 2 * dot));
                if (!placer.fits(anchor))
                    continue;
                label.hasDot = true;
                label.dot = candidate.point;
            }
            box = placer.placeFirstFitting(LabelPlacer::pointPositions(anchor, size, gap));
            if (box && label.hasDot)
                placer.addObstacle(anchor);
            if (box && markerBox >= 0)
                boxNamed[static_cast<size_t>(markerBox)] = true; // an office's own name stands for its town
        }
        if (!box)
            continue;
        label.box = *box;
        label.baseline = QPointF(box->left() + halo, box->top() + halo + metrics.ascent());
        placed.push_back(std::move(label));
    }
    return placed;
}

} // namespace sk
