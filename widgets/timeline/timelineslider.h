// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/publishedcounts.h"
#include "geodata/offices/rollout.h"

#include <QPointer>
#include <QWidget>

#include <vector>

namespace sk {

class TimelineController;

// The timeline's track across the controller's whole range: a tick per month, labelled years, the phases as
// translucent labelled bands and a handle on the current date. Clicks and drags snap to month steps; with focus,
// Space plays/pauses, Left/Right step months, Page Up/Page Down phase boundaries and Home/End go to the ends.
class TimelineSlider : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineSlider(QWidget *parent = nullptr);

    void setController(TimelineController *controller);
    TimelineController *controller() const { return m_controller; }
    void setPhaseBands(std::vector<PhaseBand> bands);
    const std::vector<PhaseBand> &phaseBands() const { return m_phaseBands; }
    // Published office counts beside the data's range at their dates: a mark on the track each, with the figure,
    // the range and the source on hover.
    void setPublishedCounts(std::vector<PublishedCountCheck> checks);
    const std::vector<PublishedCountCheck> &publishedCounts() const { return m_published; }
    // The text a published count's mark shows on hover.
    static QString publishedText(const PublishedCountCheck &check);

    // Between dates and x in logical pixels; dates outside the range map to the track's ends.
    qreal positionOf(QDate date) const;
    QDate dateAt(qreal x) const;
    // The month step a click at x goes to: the end of the month under x, or the last date in the last month.
    QDate monthStepAt(qreal x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    // Where things go, from the font so that the track grows with it.
    struct Layout
    {
        qreal left = 0;
        qreal right = 0;
        qreal bandTop = 0;
        qreal grooveY = 0;
        qreal tickTop = 0;
        qreal bandBottom = 0;
        qreal yearLabelTop = 0;
        qreal labelHeight = 0;
    };

    bool hasRange() const;
    QFont labelFont() const;
    qreal contentHeight() const;
    Layout layout() const;
    void retranslate();
    void updateAccessibleDescription();

    void paintBands(QPainter &painter, const Layout &layout) const;
    void paintTicks(QPainter &painter, const Layout &layout) const;
    void paintYearLabels(QPainter &painter, const Layout &layout) const;
    void paintGroove(QPainter &painter, const Layout &layout) const;
    void paintHandle(QPainter &painter, const Layout &layout) const;
    void paintPublished(QPainter &painter, const Layout &layout) const;
    // Where a published count's mark stands: the middle of the days its date covers.
    QPointF publishedPosition(const PublishedCountCheck &check, const Layout &layout) const;

    QPointer<TimelineController> m_controller;
    std::vector<PhaseBand> m_phaseBands;
    std::vector<PublishedCountCheck> m_published;
    bool m_dragging = false;
};

} // namespace sk
