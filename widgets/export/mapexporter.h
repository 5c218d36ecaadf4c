// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "widgets/render/maprenderer.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QSize>

class QPainter;

namespace sk {

// Renders a scene off screen through the same MapRenderer the map widget uses, so a file matches the screen:
// raster images, vector PDF and SVG, and printers.
class MapExporter
{
    Q_DECLARE_TR_FUNCTIONS(sk::MapExporter)

public:
    // The whole of Sweden in a frame of `logicalSize`, as the window shows it at start-up.
    static MapViewport homeViewport(const QSize &logicalSize);
    // The same world area as `view`, fitted into a frame of another size (a page, a print).
    static MapViewport viewportFor(const MapViewport &view, const QSizeF &logicalSize);

    static QImage renderImage(MapRenderer &renderer, const MapViewport &viewport, const MapScene &scene,
                              double devicePixelRatio = 1.0);

    // The frame size whose layout presentations and command-line exports keep at any size.
    static constexpr QSize presentationSize{1920, 1080};
    // How much a frame of `target` enlarges the layout of a `reference` frame: 1 up to the reference size, beyond it
    // the factor at which the reference layout fills the target, so type, markers and panels keep their share of
    // the picture (a 3840×2160 export is the 1920×1080 one at twice the resolution).
    static double layoutScale(const QSizeF &target, const QSizeF &reference);
    // `view`'s world area in an image of `size` × `pixelRatio` pixels laid out as `view` is on screen, enlarged by
    // layoutScale(size, view.size()).
    static QImage renderLaidOut(MapRenderer &renderer, const MapViewport &view, const MapScene &scene,
                                const QSize &size, double pixelRatio = 1.0);
    // The whole of Sweden in `size` pixels with the layout of a presentationSize frame.
    static QImage renderHome(MapRenderer &renderer, const MapScene &scene, const QSize &size);
    // The viewport renderHome lays out before enlarging it to `size`: the whole of Sweden in a frame of
    // size / layoutScale(size, presentationSize).
    static MapViewport homeLayout(const QSize &size);
    // Whether saveBySuffix() can write a file of this name (.pdf, .svg or a raster format Qt can write; no suffix
    // means PNG); false with *error naming the file and the suffixes that work.
    static bool canWrite(const QString &path, QString *error);
    // Writes PNG (or any raster format Qt knows by the suffix) through a temporary file, so a failure leaves what
    // was there; false with *error naming the file and the reason on failure.
    static bool saveImage(const QImage &image, const QString &path, QString *error);

    // Vector PDF: the map fitted to the first page's printable area with `view`'s world area, then, when
    // `summaryMarkdown` is given, a page with that text (the written briefing for the date).
    static bool savePdf(MapRenderer &renderer, const MapViewport &view, const MapScene &scene, const QString &path,
                        QPageSize::PageSizeId pageSize, QPageLayout::Orientation orientation, QString *error,
                        const QString &summaryMarkdown = {});
    // Vector SVG of `size` pixels (the view's size when empty), laid out as `view` is and enlarged by
    // layoutScale(size, view.size()), as renderLaidOut does for images.
    static bool saveSvg(MapRenderer &renderer, const MapViewport &view, const MapScene &scene, const QString &path,
                        QString *error, const QSize &size = {});
    // Paints on any device (printer, PDF page) inside `target` (device pixels), `logicalWidth` pixels wide.
    static void renderOnDevice(MapRenderer &renderer, const MapViewport &view, const MapScene &scene, QPainter &painter,
                               const QRectF &target, double logicalWidth);
    // Chooses PNG, PDF (A4 landscape) or SVG by the file's suffix; an SVG gets `svgSize` as saveSvg does.
    static bool saveBySuffix(MapRenderer &renderer, const MapViewport &view, const MapScene &scene, const QString &path,
                             double devicePixelRatio, QString *error, const QString &pdfSummaryMarkdown = {},
                             const QSize &svgSize = {});

private:
    static QByteArray imageFormatFor(const QString &path);
};

} // namespace sk
