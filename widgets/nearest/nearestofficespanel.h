// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/nearestoffices.h"
#include "geodata/offices/office.h"
#include "geodata/reference/referencedata.h"
#include "widgets/scene/mapscene.h"

#include <QDate>
#include <QGeoCoordinate>
#include <QPointF>
#include <QWidget>

#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sk {

class NearestOfficesModel;
class PositionFollower;

// "How far is it from here?": the three offices open at the current date nearest a place typed (a locality, a
// municipality or a coordinate), picked on the map or followed from a position source (the system's, or an NMEA
// log replayed), with their distance and bearing; updated when the date or the place moves.
class NearestOfficesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NearestOfficesPanel(QWidget *parent = nullptr);

    // The offices to search and the reference tables names are looked up in (kept alive by the caller).
    void setData(std::vector<Office> offices, const ReferenceData *reference);
    QDate date() const { return m_date; }
    // As typing the text and pressing Enter: false, with the problem shown in the panel, when it names nothing.
    bool lookUp(const QString &text);
    void setPlace(const QGeoCoordinate &coordinate, const QString &label);
    QGeoCoordinate place() const { return m_place; }
    const std::vector<NearbyOffice> &nearest() const;
    NearestOfficesModel *model() const { return m_model; }
    PositionFollower *follower() const { return m_follower; }

public Q_SLOTS:
    void setDate(QDate date);
    // A click on the map while picking.
    void pickAt(const QPointF &sweref);

Q_SIGNALS:
    // The place (SWEREF 99 TM, none when cleared) and a line to each nearest office, for MapWidget::setNearestLines.
    void linesChanged(std::optional<QPointF> from, std::vector<sk::MapScene::NearestLine> lines);
    void pickingChanged(bool picking);
    void officeActivated(const QString &officeId, QPointF position);

private:
    void refresh();
    void followPosition();
    void replayLog();
    void showStatus(const QString &text, bool problem = false);

    std::vector<Office> m_offices;
    const ReferenceData *m_reference = nullptr;
    QDate m_date;
    QGeoCoordinate m_place;
    QString m_label;
    NearestOfficesModel *m_model;
    PositionFollower *m_follower;
    QLineEdit *m_input = nullptr;
    QPushButton *m_pickButton = nullptr;
    QPushButton *m_followButton = nullptr;
    QPushButton *m_replayButton = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace sk
