// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coverageresult.h"
#include "widgets/render/mapstyle.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace sk {

// The distance classes the coverage layer colours municipalities by: an open office in the municipality, then the
// seat's straight-line distance to the nearest open office up to 10, 20, 30 and 50 km, and beyond.
// Fixed rather than following the panel's editable bands, so that maps of different dates and settings compare.
class CoverageClasses
{
    Q_DECLARE_TR_FUNCTIONS(sk::CoverageClasses)

public:
    static constexpr int count = 6;

    static int classOf(const MunicipalityCoverage &municipality);
    // "Office in the municipality", "Up to 10 km", "10–20 km", …, "Over 50 km".
    static QString label(int distanceClass);
    // A sequential ColorBrewer-based purple ramp, chosen to stay apart from the Okabe–Ito marker colours: light to
    // dark on the light theme, dark to light on the dark theme, so that the farthest class always stands out.
    static QColor colour(int distanceClass, MapStyle::Theme theme);
};

} // namespace sk
