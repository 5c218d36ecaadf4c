#pragma once

#include "adminboundaries.h"
#include "basemap.h"
#include "office.h"
#include "officestatus.h"
#include "rollout.h"

#include <QDate>
#include <QSet>
#include <QString>

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
    };

    const BaseMap *baseMap = nullptr;
    const AdminBoundaries *boundaries = nullptr;
    const std::vector<Office> *offices = nullptr;
    std::vector<OfficeState> states; // one per office, at `date`
    StatusCounts counts;
    QDate date;
    int municipalityTotal = 290;
    QString title;
    QString selectedOfficeId;
    QSet<QString> emphasisedOfficeIds; // e.g. offices that opened in the current step
    Decorations decorations;
    double textScale = 1.0; // larger type for briefings and big exports
    double markerSize = 13.0;
};

} // namespace sk
