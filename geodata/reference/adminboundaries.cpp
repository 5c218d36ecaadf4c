// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "adminboundaries.h"

#include "geodata/geo/gdalsupport.h"
#include "geodata/geo/vectorlayerloader.h"

#include <QFileInfo>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace sk {

namespace {

QString findField(OGRLayer &layer, std::initializer_list<const char *> candidates)
{
    const OGRFeatureDefn *definition = layer.GetLayerDefn();
    for (const char *candidate : candidates) {
        for (int i = 0; i < definition->GetFieldCount(); ++i) {
            if (EQUAL(definition->GetFieldDefn(i)->GetNameRef(), candidate))
                return QString::fromUtf8(definition->GetFieldDefn(i)->GetNameRef());
        }
    }
    return {};
}

} // namespace

AdminBoundaries AdminBoundaries::load(const QString &path, QString *error)
{
    AdminBoundaries boundaries;
    const GdalDatasetPtr dataset = openUserVectorFile(path, error);
    if (!dataset)
        return boundaries;
    const QString fileName = QFileInfo(path).fileName();
    for (int i = 0; i < dataset->GetLayerCount(); ++i) {
        OGRLayer &layer = *dataset->GetLayer(i);
        const QString municipalityCode = findField(layer, {"kommunkod", "KnKod", "municipality_code", "kommun_kod"});
        const QString countyCode = findField(layer, {"lanskod", "LnKod", "county_code", "lan_kod"});
        const bool isMunicipalities = !municipalityCode.isEmpty();
        if (!isMunicipalities && countyCode.isEmpty())
            continue;
        VectorLayer &target = isMunicipalities ? boundaries.m_municipalities : boundaries.m_counties;
        if (!target.isEmpty())
            continue;
        const VectorLayerLoader::Fields fields{isMunicipalities
                                                       ? findField(layer, {"kommunnamn", "KnNamn", "name", "namn"})
                                                       : findField(layer, {"lansnamn", "LnNamn", "name", "namn"}),
                                               isMunicipalities ? municipalityCode : countyCode};
        std::optional<VectorLayer> loaded = VectorLayerLoader::load(layer, fileName, fields, error);
        if (!loaded)
            return {};
        target = std::move(*loaded);
    }
    if (boundaries.m_municipalities.isEmpty()) {
        *error = tr("%1: no layer with municipality codes (a field named kommunkod or KnKod)").arg(fileName);
        return {};
    }
    boundaries.m_path = path;
    return boundaries;
}

} // namespace sk
