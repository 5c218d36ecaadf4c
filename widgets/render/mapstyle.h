// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/officestatus.h"

#include <QColor>

namespace sk {

enum class MarkerShape { Circle, Diamond, Triangle, InvertedTriangle, Square, Cross };

// Colours of the map and its markers. Status colours are Okabe–Ito (safe for colour-blind readers), and every
// status also has its own marker shape, so no reader depends on colour alone.
struct MapStyle
{
    enum class Theme { Light, Dark };

    static MapStyle light();
    static MapStyle dark();
    static MapStyle forTheme(Theme theme) { return theme == Theme::Dark ? dark() : light(); }

    QColor statusColor(OfficeStatus status) const;
    static MarkerShape statusShape(OfficeStatus status);

    Theme theme = Theme::Light;
    QColor sea;
    QColor swedenLand;
    QColor neighbourLand;
    QColor lake;
    QColor coast;
    QColor nationalBorder;
    QColor countyLine;
    QColor municipalityLine;
    QColor text;
    QColor textHalo;
    QColor panel;
    QColor panelBorder;
    QColor markerOutline;
    QColor vulnerableRing;
    QColor selection;
    QColor cluster;
    QColor clusterText;
    // Names on the map: logical pixel sizes (times the scene's text scale) and colours.
    double majorPlaceLabelSize = 13.5;
    double placeLabelSize = 11.5;
    double countyLabelSize = 11.5;
    double officeLabelSize = 11.0;
    double labelHalo = 2.0;
    QColor placeText;
    QColor countyText;
    QColor placeDot;
    QColor insetOutline;
};

} // namespace sk
