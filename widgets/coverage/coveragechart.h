// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coverageoverview.h"
#include "geodata/offices/publishedcount.h"
#include "geodata/offices/rollout.h"

#include <QDate>
#include <QWidget>

#include <functional>
#include <vector>

namespace sk {

// Coverage over the whole timeline, painted without QtCharts: the share of people within 10 and 20 km of an open
// office above the offices open (a shaded range where the data leaves openings undated, the published counts as
// points beside it) and the municipalities with an office, each part on its own axis, the phases shaded and the
// current date marked. A click asks for the date under it; hovering shows that month's numbers or a published
// count with its source.
class CoverageChart : public QWidget
{
    Q_OBJECT

public:
    explicit CoverageChart(QWidget *parent = nullptr);

    void setSeries(std::vector<CoverageSeriesPoint> series);
    const std::vector<CoverageSeriesPoint> &series() const { return m_series; }
    void setPhaseBands(std::vector<PhaseBand> bands);
    // Published office counts, drawn as points beside the data's range with their source on hover.
    void setPublishedCounts(std::vector<PublishedCount> counts);
    const std::vector<PublishedCount> &publishedCounts() const { return m_published; }
    void setCurrentDate(QDate date);
    QDate currentDate() const { return m_currentDate; }

    // Between dates and x in logical pixels over the series' span.
    double positionOf(QDate date) const;
    // The series point nearest to x; -1 without a series.
    int pointAt(double x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void dateClicked(QDate date);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Track
    {
        QString label;
        QColor colour;
        Qt::PenStyle style;
        std::vector<double> values;
        // When set, the track is a range: shaded from values up to these.
        std::vector<double> upper = {};
    };
    // A published count where the plot drew it, for the tooltip.
    struct PublishedMark
    {
        QPointF centre;
        QString text;
    };
    struct Axis
    {
        double low = 0;
        double high = 1;
        double step = 1;
    };

    QRectF plotArea() const;
    QColor trackColour(int index) const;
    // Fitted to the tracks' values within [floor, ceiling], in at most maxSteps steps of 1, 2 or 5 × 10^n.
    static Axis niceAxis(const std::vector<Track> &tracks, double floor, double ceiling, int maxSteps);
    void paintPlot(QPainter &painter, const QRectF &rect, const QString &title, const std::vector<Track> &tracks,
                   double ceiling, const std::function<QString(double)> &format, bool withPublished = false) const;
    QString publishedText(const PublishedCount &count) const;
    void paintPhaseBands(QPainter &painter, const QRectF &rect, bool labelled) const;
    void paintYears(QPainter &painter, const QRectF &rect) const;
    QString pointText(const CoverageSeriesPoint &point) const;
    void updateAccessibleDescription();

    std::vector<CoverageSeriesPoint> m_series;
    std::vector<PhaseBand> m_phaseBands;
    std::vector<PublishedCount> m_published;
    // Filled while painting.
    mutable std::vector<PublishedMark> m_publishedMarks;
    QDate m_currentDate;
};

} // namespace sk
