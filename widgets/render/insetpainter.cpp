// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "insetpainter.h"

#include "widgets/render/paintsupport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace sk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sk::InsetPainter", text);
}

// One mask cell covers this many frame pixels each way: fine enough for a coastline kept clear by several pixels.
constexpr double maskCell = 4.0;

QPointF nearestPointIn(const QRectF &rect, const QPointF &point)
{
    return QPointF(std::clamp(point.x(), rect.left(), rect.right()), std::clamp(point.y(), rect.top(), rect.bottom()));
}

double scaleBarMetres(const PlacedInset &inset, double textScale)
{
    return niceLength(std::min(50 * textScale, inset.titleStrip.width() / 3) * inset.viewport.metresPerPixel());
}

} // namespace

InsetPainter::InsetPainter(LabelPainter &labels)
    : m_labels(labels)
{ }

void InsetPainter::clearCache()
{
    m_maskPaths.clear();
    m_maskBaseMap = nullptr;
    m_layoutValid = false;
    m_cards.clear();
}

const OccupancyMask &InsetPainter::swedishLand(const MapViewport &viewport, const BaseMap &baseMap) const
{
    // Kept per scale in layout pixels (MapLabelLayout::toLayout) and only shifted as the map pans.
    const double scale = viewport.metresPerPixel();
    if (m_maskScale != scale || m_maskBaseMap != &baseMap) {
        const VectorLayer &counties = baseMap.counties();
        const QRectF extent = counties.extent();
        const QPointF corner = MapLabelLayout::toLayout(QPointF(extent.left(), extent.bottom()), scale);
        QImage mask(static_cast<int>(std::ceil(extent.width() / scale / maskCell)) + 2,
                    static_cast<int>(std::ceil(extent.height() / scale / maskCell)) + 2, QImage::Format_Alpha8);
        mask.fill(0);
        QPainter painter(&mask);
        painter.scale(1 / maskCell, 1 / maskCell);
        painter.translate(-corner);
        painter.scale(1 / scale, -1 / scale);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        // The counties cover Sweden with its lakes: an inset over Vänern would hide Swedish land too.
        const size_t level = counties.levelFor(scale * maskCell);
        for (const QPainterPath &path : m_maskPaths.paths(counties, level))
            painter.drawPath(path);
        painter.end();
        m_land = OccupancyMask(mask, maskCell);
        m_landCorner = corner;
        m_maskScale = scale;
        m_maskBaseMap = &baseMap;
    }
    m_land.setOrigin(m_landCorner + viewport.worldToScreen(QPointF(0, 0)));
    return m_land;
}

const std::vector<PlacedInset> &InsetPainter::layout(const MapViewport &viewport, const MapScene &scene,
                                                     const std::vector<QRectF> &panels) const
{
    static const std::vector<PlacedInset> none;
    if (!scene.decorations.insets || !scene.baseMap || scene.baseMap->counties().isEmpty()
        || viewport.metresPerPixel() < CityInsets::fromMetresPerPixel)
        return none;
    const bool shifted = m_settled && !(*m_settled == viewport) && isShiftOf(*m_settled, viewport);
    const MapViewport &placedFor = shifted ? *m_settled : viewport;
    // An inset without a shown office (a filter to another county) would only take room from the map.
    const std::vector<CityInset> &definitions = CityInsets::sweden();
    std::vector<int> wanted;
    for (size_t i = 0; i < definitions.size(); ++i) {
        if (showsAnOfficeIn(scene, definitions[i].extent))
            wanted.push_back(static_cast<int>(i));
    }
    LayoutKey key{placedFor, scene.baseMap, panels, scene.textScale, wanted};
    if (!m_layoutValid || !(key == m_layoutKey)) {
        std::vector<CityInset> chosen;
        for (int index : wanted)
            chosen.push_back(definitions[static_cast<size_t>(index)]);
        m_layout = CityInsets::place(chosen, placedFor, swedishLand(placedFor, *scene.baseMap), panels,
                                     scene.textScale);
        for (PlacedInset &inset : m_layout)
            inset.index = wanted[static_cast<size_t>(inset.index)];
        m_layoutKey = std::move(key);
        m_layoutValid = true;
    }
    if (!shifted)
        return m_layout;
    // The frames stay where they were placed; only their outlines follow the map.
    m_shiftedLayout = m_layout;
    for (PlacedInset &inset : m_shiftedLayout)
        inset.outline = QRectF(viewport.worldToScreen(inset.extent.topLeft()),
                               viewport.worldToScreen(inset.extent.bottomRight()))
                                .normalized();
    return m_shiftedLayout;
}

bool InsetPainter::showsAnOfficeIn(const MapScene &scene, const QRectF &extent)
{
    if (!scene.offices)
        return true; // a map without offices still shows where the cities are
    for (size_t i = 0; i < scene.offices->size() && i < scene.states.size(); ++i) {
        if (scene.states[i].isShown() && extent.contains((*scene.offices)[i].position))
            return true;
    }
    return false;
}

void InsetPainter::setSettledViewport(const std::optional<MapViewport> &viewport)
{
    m_settled = viewport;
}

bool InsetPainter::isShiftOf(const MapViewport &settled, const MapViewport &viewport)
{
    return settled.metresPerPixel() == viewport.metresPerPixel() && settled.size() == viewport.size()
            && settled.devicePixelRatio() == viewport.devicePixelRatio();
}

QRectF InsetPainter::scaleBarBox(const PlacedInset &inset, double textScale)
{
    // In the title strip, at its right: on the map it would hide offices near the inset's edge.
    const double length = scaleBarMetres(inset, textScale) / inset.viewport.metresPerPixel();
    const double width = length + 16 * textScale;
    return QRectF(inset.titleStrip.right() - width, inset.titleStrip.top(), width, inset.titleStrip.height());
}

void InsetPainter::paintLayer(QPainter &painter, const LayerContext &context)
{
    for (const PlacedInset &inset : context.frame.insets)
        paintInset(painter, context, inset);
}

QString InsetPainter::cardKey(const LayerContext &context, const PlacedInset &inset)
{
    const MapScene &scene = context.scene;
    const auto rect = [&](const QRectF &r) {
        const QRectF relative = r.translated(-inset.frame.topLeft());
        return QStringLiteral("%1,%2,%3,%4").arg(relative.x()).arg(relative.y()).arg(relative.width()).arg(
                relative.height());
    };
    return QStringList{QStringLiteral("inset"),
                       QString::number(inset.index),
                       inset.title,
                       QString::number(inset.viewport.metresPerPixel(), 'g', 12),
                       QString::number(inset.viewport.centre().x(), 'f', 3),
                       QString::number(inset.viewport.centre().y(), 'f', 3),
                       rect(inset.map),
                       rect(inset.titleStrip),
                       QString::number(scene.textScale),
                       QString::number(scene.decorations.text) + QString::number(scene.decorations.scaleBar)
                               + QString::number(scene.decorations.boundaries),
                       QString::number(quintptr(scene.baseMap)),
                       QString::number(quintptr(scene.boundaries)),
                       QString::number(int(context.style.theme))}
            .join(QChar(0x1f));
}

void InsetPainter::paintCard(QPainter &painter, const LayerContext &context, const PlacedInset &inset)
{
    const MapScene &scene = context.scene;
    const MapStyle &style = context.style;
    const double s = scene.textScale;
    painter.save();
    painter.setPen(QPen(style.panelBorder, 1.0));
    painter.setBrush(style.panel);
    painter.drawRoundedRect(inset.frame, 6 * s, 6 * s);
    painter.save();
    painter.setClipRect(inset.map, Qt::IntersectClip);
    painter.translate(inset.map.topLeft());
    context.paintBase(painter, inset.viewport);
    painter.restore();
    paintMapBorder(painter, inset, style, s);
    if (scene.decorations.scaleBar)
        paintScaleBar(painter, inset, scene, style);
    if (scene.decorations.text) {
        const QRectF title = inset.titleStrip.adjusted(2 * s, 0, -scaleBarBox(inset, s).width(), 0);
        // In a narrow inset "Stockholm–Uppsala" reads better as "Stockholm", a little smaller if need be, than
        // as "Stockho…" (down to two thirds of its size).
        QString text = inset.title;
        QFont font = sizedFont(painter.font(), 12.5 * s, true);
        if (QFontMetricsF(font).horizontalAdvance(text) > title.width())
            text = inset.title.section(QChar(0x2013), 0, 0);
        for (double size = 11.5; size >= 8.5 && QFontMetricsF(font).horizontalAdvance(text) > title.width(); --size)
            font = sizedFont(painter.font(), size * s, true);
        painter.setFont(font);
        painter.setPen(style.text);
        painter.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
                         QFontMetricsF(font).elidedText(text, Qt::ElideRight, title.width()));
    }
    painter.restore();
}

void InsetPainter::paintMapBorder(QPainter &painter, const PlacedInset &inset, const MapStyle &style, double textScale)
{
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmeticPen(withAlpha(style.insetOutline, 200), 1.0 * textScale, deviceScaleOf(painter)));
    painter.drawRect(inset.map);
}

void InsetPainter::paintScaleBar(QPainter &painter, const PlacedInset &inset, const MapScene &scene,
                                 const MapStyle &style)
{
    const double s = scene.textScale;
    const double metres = scaleBarMetres(inset, s);
    const double length = metres / inset.viewport.metresPerPixel();
    const QRectF box = scaleBarBox(inset, s);
    const double x0 = box.right() - 4 * s - length;
    const double y0 = box.bottom() - 4 * s;
    painter.setPen(QPen(style.text, 1.4 * s, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(x0, y0), QPointF(x0 + length, y0));
    painter.drawLine(QPointF(x0, y0 - 4 * s), QPointF(x0, y0));
    painter.drawLine(QPointF(x0 + length, y0 - 4 * s), QPointF(x0 + length, y0));
    if (scene.decorations.text) {
        painter.setFont(sizedFont(painter.font(), 10 * s));
        painter.drawText(QRectF(x0 - 8 * s, box.top(), length + 16 * s, box.height() - 6 * s), Qt::AlignCenter,
                         tr("%1 km").arg(QLocale().toString(metres / 1000, 'g', 6)));
    }
}

void InsetPainter::paintInset(QPainter &painter, const LayerContext &context, const PlacedInset &inset)
{
    const MapScene &scene = context.scene;
    const MapStyle &style = context.style;
    const double s = scene.textScale;
    const double deviceScale = deviceScaleOf(painter);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);

    // Its area on the main map, tied to the frame by a thin line.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(cosmeticPen(withAlpha(style.insetOutline, 200), 1.3 * s, deviceScale));
    painter.drawRect(inset.outline);
    QPen connector = cosmeticPen(withAlpha(style.insetOutline, 150), 1.0 * s, deviceScale);
    connector.setStyle(Qt::DashLine);
    painter.setPen(connector);
    painter.drawLine(nearestPointIn(inset.outline, inset.frame.center()),
                     nearestPointIn(inset.frame, inset.outline.center()));

    // The frame, base map, title and scale bar change only with the frame: one image, like the main map's base.
    m_cards.draw(painter, inset.frame.adjusted(-1, -1, 1, 1), cardKey(context, inset),
                 [&](QPainter &target, const QRectF &) { paintCard(target, context, inset); });

    // Inside the card's border, which stays on top of the markers at the map's edge.
    painter.save();
    painter.setClipRect(inset.map.adjusted(s / 2, s / 2, -s / 2, -s / 2), Qt::IntersectClip);
    std::vector<const MarkerPlacement *> markers;
    for (const MarkerPlacement &placement : context.markers) {
        if (placement.inset == inset.index)
            markers.push_back(&placement);
    }
    context.paintMarkers(painter, markers);
    m_labels.paintLabels(painter, m_labels.insetLabels(painter.font(), context, inset, {}), scene, style);
    painter.restore();
    painter.restore();
}

} // namespace sk
