// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/reference/placenames.h"

#include <QFont>
#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace sk {

enum class MapLabelKind { County, MajorPlace, Place, Office };

// One placed name, in the pixels of the layout it was placed in.
struct MapLabel
{
    QString text;
    MapLabelKind kind = MapLabelKind::Place;
    QRectF box; // the text with its halo; no other label, marker or dot overlaps it
    QPointF baseline; // where the text starts
    bool hasDot = false; // a place with no marker of its own gets a dot
    QPointF dot;

    MapLabel translated(const QPointF &offset) const;
};

// Which names a map shows at a scale and where, without overlapping each other, any marker or cluster, or any dot.
// Computed in "layout pixels": world metres divided by the scale (y up → down) plus an origin, so that the main map
// can place once per scale in a frame that panning only shifts; an inset places in its own frame.
class MapLabelLayout
{
public:
    struct Fonts
    {
        QFont county;
        QFont majorPlace;
        QFont place;
        QFont office;
        double halo = 2.0; // pixels of halo around the text, inside each box
        double dotRadius = 2.5;
        bool operator==(const Fonts &other) const = default;
    };

    struct Request
    {
        double metresPerPixel = 1000;
        QPointF origin; // layout pixel of world (0, 0)
        const PlaceNames *names = nullptr;
        Fonts fonts;
        // Markers, clusters and other things a name must not cover. A place inside one is named beside it (one name
        // a box, the most important place) instead of at a dot.
        std::vector<QRectF> markerBoxes;
        // Office names to place beside their markers (close zoom): text and marker box.
        std::vector<std::pair<QString, QRectF>> officeNames;
        QRectF worldArea; // only places inside are named; empty: all
        QRectF bounds; // every box inside; empty: unbounded
        std::vector<QRectF> obstacles; // kept clear, but no anchor for a name (e.g. an inset's scale bar)
        bool operator==(const Request &other) const = default;
    };

    // Office names are placed at or below this scale.
    static constexpr double officeNamesBelowMetresPerPixel = 60.0;
    // Whether a place is named at all at this scale: county seats at national scale, then more municipality seats
    // and localities by population as the scale grows.
    static bool isWanted(const PlaceName &place, double metresPerPixel);
    static QPointF toLayout(const QPointF &world, double metresPerPixel, const QPointF &origin = {});

    // Placed again only when the request differs from the last one.
    const std::vector<MapLabel> &labels(const Request &request);
    // How many times labels were placed (panning must not add to it).
    int placementCount() const { return m_placementCount; }

    // Text widths by font and text, kept across placements (measuring is most of a placement's cost).
    using WidthCache = QHash<QString, double>;
    static std::vector<MapLabel> place(const Request &request, WidthCache *widths = nullptr);

private:
    Request m_request;
    bool m_valid = false;
    std::vector<MapLabel> m_labels;
    int m_placementCount = 0;
    Fonts m_measuredFonts;
    WidthCache m_widths;
};

} // namespace sk
