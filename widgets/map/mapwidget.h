// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/reference/referencedata.h"
#include "widgets/render/maprenderer.h"
#include "widgets/scene/mapscene.h"
#include "widgets/scene/mapviewport.h"
#include "widgets/scene/markerlayoutjob.h"

#include <QImage>
#include <QTimer>
#include <QVariantAnimation>
#include <QWidget>

#include <memory>

namespace sk {

// The interactive map: a plain QWidget that keeps the base map in a cached image (at the device pixel ratio),
// shifts it while panning, scales it while zooming and re-renders it on a coalescing timer. Markers and
// decorations are painted on top every frame, so a new date never re-renders the base.
class MapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MapWidget(QWidget *parent = nullptr);

    const MapScene &scene() const { return m_scene; }
    // Replaces the base layers (base map, boundaries): the cache is rebuilt.
    void setBaseLayers(const BaseMap *baseMap, const AdminBoundaries *boundaries, int municipalityTotal);
    // The names the map can show (kept alive by the caller).
    void setPlaceNames(const PlaceNames *names);
    // Replaces markers and counts: only the overlay repaints.
    void setOffices(const std::vector<Office> *offices, std::vector<OfficeState> states, const StatusCounts &counts,
                    QDate date);
    // Emphasises these offices with a short animation (e.g. those that opened in the step just taken).
    void setEmphasisedOffices(const QSet<QString> &ids);
    // Rings these offices until replaced (e.g. those that differ in the compare view); only the overlay repaints.
    void setHighlightedOffices(const QSet<QString> &ids);
    void setDecorations(const MapScene::Decorations &decorations);
    // The coverage result the layer shows (kept alive here) and how it is shown; only the overlay repaints.
    void setCoverage(std::shared_ptr<const CoverageResult> result);
    void setCoverageDisplay(const MapScene::CoverageDisplay &display);
    // The FA regions without an open office (codes) and whether they are shown: outlined when `outlines` is set (kept
    // alive by the caller; replace it together with setBaseLayers, which clears cached paths), else at `seats`.
    void setRegionGaps(bool show, const VectorLayer *outlines, const QStringList &regionCodes,
                       std::vector<QPointF> seats);
    // The published count shown beside the data's range in the header, or none.
    void setPublishedCount(const std::optional<PublishedCount> &published);
    void setTitle(const QString &title);
    void setTextScale(double scale);
    QString selectedOfficeId() const { return m_scene.selectedOfficeId; }
    // Places suggested for new offices, drawn with a ring of `radiusKm` each; only the overlay repaints.
    void setSuggestions(std::vector<MapScene::SuggestedPlace> places, double radiusKm);
    // The place the Nearest offices panel asks about and lines to its nearest offices; only the overlay repaints.
    void setNearestLines(std::optional<QPointF> from, std::vector<MapScene::NearestLine> lines);
    // While picking, a click on the map names a place (pointPicked) instead of selecting or adding an office.
    void setPicking(bool picking);
    bool isPicking() const { return m_picking; }

    // The reference tables, for naming the municipality under the pointer (must outlive the widget's use of it).
    void setReference(const ReferenceData *reference) { m_reference = reference; }
    // What the office filter shows, for the header, and how many municipalities it covers; empty: no filter.
    void setFilterDescription(const QString &description, int municipalityTotal);
    // While a scenario is shown: its name for the band over the map and its file and save time for the credit line.
    void setScenarioNotice(const QString &name, const QString &source);
    // Marks a search hit with a pulse and its name until the user pans, zooms, clicks or presses Esc.
    void setSearchMark(const QPointF &world, const QString &label);
    void clearSearchMark();
    bool hasSearchMark() const { return m_scene.searchMark.has_value(); }
    // The municipality under a widget position (its polygon, or its seat without boundaries), or an empty string.
    QString municipalityAt(const QPointF &position) const;

    // Scenario editing: a click on the empty map asks for a new office there, a drag moves an office, Delete
    // removes the selected one and a double-click edits it. The widget only asks; the document decides.
    void setEditing(bool editing);
    bool isEditing() const { return m_editing; }

    const MapViewport &viewport() const { return m_viewport; }
    void setViewport(const MapViewport &viewport);
    MapRenderer &renderer() { return m_renderer; }
    void setStyle(const MapStyle &style);

    // The office under a widget position, or an empty string.
    QString officeAt(const QPointF &position) const;
    // How often the base map has been rendered into the cache; a date change must not add to it.
    int baseRenderCount() const { return m_baseRenderCount; }

public Q_SLOTS:
    void zoomHome();
    void zoomIn();
    void zoomOut();
    void centreOn(const QPointF &world, double metresPerPixel = 0);
    void setSelectedOfficeId(const QString &id);

Q_SIGNALS:
    void officeSelected(const QString &id);
    // A click on the map away from any marker, over this municipality.
    void municipalityClicked(const QString &code);
    void viewportChanged();
    void addOfficeRequested(const QPointF &world);
    void officeMoveRequested(const QString &id, const QPointF &world);
    void officeMoveFinished(const QString &id);
    void removeOfficeRequested(const QString &id);
    void editOfficeRequested(const QString &id);
    void pointPicked(const QPointF &world);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void viewportMoved();
    void renderBaseCache();
    void drawBaseFromCache(QPainter &painter);
    const std::vector<MarkerPlacement> &placements();
    QString toolTipFor(const MarkerPlacement &placement) const;
    QString municipalityToolTip(const QString &code) const;
    // The user moved on (panned, zoomed, clicked): a search mark has done its job.
    void userMoved();

    MapScene m_scene;
    std::shared_ptr<const CoverageResult> m_coverage;
    MapViewport m_viewport;
    MapRenderer m_renderer;
    QImage m_baseCache;
    MapViewport m_cacheViewport;
    bool m_cacheValid = false;
    QTimer m_rerenderTimer;
    QVariantAnimation m_emphasisAnimation;
    MarkerLayoutJob m_layoutJob;
    std::vector<MarkerPlacement> m_placements;
    bool m_placementsValid = false;
    quint64 m_sceneSerial = 0; // counts changes of what the markers show (offices, states, marker size)
    QPointF m_pressPosition;
    QPointF m_lastDragPosition;
    bool m_dragging = false;
    bool m_editing = false;
    bool m_picking = false;
    QString m_movingOfficeId; // the office a press in editing mode grabbed
    bool m_homeOnResize = true;
    int m_baseRenderCount = 0;
    const ReferenceData *m_reference = nullptr;
    QVariantAnimation m_searchPulse;
};

} // namespace sk
