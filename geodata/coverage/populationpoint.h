// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QPointF>
#include <QString>

namespace sk {

// People counted at one place: a locality, a municipality's remainder at its seat, or a feature of a user's layer.
struct PopulationPoint
{
    QPointF position; // SWEREF 99 TM, metres
    double population = 0;
    QString municipalityCode;
};

} // namespace sk
