// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/layerpainter.h"
#include "widgets/render/mapstyle.h"
#include "widgets/scene/mapscene.h"
#include "widgets/scene/mapviewport.h"

class QPainter;

namespace sk {

// Paints the places suggested for new offices (scene.suggestions): a dashed ring of the distance they were chosen
// for, and a numbered badge in the text colours, unlike every status marker, with the place's name beside it.
class SuggestionPainter : public LayerPainter
{
public:
    void paintLayer(QPainter &painter, const LayerContext &context) override;
};

} // namespace sk
