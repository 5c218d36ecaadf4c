// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#pragma once

#include "geodata/briefing/briefing.h"
#include "geodata/coverage/embeddedpopulation.h"

#include <QCoreApplication>
#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QTextStream;

namespace sk {

class Atlas;
class ExportScenes;
class PopulationModel;
class MapRenderer;
class MapViewport;

struct CommandLineOptions
{
    // What --report prints: the rollout counts, coverage (--coverage) or FA regions and counties (--regions).
    enum class Report { Rollout, Coverage, Regions };

    std::vector<QDate> dates;
    QString exportPath;
    QSize size{1600, 1200};
    bool report = false;
    Report reportKind = Report::Rollout;
    QString format = QStringLiteral("json");
    // --offices, or --scenario (then `scenario` is set): the office list to use instead of the embedded one.
    QString officesPath;
    bool scenario = false;
    QString boundariesPath;
    QString populationPath;
    QString populationField = QStringLiteral("population");
    // --population-model: which embedded model coverage and suggestions use when no --population is given.
    EmbeddedPopulation::Kind populationModel = EmbeddedPopulation::defaultKind;
    // --nearest: a place name or a coordinate whose nearest open offices to print.
    QString nearest;
    QString framesDirectory;
    bool brief = false;
    Language language = Language::English;
    bool checkData = false;
    // The range and step of --export-frames and --brief; invalid dates mean the start or end of the timeline.
    QDate from;
    QDate to;
    bool stepByPhase = false;
    // --suggest N --within KM: N > 0 asks for that many additional offices at the one --date.
    int suggestCount = 0;
    double withinKm = 20;
    // How --export and --export-frames draw the map.
    QString title;
    bool dark = false;
    QStringList layers; // --layers: the layers that are on; empty for the default set
    QStringList filterTerms; // --filter, one term per option ("county=25", "status=open,closed")

    // Every run but the window needs no display.
    bool isHeadless() const
    {
        return report || !exportPath.isEmpty() || !framesDirectory.isEmpty() || brief || checkData || suggestCount > 0
                || !nearest.isEmpty();
    }
};

// The command line: parsing, and the headless runs (--export, --export-frames, --report, --brief, --check-data,
// --suggest, --nearest) that print to stdout/stderr.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(sk::CommandLine)

public:
    // --export-frames and --brief refuse a range with more steps than this, twenty years of months (the help
    // text says so); the shipped data spans about ninety.
    static constexpr size_t maxTimelineSteps = 240;

    // Parses the application's arguments; nullopt after printing help/version or with *error set.
    static std::optional<CommandLineOptions> parse(const QStringList &arguments, QString *error, bool *exitNow);
    // Returns the process exit code: 0 on success, 1 when data cannot be used (or --check-data finds an error),
    // 2 on a bad argument.
    static int runHeadless(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

private:
    static void report(const Atlas &atlas, const PopulationModel &population, const CommandLineOptions &options,
                       QTextStream &out);
    static int suggest(const Atlas &atlas, const PopulationModel &population, const CommandLineOptions &options,
                       QTextStream &out, QTextStream &err);
    static int checkData(const Atlas &atlas, const CommandLineOptions &options, QTextStream &out);
    static int nearest(const Atlas &atlas, const CommandLineOptions &options, QTextStream &out, QTextStream &err);
    static int exportMaps(const Atlas &atlas, const CommandLineOptions &options, QTextStream &err);
    static int exportFrames(const Atlas &atlas, ExportScenes &scenes, MapRenderer &renderer,
                            const CommandLineOptions &options, QTextStream &err);
};

} // namespace sk
