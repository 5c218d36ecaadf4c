// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "basemap.h"

#include "geodata/geo/gdalsupport.h"
#include "geodata/geo/vectorlayerloader.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace sk {

BaseMap BaseMap::load(const QString &path, QStringList *errors)
{
    BaseMap map;
    QString error;
    const GdalDatasetPtr dataset = openShippedVectorFile(path, &error);
    if (!dataset) {
        *errors << error;
        return map;
    }
    const QString fileName = QFileInfo(path).fileName();
    const auto read = [&](const char *layerName, VectorLayerLoader::Fields fields, VectorLayer &into) {
        OGRLayer *layer = dataset->GetLayerByName(layerName);
        if (!layer) {
            *errors << tr("%1: layer '%2' is missing").arg(fileName, QString::fromLatin1(layerName));
            return;
        }
        QString layerError;
        if (std::optional<VectorLayer> loaded = VectorLayerLoader::load(*layer, fileName, fields, &layerError))
            into = std::move(*loaded);
        else
            *errors << layerError;
    };
    read("land", {}, map.m_land);
    read("lakes", {}, map.m_lakes);
    read("borders", {}, map.m_borders);
    read("countries", {QStringLiteral("name"), QStringLiteral("iso2")}, map.m_countries);
    read("neighbour_land", {}, map.m_neighbourLand);
    read("counties", {QStringLiteral("lansnamn"), QStringLiteral("lanskod")}, map.m_counties);
    read("county_lines", {}, map.m_countyLines);
    return map;
}

} // namespace sk
