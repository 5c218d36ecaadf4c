// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/mapstyle.h"
#include "widgets/scene/mapscene.h"
#include "widgets/scene/mapviewport.h"

class QPainter;

namespace sk {

// Marks a search hit (scene.searchMark): a ring that pulses outwards while scene.searchPulse runs from 0 to 1, a
// steady ring around the place and its name in a label beside it.
class SearchMarkPainter
{
public:
    static void paint(QPainter &painter, const MapViewport &viewport, const MapScene &scene, const MapStyle &style);
};

} // namespace sk
