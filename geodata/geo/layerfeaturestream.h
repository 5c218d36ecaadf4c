// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class OGRFeature;
class OGRLayer;

namespace sk {

struct OgrFeatureDeleter
{
    void operator()(OGRFeature *feature) const;
};
using OgrFeaturePtr = std::unique_ptr<OGRFeature, OgrFeatureDeleter>;

// Reads every feature of one OGR layer, or says why it cannot. GDAL's error state is checked after each feature and,
// at the end, the number read is compared with the count the layer gives, so a damaged page, a cut-off file or an
// over-long line fails the layer instead of quietly ending it early. Nothing GDAL reports reaches stderr.
class LayerFeatureStream
{
    Q_DECLARE_TR_FUNCTIONS(sk::LayerFeatureStream)

public:
    explicit LayerFeatureStream(OGRLayer &layer);

    // The next feature; null at the end of the layer and when it cannot be read (failed() tells which).
    OgrFeaturePtr next();
    // Features returned so far: the ordinal of the last one.
    long long ordinal() const { return m_ordinal; }
    bool failed() const { return !m_failure.isEmpty(); }
    // Why the layer could not be read whole, without file or feature: GDAL's reason, or how many of the layer's
    // features could be read. Empty when it was read whole.
    const QString &failure() const { return m_failure; }
    // Whether the failure lies in the feature after ordinal() (GDAL reported an error) rather than in the count.
    bool failedAtFeature() const { return m_failedAtFeature; }
    // "feature N: cannot be read (…)" or "the layer holds N features, but only M could be read", each with
    // "the file is refused, not read in part", prefixed with `fileName`.
    QString message(const QString &fileName) const;

private:
    OGRLayer &m_layer;
    long long m_ordinal = 0;
    QString m_failure;
    bool m_failedAtFeature = false;
    bool m_finished = false;
};

} // namespace sk
