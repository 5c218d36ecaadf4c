// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/officestatus.h"
#include "geodata/offices/rollout.h"

#include <QAbstractTableModel>
#include <QDate>

namespace sk {

// The offices as a table at one date: the status column follows setDate().
class OfficeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        MunicipalityColumn,
        CountyColumn,
        StatusColumn,
        OpeningColumn,
        PhaseColumn,
        VerifiedColumn,
        ColumnCount
    };
    enum Role {
        OfficeIdRole = Qt::UserRole + 1,
        StatusRole, // int(OfficeStatus) at the current date
        PositionRole, // QPointF, SWEREF 99 TM
        VerifiedRole, // bool
        SortRole, // a value that sorts right for the column
    };

    explicit OfficeTableModel(QObject *parent = nullptr);

    void setRollout(const Rollout *rollout);
    void setDate(QDate date);
    QDate date() const { return m_date; }
    const Office *office(int row) const;
    int rowOfId(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Rollout *m_rollout = nullptr;
    QDate m_date;
    std::vector<OfficeState> m_states;
};

} // namespace sk
