// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coverageclasses.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>

namespace sk {

namespace {

constexpr std::array<double, CoverageClasses::count - 2> upperKm{10, 20, 30, 50};

} // namespace

int CoverageClasses::classOf(const MunicipalityCoverage &municipality)
{
    if (municipality.hasOffice)
        return 0;
    for (size_t i = 0; i < upperKm.size(); ++i) {
        if (municipality.seatDistanceKm <= upperKm[i])
            return static_cast<int>(i) + 1;
    }
    return count - 1;
}

QString CoverageClasses::label(int distanceClass)
{
    const QLocale locale;
    const auto km = [&](size_t i) { return locale.toString(upperKm[i]); };
    if (distanceClass <= 0)
        return tr("Office in the municipality");
    if (distanceClass == 1)
        return tr("Up to %1 km").arg(km(0));
    if (distanceClass >= count - 1)
        return tr("Over %1 km").arg(km(upperKm.size() - 1));
    const size_t upper = static_cast<size_t>(distanceClass) - 1;
    return tr("%1–%2 km").arg(km(upper - 1), km(upper));
}

QColor CoverageClasses::colour(int distanceClass, MapStyle::Theme theme)
{
    // ColorBrewer Purples (6 classes) on light land; on dark land the same hue with lightness reversed.
    static const std::array<QColor, count> light{QColor(0xf2, 0xf0, 0xf7), QColor(0xda, 0xda, 0xeb),
                                                 QColor(0xbc, 0xbd, 0xdc), QColor(0x9e, 0x9a, 0xc8),
                                                 QColor(0x75, 0x6b, 0xb1), QColor(0x54, 0x27, 0x8f)};
    static const std::array<QColor, count> dark{QColor(0x45, 0x42, 0x58), QColor(0x57, 0x4f, 0x7c),
                                                QColor(0x6f, 0x62, 0xa3), QColor(0x8e, 0x7c, 0xc6),
                                                QColor(0xb4, 0xa0, 0xe4), QColor(0xe2, 0xd4, 0xff)};
    const size_t index = static_cast<size_t>(std::clamp(distanceClass, 0, count - 1));
    return theme == MapStyle::Theme::Dark ? dark[index] : light[index];
}

} // namespace sk
