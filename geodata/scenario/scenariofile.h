// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/scenario/scenario.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace sk {

// Scenarios on disk. A scenario file is a GeoPackage with one layer "offices" in the reference columns
// (OfficeSchema) and points in SWEREF 99 TM, so OfficeImporter::load() reads it like any office list; the
// scenario's name and origin are dataset metadata. Every write is atomic: the old file stays as it was unless the
// new one was written completely, read back and flushed to disk.
class ScenarioFile
{
    Q_DECLARE_TR_FUNCTIONS(sk::ScenarioFile)

public:
    // Dataset metadata keys.
    static constexpr const char *nameKey = "SERVICEKARTA_SCENARIO_NAME";
    static constexpr const char *basedOnKey = "SERVICEKARTA_SCENARIO_BASED_ON";

    // `extraMetadata` is stored next to the name (the autosave keeps the document's path there).
    static bool save(const Scenario &scenario, const QString &path, QString *error,
                     const QHash<QString, QString> &extraMetadata = {});
    // All or nothing: any problem in the file gives nullopt and appends the messages to *errors.
    static std::optional<Scenario> open(const QString &path, QStringList *errors);
    // The dataset metadata of a scenario file; empty when it cannot be read or has none.
    static QHash<QString, QString> metadata(const QString &path);

    // By suffix: .gpkg (= save), .geojson/.json (RFC 7946, WGS 84), .csv (reference columns, UTF-8, re-readable
    // by OfficeImporter::load()), .kml (a placemark per office with name and description).
    static bool exportTo(const Scenario &scenario, const QString &path, QString *error);
    static QStringList exportSuffixes();

    // For tests only: the next writes fail, as a full disk would, after writing `count` features, leaving the
    // temporary file half written. A negative count turns this off (the default).
    static void setFailAfterFeaturesForTesting(int count);
};

} // namespace sk
