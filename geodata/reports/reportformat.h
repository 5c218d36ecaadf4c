// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace sk {

// How every report writes its cells and numbers, so that the JSON and CSV of --report, --suggest and --nearest
// agree with each other: one CSV quoting rule, one way to name a distance band, one rounding.
class ReportFormat
{
public:
    // A CSV cell, quoted (with doubled quotes) only when it holds a comma, a quote or a line break.
    static QString csvCell(QString text);
    // The cells joined by commas and ended by a line break; the cells must already be quoted where needed.
    static QString csvLine(const QStringList &cells);
    // A band's distance as a key or column part: "5", "7.5", never "5.000000".
    static QString bandKey(double km);
    // Reports show metres (three decimals of a km), shares and degrees to six decimals, people whole; the
    // calculations keep full precision.
    static double rounded(double value, int decimals);
    // Distances in km to three decimals; JSON has no infinity, so a distance to no office at all is null.
    static QJsonValue distanceKm(double km);
    // The same distance as a CSV cell, with three decimals; empty for no office at all.
    static QString distanceKmCell(double km);
};

} // namespace sk
