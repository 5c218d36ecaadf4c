// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/geo/vectorlayer.h"

#include <QHash>
#include <QPainterPath>

#include <vector>

namespace sk {

// One QPainterPath per feature of a layer's level of detail, built on first use and kept until clear(): painting
// a frame then never converts coordinates again. Polygon rings are closed (even-odd fill, so holes stay holes);
// line layers stay open.
class LayerPathCache
{
public:
    const std::vector<QPainterPath> &paths(const VectorLayer &layer, size_t level);
    // Call when a layer the cache has seen is replaced.
    void clear() { m_paths.clear(); }

private:
    QHash<QPair<const VectorLayer *, size_t>, std::vector<QPainterPath>> m_paths;
};

} // namespace sk
