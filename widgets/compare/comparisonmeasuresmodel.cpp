// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "comparisonmeasuresmodel.h"

#include <QLocale>

#include <cmath>

namespace sk {

ComparisonMeasuresModel::ComparisonMeasuresModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ComparisonMeasuresModel::setMeasures(const ComparisonMeasures &measures, const QString &labelA,
                                          const QString &labelB)
{
    beginResetModel();
    m_measures = measures.measures();
    m_labelA = labelA;
    m_labelB = labelB;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, AColumn, BColumn);
}

void ComparisonMeasuresModel::clear()
{
    beginResetModel();
    m_measures.clear();
    endResetModel();
}

QString ComparisonMeasuresModel::measureLabel(const ComparisonMeasure &measure)
{
    const QString km = QLocale().toString(measure.bandKm, 'g', 6);
    switch (measure.kind) {
    case ComparisonMeasure::Kind::OfficesOpen:
        return tr("Offices open");
    case ComparisonMeasure::Kind::MunicipalitiesWithOffice:
        return tr("Municipalities with an office");
    case ComparisonMeasure::Kind::PeopleWithin:
        return tr("People within %1 km").arg(km);
    case ComparisonMeasure::Kind::ShareWithin:
        return tr("Share within %1 km").arg(km);
    case ComparisonMeasure::Kind::MedianDistance:
        return tr("Median distance");
    case ComparisonMeasure::Kind::P90Distance:
        return tr("Distance for 90% of people");
    }
    return {};
}

QString ComparisonMeasuresModel::formatValue(ComparisonMeasure::Kind kind, double value, bool signedChange)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    if (std::isinf(value))
        return QStringLiteral("∞");
    const QLocale locale;
    QString text;
    switch (kind) {
    case ComparisonMeasure::Kind::OfficesOpen:
    case ComparisonMeasure::Kind::MunicipalitiesWithOffice:
    case ComparisonMeasure::Kind::PeopleWithin:
        text = locale.toString(std::abs(value), 'f', 0);
        break;
    case ComparisonMeasure::Kind::ShareWithin: {
        const QString percent = locale.toString(std::abs(value) * 100, 'f', 1);
        text = signedChange ? tr("%1 pp", "percentage points").arg(percent) : tr("%1 %").arg(percent);
        break;
    }
    case ComparisonMeasure::Kind::MedianDistance:
    case ComparisonMeasure::Kind::P90Distance:
        text = tr("%1 km").arg(locale.toString(std::abs(value), 'f', 1));
        break;
    }
    if (value < 0)
        return locale.negativeSign() + text;
    if (signedChange && value > 0)
        return locale.positiveSign() + text;
    return text;
}

int ComparisonMeasuresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_measures.size());
}

int ComparisonMeasuresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComparisonMeasuresModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ComparisonMeasure &measure = m_measures[static_cast<size_t>(index.row())];
    switch (role) {
    case KindRole:
        return static_cast<int>(measure.kind);
    case SortRole:
        switch (index.column()) {
        case MeasureColumn:
            return index.row();
        case AColumn:
            return measure.a;
        case BColumn:
            return measure.b;
        case ChangeColumn:
            return measure.change();
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == MeasureColumn ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
        switch (index.column()) {
        case MeasureColumn:
            return measureLabel(measure);
        case AColumn:
            return formatValue(measure.kind, measure.a);
        case BColumn:
            return formatValue(measure.kind, measure.b);
        case ChangeColumn:
            return std::isinf(measure.a) || std::isinf(measure.b) ? QStringLiteral("–")
                                                                  : formatValue(measure.kind, measure.change(), true);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ComparisonMeasuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MeasureColumn:
        return tr("Measure");
    case AColumn:
        return m_labelA.isEmpty() ? tr("A") : tr("A: %1").arg(m_labelA);
    case BColumn:
        return m_labelB.isEmpty() ? tr("B") : tr("B: %1").arg(m_labelB);
    case ChangeColumn:
        return tr("Change B − A");
    default:
        return {};
    }
}

} // namespace sk
