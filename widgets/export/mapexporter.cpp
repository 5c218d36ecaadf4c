// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "mapexporter.h"

#include "geodata/geo/atomicfilereplacement.h"
#include "geodata/geo/projection.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QTextDocument>

#include <algorithm>

namespace sk {

namespace {

// Logical width of a printed page: type and markers come out at the size they have on a large screen.
constexpr double pageLogicalWidth = 1400.0;

} // namespace

MapViewport MapExporter::homeViewport(const QSize &logicalSize)
{
    MapViewport viewport;
    viewport.setSize(logicalSize);
    viewport.fit(Projection::swedenHomeExtent());
    return viewport;
}

MapViewport MapExporter::viewportFor(const MapViewport &view, const QSizeF &logicalSize)
{
    MapViewport viewport = view;
    viewport.setSize(logicalSize);
    viewport.setDevicePixelRatio(1.0);
    viewport.fit(view.visibleWorldRect(), 0);
    return viewport;
}

QImage MapExporter::renderImage(MapRenderer &renderer, const MapViewport &viewport, const MapScene &scene,
                                double devicePixelRatio)
{
    QImage image((viewport.size() * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(devicePixelRatio);
    MapViewport scaled = viewport;
    scaled.setDevicePixelRatio(devicePixelRatio);
    QPainter painter(&image);
    renderer.render(painter, scaled, scene);
    return image;
}

QByteArray MapExporter::imageFormatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix.isEmpty() ? QByteArray("png") : suffix.toLatin1();
}

bool MapExporter::canWrite(const QString &path, QString *error)
{
    const QByteArray format = imageFormatFor(path);
    if (format == "pdf" || format == "svg" || QImageWriter::supportedImageFormats().contains(format))
        return true;
    *error = tr("%1: cannot write a .%2 file; use .png, .jpg, .bmp, .pdf or .svg")
                     .arg(QFileInfo(path).fileName(), QString::fromLatin1(format));
    return false;
}

double MapExporter::layoutScale(const QSizeF &target, const QSizeF &reference)
{
    if (reference.isEmpty())
        return 1.0;
    return std::max(1.0, std::min(target.width() / reference.width(), target.height() / reference.height()));
}

QImage MapExporter::renderLaidOut(MapRenderer &renderer, const MapViewport &view, const MapScene &scene,
                                  const QSize &size, double pixelRatio)
{
    const double scale = layoutScale(size, view.size());
    return renderImage(renderer, viewportFor(view, QSizeF(size) / scale), scene, scale * pixelRatio);
}

MapViewport MapExporter::homeLayout(const QSize &size)
{
    MapViewport viewport;
    viewport.setSize(QSizeF(size) / layoutScale(size, presentationSize));
    viewport.fit(Projection::swedenHomeExtent());
    return viewport;
}

QImage MapExporter::renderHome(MapRenderer &renderer, const MapScene &scene, const QSize &size)
{
    return renderImage(renderer, homeLayout(size), scene, layoutScale(size, presentationSize));
}

bool MapExporter::saveImage(const QImage &image, const QString &path, QString *error)
{
    if (!canWrite(path, error))
        return false;
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    QImageWriter writer(&encoded, imageFormatFor(path));
    if (!writer.write(image)) {
        *error = tr("%1: cannot write image: %2").arg(QFileInfo(path).fileName(), writer.errorString());
        return false;
    }
    return AtomicFileReplacement::writeFile(path, encoded.data(), error);
}

void MapExporter::renderOnDevice(MapRenderer &renderer, const MapViewport &view, const MapScene &scene,
                                 QPainter &painter, const QRectF &target, double logicalWidth)
{
    const double scale = target.width() / logicalWidth;
    const MapViewport viewport = viewportFor(view, QSizeF(logicalWidth, target.height() / scale));
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    painter.setClipRect(QRectF(QPointF(0, 0), viewport.size()));
    renderer.render(painter, viewport, scene);
    painter.restore();
}

bool MapExporter::savePdf(MapRenderer &renderer, const MapViewport &view, const MapScene &scene, const QString &path,
                          QPageSize::PageSizeId pageSize, QPageLayout::Orientation orientation, QString *error,
                          const QString &summaryMarkdown)
{
    // Encoded in memory and written in one go, so a failure never leaves half a PDF over a good one.
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    QPdfWriter writer(&encoded);
    writer.setCreator(QStringLiteral("Servicekarta"));
    writer.setTitle(scene.title.isEmpty() ? tr("Service offices") : scene.title);
    writer.setResolution(300);
    writer.setPageLayout(
            QPageLayout(QPageSize(pageSize), orientation, QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
    const QRect paintRect = writer.pageLayout().paintRectPixels(writer.resolution());
    QPainter painter(&writer);
    renderOnDevice(renderer, view, scene, painter, QRectF(QPointF(0, 0), QSizeF(paintRect.size())), pageLogicalWidth);
    if (!summaryMarkdown.isEmpty()) {
        QTextDocument document;
        document.setMarkdown(summaryMarkdown);
        QFont font = document.defaultFont();
        font.setPointSizeF(11);
        document.setDefaultFont(font);
        // The document lays out in points; scale it to the writer's 300 dpi. It flows over as many pages as it
        // needs: each page shows the next page-high slice of the laid-out text.
        const double scale = writer.resolution() / 72.0;
        const QSizeF page(paintRect.width() / scale, paintRect.height() / scale);
        document.setPageSize(page);
        for (int index = 0; index < document.pageCount(); ++index) {
            writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            painter.translate(0, -index * page.height());
            document.drawContents(&painter, QRectF(QPointF(0, index * page.height()), page));
            painter.restore();
        }
    }
    if (!painter.end()) {
        *error = tr("%1: cannot write the PDF").arg(QFileInfo(path).fileName());
        return false;
    }
    return AtomicFileReplacement::writeFile(path, encoded.data(), error);
}

bool MapExporter::saveSvg(MapRenderer &renderer, const MapViewport &view, const MapScene &scene, const QString &path,
                          QString *error, const QSize &requestedSize)
{
    const QSize size = requestedSize.isEmpty() ? view.size().toSize() : requestedSize;
    const double scale = layoutScale(size, view.size());
    QBuffer encoded;
    encoded.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&encoded);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(scene.title.isEmpty() ? tr("Service offices") : scene.title);
    generator.setDescription(tr("Servicekarta map, %1").arg(scene.date.toString(Qt::ISODate)));
    QPainter painter(&generator);
    renderOnDevice(renderer, view, scene, painter, QRectF(QPointF(0, 0), QSizeF(size)), size.width() / scale);
    if (!painter.end()) {
        *error = tr("%1: cannot write the SVG").arg(QFileInfo(path).fileName());
        return false;
    }
    return AtomicFileReplacement::writeFile(path, encoded.data(), error);
}

bool MapExporter::saveBySuffix(MapRenderer &renderer, const MapViewport &view, const MapScene &scene,
                               const QString &path, double devicePixelRatio, QString *error,
                               const QString &pdfSummaryMarkdown, const QSize &svgSize)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        const QPageLayout::Orientation orientation
                = view.size().width() >= view.size().height() ? QPageLayout::Landscape : QPageLayout::Portrait;
        return savePdf(renderer, view, scene, path, QPageSize::A4, orientation, error, pdfSummaryMarkdown);
    }
    if (suffix == QLatin1String("svg"))
        return saveSvg(renderer, view, scene, path, error, svgSize);
    return saveImage(renderImage(renderer, view, scene, devicePixelRatio), path, error);
}

} // namespace sk
