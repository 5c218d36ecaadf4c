// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officetablemodel.h"

#include "geodata/offices/officetext.h"

namespace sk {

OfficeTableModel::OfficeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OfficeTableModel::setRollout(const Rollout *rollout)
{
    beginResetModel();
    m_rollout = rollout;
    m_states = m_rollout && m_date.isValid() ? m_rollout->statesAt(m_date) : std::vector<OfficeState>{};
    endResetModel();
}

void OfficeTableModel::setDate(QDate date)
{
    if (date == m_date)
        return;
    m_date = date;
    if (!m_rollout || m_rollout->offices().empty())
        return;
    m_states = m_rollout->statesAt(m_date);
    Q_EMIT dataChanged(index(0, StatusColumn), index(rowCount() - 1, StatusColumn),
                       {Qt::DisplayRole, StatusRole, SortRole});
}

const Office *OfficeTableModel::office(int row) const
{
    if (!m_rollout || row < 0 || row >= rowCount())
        return nullptr;
    return &m_rollout->offices()[static_cast<size_t>(row)];
}

int OfficeTableModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        if (office(row)->id == id)
            return row;
    }
    return -1;
}

int OfficeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_rollout ? 0 : static_cast<int>(m_rollout->offices().size());
}

int OfficeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficeTableModel::data(const QModelIndex &index, int role) const
{
    const Office *item = index.isValid() ? office(index.row()) : nullptr;
    if (!item || index.column() >= ColumnCount)
        return {};
    const OfficeState state = static_cast<size_t>(index.row()) < m_states.size()
            ? m_states[static_cast<size_t>(index.row())]
            : OfficeState{};
    switch (role) {
    case OfficeIdRole:
        return item->id;
    case StatusRole:
        return static_cast<int>(state.status);
    case PositionRole:
        return item->position;
    case VerifiedRole:
        return item->isVerified();
    case Qt::DisplayRole:
    case SortRole:
        switch (static_cast<Column>(index.column())) {
        case NameColumn:
            return item->name;
        case MunicipalityColumn:
            return item->municipality;
        case CountyColumn:
            return item->county;
        case StatusColumn:
            return role == SortRole ? QVariant(static_cast<int>(state.status)) : QVariant(OfficeText::state(state));
        case OpeningColumn:
            if (role == SortRole)
                return Rollout::openingWindow(*item).second;
            return OfficeText::opening(*item);
        case PhaseColumn:
            return role == SortRole || item->phase > 0 ? QVariant(item->phase) : QVariant(QString());
        case VerifiedColumn:
            return item->isVerified() ? tr("Sourced") : tr("Unverified");
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (!item->isVerified())
            return tr("No source: this row rests on the compiler's background knowledge only.");
        return item->sources.join(QLatin1Char('\n'));
    default:
        break;
    }
    return {};
}

QVariant OfficeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Office");
    case MunicipalityColumn:
        return tr("Municipality");
    case CountyColumn:
        return tr("County");
    case StatusColumn:
        return tr("Status");
    case OpeningColumn:
        return tr("Opening");
    case PhaseColumn:
        return tr("Phase");
    case VerifiedColumn:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> OfficeTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(OfficeIdRole, "officeId");
    names.insert(StatusRole, "status");
    names.insert(PositionRole, "position");
    names.insert(VerifiedRole, "verified");
    names.insert(SortRole, "sort");
    return names;
}

} // namespace sk
