// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "officefilterproxymodel.h"

#include "widgets/offices/officetablemodel.h"

namespace sk {

OfficeFilterProxyModel::OfficeFilterProxyModel(QObject *parent)
    : CollatingSortProxyModel(parent)
{
    // A new date changes the statuses the filter looks at.
    connect(this, &QAbstractProxyModel::sourceModelChanged, this, [this] {
        if (sourceModel())
            connect(sourceModel(), &QAbstractItemModel::dataChanged, this, [this] {
                if (m_filter.isActive())
                    invalidateFilter();
            });
    });
}

void OfficeFilterProxyModel::setFilter(const OfficeFilter &filter)
{
    if (m_filter == filter)
        return;
    m_filter = filter;
    invalidateFilter();
}

bool OfficeFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_filter.isActive())
        return true;
    const auto *table = qobject_cast<const OfficeTableModel *>(sourceModel());
    const Office *office = table ? table->office(sourceRow) : nullptr;
    if (!office)
        return true;
    const QModelIndex status = table->index(sourceRow, OfficeTableModel::StatusColumn, sourceParent);
    return m_filter.accepts(*office, static_cast<OfficeStatus>(status.data(OfficeTableModel::StatusRole).toInt()));
}

} // namespace sk
