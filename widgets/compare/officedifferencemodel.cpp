// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officedifferencemodel.h"

#include "geodata/offices/officetext.h"

#include <QLocale>

namespace sk {

OfficeDifferenceModel::OfficeDifferenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void OfficeDifferenceModel::setComparison(const OfficeSetComparison &comparison)
{
    beginResetModel();
    m_differences = comparison.differences();
    m_labelA = comparison.sideA().label;
    m_labelB = comparison.sideB().label;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, StateAColumn, StateBColumn);
}

const OfficeDifference *OfficeDifferenceModel::difference(int row) const
{
    return row >= 0 && row < rowCount() ? &m_differences[static_cast<size_t>(row)] : nullptr;
}

QString OfficeDifferenceModel::kindLabel(OfficeDifferenceKind kind)
{
    switch (kind) {
    case OfficeDifferenceKind::OnlyInA:
        return tr("Only in A");
    case OfficeDifferenceKind::OnlyInB:
        return tr("Only in B");
    case OfficeDifferenceKind::Opened:
        return tr("Opened");
    case OfficeDifferenceKind::Closed:
        return tr("Closed");
    case OfficeDifferenceKind::Moved:
        return tr("Moved");
    case OfficeDifferenceKind::Changed:
        return tr("Changed");
    }
    return {};
}

QString OfficeDifferenceModel::detail(const OfficeDifference &difference)
{
    QStringList parts;
    if (difference.movedMetres)
        parts << tr("moved %1 km").arg(QLocale().toString(*difference.movedMetres / 1000, 'f', 1));
    QStringList fields;
    using Field = OfficeDifference::Field;
    if (difference.changedFields.testFlag(Field::Name))
        fields << tr("name");
    if (difference.changedFields.testFlag(Field::Phase))
        fields << tr("phase");
    if (difference.changedFields.testFlag(Field::OpeningDate))
        fields << tr("opening date");
    if (difference.changedFields.testFlag(Field::ClosingDate))
        fields << tr("closing date");
    if (difference.changedFields.testFlag(Field::Municipality))
        fields << tr("municipality");
    if (!fields.isEmpty())
        parts << tr("changed: %1").arg(fields.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

QString OfficeDifferenceModel::stateText(const OfficeDifference &difference, bool sideA) const
{
    if (!(sideA ? difference.inA : difference.inB))
        return tr("not in this office set");
    const OfficeState &state = sideA ? difference.stateA : difference.stateB;
    return state.isShown() ? OfficeText::state(state) : tr("not yet decided");
}

int OfficeDifferenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_differences.size());
}

int OfficeDifferenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OfficeDifferenceModel::data(const QModelIndex &index, int role) const
{
    const OfficeDifference *row = index.isValid() ? difference(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case OfficeIdRole:
        return row->officeId;
    case KindRole:
        return static_cast<int>(row->kind);
    case PositionRole:
        return row->position;
    case SortRole:
        switch (index.column()) {
        case KindColumn:
            return static_cast<int>(row->kind);
        case StateAColumn:
            return static_cast<int>(row->inA ? row->stateA.status : OfficeStatus::NotYetKnown);
        case StateBColumn:
            return static_cast<int>(row->inB ? row->stateB.status : OfficeStatus::NotYetKnown);
        case DetailColumn:
            return row->movedMetres.value_or(0.0);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindLabel(row->kind);
        case OfficeColumn:
            return row->name;
        case MunicipalityColumn:
            return row->municipality;
        case StateAColumn:
            return stateText(*row, true);
        case StateBColumn:
            return stateText(*row, false);
        case DetailColumn:
            return detail(*row);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant OfficeDifferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Difference");
    case OfficeColumn:
        return tr("Office");
    case MunicipalityColumn:
        return tr("Municipality");
    case StateAColumn:
        return m_labelA.isEmpty() ? tr("A") : tr("A: %1").arg(m_labelA);
    case StateBColumn:
        return m_labelB.isEmpty() ? tr("B") : tr("B: %1").arg(m_labelB);
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace sk
