// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/rollout.h"
#include "geodata/reference/municipality.h"
#include "geodata/reference/referencedata.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace sk {

// What a municipality looks like on one date: its reference facts, the offices open in it, the nearest open office
// to its seat (straight-line distance in SWEREF 99 TM), and when on the timeline it got or lost an office.
struct MunicipalityProfile
{
    struct NearestOffice
    {
        Office office;
        double distanceKm = 0;
    };

    struct Event
    {
        enum class Kind { OfficeOpened, OfficeClosed, FirstOfficeOpened, LastOfficeClosed };
        QDate date;
        Kind kind = Kind::OfficeOpened;
        QString officeName;
        bool operator==(const Event &other) const = default;
    };

    Municipality municipality;
    QDate date;
    std::vector<Office> openOffices; // in the municipality, open at `date`, by name
    std::optional<NearestOffice> nearestOpenOffice; // anywhere in the country, from the seat
    bool hadOfficeAtTimelineStart = false;
    std::vector<Event> events; // in date order, over the whole timeline

    // nullopt for an unknown code.
    static std::optional<MunicipalityProfile> build(const Rollout &rollout, const ReferenceData &reference,
                                                    const QString &code, QDate date);
};

} // namespace sk
