// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QGeoCoordinate>
#include <QPointF>
#include <QString>

namespace sk {

// A place where an additional office could go: a municipality seat or a GeoNames locality.
struct SuggestionCandidate
{
    enum class Kind { Seat, Locality };

    QString name;
    QString municipalityCode;
    QString municipality;
    QString county;
    QPointF position; // SWEREF 99 TM
    QGeoCoordinate coordinate;
    Kind kind = Kind::Locality;
    // The GeoNames population of the place (for a seat, of the locality at the seat; 0 when none is listed).
    qint64 placePopulation = 0;

    bool operator==(const SuggestionCandidate &other) const = default;
};

} // namespace sk
