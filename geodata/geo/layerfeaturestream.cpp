// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "layerfeaturestream.h"

#include "geodata/geo/gdalerrorcapture.h"

#include <ogrsf_frmts.h>

namespace sk {

void OgrFeatureDeleter::operator()(OGRFeature *feature) const
{
    OGRFeature::DestroyFeature(feature);
}

LayerFeatureStream::LayerFeatureStream(OGRLayer &layer)
    : m_layer(layer)
{
    const GdalErrorCapture capture;
    m_layer.ResetReading();
}

OgrFeaturePtr LayerFeatureStream::next()
{
    if (m_finished)
        return nullptr;
    const GdalErrorCapture capture;
    OgrFeaturePtr feature(m_layer.GetNextFeature());
    if (capture.failed()) {
        m_finished = true;
        m_failedAtFeature = true;
        m_failure = tr("cannot be read (%1)").arg(capture.failure());
        return nullptr;
    }
    if (feature) {
        ++m_ordinal;
        return feature;
    }
    m_finished = true;
    const GdalErrorCapture countCapture;
    const long long count = m_layer.GetFeatureCount(TRUE);
    if (countCapture.failed())
        m_failure = tr("cannot be counted (%1)").arg(countCapture.failure());
    else if (count >= 0 && count != m_ordinal)
        m_failure = tr("the layer holds %1 features, but only %2 could be read").arg(count).arg(m_ordinal);
    return nullptr;
}

QString LayerFeatureStream::message(const QString &fileName) const
{
    if (m_failedAtFeature)
        return tr("%1, feature %2: %3; the file is refused, not read in part")
                .arg(fileName)
                .arg(m_ordinal + 1)
                .arg(m_failure);
    return tr("%1: %2; the file is refused, not read in part").arg(fileName, m_failure);
}

} // namespace sk
