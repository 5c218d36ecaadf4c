// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/nearestoffices.h"

#include <QAbstractTableModel>

#include <vector>

namespace sk {

// The offices nearest a place, nearest first: name, municipality, distance and bearing (with its compass point).
class NearestOfficesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { OfficeColumn, MunicipalityColumn, DistanceColumn, BearingColumn, ColumnCount };
    enum Role { OfficeIdRole = Qt::UserRole + 1, DistanceMetresRole, BearingDegreesRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setOffices(std::vector<NearbyOffice> offices);
    const std::vector<NearbyOffice> &offices() const { return m_offices; }

    // "N", "NNE", … "NNW" in the current language.
    static QString compassPoint(double bearingDegrees);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<NearbyOffice> m_offices;
};

} // namespace sk
