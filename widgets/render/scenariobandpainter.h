// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/mapstyle.h"
#include "widgets/scene/mapscene.h"
#include "widgets/scene/mapviewport.h"

#include <QCoreApplication>

class QPainter;

namespace sk {

// While a scenario is shown (scene.scenarioName set): a band across the top of the map saying so, in every view and
// export, so a what-if map can never pass for the official plan.
class ScenarioBandPainter
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioBandPainter)

public:
    static QString bandText(const MapScene &scene);
    // The band's height in logical pixels; 0 without a scenario. Decorations below the top edge start under it.
    static double height(const MapScene &scene);
    static void paint(QPainter &painter, const MapViewport &viewport, const MapScene &scene);
};

} // namespace sk
