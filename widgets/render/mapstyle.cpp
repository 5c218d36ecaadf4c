// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "mapstyle.h"

namespace sk {

MapStyle MapStyle::light()
{
    MapStyle style;
    style.theme = Theme::Light;
    style.sea = QColor(0xd6, 0xe4, 0xee);
    style.swedenLand = QColor(0xfb, 0xfa, 0xf6);
    style.neighbourLand = QColor(0xe6, 0xe4, 0xdf);
    style.lake = QColor(0xd6, 0xe4, 0xee);
    style.coast = QColor(0x9a, 0xb3, 0xc4);
    style.nationalBorder = QColor(0x6e, 0x6a, 0x66);
    style.countyLine = QColor(0xa8, 0xa3, 0x9c);
    style.municipalityLine = QColor(0xcf, 0xcb, 0xc4);
    style.text = QColor(0x22, 0x24, 0x28);
    style.textHalo = QColor(255, 255, 255, 220);
    style.panel = QColor(255, 255, 255, 232);
    style.panelBorder = QColor(0, 0, 0, 40);
    style.markerOutline = QColor(0x1a, 0x1a, 0x1a);
    style.vulnerableRing = QColor(0xcc, 0x79, 0xa7);
    style.selection = QColor(0x1a, 0x1a, 0x1a);
    style.cluster = QColor(0x33, 0x3d, 0x47);
    style.clusterText = QColor(255, 255, 255);
    style.placeText = QColor(0x2a, 0x2c, 0x30);
    style.countyText = QColor(0x80, 0x78, 0x6e);
    style.placeDot = QColor(0x3a, 0x3c, 0x40);
    style.insetOutline = QColor(0x3a, 0x4a, 0x5a);
    return style;
}

MapStyle MapStyle::dark()
{
    MapStyle style;
    style.theme = Theme::Dark;
    style.sea = QColor(0x12, 0x1a, 0x24);
    style.swedenLand = QColor(0x3a, 0x3f, 0x46);
    style.neighbourLand = QColor(0x26, 0x2a, 0x30);
    style.lake = QColor(0x12, 0x1a, 0x24);
    style.coast = QColor(0x4a, 0x5a, 0x6a);
    style.nationalBorder = QColor(0xb0, 0xb4, 0xba);
    style.countyLine = QColor(0x6a, 0x70, 0x78);
    style.municipalityLine = QColor(0x50, 0x56, 0x5e);
    style.text = QColor(0xf0, 0xf2, 0xf4);
    style.textHalo = QColor(0, 0, 0, 200);
    style.panel = QColor(0x1c, 0x20, 0x26, 235);
    style.panelBorder = QColor(255, 255, 255, 50);
    style.markerOutline = QColor(0x10, 0x10, 0x10);
    style.vulnerableRing = QColor(0xe8, 0x9c, 0xc8);
    style.selection = QColor(255, 255, 255);
    style.cluster = QColor(0xe8, 0xea, 0xee);
    style.clusterText = QColor(0x10, 0x14, 0x18);
    style.placeText = QColor(0xe8, 0xea, 0xee);
    style.countyText = QColor(0xa0, 0xa8, 0xb2);
    style.placeDot = QColor(0xd8, 0xdc, 0xe2);
    style.insetOutline = QColor(0xc8, 0xd0, 0xda);
    // Light type on a dark ground looks heavier: a touch smaller keeps the same weight.
    style.placeLabelSize = 11.0;
    return style;
}

QColor MapStyle::statusColor(OfficeStatus status) const
{
    switch (status) {
    case OfficeStatus::Open:
        return QColor(0x00, 0x9e, 0x73); // bluish green
    case OfficeStatus::Establishing:
        return QColor(0xe6, 0x9f, 0x00); // orange
    case OfficeStatus::PlannedPhase1:
        return QColor(0x00, 0x72, 0xb2); // blue
    case OfficeStatus::PlannedPhase2:
        return QColor(0x56, 0xb4, 0xe9); // sky blue
    case OfficeStatus::PlannedLater:
        return QColor(0xf0, 0xe4, 0x42); // yellow
    case OfficeStatus::Closed:
        return QColor(0xd5, 0x5e, 0x00); // vermillion
    case OfficeStatus::NotYetKnown:
        break;
    }
    return QColor(0x99, 0x99, 0x99);
}

MarkerShape MapStyle::statusShape(OfficeStatus status)
{
    switch (status) {
    case OfficeStatus::Open:
        return MarkerShape::Circle;
    case OfficeStatus::Establishing:
        return MarkerShape::Diamond;
    case OfficeStatus::PlannedPhase1:
        return MarkerShape::Triangle;
    case OfficeStatus::PlannedPhase2:
        return MarkerShape::InvertedTriangle;
    case OfficeStatus::PlannedLater:
        return MarkerShape::Square;
    case OfficeStatus::Closed:
        return MarkerShape::Cross;
    case OfficeStatus::NotYetKnown:
        break;
    }
    return MarkerShape::Circle;
}

} // namespace sk
