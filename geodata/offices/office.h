// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/offices/partialdate.h"

#include <QGeoCoordinate>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <optional>

namespace sk {

// What the reference data says of an office on 25 May 2021, the day the government ordered the expansion.
enum class Status2021 { Open, Establishing, Planned };

enum class VulnerableArea { Unknown, Yes, No };

// One statligt servicekontor as the data describes it. Positions are kept both in WGS 84 and SWEREF 99 TM.
struct Office
{
    QString id;
    QString name;
    QString municipality;
    QString municipalityCode;
    QString county;
    QString locality;
    QString address;
    QGeoCoordinate coordinate;
    QPointF position; // SWEREF 99 TM, metres
    QString coordPrecision;
    Status2021 status2021 = Status2021::Open;
    std::optional<PartialDate> opened;
    int phase = 0;
    VulnerableArea vulnerableArea = VulnerableArea::Unknown;
    std::optional<PartialDate> closed;
    QStringList sources;

    // Rows without any source rest on the compiler's background knowledge only.
    bool isVerified() const { return !sources.isEmpty(); }

    bool operator==(const Office &other) const = default;
};

QString status2021ToString(Status2021 status);
std::optional<Status2021> status2021FromString(QStringView text);
QString vulnerableAreaToString(VulnerableArea value);
std::optional<VulnerableArea> vulnerableAreaFromString(QStringView text);

} // namespace sk
