// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "widgets/render/maprenderer.h"

#include "geodata/offices/officetext.h"
#include "widgets/render/markerpainter.h"
#include "widgets/render/paintsupport.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace sk {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sk::MapRenderer", text, disambiguation, n);
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

} // namespace

MapRenderer::MapRenderer(const MapStyle &style)
    : m_style(style)
{ }

void MapRenderer::setStyle(const MapStyle &style)
{
    m_style = style;
    m_sprites.clear();
}

void MapRenderer::clearCache()
{
    m_paths.clear();
    m_coverageLayer.clearCache();
    m_regionHighlight.clearCache();
}

QString MapRenderer::dateText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString MapRenderer::summaryText(const MapScene &scene)
{
    const StatusCounts &counts = scene.counts;
    const QLocale locale;
    // Where the data leaves openings or closings undated, what is certain comes first, then what may be.
    const QString offices = counts.isRange()
            ? tr("%1–%2 offices open").arg(locale.toString(counts.open()), locale.toString(counts.openMax()))
            : tr("%n office(s) open", nullptr, counts.open());
    QString municipalities = locale.toString(counts.municipalitiesWithOffice);
    if (counts.municipalitiesWithOfficeMax > counts.municipalitiesWithOffice)
        municipalities += QChar(0x2013) + locale.toString(counts.municipalitiesWithOfficeMax);
    return offices + QStringLiteral(" · ")
            + tr("in %1 of %2 municipalities").arg(municipalities, locale.toString(scene.municipalityTotal));
}

QString MapRenderer::publishedText(const MapScene &scene)
{
    if (!scene.published)
        return {};
    const PublishedCount &published = *scene.published;
    const QString format = published.date.precision() == PartialDate::Precision::Day ? QStringLiteral("d MMM yyyy")
                                                                                     : QStringLiteral("MMM yyyy");
    return tr("published: %1, %2 (%3)")
            .arg(QLocale().toString(published.offices), QLocale().toString(published.date.first(), format),
                 published.sourceName());
}

void MapRenderer::drawLayer(QPainter &painter, const MapViewport &viewport, const VectorLayer &layer,
                            const QBrush &fill, const QPen &pen, const QString &onlyCode, const QString &exceptCode)
{
    if (layer.isEmpty())
        return;
    const size_t level = layer.levelFor(viewport.metresPerPixel());
    const std::vector<VectorFeature> &features = layer.level(level);
    const std::vector<QPainterPath> &featurePaths = m_paths.paths(layer, level);
    const QRectF visible = viewport.visibleWorldRect();
    std::vector<const QPainterPath *> shown;
    for (size_t i = 0; i < features.size(); ++i) {
        if (!features[i].bounds.intersects(visible) && !features[i].bounds.isEmpty())
            continue;
        if (!onlyCode.isEmpty() && features[i].code != onlyCode)
            continue;
        if (!exceptCode.isEmpty() && features[i].code == exceptCode)
            continue;
        shown.push_back(&featurePaths[i]);
    }
    // Antialiased fills cost three times as much as plain ones; the antialiased outline drawn over a plain fill
    // looks the same, so fills go without and only the lines are smoothed.
    const bool antialiased = painter.testRenderHint(QPainter::Antialiasing);
    if (layer.geometry() == VectorLayer::Geometry::Polygons && fill.style() != Qt::NoBrush) {
        painter.setRenderHint(QPainter::Antialiasing, painter.paintEngine()->type() != QPaintEngine::Raster);
        painter.setPen(Qt::NoPen);
        painter.setBrush(fill);
        for (const QPainterPath *path : shown)
            painter.drawPath(*path);
        painter.setRenderHint(QPainter::Antialiasing, antialiased);
    }
    if (pen.style() == Qt::NoPen)
        return;
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    for (const QPainterPath *path : shown)
        painter.drawPath(*path);
}

void MapRenderer::renderBase(QPainter &painter, const MapViewport &viewport, const MapScene &scene)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), viewport.size()), m_style.sea);
    const double scale = deviceScaleOf(painter);
    painter.setWorldTransform(viewport.worldToScreenTransform(), true);

    if (const BaseMap *map = scene.baseMap) {
        drawLayer(painter, viewport, map->land(), m_style.swedenLand, cosmeticPen(m_style.coast, 0.8, scale));
        drawLayer(painter, viewport, map->neighbourLand(), m_style.neighbourLand, Qt::NoPen);
        drawLayer(painter, viewport, map->lakes(), m_style.lake, cosmeticPen(m_style.coast, 0.6, scale));
    }
    const bool officialBoundaries = scene.boundaries && !scene.boundaries->isEmpty();
    if (officialBoundaries)
        drawLayer(painter, viewport, scene.boundaries->municipalities(), Qt::NoBrush,
                  cosmeticPen(m_style.municipalityLine, 0.6, scale));
    if (officialBoundaries && !scene.boundaries->counties().isEmpty())
        drawLayer(painter, viewport, scene.boundaries->counties(), Qt::NoBrush,
                  cosmeticPen(m_style.countyLine, 1.0, scale));
    else if (scene.baseMap)
        drawLayer(painter, viewport, scene.baseMap->countyLines(), Qt::NoBrush,
                  cosmeticPen(m_style.countyLine, 0.9, scale));
    if (scene.baseMap) {
        drawLayer(painter, viewport, scene.baseMap->borders(), Qt::NoBrush,
                  cosmeticPen(m_style.nationalBorder, 1.3, scale));
    }
    painter.restore();
    if (scene.baseMap)
        fadeOutsideData(painter, viewport, scene.baseMap->land().extent());
}

void MapRenderer::fadeOutsideData(QPainter &painter, const MapViewport &viewport, const QRectF &extent)
{
    // The base map ends at a rectangle; fade it into the sea colour instead of stopping at a hard edge.
    // Drawn in screen coordinates: PDF viewers reject gradients under the map's mirrored world transform.
    if (extent.isEmpty() || extent.contains(viewport.visibleWorldRect()))
        return;
    const QRectF data = QRectF(viewport.worldToScreen(extent.topLeft()), viewport.worldToScreen(extent.bottomRight()))
                                .normalized();
    const double fade = std::min(data.width(), data.height()) * 0.08;
    QColor transparent = m_style.sea;
    transparent.setAlpha(0);
    painter.save();
    painter.setPen(Qt::NoPen);
    const auto band = [&](const QRectF &rect, const QPointF &from, const QPointF &to) {
        QLinearGradient gradient(from, to);
        gradient.setColorAt(0, transparent);
        gradient.setColorAt(1, m_style.sea);
        painter.fillRect(rect, gradient);
    };
    const double l = data.left(), r = data.right(), t = data.top(), b = data.bottom();
    band(QRectF(QPointF(l, t), QPointF(l + fade, b)), QPointF(l + fade, t), QPointF(l, t));
    band(QRectF(QPointF(r - fade, t), QPointF(r, b)), QPointF(r - fade, t), QPointF(r, t));
    band(QRectF(QPointF(l, t), QPointF(r, t + fade)), QPointF(l, t + fade), QPointF(l, t));
    band(QRectF(QPointF(l, b - fade), QPointF(r, b)), QPointF(l, b - fade), QPointF(l, b));
    QPainterPath outside;
    outside.addRect(QRectF(QPointF(0, 0), viewport.size()).united(data).adjusted(-1, -1, 1, 1));
    outside.addRect(data);
    outside.setFillRule(Qt::OddEvenFill);
    painter.setBrush(m_style.sea);
    painter.drawPath(outside);
    painter.restore();
}

std::vector<MarkerPlacement> MapRenderer::placeMarkers(const MapViewport &viewport, const MapScene &scene) const
{
    if (!scene.offices)
        return {};
    const std::vector<Office> &offices = *scene.offices;
    std::vector<QPointF> points(offices.size());
    std::vector<bool> shown(offices.size(), false);
    const QRectF visible = viewport.visibleWorldRect().adjusted(
            -scene.markerSize * viewport.metresPerPixel(), -scene.markerSize * viewport.metresPerPixel(),
            scene.markerSize * viewport.metresPerPixel(), scene.markerSize * viewport.metresPerPixel());
    for (size_t i = 0; i < offices.size(); ++i) {
        points[i] = viewport.worldToScreen(offices[i].position);
        shown[i] = i < scene.states.size() && scene.states[i].isShown() && visible.contains(offices[i].position);
    }
    return MarkerLayout::layout(points, shown, viewport.metresPerPixel(), scene.markerSize);
}

void MapRenderer::drawMarkers(QPainter &painter, const MapScene &scene, const std::vector<MarkerPlacement> &placements)
{
    const std::vector<Office> &offices = *scene.offices;
    // Selected and emphasised markers last, so nothing covers them.
    std::vector<const MarkerPlacement *> order;
    std::vector<const MarkerPlacement *> onTop;
    for (const MarkerPlacement &placement : placements) {
        const Office &first = offices[static_cast<size_t>(placement.members.front())];
        const bool prominent = !placement.isCluster()
                && (first.id == scene.selectedOfficeId || scene.emphasisedOfficeIds.contains(first.id)
                    || scene.highlightedOfficeIds.contains(first.id));
        (prominent ? onTop : order).push_back(&placement);
    }
    order.insert(order.end(), onTop.begin(), onTop.end());
    for (const MarkerPlacement *placement : order) {
        if (placement->isCluster()) {
            std::vector<OfficeStatus> statuses;
            bool anyVulnerable = false;
            bool anyHighlighted = false;
            for (int member : placement->members) {
                statuses.push_back(scene.states[static_cast<size_t>(member)].status);
                anyVulnerable |= offices[static_cast<size_t>(member)].vulnerableArea == VulnerableArea::Yes;
                anyHighlighted |= scene.highlightedOfficeIds.contains(offices[static_cast<size_t>(member)].id);
            }
            if (anyHighlighted)
                MarkerPainter::drawHighlightRing(painter, placement->screen,
                                                 MarkerPainter::clusterDiameter(scene.markerSize, statuses.size()) / 2,
                                                 scene.markerSize, m_style);
            MarkerPainter::drawCluster(painter, placement->screen, scene.markerSize, statuses, anyVulnerable, m_style,
                                       scene.decorations.text);
            continue;
        }
        const size_t index = static_cast<size_t>(placement->members.front());
        const OfficeState &state = scene.states[index];
        MarkerPainter::Marker marker;
        marker.status = state.status;
        marker.uncertain = state.isUncertain();
        marker.vulnerable = offices[index].vulnerableArea == VulnerableArea::Yes;
        marker.selected = offices[index].id == scene.selectedOfficeId;
        marker.emphasised = scene.emphasisedOfficeIds.contains(offices[index].id);
        marker.emphasisProgress = scene.emphasisProgress;
        if (scene.highlightedOfficeIds.contains(offices[index].id))
            MarkerPainter::drawHighlightRing(painter, placement->screen, scene.markerSize / 2, scene.markerSize,
                                             m_style);
        if (marker.emphasised || painter.paintEngine()->type() != QPaintEngine::Raster)
            MarkerPainter::drawMarker(painter, placement->screen, scene.markerSize, marker, m_style);
        else
            drawMarkerSprite(painter, placement->screen, scene.markerSize, marker);
    }
}

void MapRenderer::drawMarkerSprite(QPainter &painter, const QPointF &centre, double size,
                                   const MarkerPainter::Marker &marker)
{
    // Raster targets blit a cached image of each marker kind; vector targets (PDF, SVG) always get paths.
    const double ratio = deviceScaleOf(painter);
    const int extent = static_cast<int>(std::ceil(size * 2.4));
    const QString key = QStringLiteral("%1-%2-%3-%4-%5-%6")
                                .arg(int(marker.status))
                                .arg(marker.uncertain)
                                .arg(marker.vulnerable)
                                .arg(marker.selected)
                                .arg(size)
                                .arg(ratio);
    auto it = m_sprites.find(key);
    if (it == m_sprites.end()) {
        QImage sprite(QSize(extent, extent) * ratio, QImage::Format_ARGB32_Premultiplied);
        sprite.setDevicePixelRatio(ratio);
        sprite.fill(Qt::transparent);
        QPainter spritePainter(&sprite);
        MarkerPainter::drawMarker(spritePainter, QPointF(extent / 2.0, extent / 2.0), size, marker, m_style);
        spritePainter.end();
        it = m_sprites.insert(key, sprite);
    }
    painter.drawImage(centre - QPointF(extent / 2.0, extent / 2.0), *it);
}

void MapRenderer::drawPanel(QPainter &painter, const QRectF &rect, double scale)
{
    painter.setPen(QPen(m_style.panelBorder, 1.0));
    painter.setBrush(m_style.panel);
    painter.drawRoundedRect(rect, 6 * scale, 6 * scale);
}

void MapRenderer::drawDateLabel(QPainter &painter, const MapViewport &viewport, const MapScene &scene)
{
    const double s = scene.textScale;
    const double margin = 14 * s;
    const QFont titleFont = sizedFont(painter.font(), 13 * s, true);
    const QFont dateFont = sizedFont(painter.font(), 26 * s, true);
    const QFont summaryFont = sizedFont(painter.font(), 13.5 * s);
    const QString date = dateText(scene.date);
    const QString summary = summaryText(scene);
    const QFont publishedFont = sizedFont(painter.font(), 11 * s);
    const QString published = publishedText(scene);
    const double publishedHeight = published.isEmpty() ? 0 : QFontMetricsF(publishedFont).height();
    const double width = std::max({QFontMetricsF(titleFont).horizontalAdvance(scene.title),
                                   QFontMetricsF(dateFont).horizontalAdvance(date),
                                   QFontMetricsF(summaryFont).horizontalAdvance(summary),
                                   QFontMetricsF(publishedFont).horizontalAdvance(published)})
            + 2 * margin;
    const double titleHeight = scene.title.isEmpty() ? 0 : QFontMetricsF(titleFont).height() + 2 * s;
    const double height = titleHeight + QFontMetricsF(dateFont).height() + QFontMetricsF(summaryFont).height()
            + publishedHeight + 2 * margin - 4 * s;
    const QRectF box(margin, margin, std::min(width, viewport.size().width() - 2 * margin), height);
    drawPanel(painter, box, s);
    double y = box.top() + margin * 0.75;
    painter.setPen(m_style.text);
    if (!scene.title.isEmpty()) {
        painter.setFont(titleFont);
        painter.drawText(QRectF(box.left() + margin, y, box.width() - 2 * margin, titleHeight), Qt::AlignLeft,
                         scene.title);
        y += titleHeight;
    }
    painter.setFont(dateFont);
    painter.drawText(QRectF(box.left() + margin, y, box.width() - 2 * margin, QFontMetricsF(dateFont).height()),
                     Qt::AlignLeft, date);
    y += QFontMetricsF(dateFont).height() - 2 * s;
    painter.setFont(summaryFont);
    painter.drawText(QRectF(box.left() + margin, y, box.width() - 2 * margin, QFontMetricsF(summaryFont).height()),
                     Qt::AlignLeft, summary);
    if (!published.isEmpty()) {
        y += QFontMetricsF(summaryFont).height();
        painter.setFont(publishedFont);
        painter.drawText(QRectF(box.left() + margin, y, box.width() - 2 * margin, publishedHeight), Qt::AlignLeft,
                         published);
    }
}

void MapRenderer::drawLegend(QPainter &painter, const MapViewport &viewport, const MapScene &scene)
{
    const double s = scene.textScale;
    const QFont font = sizedFont(painter.font(), 12.5 * s);
    const QFont headFont = sizedFont(painter.font(), 12.5 * s, true);
    const QFontMetricsF metrics(font);
    const double rowHeight = std::max(metrics.height(), scene.markerSize * 1.5) + 3 * s;
    const double pad = 10 * s;
    const double swatch = scene.markerSize * 1.6;

    struct Row
    {
        MarkerPainter::Marker marker;
        QString label;
    };
    std::vector<Row> rows;
    const bool compact = scene.decorations.compactLegend;
    for (OfficeStatus status : shownStatuses) {
        if ((compact || status == OfficeStatus::PlannedLater) && scene.counts.count(status) == 0)
            continue;
        rows.push_back({{status},
                        QStringLiteral("%1  %2").arg(OfficeText::statusLabel(status),
                                                     QLocale().toString(scene.counts.count(status)))});
    }
    if (!compact) {
        rows.push_back({{OfficeStatus::Open, true}, tr("Date within an interval (hollow)")});
        rows.push_back({{OfficeStatus::Open, false, true}, tr("Socially vulnerable area (ring)")});
    }

    double textWidth = QFontMetricsF(headFont).horizontalAdvance(tr("Service offices"));
    for (const Row &row : rows)
        textWidth = std::max(textWidth, metrics.horizontalAdvance(row.label));
    const double width = pad * 2 + swatch + 6 * s + textWidth;
    const double height = pad * 2 + rowHeight * static_cast<double>(rows.size() + 1);
    const double bottomGap = (scene.decorations.credits ? 28 : 14) * s;
    const QRectF box(viewport.size().width() - width - 14 * s, viewport.size().height() - height - bottomGap, width,
                     height);
    drawPanel(painter, box, s);
    painter.setPen(m_style.text);
    painter.setFont(headFont);
    painter.drawText(QRectF(box.left() + pad, box.top() + pad, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Service offices"));
    painter.setFont(font);
    double y = box.top() + pad + rowHeight;
    for (const Row &row : rows) {
        MarkerPainter::drawMarker(painter, QPointF(box.left() + pad + swatch / 2, y + rowHeight / 2), scene.markerSize,
                                  row.marker, m_style);
        painter.setPen(m_style.text);
        painter.drawText(QRectF(box.left() + pad + swatch + 6 * s, y, textWidth + 2, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, row.label);
        y += rowHeight;
    }
}

void MapRenderer::drawScaleBar(QPainter &painter, const MapViewport &viewport, const MapScene &scene)
{
    const double s = scene.textScale;
    const double metres = niceLength(130 * s * viewport.metresPerPixel());
    const double length = metres / viewport.metresPerPixel();
    const QFont font = sizedFont(painter.font(), 11.5 * s);
    const QString label = metres >= 1000 ? tr("%1 km").arg(QLocale().toString(metres / 1000, 'g', 6))
                                         : tr("%1 m").arg(QLocale().toString(metres, 'g', 6));
    const double right = 26 * s + length;
    const double bottom = viewport.size().height() - (scene.decorations.credits ? 30 : 16) * s;
    const QRectF box(right - length - 12 * s, bottom - 30 * s, length + 24 * s, 36 * s);
    drawPanel(painter, box, s);
    const double x0 = right - length;
    const double y0 = bottom - 2 * s;
    painter.setPen(QPen(m_style.text, 1.6 * s, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(x0, y0), QPointF(right, y0));
    painter.drawLine(QPointF(x0, y0 - 6 * s), QPointF(x0, y0));
    painter.drawLine(QPointF(right, y0 - 6 * s), QPointF(right, y0));
    if (scene.decorations.text) {
        painter.setFont(font);
        painter.drawText(QRectF(x0, y0 - 24 * s, length, 18 * s), Qt::AlignCenter, label);
    }
}

void MapRenderer::drawCredits(QPainter &painter, const MapViewport &viewport, const MapScene &scene)
{
    const double s = std::min(scene.textScale, 1.2);
    const QFont font = sizedFont(painter.font(), 9.5 * s);
    const QString text = tr("Offices: Servicekarta compilation of public sources · Population: SCB 2020 · "
                            "Places: GeoNames (CC BY 4.0) · Coast: GSHHG/DCW (LGPL) · Natural Earth");
    const double width
            = std::min(QFontMetricsF(font).horizontalAdvance(text) + 12 * s, viewport.size().width() - 16 * s);
    const QRectF box(viewport.size().width() - width - 8 * s, viewport.size().height() - 20 * s, width, 16 * s);
    QColor background = m_style.panel;
    background.setAlpha(170);
    painter.setPen(Qt::NoPen);
    painter.setBrush(background);
    painter.drawRect(box);
    painter.setPen(m_style.text);
    painter.setFont(font);
    painter.drawText(box, Qt::AlignCenter, QFontMetricsF(font).elidedText(text, Qt::ElideRight, box.width() - 8 * s));
}

void MapRenderer::renderOverlay(QPainter &painter, const MapViewport &viewport, const MapScene &scene,
                                const std::vector<MarkerPlacement> &placements)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_coverageLayer.paintLayer(painter, viewport, scene, m_style);
    m_regionHighlight.paintLayer(painter, viewport, scene, m_style);
    if (scene.offices)
        drawMarkers(painter, scene, placements);
    m_suggestions.paintLayer(painter, viewport, scene, m_style);
    const MapScene::Decorations &decorations = scene.decorations;
    if (decorations.text && decorations.dateLabel && scene.date.isValid())
        drawDateLabel(painter, viewport, scene);
    if (decorations.text && decorations.legend)
        drawLegend(painter, viewport, scene);
    m_coverageLayer.paintLegend(painter, viewport, scene, m_style);
    m_regionHighlight.paintLegend(painter, viewport, scene, m_style);
    if (decorations.scaleBar)
        drawScaleBar(painter, viewport, scene);
    if (decorations.text && decorations.credits)
        drawCredits(painter, viewport, scene);
    painter.restore();
}

void MapRenderer::render(QPainter &painter, const MapViewport &viewport, const MapScene &scene)
{
    renderBase(painter, viewport, scene);
    renderOverlay(painter, viewport, scene, placeMarkers(viewport, scene));
}

} // namespace sk
