// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/coverageresult.h"

#include <QAbstractTableModel>

#include <memory>

namespace sk {

// One coverage result as a table of municipalities: name, county, population, nearest open office and the seat's
// straight-line distance to it. Display text follows QLocale(); SortRole gives numbers for numeric columns.
class MunicipalityCoverageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        CountyColumn,
        PopulationColumn,
        NearestOfficeColumn,
        DistanceColumn,
        HasOfficeColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // a value that sorts right for the column (distance: +inf with no office open)
        SeatPositionRole, // QPointF, SWEREF 99 TM
        CodeRole, // municipality code
    };

    explicit MunicipalityCoverageModel(QObject *parent = nullptr);

    // A result for the same municipalities updates the rows in place, so sorting and selection stay.
    void setResult(std::shared_ptr<const CoverageResult> result);
    const CoverageResult *result() const { return m_result.get(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const CoverageResult> m_result;
};

} // namespace sk
