// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "municipalityprofile.h"

#include <QLineF>

#include <algorithm>

namespace sk {

std::optional<MunicipalityProfile> MunicipalityProfile::build(const Rollout &rollout, const ReferenceData &reference,
                                                              const QString &code, QDate date)
{
    const Municipality *municipality = reference.municipality(code);
    if (!municipality)
        return std::nullopt;
    MunicipalityProfile profile;
    profile.municipality = *municipality;
    profile.date = date;

    std::vector<const Office *> own;
    double nearest = std::numeric_limits<double>::infinity();
    for (const Office &office : rollout.offices()) {
        const bool isOwn = office.municipalityCode == code;
        if (isOwn)
            own.push_back(&office);
        if (Rollout::stateAt(office, date).status != OfficeStatus::Open)
            continue;
        if (isOwn)
            profile.openOffices.push_back(office);
        const double metres = QLineF(municipality->seatPosition, office.position).length();
        if (metres < nearest) {
            nearest = metres;
            profile.nearestOpenOffice = NearestOffice{office, metres / 1000.0};
        }
    }
    std::sort(profile.openOffices.begin(), profile.openOffices.end(),
              [](const Office &a, const Office &b) { return a.name < b.name; });

    // Statuses change only from one day to the next, so a walk over the days of the timeline finds every change.
    std::vector<bool> wasOpen(own.size());
    int openBefore = 0;
    for (size_t i = 0; i < own.size(); ++i) {
        wasOpen[i] = Rollout::stateAt(*own[i], rollout.firstDate()).status == OfficeStatus::Open;
        openBefore += wasOpen[i] ? 1 : 0;
    }
    profile.hadOfficeAtTimelineStart = openBefore > 0;
    for (QDate day = rollout.firstDate().addDays(1); !own.empty() && day <= rollout.lastDate(); day = day.addDays(1)) {
        int openNow = 0;
        std::vector<Event> officeEvents;
        for (size_t i = 0; i < own.size(); ++i) {
            const bool open = Rollout::stateAt(*own[i], day).status == OfficeStatus::Open;
            openNow += open ? 1 : 0;
            if (open != wasOpen[i])
                officeEvents.push_back(
                        {day, open ? Event::Kind::OfficeOpened : Event::Kind::OfficeClosed, own[i]->name});
            wasOpen[i] = open;
        }
        if (openBefore == 0 && openNow > 0)
            profile.events.push_back({day, Event::Kind::FirstOfficeOpened, {}});
        else if (openBefore > 0 && openNow == 0)
            profile.events.push_back({day, Event::Kind::LastOfficeClosed, {}});
        profile.events.insert(profile.events.end(), officeEvents.begin(), officeEvents.end());
        openBefore = openNow;
    }
    return profile;
}

} // namespace sk
