// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/geo/vectorlayer.h"

#include <QCoreApplication>

#include <optional>

class OGRLayer;

namespace sk {

// Reads one OGR layer into a VectorLayer in SWEREF 99 TM, reprojecting through OSR when the layer is in another CRS.
// Refuses a layer without a CRS, and one whose features land outside Sweden after reprojection (a wrong CRS).
class VectorLayerLoader
{
    Q_DECLARE_TR_FUNCTIONS(sk::VectorLayerLoader)

public:
    struct Fields
    {
        QString name;
        QString code;
    };

    static std::optional<VectorLayer> load(OGRLayer &layer, const QString &fileName, const Fields &fields,
                                           QString *error);
};

} // namespace sk
