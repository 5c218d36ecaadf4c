// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "paintsupport.h"

#include <QPainter>

#include <cmath>

namespace sk {

QFont sizedFont(const QFont &base, double pixelSize, bool bold)
{
    QFont font = base;
    font.setPixelSize(std::max(6, static_cast<int>(std::lround(pixelSize))));
    font.setBold(bold);
    return font;
}

QColor withAlpha(QColor colour, int alpha)
{
    colour.setAlpha(alpha);
    return colour;
}

double deviceScaleOf(const QPainter &painter)
{
    return std::sqrt(std::abs(painter.deviceTransform().determinant()));
}

QPen cosmeticPen(const QColor &colour, double logicalWidth, double deviceScale)
{
    QPen pen(colour, logicalWidth * deviceScale);
    pen.setCosmetic(true);
    pen.setJoinStyle(Qt::RoundJoin);
    pen.setCapStyle(Qt::RoundCap);
    return pen;
}

double niceLength(double metres)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(metres)));
    for (double step : {5.0, 2.0, 1.0}) {
        if (step * magnitude <= metres)
            return step * magnitude;
    }
    return magnitude;
}

} // namespace sk
