// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/comparison/officesetcomparison.h"

#include <QAbstractTableModel>

#include <vector>

namespace sk {

// The offices that differ between the two sides of a comparison, one row each.
class OfficeDifferenceModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, OfficeColumn, MunicipalityColumn, StateAColumn, StateBColumn, DetailColumn, ColumnCount };
    enum Role {
        OfficeIdRole = Qt::UserRole + 1,
        KindRole, // int(OfficeDifferenceKind)
        PositionRole, // QPointF, SWEREF 99 TM
        SortRole, // a value that sorts right for the column
    };

    explicit OfficeDifferenceModel(QObject *parent = nullptr);

    void setComparison(const OfficeSetComparison &comparison);
    const OfficeDifference *difference(int row) const;

    static QString kindLabel(OfficeDifferenceKind kind);
    // What else differs: "moved 5.2 km · name, phase".
    static QString detail(const OfficeDifference &difference);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const OfficeDifference &difference, bool sideA) const;

    std::vector<OfficeDifference> m_differences;
    QString m_labelA;
    QString m_labelB;
};

} // namespace sk
