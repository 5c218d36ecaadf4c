// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/import/officeimporter.h"
#include "geodata/offices/office.h"

#include <QString>

#include <vector>

namespace sk {

// A planner's alternative to the official office list: a name, what it started from, and its offices.
struct Scenario
{
    // As many offices as a saved scenario can be read back with (the importer's limit); the editor adds no more.
    static constexpr size_t maxOffices = static_cast<size_t>(OfficeImporter::maxFeatures);

    QString name;
    QString basedOn; // e.g. "official data 2026"
    std::vector<Office> offices;

    // The position of the office with `id` in `offices`, or -1.
    int indexOf(const QString &id) const;
    // "scenario-1", "scenario-2", …: the first such id no office in the list uses.
    QString nextOfficeId() const;

    bool operator==(const Scenario &other) const = default;
};

} // namespace sk
