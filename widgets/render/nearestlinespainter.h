// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/layerpainter.h"

class QPainter;

namespace sk {

// Paints the Nearest offices panel's answer (scene.nearestFrom, scene.nearestLines): a line from the place to each
// of its nearest offices with the distance written at its middle, and a pin at the place.
class NearestLinesPainter : public LayerPainter
{
public:
    void paintLayer(QPainter &painter, const LayerContext &context) override;
};

} // namespace sk
