#pragma once

#include "maprenderer.h"

#include <QImage>
#include <QSize>

namespace sk {

// Renders a scene off screen through the same MapRenderer the map widget uses, so a file matches the screen.
class MapExporter
{
public:
    // The whole of Sweden in a frame of `logicalSize`, as the window shows it at start-up.
    static MapViewport homeViewport(const QSize &logicalSize);
    static QImage renderImage(MapRenderer &renderer, const MapViewport &viewport, const MapScene &scene,
                              double devicePixelRatio = 1.0);
    // Writes PNG (or any raster format Qt knows by the suffix); false with *error naming the file on failure.
    static bool saveImage(const QImage &image, const QString &path, QString *error);
};

} // namespace sk
