// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "maprenderer.h"

#include "geodata/offices/officetext.h"
#include "widgets/render/markerpainter.h"
#include "widgets/render/paintsupport.h"
#include "widgets/render/scenariobandpainter.h"
#include "widgets/render/searchmarkpainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace sk {

namespace { } // namespace

MapRenderer::MapRenderer(const MapStyle &style)
    : m_style(style)
{ }

void MapRenderer::setStyle(const MapStyle &style)
{
    m_style = style;
    m_sprites.clear();
    m_panels.clear();
}

void MapRenderer::clearCache()
{
    for (LayerPathCache &paths : m_bandPaths)
        paths.clear();
    for (LayerPainter *layer : layers())
        layer->clearCache();
}

std::array<LayerPainter *, 6> MapRenderer::layers()
{
    return {&m_coverageLayer, &m_regionHighlight, &m_suggestions, &m_nearestLines, &m_labels, &m_insets};
}

std::array<const LayerPainter *, 6> MapRenderer::layers() const
{
    return {&m_coverageLayer, &m_regionHighlight, &m_suggestions, &m_nearestLines, &m_labels, &m_insets};
}

QString MapRenderer::dateText(QDate date)
{
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QString MapRenderer::filterText(const MapScene &scene)
{
    return scene.filterDescription.isEmpty() ? QString() : tr("Showing: %1").arg(scene.filterDescription);
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

void MapRenderer::drawLayer(QPainter &painter, LayerPathCache &paths, const MapViewport &viewport,
                            const QRectF &visible, const VectorLayer &layer, const QBrush &fill, const QPen &pen)
{
    if (layer.isEmpty())
        return;
    const size_t level = layer.levelFor(viewport.metresPerPixel());
    const std::vector<VectorFeature> &features = layer.level(level);
    const std::vector<QPainterPath> &featurePaths = paths.paths(layer, level);
    std::vector<const QPainterPath *> shown;
    for (size_t i = 0; i < features.size(); ++i) {
        if (!features[i].bounds.intersects(visible) && !features[i].bounds.isEmpty())
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
    QImage *image = painter.device()->devType() == QInternal::Image ? static_cast<QImage *>(painter.device()) : nullptr;
    const QTransform device = painter.deviceTransform();
    const bool whole = image && !painter.hasClipping() && painter.opacity() == 1.0
            && painter.compositionMode() == QPainter::CompositionMode_SourceOver
            && device.type() <= QTransform::TxScale && device.m11() == image->devicePixelRatio()
            && device.m22() == image->devicePixelRatio()
            && QSizeF(image->size()) == viewport.size() * image->devicePixelRatio();
    // One band per core: more bands (tried: two per core) draw the features that cross them more often, and the
    // median base took 6.7-7.6 instead of 5.0 ms on two cores.
    const int bands = std::clamp(QThread::idealThreadCount(), 1, int(m_bandPaths.size()));
    if (!whole || bands < 2 || image->height() < 64 * bands) {
        renderBaseDirect(painter, m_bandPaths.front(), viewport, QRectF(QPointF(0, 0), viewport.size()), scene);
        return;
    }
    // The base covers the whole image: its horizontal bands are drawn at once, one per core, straight into the
    // image's rows (the active painter keeps no copy of them; constScanLine does not detach the image). This thread
    // draws the last band itself: left to wait for a pool (blockingMap), it saw the bands run one after the other in
    // a third of the frames, and the median base took 10 instead of 5.7 ms.
    // Each band has its own paths: QPainterPath fills lazy caches when drawn and is not safe to share.
    struct Band
    {
        int firstRow;
        int endRow;
        LayerPathCache *paths;
    };
    const double ratio = image->devicePixelRatio();
    const auto drawBand = [&](const Band &rows) {
        QImage band(const_cast<uchar *>(image->constScanLine(rows.firstRow)), image->width(),
                    rows.endRow - rows.firstRow, image->bytesPerLine(), image->format());
        band.setDevicePixelRatio(ratio);
        QPainter bandPainter(&band);
        bandPainter.translate(0, -rows.firstRow / ratio);
        const QRectF area(0, rows.firstRow / ratio, viewport.size().width(), (rows.endRow - rows.firstRow) / ratio);
        renderBaseDirect(bandPainter, *rows.paths, viewport, area, scene);
    };
    std::vector<QFuture<void>> others;
    for (int band = 0; band + 1 < bands; ++band)
        others.push_back(QtConcurrent::run(drawBand, Band{image->height() * band / bands,
                                                          image->height() * (band + 1) / bands,
                                                          &m_bandPaths[static_cast<size_t>(band)]}));
    drawBand(Band{image->height() * (bands - 1) / bands, image->height(),
                  &m_bandPaths[static_cast<size_t>(bands - 1)]});
    for (QFuture<void> &other : others)
        other.waitForFinished();
}

void MapRenderer::renderBaseDirect(QPainter &painter, LayerPathCache &paths, const MapViewport &viewport,
                                   const QRectF &area, const MapScene &scene)
{
    // Features outside the area drawn are left out before the painter sees them; lines reach a pixel further.
    const QRectF visible = QRectF(viewport.screenToWorld(area.topLeft() - QPointF(2, 2)),
                                  viewport.screenToWorld(area.bottomRight() + QPointF(2, 2)))
                                   .normalized();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), viewport.size()), m_style.sea);
    const double scale = deviceScaleOf(painter);
    painter.setWorldTransform(viewport.worldToScreenTransform(), true);

    if (const BaseMap *map = scene.baseMap) {
        drawLayer(painter, paths, viewport, visible, map->land(), m_style.swedenLand, cosmeticPen(m_style.coast, 0.8, scale));
        drawLayer(painter, paths, viewport, visible, map->neighbourLand(), m_style.neighbourLand, Qt::NoPen);
        drawLayer(painter, paths, viewport, visible, map->lakes(), m_style.lake, cosmeticPen(m_style.coast, 0.6, scale));
    }
    const bool officialBoundaries = scene.decorations.boundaries && scene.boundaries && !scene.boundaries->isEmpty();
    if (officialBoundaries)
        drawLayer(painter, paths, viewport, visible, scene.boundaries->municipalities(), Qt::NoBrush,
                  cosmeticPen(m_style.municipalityLine, 0.6, scale));
    if (officialBoundaries && !scene.boundaries->counties().isEmpty())
        drawLayer(painter, paths, viewport, visible, scene.boundaries->counties(), Qt::NoBrush,
                  cosmeticPen(m_style.countyLine, 1.0, scale));
    else if (scene.baseMap && scene.decorations.boundaries)
        drawLayer(painter, paths, viewport, visible, scene.baseMap->countyLines(), Qt::NoBrush,
                  cosmeticPen(m_style.countyLine, 0.9, scale));
    if (scene.baseMap) {
        // One pixel, set apart by its colour: the raster engine strokes anything wider through its general
        // stroker, seven times as slow (1.85 against 0.25 ms for the borders of a national frame).
        drawLayer(painter, paths, viewport, visible, scene.baseMap->borders(), Qt::NoBrush,
                  cosmeticPen(m_style.nationalBorder, 1.0, scale));
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

std::vector<MarkerPlacement> MapRenderer::layoutMarkers(const MapViewport &viewport, const MapScene &scene,
                                                        const std::vector<PlacedInset> &insets) const
{
    const std::vector<Office> &offices = *scene.offices;
    std::vector<QPointF> points(offices.size());
    std::vector<bool> shown(offices.size(), false);
    for (size_t i = 0; i < offices.size(); ++i) {
        points[i] = MapLabelLayout::toLayout(offices[i].position, viewport.metresPerPixel());
        shown[i] = i < scene.states.size() && scene.states[i].isShown()
                && std::none_of(insets.begin(), insets.end(),
                                [&](const PlacedInset &inset) { return inset.extent.contains(offices[i].position); });
    }
    std::vector<MarkerPlacement> groups
            = MarkerLayout::layout(points, shown, viewport.metresPerPixel(), scene.markerSize);
    // With the crowded cities in insets, the few small clusters left stand apart where there is room.
    if (!insets.empty())
        groups = MarkerLayout::separateSmallGroups(std::move(groups), points, scene.markerSize);
    return groups;
}

std::vector<MarkerPlacement> MapRenderer::placeMarkers(const MapViewport &viewport, const MapScene &scene) const
{
    if (!scene.offices)
        return {};
    const FrameLayout frame = frameLayout(viewport, scene);
    // Laid out before culling, so that a cluster at the frame's edge stays the same while the map is panned.
    const QPointF offset = viewport.worldToScreen(QPointF(0, 0));
    const QRectF visible
            = frame.frame.adjusted(-scene.markerSize, -scene.markerSize, scene.markerSize, scene.markerSize);
    std::vector<MarkerPlacement> placements;
    for (MarkerPlacement &placement : layoutMarkers(viewport, scene, frame.insets)) {
        placement.screen += offset;
        if (visible.contains(placement.screen))
            placements.push_back(std::move(placement));
    }
    const std::vector<Office> &offices = *scene.offices;
    for (const PlacedInset &inset : frame.insets) {
        std::vector<QPointF> points(offices.size());
        std::vector<bool> shown(offices.size(), false);
        for (size_t i = 0; i < offices.size(); ++i) {
            points[i] = inset.toScreen(offices[i].position);
            shown[i] = i < scene.states.size() && scene.states[i].isShown()
                    && inset.extent.contains(offices[i].position);
        }
        for (MarkerPlacement &placement : MarkerLayout::layoutSpread(points, shown, scene.markerSize)) {
            placement.inset = inset.index;
            placements.push_back(std::move(placement));
        }
    }
    return placements;
}

FrameLayout MapRenderer::frameLayout(const MapViewport &viewport, const MapScene &scene) const
{
    // The application font, not the painter's: the screen and every export lay out alike.
    const QFont base;
    const double s = scene.textScale;
    const MapScene::Decorations &decorations = scene.decorations;
    FrameLayout frame;
    frame.frame = QRectF(QPointF(0, 0), viewport.size());
    frame.textScale = s;
    frame.margin = 14 * s;
    if (decorations.text && decorations.dateLabel && scene.date.isValid())
        frame.dateLabel = dateLabelBox(base, viewport, scene);
    if (decorations.text && decorations.legend)
        frame.legend = legendBox(base, viewport, scene);
    if (decorations.scaleBar)
        frame.scaleBar = scaleBarBox(viewport, scene);
    if (decorations.text && decorations.credits)
        frame.credits = creditsBox(base, viewport, scene);
    const double scaleBarTop = frame.scaleBar.isEmpty() ? viewport.size().height() - (decorations.credits ? 60 : 46) * s
                                                        : frame.scaleBar.top();
    for (const LayerPainter *layer : layers()) {
        const QSizeF size = layer->legendSize(base, scene, m_style);
        if (size.isEmpty())
            continue;
        if (layer->legendSlot() == LayerPainter::LegendSlot::TopRight)
            frame.topRightLegend = QRectF(QPointF(viewport.size().width() - size.width() - frame.margin,
                                                  frame.margin + ScenarioBandPainter::height(scene)),
                                          size);
        else if (layer->legendSlot() == LayerPainter::LegendSlot::AboveScaleBar)
            frame.aboveScaleBarLegend = QRectF(QPointF(frame.margin, scaleBarTop - 8 * s - size.height()), size);
    }
    frame.insets = m_insets.layout(viewport, scene, frame.panels());
    return frame;
}

LayerContext MapRenderer::context(const MapViewport &viewport, const MapScene &scene, const FrameLayout &frame,
                                  const std::vector<MarkerPlacement> &placements,
                                  const std::vector<MarkerPlacement> &layoutPlacements)
{
    return LayerContext{
            viewport,
            scene,
            m_style,
            frame,
            placements,
            layoutPlacements,
            viewport.worldToScreen(QPointF(0, 0)),
            [this, &scene](QPainter &painter, const MapViewport &inset) { renderBase(painter, inset, scene); },
            [this, &scene](QPainter &painter, const std::vector<const MarkerPlacement *> &markers) {
                drawMarkers(painter, scene, markers);
            }};
}

std::vector<MapLabel> MapRenderer::placeLabels(const MapViewport &viewport, const MapScene &scene,
                                               const std::vector<MarkerPlacement> &placements)
{
    if (!scene.offices)
        return {};
    const FrameLayout frame = frameLayout(viewport, scene);
    const std::vector<MarkerPlacement> layoutPlacements = layoutMarkers(viewport, scene, frame.insets);
    return m_labels.mainLabels(QFont(), context(viewport, scene, frame, placements, layoutPlacements));
}

void MapRenderer::drawMarkers(QPainter &painter, const MapScene &scene,
                              const std::vector<const MarkerPlacement *> &placements)
{
    const std::vector<Office> &offices = *scene.offices;
    // Selected and emphasised markers last, so nothing covers them.
    std::vector<const MarkerPlacement *> order;
    std::vector<const MarkerPlacement *> onTop;
    for (const MarkerPlacement *placement : placements) {
        const Office &first = offices[static_cast<size_t>(placement->members.front())];
        const bool prominent = !placement->isCluster()
                && (first.id == scene.selectedOfficeId || scene.emphasisedOfficeIds.contains(first.id)
                    || scene.highlightedOfficeIds.contains(first.id));
        (prominent ? onTop : order).push_back(placement);
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

QRectF MapRenderer::dateLabelBox(const QFont &base, const MapViewport &viewport, const MapScene &scene) const
{
    const double s = scene.textScale;
    const double margin = 14 * s;
    const QFont titleFont = sizedFont(base, 13 * s, true);
    const QFont dateFont = sizedFont(base, 26 * s, true);
    const QFont summaryFont = sizedFont(base, 13.5 * s);
    const QString filter = filterText(scene);
    const QFont publishedFont = sizedFont(base, 11 * s);
    const QString published = publishedText(scene);
    const double width = std::max({QFontMetricsF(titleFont).horizontalAdvance(scene.title),
                                   QFontMetricsF(dateFont).horizontalAdvance(dateText(scene.date)),
                                   QFontMetricsF(summaryFont).horizontalAdvance(summaryText(scene)),
                                   QFontMetricsF(publishedFont).horizontalAdvance(published),
                                   QFontMetricsF(titleFont).horizontalAdvance(filter)})
            + 2 * margin;
    const double titleHeight = scene.title.isEmpty() ? 0 : QFontMetricsF(titleFont).height() + 2 * s;
    const double publishedHeight = published.isEmpty() ? 0 : QFontMetricsF(publishedFont).height();
    const double filterHeight = filter.isEmpty() ? 0 : QFontMetricsF(titleFont).height() + 2 * s;
    const double height = titleHeight + QFontMetricsF(dateFont).height() + QFontMetricsF(summaryFont).height()
            + publishedHeight + filterHeight + 2 * margin - 4 * s;
    return QRectF(margin, margin + ScenarioBandPainter::height(scene),
                  std::min(width, viewport.size().width() - 2 * margin), height);
}

void MapRenderer::drawDateLabel(QPainter &painter, const QRectF &box, const MapScene &scene)
{
    const double s = scene.textScale;
    const double margin = 14 * s;
    const QFont titleFont = sizedFont(painter.font(), 13 * s, true);
    const QFont dateFont = sizedFont(painter.font(), 26 * s, true);
    const QFont summaryFont = sizedFont(painter.font(), 13.5 * s);
    const QString date = dateText(scene.date);
    const QString summary = summaryText(scene);
    const QString filter = filterText(scene);
    const double titleHeight = scene.title.isEmpty() ? 0 : QFontMetricsF(titleFont).height() + 2 * s;
    const double filterHeight = filter.isEmpty() ? 0 : QFontMetricsF(titleFont).height() + 2 * s;
    const QFont publishedFont = sizedFont(painter.font(), 11 * s);
    const QString published = publishedText(scene);
    const double publishedHeight = published.isEmpty() ? 0 : QFontMetricsF(publishedFont).height();
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
    double below = QFontMetricsF(summaryFont).height();
    if (!published.isEmpty()) {
        y += below;
        painter.setFont(publishedFont);
        painter.drawText(QRectF(box.left() + margin, y, box.width() - 2 * margin, publishedHeight), Qt::AlignLeft,
                         published);
        below = publishedHeight;
    }
    if (!filter.isEmpty()) {
        y += below + 2 * s;
        painter.setFont(titleFont);
        painter.setPen(m_style.selection);
        painter.drawText(QRectF(box.left() + margin, y, box.width() - 2 * margin, filterHeight), Qt::AlignLeft,
                         QFontMetricsF(titleFont).elidedText(filter, Qt::ElideRight, box.width() - 2 * margin));
    }
}

std::vector<MapRenderer::LegendRow> MapRenderer::legendRows(const MapScene &scene)
{
    std::vector<LegendRow> rows;
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
    return rows;
}

QRectF MapRenderer::legendBox(const QFont &base, const MapViewport &viewport, const MapScene &scene) const
{
    const double s = scene.textScale;
    const QFontMetricsF metrics(sizedFont(base, 12.5 * s));
    const double rowHeight = std::max(metrics.height(), scene.markerSize * 1.5) + 3 * s;
    const double pad = 10 * s;
    const double swatch = scene.markerSize * 1.6;
    const std::vector<LegendRow> rows = legendRows(scene);
    double textWidth = QFontMetricsF(sizedFont(base, 12.5 * s, true)).horizontalAdvance(tr("Service offices"));
    for (const LegendRow &row : rows)
        textWidth = std::max(textWidth, metrics.horizontalAdvance(row.label));
    const double width = pad * 2 + swatch + 6 * s + textWidth;
    const double height = pad * 2 + rowHeight * static_cast<double>(rows.size() + 1);
    const double bottomGap = (scene.decorations.credits ? 28 : 14) * s;
    return QRectF(viewport.size().width() - width - 14 * s, viewport.size().height() - height - bottomGap, width,
                  height);
}

void MapRenderer::drawLegend(QPainter &painter, const QRectF &box, const MapScene &scene)
{
    const double s = scene.textScale;
    const QFont font = sizedFont(painter.font(), 12.5 * s);
    const QFont headFont = sizedFont(painter.font(), 12.5 * s, true);
    const QFontMetricsF metrics(font);
    const double rowHeight = std::max(metrics.height(), scene.markerSize * 1.5) + 3 * s;
    const double pad = 10 * s;
    const double swatch = scene.markerSize * 1.6;
    const double width = box.width();
    const double textWidth = width - pad * 2 - swatch - 6 * s;
    drawPanel(painter, box, s);
    painter.setPen(m_style.text);
    painter.setFont(headFont);
    painter.drawText(QRectF(box.left() + pad, box.top() + pad, width, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Service offices"));
    painter.setFont(font);
    double y = box.top() + pad + rowHeight;
    for (const LegendRow &row : legendRows(scene)) {
        MarkerPainter::drawMarker(painter, QPointF(box.left() + pad + swatch / 2, y + rowHeight / 2), scene.markerSize,
                                  row.marker, m_style);
        painter.setPen(m_style.text);
        painter.drawText(QRectF(box.left() + pad + swatch + 6 * s, y, textWidth + 2, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, row.label);
        y += rowHeight;
    }
}

QRectF MapRenderer::scaleBarBox(const MapViewport &viewport, const MapScene &scene)
{
    const double s = scene.textScale;
    const double length = niceLength(130 * s * viewport.metresPerPixel()) / viewport.metresPerPixel();
    const double right = 26 * s + length;
    const double bottom = viewport.size().height() - (scene.decorations.credits ? 30 : 16) * s;
    return QRectF(right - length - 12 * s, bottom - 30 * s, length + 24 * s, 36 * s);
}

void MapRenderer::drawScaleBar(QPainter &painter, const QRectF &box, const MapViewport &viewport, const MapScene &scene)
{
    const double s = scene.textScale;
    const double metres = niceLength(130 * s * viewport.metresPerPixel());
    const double length = metres / viewport.metresPerPixel();
    const QFont font = sizedFont(painter.font(), 11.5 * s);
    const QString label = metres >= 1000 ? tr("%1 km").arg(QLocale().toString(metres / 1000, 'g', 6))
                                         : tr("%1 m").arg(QLocale().toString(metres, 'g', 6));
    const double right = box.right() - 12 * s;
    const double bottom = box.bottom() - 6 * s;
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

QString MapRenderer::creditsText(const MapScene &scene)
{
    const QString credits = tr("Offices: Servicekarta compilation of public sources · Population: SCB 2020 · "
                               "Places: GeoNames (CC BY 4.0) · Coast: GSHHG/DCW (LGPL) · Natural Earth");
    if (scene.scenarioName.isEmpty())
        return credits;
    return tr("Scenario file: %1").arg(scene.scenarioSource) + QStringLiteral(" · ") + credits;
}

QRectF MapRenderer::creditsBox(const QFont &base, const MapViewport &viewport, const MapScene &scene) const
{
    const double s = std::min(scene.textScale, 1.2);
    const QFont font = sizedFont(base, 9.5 * s);
    const double width = std::min(QFontMetricsF(font).horizontalAdvance(creditsText(scene)) + 12 * s,
                                  viewport.size().width() - 16 * s);
    return QRectF(viewport.size().width() - width - 8 * s, viewport.size().height() - 20 * s, width, 16 * s);
}

void MapRenderer::drawCredits(QPainter &painter, const QRectF &box, const MapScene &scene)
{
    const double s = std::min(scene.textScale, 1.2);
    const QFont font = sizedFont(painter.font(), 9.5 * s);
    const QString text = creditsText(scene);
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
    const FrameLayout frame = frameLayout(viewport, scene);
    const std::vector<MarkerPlacement> layoutPlacements
            = scene.offices ? layoutMarkers(viewport, scene, frame.insets) : std::vector<MarkerPlacement>();
    const LayerContext layerContext = context(viewport, scene, frame, placements, layoutPlacements);
    m_coverageLayer.paintLayer(painter, layerContext);
    m_regionHighlight.paintLayer(painter, layerContext);
    if (scene.offices) {
        std::vector<const MarkerPlacement *> mainMarkers;
        for (const MarkerPlacement &placement : placements) {
            if (placement.inset < 0)
                mainMarkers.push_back(&placement);
        }
        drawMarkers(painter, scene, mainMarkers);
    }
    m_suggestions.paintLayer(painter, layerContext);
    m_nearestLines.paintLayer(painter, layerContext);
    m_labels.paintLayer(painter, layerContext);
    m_insets.paintLayer(painter, layerContext);
    SearchMarkPainter::paint(painter, viewport, scene, m_style);
    ScenarioBandPainter::paint(painter, viewport, scene);
    if (!frame.dateLabel.isEmpty()) {
        const QString content = QStringList{scene.title, dateText(scene.date), summaryText(scene),
                                            publishedText(scene), filterText(scene),
                                            QString::number(scene.textScale)}
                                        .join(QChar(0x1f));
        m_panels.draw(painter, frame.dateLabel, QStringLiteral("date|") + content,
                      [&](QPainter &target, const QRectF &box) { drawDateLabel(target, box, scene); });
    }
    if (!frame.legend.isEmpty()) {
        QStringList content{QString::number(scene.textScale), QString::number(scene.markerSize)};
        for (const LegendRow &row : legendRows(scene))
            content << QString::number(int(row.marker.status)) + row.label;
        m_panels.draw(painter, frame.legend, QStringLiteral("legend|") + content.join(QChar(0x1f)),
                      [&](QPainter &target, const QRectF &box) { drawLegend(target, box, scene); });
    }
    for (LayerPainter *layer : layers()) {
        if (layer->legendSlot() == LayerPainter::LegendSlot::TopRight && !frame.topRightLegend.isEmpty())
            layer->paintLegend(painter, layerContext, frame.topRightLegend);
        else if (layer->legendSlot() == LayerPainter::LegendSlot::AboveScaleBar && !frame.aboveScaleBarLegend.isEmpty())
            layer->paintLegend(painter, layerContext, frame.aboveScaleBarLegend);
    }
    if (!frame.scaleBar.isEmpty())
        drawScaleBar(painter, frame.scaleBar, viewport, scene);
    if (!frame.credits.isEmpty())
        drawCredits(painter, frame.credits, scene);
    painter.restore();
}

void MapRenderer::render(QPainter &painter, const MapViewport &viewport, const MapScene &scene)
{
    renderBase(painter, viewport, scene);
    renderOverlay(painter, viewport, scene, placeMarkers(viewport, scene));
}

} // namespace sk
