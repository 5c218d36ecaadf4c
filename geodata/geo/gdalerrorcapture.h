// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QString>
#include <QStringList>

namespace sk {

// Collects what GDAL reports on this thread while the object lives, instead of letting GDAL print "ERROR 1: …" to
// stderr, so the caller can refuse the file in a message that names it and the feature. Captures nest; keep them
// on the stack.
class GdalErrorCapture
{
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture &) = delete;
    GdalErrorCapture &operator=(const GdalErrorCapture &) = delete;

    // Whether GDAL reported a failure (CE_Failure or CE_Fatal); warnings do not count.
    bool failed() const { return !m_failures.isEmpty(); }
    // GDAL's own words for the first failure, without its "ERROR 1:" prefix.
    QString failure() const { return m_failures.value(0); }
    QStringList warnings() const { return m_warnings; }

    // GDAL's handler hands each report here.
    static void record(GdalErrorCapture &capture, int errorClass, int errorNumber, const char *message);

private:
    QStringList m_failures;
    QStringList m_warnings;
};

} // namespace sk
