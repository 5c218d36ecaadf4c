// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coverageresult.h"
#include "geodata/offices/office.h"
#include "geodata/offices/officestatus.h"
#include "geodata/offices/publishedcount.h"
#include "geodata/offices/rollout.h"
#include "geodata/reference/adminboundaries.h"
#include "geodata/reference/basemap.h"
#include "geodata/reference/placenames.h"

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

#include <vector>

namespace sk {

// Everything one frame shows besides the viewport: the same input for the screen, every export and the tests.
struct MapScene
{
    struct Decorations
    {
        bool dateLabel = true;
        bool legend = true;
        bool scaleBar = true;
        bool credits = true;
        bool text = true; // off for golden-image tests, whose fonts differ between machines
        bool compactLegend = false; // statuses present only, no explanations (briefings)
        bool labels = true; // names of places and counties, and of offices when close in
        bool insets = true; // Stockholm, Göteborg and Malmö at a larger scale on national views
        bool boundaries = true; // county and municipality borders
    };

    // How the coverage layer (distance to the nearest open office) is shown beneath the markers.
    struct CoverageDisplay
    {
        bool layer = false; // municipalities coloured by the seat's distance to the nearest open office
        bool distanceRings = false; // a circle of ringKm around each open office
        double ringKm = 20;
        bool operator==(const CoverageDisplay &other) const = default;
    };

    // A place suggested for a new office, numbered by rank.
    struct SuggestedPlace
    {
        QPointF position; // SWEREF 99 TM
        int rank = 0;
        QString name;
    };

    // An office near a place the Nearest offices panel asks about, with its distance as the line's label.
    struct NearestLine
    {
        QPointF office; // SWEREF 99 TM
        QString label;
    };

    const BaseMap *baseMap = nullptr;
    const AdminBoundaries *boundaries = nullptr;
    const PlaceNames *placeNames = nullptr;
    const std::vector<Office> *offices = nullptr;
    std::vector<OfficeState> states; // one per office, at `date`
    StatusCounts counts;
    QDate date;
    // The published office count nearest `date` within a month, shown beside the data's range.
    std::optional<PublishedCount> published;
    int municipalityTotal = 290;
    QString title;
    QString selectedOfficeId;
    QSet<QString> emphasisedOfficeIds; // e.g. offices that opened in the current step
    double emphasisProgress = 1.0; // 0 → 1 while the emphasis animates in
    QSet<QString> highlightedOfficeIds; // ringed until cleared, e.g. the offices that differ in the compare view
    Decorations decorations;
    double textScale = 1.0; // larger type for briefings and big exports
    double markerSize = 13.0;
    const CoverageResult *coverage = nullptr; // kept alive by whoever sets it (MapWidget holds a shared_ptr)
    CoverageDisplay coverageDisplay;
    // FA regions without an open office (the SOU 2018:43 yardstick): outlined when the outlines are set, else marked
    // at the seats.
    bool showRegionGaps = false;
    const VectorLayer *faRegionOutlines = nullptr; // FaRegionOutlines::build, kept alive by whoever sets it
    QStringList faRegionsWithoutOffice; // FA codes
    std::vector<QPointF> faRegionGapSeats; // SWEREF 99 TM seats of their municipalities
    std::vector<SuggestedPlace> suggestions;
    double suggestionRadiusKm = 0; // the distance the suggestions were chosen for, drawn as a ring
    // The place of the Nearest offices panel and a line from it to each of its nearest open offices.
    std::optional<QPointF> nearestFrom;
    std::vector<NearestLine> nearestLines;

    // What the office filter shows ("Norrbottens län · open"), drawn in the header; empty when no filter is on.
    QString filterDescription;
    // While a scenario is shown: its name for the band that says it is not the official plan, and its file and
    // save time for the credit line ("what-if.gpkg, saved 7 December 2026 14:02").
    QString scenarioName;
    QString scenarioSource;
    // A search hit, marked with a pulse and its name until the user moves on.
    struct SearchMark
    {
        QPointF position; // SWEREF 99 TM
        QString label;
    };
    std::optional<SearchMark> searchMark;
    double searchPulse = 1.0; // 0 → 1 while the pulse ring grows and fades
};

} // namespace sk
