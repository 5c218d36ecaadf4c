// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "nearestoffices.h"

#include "geodata/offices/rollout.h"

#include <algorithm>

namespace sk {

std::vector<NearbyOffice> NearestOffices::find(const std::vector<Office> &offices, const QGeoCoordinate &from,
                                               QDate date, int count)
{
    std::vector<NearbyOffice> open;
    if (!from.isValid() || count <= 0)
        return open;
    for (size_t i = 0; i < offices.size(); ++i) {
        const Office &office = offices[i];
        if (Rollout::stateAt(office, date).status != OfficeStatus::Open)
            continue;
        NearbyOffice nearby;
        nearby.office = static_cast<int>(i);
        nearby.id = office.id;
        nearby.name = office.name;
        nearby.municipality = office.municipality;
        nearby.coordinate = office.coordinate;
        nearby.distanceMetres = from.distanceTo(office.coordinate);
        nearby.bearingDegrees = from.azimuthTo(office.coordinate);
        open.push_back(std::move(nearby));
    }
    const auto nearer = [](const NearbyOffice &a, const NearbyOffice &b) {
        return a.distanceMetres != b.distanceMetres ? a.distanceMetres < b.distanceMetres : a.id < b.id;
    };
    const size_t kept = std::min(open.size(), static_cast<size_t>(count));
    std::partial_sort(open.begin(), open.begin() + static_cast<std::ptrdiff_t>(kept), open.end(), nearer);
    open.resize(kept);
    return open;
}

} // namespace sk
