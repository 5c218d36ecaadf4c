// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "nearestofficesmodel.h"

#include <QLocale>

#include <cmath>

namespace sk {

void NearestOfficesModel::setOffices(std::vector<NearbyOffice> offices)
{
    beginResetModel();
    m_offices = std::move(offices);
    endResetModel();
}

QString NearestOfficesModel::compassPoint(double bearingDegrees)
{
    static const char *const points[] = {QT_TR_NOOP("N"), QT_TR_NOOP("NNE"), QT_TR_NOOP("NE"), QT_TR_NOOP("ENE"),
                                         QT_TR_NOOP("E"), QT_TR_NOOP("ESE"), QT_TR_NOOP("SE"), QT_TR_NOOP("SSE"),
                                         QT_TR_NOOP("S"), QT_TR_NOOP("SSW"), QT_TR_NOOP("SW"), QT_TR_NOOP("WSW"),
                                         QT_TR_NOOP("W"), QT_TR_NOOP("WNW"), QT_TR_NOOP("NW"), QT_TR_NOOP("NNW")};
    const double normalised = std::fmod(std::fmod(bearingDegrees, 360) + 360, 360);
    const int sector = static_cast<int>(std::lround(normalised / 22.5)) % 16;
    return tr(points[sector]);
}

int NearestOfficesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_offices.size());
}

int NearestOfficesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NearestOfficesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NearbyOffice &office = m_offices[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const QLocale locale;
        switch (index.column()) {
        case OfficeColumn:
            return office.name;
        case MunicipalityColumn:
            return office.municipality;
        case DistanceColumn:
            return tr("%1 km").arg(locale.toString(office.distanceMetres / 1000, 'f', 1));
        case BearingColumn:
            return tr("%1° %2").arg(locale.toString(office.bearingDegrees, 'f', 0),
                                    compassPoint(office.bearingDegrees));
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        return index.column() >= DistanceColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case OfficeIdRole:
        return office.id;
    case DistanceMetresRole:
        return office.distanceMetres;
    case BearingDegreesRole:
        return office.bearingDegrees;
    }
    return {};
}

QVariant NearestOfficesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OfficeColumn:
        return tr("Office");
    case MunicipalityColumn:
        return tr("Municipality");
    case DistanceColumn:
        return tr("Distance");
    case BearingColumn:
        return tr("Bearing");
    }
    return {};
}

} // namespace sk
