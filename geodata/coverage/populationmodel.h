// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/coverage/populationpoint.h"
#include "geodata/reference/referencedata.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

namespace sk {

// Where people live, as weighted points in SWEREF 99 TM. Either the embedded model built from the reference tables
// or a user's layer of points or polygons with a population field.
class PopulationModel
{
    Q_DECLARE_TR_FUNCTIONS(sk::PopulationModel)

public:
    PopulationModel() = default;
    explicit PopulationModel(std::vector<PopulationPoint> points, QString source = {});

    // Each municipality's SCB population spread over its GeoNames localities: if the localities hold at least as
    // many people (G >= P) each gets P * g / G; otherwise each keeps g and the remainder P - G sits at the seat.
    // A municipality's points therefore sum exactly to its population. Named "points".
    static PopulationModel fromReference(const ReferenceData &reference);

    // Reads the first layer of a user's vector file: points, or polygons counted at their centroid, each carrying
    // a number in `field`; reprojected to SWEREF 99 TM. Each point is given the municipality of the nearest seat.
    // On any problem returns an empty model and appends messages naming the file and feature to *errors.
    static PopulationModel load(const QString &path, const QString &field, const ReferenceData &reference,
                                QStringList *errors);

    bool isEmpty() const { return m_points.empty(); }
    const std::vector<PopulationPoint> &points() const { return m_points; }
    // The model's name as reports print it: "points", "dispersed" or the file name the points came from.
    const QString &source() const { return m_source; }
    double totalPopulation() const;

private:
    std::vector<PopulationPoint> m_points;
    QString m_source;
};

} // namespace sk
