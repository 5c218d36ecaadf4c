// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "municipalitycoveragemodel.h"

#include <QLocale>
#include <QPointF>

#include <algorithm>
#include <cmath>

namespace sk {

namespace {

bool sameMunicipalities(const CoverageResult *a, const CoverageResult *b)
{
    return a && b
            && std::equal(a->municipalities.begin(), a->municipalities.end(), b->municipalities.begin(),
                          b->municipalities.end(), [](const MunicipalityCoverage &x, const MunicipalityCoverage &y) {
                              return x.code == y.code;
                          });
}

} // namespace

MunicipalityCoverageModel::MunicipalityCoverageModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void MunicipalityCoverageModel::setResult(std::shared_ptr<const CoverageResult> result)
{
    if (sameMunicipalities(m_result.get(), result.get()) && rowCount() > 0) {
        m_result = std::move(result);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int MunicipalityCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : m_result->municipalitiesTotal();
}

int MunicipalityCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MunicipalityCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MunicipalityCoverage &row = m_result->municipalities[static_cast<size_t>(index.row())];
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case SeatPositionRole:
        return row.seatPosition;
    case CodeRole:
        return row.code;
    case Qt::TextAlignmentRole:
        if (column == PopulationColumn || column == DistanceColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case PopulationColumn:
            return row.population;
        case DistanceColumn:
            return row.seatDistanceKm;
        case HasOfficeColumn:
            return row.hasOffice;
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.name;
        case CountyColumn:
            return row.county;
        case PopulationColumn:
            return QLocale().toString(row.population);
        case NearestOfficeColumn:
            return row.nearestOfficeName;
        case DistanceColumn:
            return std::isfinite(row.seatDistanceKm) ? QLocale().toString(row.seatDistanceKm, 'f', 1)
                                                     : QStringLiteral("–");
        case HasOfficeColumn:
            return row.hasOffice ? tr("Yes") : QString();
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant MunicipalityCoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case NameColumn:
        return tr("Municipality");
    case CountyColumn:
        return tr("County");
    case PopulationColumn:
        return tr("Population");
    case NearestOfficeColumn:
        return tr("Nearest open office");
    case DistanceColumn:
        return tr("Distance (km)");
    case HasOfficeColumn:
        return tr("Office in municipality");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sk
