// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "nearestofficespanel.h"

#include "geodata/coverage/placelookup.h"
#include "geodata/geo/projection.h"
#include "widgets/nearest/nearestofficesmodel.h"
#include "widgets/nearest/positionfollower.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sk {

NearestOfficesPanel::NearestOfficesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new NearestOfficesModel(this))
    , m_follower(new PositionFollower(this))
{
    auto *layout = new QVBoxLayout(this);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("nearestInput"));
    m_input->setPlaceholderText(tr("Locality, municipality or coordinate"));
    m_input->setToolTip(tr("For example Pajala, Malmö, 65.83, 23.17, 65°49.8'N 23°10.2'E or "
                           "E 700000 N 7300000 (SWEREF 99 TM)"));
    m_input->setClearButtonEnabled(true);
    layout->addWidget(m_input);
    connect(m_input, &QLineEdit::returnPressed, this, [this] { lookUp(m_input->text()); });

    auto *buttons = new QHBoxLayout;
    m_pickButton = new QPushButton(tr("Pick on map"), this);
    m_pickButton->setObjectName(QStringLiteral("nearestPickButton"));
    m_pickButton->setCheckable(true);
    m_pickButton->setToolTip(tr("Click a place on the map"));
    connect(m_pickButton, &QPushButton::toggled, this, &NearestOfficesPanel::pickingChanged);
    m_followButton = new QPushButton(tr("Follow my position"), this);
    m_followButton->setObjectName(QStringLiteral("nearestFollowButton"));
    m_followButton->setCheckable(true);
    m_followButton->setEnabled(PositionFollower::systemSourceAvailable());
    m_followButton->setToolTip(m_followButton->isEnabled() ? tr("Use this computer's position source")
                                                           : tr("This computer offers no position source"));
    connect(m_followButton, &QPushButton::clicked, this, &NearestOfficesPanel::followPosition);
    m_replayButton = new QPushButton(tr("Replay NMEA log…"), this);
    m_replayButton->setObjectName(QStringLiteral("nearestReplayButton"));
    m_replayButton->setToolTip(tr("Follow the positions recorded in an NMEA file, at their own pace"));
    connect(m_replayButton, &QPushButton::clicked, this, &NearestOfficesPanel::replayLog);
    buttons->addWidget(m_pickButton);
    buttons->addWidget(m_followButton);
    buttons->addWidget(m_replayButton);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("nearestStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(NearestOfficesModel::OfficeColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(NearestOfficesModel::MunicipalityColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NearestOfficesModel::DistanceColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(NearestOfficesModel::BearingColumn,
                                                      QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const NearbyOffice &office = m_model->offices()[static_cast<size_t>(index.row())];
        Q_EMIT officeActivated(office.id, Projection::toSweref(office.coordinate));
    });

    auto *note = new QLabel(tr("Distances are along the Earth's surface (great circle), as the crow flies, not "
                               "travel distances. Bearings are from the place to the office, clockwise from north."),
                            this);
    note->setWordWrap(true);
    QFont small = note->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    note->setFont(small);
    layout->addWidget(note);

    connect(m_follower, &PositionFollower::positionChanged, this, [this](const QGeoCoordinate &coordinate) {
        setPlace(coordinate, tr("position from %1").arg(m_follower->sourceName()));
    });
    connect(m_follower, &PositionFollower::stopped, this, [this](const QString &reason) {
        m_followButton->setChecked(false);
        showStatus(tr("Following stopped: %1").arg(reason), true);
    });
}

void NearestOfficesPanel::setData(std::vector<Office> offices, const ReferenceData *reference)
{
    m_offices = std::move(offices);
    m_reference = reference;
    refresh();
}

void NearestOfficesPanel::setDate(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    refresh();
}

const std::vector<NearbyOffice> &NearestOfficesPanel::nearest() const
{
    return m_model->offices();
}

bool NearestOfficesPanel::lookUp(const QString &text)
{
    if (!m_reference)
        return false;
    const PlaceLookup::Place place = PlaceLookup::resolve(text, *m_reference);
    if (!place.ok()) {
        showStatus(place.error, true);
        return false;
    }
    m_follower->stop();
    m_followButton->setChecked(false);
    setPlace(place.coordinate, place.label);
    return true;
}

void NearestOfficesPanel::pickAt(const QPointF &sweref)
{
    m_follower->stop();
    m_followButton->setChecked(false);
    const QGeoCoordinate coordinate = Projection::toWgs84(sweref);
    const QLocale locale;
    setPlace(coordinate,
             tr("picked point %1, %2")
                     .arg(locale.toString(coordinate.latitude(), 'f', 4),
                          locale.toString(coordinate.longitude(), 'f', 4)));
    m_pickButton->setChecked(false);
}

void NearestOfficesPanel::setPlace(const QGeoCoordinate &coordinate, const QString &label)
{
    m_place = coordinate;
    m_label = label;
    refresh();
}

void NearestOfficesPanel::refresh()
{
    if (!m_place.isValid() || !m_date.isValid()) {
        m_model->setOffices({});
        Q_EMIT linesChanged(std::nullopt, {});
        return;
    }
    m_model->setOffices(NearestOffices::find(m_offices, m_place, m_date));
    const QLocale locale;
    std::vector<MapScene::NearestLine> lines;
    for (const NearbyOffice &office : m_model->offices()) {
        lines.push_back({Projection::toSweref(office.coordinate),
                         tr("%1 km").arg(locale.toString(office.distanceMetres / 1000, 'f', 1))});
    }
    const QString when = locale.toString(m_date, QLocale::LongFormat);
    showStatus(lines.empty() ? tr("%1: no office is open on %2.").arg(m_label, when)
                             : tr("%1 — offices open on %2:").arg(m_label, when));
    Q_EMIT linesChanged(Projection::toSweref(m_place), std::move(lines));
}

void NearestOfficesPanel::followPosition()
{
    if (!m_followButton->isChecked()) {
        m_follower->stop();
        showStatus(tr("Stopped following the position."));
        return;
    }
    QString error;
    if (!m_follower->followSystem(&error)) {
        m_followButton->setChecked(false);
        showStatus(error, true);
        return;
    }
    showStatus(tr("Waiting for a position from %1…").arg(m_follower->sourceName()));
}

void NearestOfficesPanel::replayLog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Replay NMEA log"), QString(),
                                                      tr("NMEA logs (*.nmea *.txt *.log);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    m_followButton->setChecked(false);
    if (!m_follower->replayNmea(path, &error)) {
        showStatus(error, true);
        return;
    }
    showStatus(tr("Replaying %1…").arg(m_follower->sourceName()));
}

void NearestOfficesPanel::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
}

} // namespace sk
