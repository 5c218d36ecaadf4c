// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "labelpainter.h"

#include "widgets/render/markerpainter.h"
#include "widgets/render/paintsupport.h"

#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace sk {

namespace {

// Sprites of names seen at other scales are dropped beyond this many.
constexpr qsizetype spriteLimit = 3000;

bool intersectsAny(const QRectF &box, const std::vector<QRectF> &others)
{
    return std::any_of(others.begin(), others.end(), [&](const QRectF &other) { return other.intersects(box); });
}

} // namespace

bool LabelPainter::isShown(const MapScene &scene)
{
    return scene.decorations.labels && scene.decorations.text;
}

MapLabelLayout::Fonts LabelPainter::fonts(const QFont &base, const MapStyle &style, double textScale)
{
    MapLabelLayout::Fonts fonts;
    fonts.majorPlace = sizedFont(base, style.majorPlaceLabelSize * textScale, true);
    fonts.place = sizedFont(base, style.placeLabelSize * textScale);
    fonts.county = sizedFont(base, style.countyLabelSize * textScale);
    fonts.county.setItalic(true);
    fonts.county.setLetterSpacing(QFont::AbsoluteSpacing, 1.2 * textScale);
    fonts.office = sizedFont(base, style.officeLabelSize * textScale);
    fonts.office.setWeight(QFont::DemiBold);
    fonts.halo = style.labelHalo * textScale;
    fonts.dotRadius = 2.4 * textScale;
    return fonts;
}

QRectF LabelPainter::markerBox(const MarkerPlacement &placement, double markerSize)
{
    const double radius = placement.isCluster()
            ? MarkerPainter::clusterDiameter(markerSize, placement.members.size()) / 2 + 1
            : markerSize * 0.6;
    return QRectF(placement.screen - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
}

void LabelPainter::clearCache()
{
    m_main = MapLabelLayout();
    m_insets.clear();
    m_sprites.clear();
    m_dots.clear();
}

std::vector<MapLabel> LabelPainter::mainLabels(const QFont &base, const LayerContext &context)
{
    const MapScene &scene = context.scene;
    if (!isShown(scene))
        return {};
    MapLabelLayout::Request request;
    request.metresPerPixel = context.viewport.metresPerPixel();
    request.names = scene.placeNames;
    request.fonts = fonts(base, context.style, scene.textScale);
    const bool officeNames = scene.offices && request.metresPerPixel <= MapLabelLayout::officeNamesBelowMetresPerPixel;
    for (const MarkerPlacement &placement : context.layoutMarkers) {
        const QRectF box = markerBox(placement, scene.markerSize);
        request.markerBoxes.push_back(box);
        if (officeNames && !placement.isCluster())
            request.officeNames.emplace_back(scene.offices->at(static_cast<size_t>(placement.members.front())).name,
                                             box);
    }
    // An inset's outline on the main map stands for its city: the city is named beside it.
    for (const PlacedInset &inset : context.frame.insets)
        request.markerBoxes.push_back(inset.outline.translated(-context.layoutOffset));

    std::vector<QRectF> covered = context.frame.panels();
    for (const PlacedInset &inset : context.frame.insets)
        covered.push_back(inset.frame);
    const QRectF frame = context.frame.frame;
    std::vector<MapLabel> shown;
    for (const MapLabel &label : m_main.labels(request)) {
        const MapLabel moved = label.translated(context.layoutOffset);
        if (!frame.intersects(moved.box) || intersectsAny(moved.box, covered))
            continue;
        if (moved.hasDot && intersectsAny(QRectF(moved.dot, QSizeF()).adjusted(-3, -3, 3, 3), covered))
            continue;
        shown.push_back(moved);
    }
    return shown;
}

const std::vector<MapLabel> &LabelPainter::insetLabels(const QFont &base, const LayerContext &context,
                                                       const PlacedInset &inset, const std::vector<QRectF> &obstacles)
{
    m_insetScreenLabels.clear();
    const MapScene &scene = context.scene;
    if (!isShown(scene) || inset.index < 0)
        return m_insetScreenLabels;
    if (m_insets.size() <= static_cast<size_t>(inset.index))
        m_insets.resize(static_cast<size_t>(inset.index) + 1);
    MapLabelLayout::Request request;
    request.metresPerPixel = inset.viewport.metresPerPixel();
    request.origin = inset.toScreen(QPointF(0, 0));
    request.names = scene.placeNames;
    request.fonts = fonts(base, context.style, scene.textScale);
    request.worldArea = inset.extent;
    request.bounds = inset.map.adjusted(2, 2, -2, -2);
    request.obstacles = obstacles;
    for (const MarkerPlacement &placement : context.markers) {
        if (placement.inset == inset.index)
            request.markerBoxes.push_back(markerBox(placement, scene.markerSize));
    }
    m_insetScreenLabels = m_insets[static_cast<size_t>(inset.index)].labels(request);
    return m_insetScreenLabels;
}

void LabelPainter::paintLayer(QPainter &painter, const LayerContext &context)
{
    if (!isShown(context.scene))
        return;
    paintLabels(painter, mainLabels(painter.font(), context), context.scene, context.style);
}

void LabelPainter::paintLabels(QPainter &painter, const std::vector<MapLabel> &labels, const MapScene &scene,
                               const MapStyle &style)
{
    if (labels.empty())
        return;
    const MapLabelLayout::Fonts fonts = LabelPainter::fonts(painter.font(), style, scene.textScale);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const MapLabel &label : labels) {
        if (label.hasDot)
            drawDot(painter, label.dot, fonts.dotRadius, style, scene.textScale);
    }
    for (const MapLabel &label : labels) {
        switch (label.kind) {
        case MapLabelKind::County:
            drawText(painter, label, fonts.county, style.countyText, style, fonts.halo);
            break;
        case MapLabelKind::MajorPlace:
            drawText(painter, label, fonts.majorPlace, style.placeText, style, fonts.halo);
            break;
        case MapLabelKind::Place:
            drawText(painter, label, fonts.place, style.placeText, style, fonts.halo);
            break;
        case MapLabelKind::Office:
            drawText(painter, label, fonts.office, style.text, style, fonts.halo);
            break;
        }
    }
    painter.restore();
}

void LabelPainter::drawText(QPainter &painter, const MapLabel &label, const QFont &font, const QColor &colour,
                            const MapStyle &style, double halo)
{
    const auto paintText = [&](QPainter &target, const QPointF &baseline) {
        QPainterPath path;
        path.addText(baseline, font, label.text);
        target.strokePath(path, QPen(style.textHalo, 2 * halo, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        target.fillPath(path, colour);
    };
    if (painter.paintEngine()->type() != QPaintEngine::Raster) {
        paintText(painter, label.baseline);
        return;
    }
    // On raster targets each name is drawn once into an image and then only blitted: stroking glyph outlines
    // for every frame would cost more than the whole base map.
    const double ratio = deviceScaleOf(painter);
    if (m_sprites.size() > spriteLimit && !m_sprites.contains(label.text))
        m_sprites.clear();
    std::vector<Sprite> &sprites = m_sprites[label.text];
    const auto sameLook = [&](const Sprite &sprite) {
        return sprite.kind == label.kind && sprite.pixelSize == font.pixelSize() && sprite.ratio == ratio
                && sprite.colour == colour.rgba() && sprite.halo == style.textHalo.rgba();
    };
    auto sprite = std::find_if(sprites.begin(), sprites.end(), sameLook);
    if (sprite == sprites.end()) {
        QImage image((label.box.size() * ratio).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(ratio);
        image.fill(Qt::transparent);
        QPainter imagePainter(&image);
        imagePainter.setRenderHint(QPainter::Antialiasing);
        paintText(imagePainter, label.baseline - label.box.topLeft());
        imagePainter.end();
        sprites.push_back({label.kind, font.pixelSize(), ratio, colour.rgba(), style.textHalo.rgba(), image});
        sprite = sprites.end() - 1;
    }
    painter.drawImage(
            QPointF(std::round(label.box.left() * ratio) / ratio, std::round(label.box.top() * ratio) / ratio),
            sprite->image);
}

void LabelPainter::drawDot(QPainter &painter, const QPointF &centre, double radius, const MapStyle &style,
                           double textScale)
{
    const auto paintDot = [&](QPainter &target, const QPointF &at) {
        target.setPen(QPen(style.textHalo, 1.6 * textScale));
        target.setBrush(style.placeDot);
        target.drawEllipse(at, radius, radius);
    };
    if (painter.paintEngine()->type() != QPaintEngine::Raster) {
        paintDot(painter, centre);
        return;
    }
    // One image for every dot of a frame, blitted at a quarter-pixel offset as drawn: stroking each costs more.
    const double ratio = deviceScaleOf(painter);
    const double extent = radius + 1.6 * textScale;
    const QPointF corner = centre - QPointF(extent, extent);
    const QPointF device = corner * ratio;
    const QPointF origin(std::floor(device.x()), std::floor(device.y()));
    const QPoint quarter(static_cast<int>(std::round((device.x() - origin.x()) * 4)),
                         static_cast<int>(std::round((device.y() - origin.y()) * 4)));
    const DotKey key{radius, textScale, ratio, style.textHalo.rgba(), style.placeDot.rgba(), quarter};
    auto dot = std::find_if(m_dots.begin(), m_dots.end(), [&](const auto &entry) { return entry.first == key; });
    if (dot == m_dots.end()) {
        const int side = static_cast<int>(std::ceil(2 * extent * ratio)) + 2;
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter imagePainter(&image);
        imagePainter.setRenderHint(QPainter::Antialiasing);
        imagePainter.translate(QPointF(quarter) / 4);
        imagePainter.scale(ratio, ratio);
        paintDot(imagePainter, QPointF(extent, extent));
        imagePainter.end();
        image.setDevicePixelRatio(ratio);
        m_dots.emplace_back(key, image);
        dot = m_dots.end() - 1;
    }
    painter.drawImage(origin / ratio, dot->second);
}

} // namespace sk
