// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/comparison/comparisonmeasures.h"

#include <QAbstractTableModel>

#include <vector>

namespace sk {

// The coverage measures of both sides of a comparison and their change, formatted with the default QLocale.
class ComparisonMeasuresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { MeasureColumn, AColumn, BColumn, ChangeColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // the number behind the text; the row order for the measure column
        KindRole, // int(ComparisonMeasure::Kind)
    };

    explicit ComparisonMeasuresModel(QObject *parent = nullptr);

    // The side labels head the A and B columns.
    void setMeasures(const ComparisonMeasures &measures, const QString &labelA, const QString &labelB);
    void clear();

    static QString measureLabel(const ComparisonMeasure &measure);
    static QString formatValue(ComparisonMeasure::Kind kind, double value, bool signedChange = false);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ComparisonMeasure> m_measures;
    QString m_labelA;
    QString m_labelB;
};

} // namespace sk
