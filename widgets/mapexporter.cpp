#include "mapexporter.h"

#include "projection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>

namespace sk {

MapViewport MapExporter::homeViewport(const QSize &logicalSize)
{
    MapViewport viewport;
    viewport.setSize(logicalSize);
    viewport.fit(Projection::swedenHomeExtent());
    return viewport;
}

QImage MapExporter::renderImage(MapRenderer &renderer, const MapViewport &viewport, const MapScene &scene,
                                double devicePixelRatio)
{
    QImage image((viewport.size() * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    MapViewport scaled = viewport;
    scaled.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    renderer.render(painter, scaled, scene);
    return image;
}

bool MapExporter::saveImage(const QImage &image, const QString &path, QString *error)
{
    QImageWriter writer(path);
    if (writer.format().isEmpty())
        writer.setFormat("png");
    if (!writer.write(image)) {
        *error = QCoreApplication::translate("MapExporter", "%1: cannot write image: %2")
                         .arg(QFileInfo(path).fileName(), writer.errorString());
        return false;
    }
    return true;
}

} // namespace sk
