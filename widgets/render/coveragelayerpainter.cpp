// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "coveragelayerpainter.h"

#include "widgets/render/coverageclasses.h"
#include "widgets/render/paintsupport.h"
#include "widgets/render/scenariobandpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace sk {

namespace {

// Boundary files sometimes store the municipality code as a number (114 for 0114).
QString municipalityCode(const QString &code)
{
    bool numeric = false;
    code.toInt(&numeric);
    return numeric && code.size() < 4 ? code.rightJustified(4, QLatin1Char('0')) : code;
}

QColor ringColour(const MapStyle &style)
{
    return style.statusColor(OfficeStatus::Open);
}

bool showsLayer(const MapScene &scene)
{
    return scene.coverageDisplay.layer && scene.coverage;
}

bool hasBoundaries(const MapScene &scene)
{
    return scene.boundaries && !scene.boundaries->isEmpty();
}

constexpr std::array<double, 3> referencePopulations{20'000, 100'000, 500'000};
constexpr int wrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop;

// The outline of a union of equal circles: each visible circle's arcs that no other circle covers, as polylines of
// about three pixels a segment.
QPainterPath circleUnionOutline(const std::vector<QPointF> &centres, double radius, const QRectF &visible)
{
    constexpr double fullTurn = 2 * std::numbers::pi;
    QPainterPath outline;
    for (size_t i = 0; i < centres.size(); ++i) {
        if (!visible.contains(centres[i]))
            continue;
        std::vector<std::pair<double, double>> covered; // angle intervals within [0, 2π]
        bool hidden = false;
        for (size_t j = 0; j < centres.size() && !hidden; ++j) {
            const QPointF towards = centres[j] - centres[i];
            const double distance = std::hypot(towards.x(), towards.y());
            if (j == i || distance >= 2 * radius)
                continue;
            if (distance == 0) {
                hidden = j < i; // of coincident circles, only the first is drawn
                continue;
            }
            const double halfWidth = std::acos(distance / (2 * radius));
            const double from = std::fmod(std::atan2(towards.y(), towards.x()) - halfWidth + 2 * fullTurn, fullTurn);
            const double to = from + 2 * halfWidth;
            if (to > fullTurn) {
                covered.emplace_back(from, fullTurn);
                covered.emplace_back(0, to - fullTurn);
            } else {
                covered.emplace_back(from, to);
            }
        }
        if (hidden)
            continue;
        std::sort(covered.begin(), covered.end());
        const auto addArc = [&](double from, double to) {
            const int segments = std::clamp(static_cast<int>(std::ceil((to - from) * radius / 3)), 2, 720);
            for (int k = 0; k <= segments; ++k) {
                const double angle = from + (to - from) * k / segments;
                const QPointF point = centres[i] + QPointF(radius * std::cos(angle), radius * std::sin(angle));
                if (k == 0)
                    outline.moveTo(point);
                else
                    outline.lineTo(point);
            }
        };
        double uncoveredFrom = 0;
        for (const auto &[from, to] : covered) {
            if (from > uncoveredFrom)
                addArc(uncoveredFrom, from);
            uncoveredFrom = std::max(uncoveredFrom, to);
        }
        if (uncoveredFrom < fullTurn)
            addArc(uncoveredFrom, fullTurn);
    }
    return outline;
}

} // namespace

QColor CoverageLayerPainter::choroplethFill(int distanceClass, const MapStyle &style)
{
    return withAlpha(CoverageClasses::colour(distanceClass, style.theme),
                     style.theme == MapStyle::Theme::Dark ? 215 : 200);
}

double CoverageLayerPainter::circleRadius(double population, double markerSize)
{
    // A million people get a circle of 3.2 markers' radius, so that a town of 20 000 still shows around a marker.
    return std::max(markerSize * 0.25, markerSize * 3.2 * std::sqrt(std::max(0.0, population) / 1e6));
}

void CoverageLayerPainter::clearCache()
{
    m_paths.clear();
    m_choroplethImage = QImage();
}

void CoverageLayerPainter::drawChoropleth(QPainter &painter, const MapViewport &viewport,
                                          const std::vector<QPainterPath> &paths, const std::vector<int> &classes,
                                          const MapStyle &style)
{
    std::array<QBrush, CoverageClasses::count> brushes;
    for (int i = 0; i < CoverageClasses::count; ++i)
        brushes[static_cast<size_t>(i)] = QBrush(choroplethFill(i, style));
    painter.save();
    painter.setWorldTransform(viewport.worldToScreenTransform(), true);
    painter.setPen(Qt::NoPen);
    for (size_t i = 0; i < paths.size(); ++i) {
        if (classes[i] < 0)
            continue;
        painter.setBrush(brushes[static_cast<size_t>(classes[i])]);
        painter.drawPath(paths[i]);
    }
    painter.restore();
}

void CoverageLayerPainter::paintLayer(QPainter &painter, const LayerContext &context)
{
    const MapViewport &viewport = context.viewport;
    const MapScene &scene = context.scene;
    const MapStyle &style = context.style;
    if (showsLayer(scene)) {
        if (hasBoundaries(scene))
            paintChoropleth(painter, viewport, scene, style);
        else
            paintCircles(painter, viewport, scene, style);
    }
    if (scene.coverageDisplay.distanceRings && scene.offices)
        paintRings(painter, viewport, scene, style);
}

void CoverageLayerPainter::paintChoropleth(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
                                           const MapStyle &style)
{
    QHash<QString, int> classOfCode;
    for (const MunicipalityCoverage &municipality : scene.coverage->municipalities)
        classOfCode.insert(municipality.code, CoverageClasses::classOf(municipality));
    const VectorLayer &layer = scene.boundaries->municipalities();
    const size_t level = layer.levelFor(viewport.metresPerPixel());
    const std::vector<VectorFeature> &features = layer.level(level);
    const QRectF visible = viewport.visibleWorldRect();
    std::vector<int> classes(features.size(), -1);
    for (size_t i = 0; i < features.size(); ++i) {
        const auto found = classOfCode.constFind(municipalityCode(features[i].code));
        if (found != classOfCode.constEnd() && features[i].bounds.intersects(visible))
            classes[i] = *found;
    }
    const std::vector<QPainterPath> &paths = m_paths.paths(layer, level);
    if (painter.paintEngine()->type() != QPaintEngine::Raster) {
        drawChoropleth(painter, viewport, paths, classes, style);
        return;
    }
    // On screen the overlay repaints for every animation frame and tooltip while the classes rarely change, so the
    // translucent fill of ~300 polygons (the layer's main cost) is kept as an image until the view or a class does.
    ChoroplethKey key{viewport, deviceScaleOf(painter), &layer, level, std::move(classes), style.theme};
    if (m_choroplethImage.isNull() || !(key == m_choroplethKey)) {
        m_choroplethImage = QImage((viewport.size() * key.deviceScale).toSize(), QImage::Format_ARGB32_Premultiplied);
        m_choroplethImage.setDevicePixelRatio(key.deviceScale);
        m_choroplethImage.fill(Qt::transparent);
        QPainter imagePainter(&m_choroplethImage);
        imagePainter.setRenderHint(QPainter::Antialiasing);
        drawChoropleth(imagePainter, viewport, paths, key.classes, style);
        m_choroplethKey = std::move(key);
    }
    painter.drawImage(QPointF(0, 0), m_choroplethImage);
}

void CoverageLayerPainter::paintCircles(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
                                        const MapStyle &style)
{
    // Largest first, so that small municipalities next to a city stay visible on top of it.
    std::vector<const MunicipalityCoverage *> order;
    for (const MunicipalityCoverage &municipality : scene.coverage->municipalities)
        order.push_back(&municipality);
    std::stable_sort(order.begin(), order.end(),
                     [](const auto *a, const auto *b) { return a->population > b->population; });
    const QRectF frame(QPointF(0, 0), viewport.size());
    const double scale = scene.textScale;
    painter.save();
    painter.setPen(QPen(withAlpha(style.markerOutline, style.theme == MapStyle::Theme::Dark ? 150 : 110), 0.8 * scale));
    for (const MunicipalityCoverage *municipality : order) {
        const QPointF centre = viewport.worldToScreen(municipality->seatPosition);
        const double radius = circleRadius(static_cast<double>(municipality->population), scene.markerSize);
        if (!frame.adjusted(-radius, -radius, radius, radius).contains(centre))
            continue;
        painter.setBrush(withAlpha(CoverageClasses::colour(CoverageClasses::classOf(*municipality), style.theme), 225));
        painter.drawEllipse(centre, radius, radius);
    }
    painter.restore();
}

void CoverageLayerPainter::paintRings(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
                                      const MapStyle &style)
{
    std::vector<QPointF> centres;
    const std::vector<Office> &offices = *scene.offices;
    for (size_t i = 0; i < offices.size() && i < scene.states.size(); ++i) {
        if (scene.states[i].status == OfficeStatus::Open)
            centres.push_back(viewport.worldToScreen(offices[i].position));
    }
    const double radius = scene.coverageDisplay.ringKm * 1000 / viewport.metresPerPixel();
    const QRectF frame = QRectF(QPointF(0, 0), viewport.size()).adjusted(-radius, -radius, radius, radius);
    QPainterPath area;
    area.setFillRule(Qt::WindingFill); // overlapping rings are filled once, without darker lenses
    for (const QPointF &centre : centres) {
        if (frame.contains(centre))
            area.addEllipse(centre, radius, radius);
    }
    painter.save();
    // The outline covers the fill's edge, so the fill can skip antialiasing, which costs ten times as much here.
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(Qt::NoPen);
    painter.setBrush(withAlpha(ringColour(style), style.theme == MapStyle::Theme::Dark ? 45 : 38));
    painter.drawPath(area);
    painter.setRenderHint(QPainter::Antialiasing, true);
    // A one-pixel cosmetic pen takes Qt's fast stroker; a wider one costs ~25 times as much for these short arcs.
    QPen outline(withAlpha(ringColour(style), 235), 1.0);
    outline.setCosmetic(true);
    painter.setPen(outline);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(circleUnionOutline(centres, radius, frame));
    painter.restore();
}

CoverageLayerPainter::LegendGeometry CoverageLayerPainter::legendGeometry(const QFont &base, const MapScene &scene)
{
    LegendGeometry g;
    g.layer = showsLayer(scene);
    g.rings = scene.coverageDisplay.distanceRings && scene.offices;
    if (!scene.decorations.text || !scene.decorations.legend || (!g.layer && !g.rings))
        return g;
    const double s = scene.textScale;
    g.pad = 10 * s;
    g.gap = 6 * s;
    g.titleFont = sizedFont(base, 12.5 * s, true);
    g.font = sizedFont(base, 12.5 * s);
    g.noteFont = sizedFont(base, 11 * s);
    const QFontMetricsF metrics(g.font);
    const QFontMetricsF noteMetrics(g.noteFont);
    g.rowHeight = metrics.height() + 3 * s;
    g.swatch = 16 * s;
    g.circles = g.layer && !hasBoundaries(scene);
    const QLocale locale;

    if (g.layer) {
        for (const MunicipalityCoverage &municipality : scene.coverage->municipalities)
            ++g.counts[static_cast<size_t>(CoverageClasses::classOf(municipality))];
        for (int i = 0; i < CoverageClasses::count; ++i) {
            g.labelWidth = std::max(g.labelWidth, metrics.horizontalAdvance(CoverageClasses::label(i)));
            g.countWidth = std::max(g.countWidth,
                                    metrics.horizontalAdvance(locale.toString(g.counts[static_cast<size_t>(i)])));
        }
    }
    g.ringLabel = tr("Within %1 km of an open office").arg(locale.toString(scene.coverageDisplay.ringKm));
    if (g.rings)
        g.labelWidth = std::max(g.labelWidth, metrics.horizontalAdvance(g.ringLabel));
    const double rowsWidth = g.swatch + g.gap + g.labelWidth + (g.layer ? 3 * g.gap + g.countWidth : 0);

    g.maxRadius = circleRadius(referencePopulations.back(), scene.markerSize);
    g.width = std::max(rowsWidth, 200 * s);
    g.title = tr("Straight-line distance to the nearest open office");
    g.note = g.circles ? tr("From each municipality's seat; circle area shows its population.")
                       : tr("From each municipality's seat.");
    // Coverage belongs to the network: a filter that shows some offices must not seem to close the others.
    if (!scene.filterDescription.isEmpty())
        g.note += QLatin1Char(' ') + tr("Every open office counts, not only those the filter shows.");
    if (g.layer) {
        for (double km : {10.0, 20.0}) {
            if (const CoverageBand *band = scene.coverage->band(km))
                g.shares << tr("%1 % of people live within %2 km")
                                    .arg(locale.toString(band->share * 100, 'f', 0), locale.toString(km));
        }
    }
    for (const QString &share : g.shares)
        g.width = std::max(g.width, noteMetrics.horizontalAdvance(share));
    g.titleHeight = QFontMetricsF(g.titleFont).boundingRect(QRectF(0, 0, g.width, 1e6), wrap, g.title).height();
    g.noteHeight = noteMetrics.boundingRect(QRectF(0, 0, g.width, 1e6), wrap, g.note).height();

    double height = g.pad + g.titleHeight + g.gap;
    if (g.layer)
        height += g.noteHeight + g.gap + g.rowHeight * CoverageClasses::count;
    if (g.circles)
        height += g.gap + 2 * g.maxRadius;
    if (g.rings)
        height += g.rowHeight;
    if (!g.shares.isEmpty())
        height += g.gap + noteMetrics.height() * g.shares.size();
    height += g.pad;
    g.size = QSizeF(g.width + 2 * g.pad, height);
    return g;
}

QSizeF CoverageLayerPainter::legendSize(const QFont &base, const MapScene &scene, const MapStyle &) const
{
    return legendGeometry(base, scene).size;
}

void CoverageLayerPainter::paintLegend(QPainter &painter, const LayerContext &context, const QRectF &box)
{
    const MapScene &scene = context.scene;
    const MapStyle &style = context.style;
    const LegendGeometry g = legendGeometry(painter.font(), scene);
    if (g.size.isEmpty())
        return;
    const double s = scene.textScale;
    const QFontMetricsF noteMetrics(g.noteFont);
    const QLocale locale;
    const double width = g.width;
    painter.save();
    painter.setPen(QPen(style.panelBorder, 1.0));
    painter.setBrush(style.panel);
    painter.drawRoundedRect(box, 6 * s, 6 * s);

    const double left = box.left() + g.pad;
    double y = box.top() + g.pad;
    painter.setPen(style.text);
    painter.setFont(g.titleFont);
    painter.drawText(QRectF(left, y, width, g.titleHeight), wrap, g.title);
    y += g.titleHeight + g.gap;
    const QColor muted = withAlpha(style.text, 185);
    if (g.layer) {
        painter.setFont(g.noteFont);
        painter.setPen(muted);
        painter.drawText(QRectF(left, y, width, g.noteHeight), wrap, g.note);
        y += g.noteHeight + g.gap;
        painter.setFont(g.font);
        for (int i = 0; i < CoverageClasses::count; ++i) {
            const QRectF swatchRect(left, y + (g.rowHeight - g.swatch * 0.7) / 2, g.swatch, g.swatch * 0.7);
            painter.setPen(QPen(withAlpha(style.markerOutline, 90), 0.8 * s));
            painter.setBrush(CoverageClasses::colour(i, style.theme));
            if (g.circles)
                painter.drawEllipse(swatchRect.center(), swatchRect.height() / 2, swatchRect.height() / 2);
            else
                painter.drawRect(swatchRect);
            painter.setPen(style.text);
            painter.drawText(QRectF(left + g.swatch + g.gap, y, g.labelWidth, g.rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, CoverageClasses::label(i));
            painter.drawText(QRectF(left, y, width, g.rowHeight), Qt::AlignRight | Qt::AlignVCenter,
                             locale.toString(g.counts[static_cast<size_t>(i)]));
            y += g.rowHeight;
        }
    }
    if (g.circles) {
        // Nested reference circles sharing their bottom, each labelled at its top.
        y += g.gap;
        const double bottom = y + 2 * g.maxRadius;
        const double centreX = left + g.maxRadius;
        painter.setFont(g.noteFont);
        painter.setBrush(Qt::NoBrush);
        for (double population : referencePopulations) {
            const double radius = circleRadius(population, scene.markerSize);
            painter.setPen(QPen(muted, 0.9 * s));
            painter.drawEllipse(QPointF(centreX, bottom - radius), radius, radius);
            const double top = bottom - 2 * radius;
            painter.drawLine(QPointF(centreX, top), QPointF(centreX + g.maxRadius + g.gap, top));
            painter.setPen(style.text);
            painter.drawText(QRectF(centreX + g.maxRadius + 1.5 * g.gap, top - noteMetrics.height() / 2, width,
                                    noteMetrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             tr("%1 people").arg(locale.toString(static_cast<qint64>(population))));
        }
        y = bottom;
    }
    if (g.rings) {
        const QRectF swatchRect(left, y + (g.rowHeight - g.swatch * 0.7) / 2, g.swatch, g.swatch * 0.7);
        painter.setPen(QPen(withAlpha(ringColour(style), 230), 1.4 * s));
        painter.setBrush(withAlpha(ringColour(style), 60));
        painter.drawRoundedRect(swatchRect, swatchRect.height() / 2, swatchRect.height() / 2);
        painter.setPen(style.text);
        painter.setFont(g.font);
        painter.drawText(QRectF(left + g.swatch + g.gap, y, g.labelWidth, g.rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, g.ringLabel);
        y += g.rowHeight;
    }
    if (!g.shares.isEmpty()) {
        y += g.gap;
        painter.setFont(g.noteFont);
        painter.setPen(style.text);
        for (const QString &share : g.shares) {
            painter.drawText(QRectF(left, y, width, noteMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter, share);
            y += noteMetrics.height();
        }
    }
    painter.restore();
}

} // namespace sk
