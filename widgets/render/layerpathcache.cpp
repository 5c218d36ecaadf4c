// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "layerpathcache.h"

#include <QPolygonF>

namespace sk {

const std::vector<QPainterPath> &LayerPathCache::paths(const VectorLayer &layer, size_t level)
{
    const auto key = qMakePair(&layer, level);
    if (const auto it = m_paths.constFind(key); it != m_paths.constEnd())
        return *it;
    std::vector<QPainterPath> built;
    const bool closed = layer.geometry() == VectorLayer::Geometry::Polygons;
    for (const VectorFeature &feature : layer.level(level)) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (const QList<QPointF> &part : feature.parts) {
            if (closed) {
                path.addPolygon(QPolygonF(part));
            } else {
                path.moveTo(part.front());
                for (qsizetype i = 1; i < part.size(); ++i)
                    path.lineTo(part[i]);
            }
        }
        built.push_back(std::move(path));
    }
    return *m_paths.insert(key, std::move(built));
}

} // namespace sk
