// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "placelookup.h"

#include "geodata/geo/coordinateparser.h"
#include "geodata/offices/searchindex.h"

namespace sk {

PlaceLookup::Place PlaceLookup::resolve(const QString &text, const ReferenceData &reference)
{
    Place place;
    if (CoordinateParser::looksLikeCoordinate(text)) {
        if (const std::optional<QGeoCoordinate> coordinate = CoordinateParser::parse(text, &place.error)) {
            place.coordinate = *coordinate;
            place.label = text.trimmed();
        } else {
            place.failure = Place::Failure::BadCoordinate;
        }
        return place;
    }
    const QString wanted = SearchIndex::fold(text);
    if (wanted.isEmpty()) {
        place.failure = Place::Failure::UnknownPlace;
        place.error = tr("no place given: type a locality, a municipality or a coordinate");
        return place;
    }
    // Of several localities with the name (two Anderstorp, two Hestra, …), the largest.
    const Locality *best = nullptr;
    for (const Locality &locality : reference.localities()) {
        if (SearchIndex::fold(locality.name) == wanted && (!best || locality.population > best->population))
            best = &locality;
    }
    if (best) {
        place.coordinate = best->coordinate;
        place.label = best->name;
        place.municipalityCode = best->municipalityCode;
        return place;
    }
    for (const Municipality &municipality : reference.municipalities()) {
        if (SearchIndex::fold(municipality.name) == wanted || SearchIndex::fold(municipality.seat) == wanted) {
            place.coordinate = municipality.seatCoordinate;
            place.label = tr("%1 (seat of %2)").arg(municipality.seat, municipality.name);
            place.municipalityCode = municipality.code;
            return place;
        }
    }
    place.failure = Place::Failure::UnknownPlace;
    place.error = tr("'%1' is neither a locality nor a municipality in the reference tables, nor a coordinate")
                          .arg(text.trimmed());
    return place;
}

} // namespace sk
