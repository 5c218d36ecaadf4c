// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "reportformat.h"

#include <cmath>

namespace sk {

QString ReportFormat::csvCell(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
        return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

QString ReportFormat::csvLine(const QStringList &cells)
{
    return cells.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString ReportFormat::bandKey(double km)
{
    return QString::number(km, 'g', 10);
}

double ReportFormat::rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonValue ReportFormat::distanceKm(double km)
{
    return std::isfinite(km) ? QJsonValue(rounded(km, 3)) : QJsonValue(QJsonValue::Null);
}

QString ReportFormat::distanceKmCell(double km)
{
    return std::isfinite(km) ? QString::number(rounded(km, 3), 'f', 3) : QString();
}

} // namespace sk
