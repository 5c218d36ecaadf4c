// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/reference/referencedata.h"

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QString>

namespace sk {

// What a person typed to say where they are: a coordinate (CoordinateParser) or the name of a locality or a
// municipality, found regardless of case and of å/ä/ö ("pajala", "Malmo"). A name that is both a locality and a
// municipality means the locality, the town itself; a municipality alone means its seat.
class PlaceLookup
{
    Q_DECLARE_TR_FUNCTIONS(sk::PlaceLookup)

public:
    struct Place
    {
        enum class Failure { None, BadCoordinate, UnknownPlace };
        Failure failure = Failure::None;
        QString error; // when failed: what is wrong, for the person who typed it
        QGeoCoordinate coordinate;
        QString label; // "Pajala", "Pajala (municipality seat)" or the coordinate as typed
        QString municipalityCode; // of the locality or municipality; empty for a coordinate

        bool ok() const { return failure == Failure::None; }
    };

    static Place resolve(const QString &text, const ReferenceData &reference);
};

} // namespace sk
