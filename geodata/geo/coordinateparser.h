// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include <QCoreApplication>
#include <QGeoCoordinate>
#include <QString>

#include <optional>

namespace sk {

// A position typed by a person, in any of the forms Swedish maps and phones show:
// - decimal degrees, latitude first: "65.83, 23.17", "65.83 23.17", "65,83 23,17", "65.83N 23.17E";
// - degrees and minutes (and seconds): "65°49.8'N 23°10.2'E", "N 65 49.8 E 23 10.2", "65°49'48\"N 23°10'12\"E";
//   hemisphere letters N/S/E/W, or Swedish Ö (öst) and V (väst);
// - SWEREF 99 TM: "E 700000 N 7300000", "N 7300000, E 700000" or two whole numbers in metres, the northing the
//   larger (7 digits).
class CoordinateParser
{
    Q_DECLARE_TR_FUNCTIONS(sk::CoordinateParser)

public:
    // True when the text looks meant as a position (it holds a digit), false for a place name.
    static bool looksLikeCoordinate(const QString &text);
    // The coordinate, or nothing with *error saying what is wrong with the text.
    static std::optional<QGeoCoordinate> parse(const QString &text, QString *error);
};

} // namespace sk
