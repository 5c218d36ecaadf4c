// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QCoreApplication>
#include <QPointF>
#include <QString>

namespace sk {

class AdminBoundaries;
class BaseMap;
class VectorLayer;

// Whether a position is in Sweden, as an imported or checked office list needs it: on the base map's land outside the
// neighbouring countries' land, inside its outline of Sweden (lakes included) or, when official boundaries are
// loaded, inside one of their municipalities. A position just off that land (an island
// or harbour the generalised outlines leave out) counts within coastalToleranceMetres; one in a neighbouring country
// never does, however close. Holds pointers: the base map and boundaries must outlive it.
class SwedishLand
{
    Q_DECLARE_TR_FUNCTIONS(sk::SwedishLand)

public:
    static constexpr double coastalToleranceMetres = 2000;

    SwedishLand(const BaseMap *baseMap, const AdminBoundaries *boundaries = nullptr);

    // False when neither the base map nor boundaries are loaded; then every position is taken as Swedish.
    bool isKnown() const;
    // Empty when the position (SWEREF 99 TM) is Swedish; otherwise where it lies, to follow a position in a
    // message: "lies in Norway, not in Sweden", "lies 12.4 km from Swedish land".
    QString whereOutside(const QPointF &sweref) const;

private:
    bool insideSweden(const QPointF &sweref) const;
    double distanceToSweden(const QPointF &sweref) const;
    bool onNeighbourLand(const QPointF &sweref) const;
    QString neighbourName(const QPointF &sweref) const;

    const VectorLayer *m_countries = nullptr;
    const VectorLayer *m_land = nullptr;
    const VectorLayer *m_neighbourLand = nullptr;
    const VectorLayer *m_municipalities = nullptr;
};

} // namespace sk
