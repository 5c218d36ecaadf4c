// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "municipalitypeople.h"

#include <QHash>

namespace sk {

std::vector<MunicipalityPeople> MunicipalityPeople::split(const ReferenceData &reference)
{
    QHash<QString, std::vector<const Locality *>> localitiesOf;
    for (const Locality &locality : reference.localities()) {
        if (!locality.municipalityCode.isEmpty())
            localitiesOf[locality.municipalityCode].push_back(&locality);
    }
    std::vector<MunicipalityPeople> shares;
    shares.reserve(reference.municipalities().size());
    for (const Municipality &municipality : reference.municipalities()) {
        MunicipalityPeople share;
        share.municipality = &municipality;
        const std::vector<const Locality *> localities = localitiesOf.value(municipality.code);
        double localityTotal = 0;
        for (const Locality *locality : localities)
            localityTotal += static_cast<double>(locality->population);
        const double population = static_cast<double>(municipality.population);
        const bool scaleDown = localityTotal >= population && localityTotal > 0;
        for (const Locality *locality : localities) {
            const double people = static_cast<double>(locality->population);
            share.localities.push_back({locality, scaleDown ? population * people / localityTotal : people});
        }
        share.rest = population > localityTotal ? population - localityTotal : 0;
        shares.push_back(std::move(share));
    }
    return shares;
}

} // namespace sk
