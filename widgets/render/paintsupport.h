// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QColor>
#include <QFont>
#include <QPen>

class QPainter;

namespace sk {

// Small painting helpers shared by the renderer and its layer painters.

// A copy of `base` at a pixel size (at least 6 px).
QFont sizedFont(const QFont &base, double pixelSize, bool bold = false);
QColor withAlpha(QColor colour, int alpha);
// Device pixels per logical pixel of the painter (high-DPI screens, large exports, paper).
double deviceScaleOf(const QPainter &painter);
// A cosmetic pen's width is in device pixels; scale it so lines keep their logical width on every device.
QPen cosmeticPen(const QColor &colour, double logicalWidth, double deviceScale);
// The longest round length (1, 2 or 5 times a power of ten) not above `metres`, for scale bars.
double niceLength(double metres);

} // namespace sk
