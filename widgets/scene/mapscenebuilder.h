// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/atlas/atlas.h"
#include "geodata/offices/officefilter.h"
#include "widgets/scene/mapscene.h"

namespace sk {

// The one way a MapScene is made from the data at a date, for the window and every export alike. Offices the
// filter hides are neither drawn nor counted, and the header says what the filter shows.
class MapSceneBuilder
{
public:
    static MapScene build(const Atlas &atlas, QDate date, const OfficeFilter &filter = {});
};

} // namespace sk
