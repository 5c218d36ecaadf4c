// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "commandline.h"

#include "app/exportscenes.h"

#include "geodata/atlas/atlas.h"
#include "geodata/atlas/datapaths.h"
#include "geodata/briefing/briefingtext.h"
#include "geodata/coverage/coveragecalculator.h"
#include "geodata/coverage/nearestoffices.h"
#include "geodata/coverage/placelookup.h"
#include "geodata/coverage/populationmodel.h"
#include "geodata/import/datachecks.h"
#include "geodata/offices/rollout.h"
#include "geodata/offices/timelinesteps.h"
#include "geodata/reference/swedishland.h"
#include "geodata/regions/regionaggregates.h"
#include "geodata/reports/coveragereport.h"
#include "geodata/reports/nearestreport.h"
#include "geodata/reports/regionreport.h"
#include "geodata/reports/rolloutreport.h"
#include "geodata/reports/suggestionreport.h"
#include "geodata/scenario/scenariofile.h"
#include "geodata/suggestions/officesuggester.h"
#include "widgets/export/framesequenceexporter.h"
#include "widgets/export/mapexporter.h"
#include "widgets/scenario/scenariodocument.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <cmath>

namespace sk {

namespace {

// "map.png" with several dates becomes "map-2022-01-31.png", one file per date.
QString exportPathFor(const QString &path, QDate date, bool severalDates)
{
    if (!severalDates)
        return path;
    const QFileInfo info(path);
    return info.dir().filePath(
            QStringLiteral("%1-%2.%3").arg(info.completeBaseName(), date.toString(Qt::ISODate), info.suffix()));
}

// The timeline steps of --export-frames and --brief, or a message (a bad argument) when the range leaves the data's
// span or holds more steps than anyone can present.
std::optional<std::vector<QDate>> timelineSteps(const Rollout &rollout, const CommandLineOptions &options,
                                                QString *error)
{
    const QDate from = options.from.isValid() ? options.from : rollout.firstDate();
    const QDate to = options.to.isValid() ? options.to : rollout.lastDate();
    for (const auto &[option, date] : {std::pair{QStringLiteral("from"), from}, std::pair{QStringLiteral("to"), to}}) {
        if (date > rollout.lastDate()) {
            *error = CommandLine::tr("--%1 %2 is after the data ends (%3)")
                             .arg(option, date.toString(Qt::ISODate), rollout.lastDate().toString(Qt::ISODate));
            return std::nullopt;
        }
    }
    std::vector<QDate> dates = TimelineSteps::dates(
            from, to, options.stepByPhase ? TimelineSteps::Step::Phase : TimelineSteps::Step::Month,
            rollout.phaseBoundaries());
    if (dates.size() > CommandLine::maxTimelineSteps) {
        *error = CommandLine::tr("%1 to %2 has %3 steps, more than the %4 allowed")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                         .arg(dates.size())
                         .arg(CommandLine::maxTimelineSteps);
        return std::nullopt;
    }
    return dates;
}

} // namespace

std::optional<CommandLineOptions> CommandLine::parse(const QStringList &arguments, QString *error, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Map of Sweden's state service offices (statliga servicekontor) and their "
                                        "2022–2023 rollout."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("Show or report this date (YYYY-MM-DD); may be "
                                           "repeated."),
                                        tr("date"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          tr("Render the whole-Sweden map at --date to this file (.png, .jpg, .bmp, "
                                             ".pdf or .svg) and exit."),
                                          tr("file"));
    const QCommandLineOption framesOption(
            QStringLiteral("export-frames"),
            tr("Render one numbered PNG per timeline step into this folder and exit (at most "
               "%1 steps).")
                    .arg(maxTimelineSteps),
            tr("folder"));
    const QCommandLineOption briefOption(QStringLiteral("brief"),
                                         tr("Print a written briefing (Markdown) for every timeline step from --from "
                                            "to --to and exit."));
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("Language of --brief: sv or en (default)."),
                                        tr("language"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("First date of --export-frames and --brief (default: start)."), tr("date"));
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      tr("Last date of --export-frames and --brief (default: end)."), tr("date"));
    const QCommandLineOption stepOption(
            QStringLiteral("step"), tr("Step of --export-frames and --brief: month (default) or phase."), tr("step"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        tr("Exported image size in pixels (default 1600x1200)."), tr("WxH"));
    const QCommandLineOption reportOption(QStringLiteral("report"), tr("Print the numbers for each --date and exit."));
    const QCommandLineOption populationOption(QStringLiteral("population"),
                                              tr("With --report --coverage or --suggest: a population layer (OGR "
                                                 "points or polygons) instead of the embedded model."),
                                              tr("file"));
    const QCommandLineOption populationModelOption(
            QStringLiteral("population-model"),
            tr("With --report --coverage or --suggest and no --population: the embedded population model, dispersed "
               "(default: people spread over their localities and each municipality's land) or points (each "
               "locality and municipal remainder at one point)."),
            tr("model"));
    const QCommandLineOption nearestOption(QStringLiteral("nearest"),
                                           tr("Print the three offices open at the one --date (default: today) "
                                              "nearest a place: a locality, a municipality or a coordinate "
                                              "(65.83,23.17; 65°49.8'N 23°10.2'E; E 700000 N 7300000), with "
                                              "distance and bearing, and exit."),
                                           tr("place"));
    const QCommandLineOption populationFieldOption(QStringLiteral("population-field"),
                                                   tr("The population field of --population (default: population)."),
                                                   tr("name"));
    const QCommandLineOption coverageOption(QStringLiteral("coverage"),
                                            tr("With --report: how near people and municipalities are to an open "
                                               "office (JSON per date; CSV one row per municipality and date)."));
    const QCommandLineOption regionsOption(QStringLiteral("regions"),
                                           tr("With --report: FA regions (with the ones without an office) and "
                                              "counties (JSON per date; CSV one row per region and date: date, level, "
                                              "code, name, offices_open, municipalities_with_office, "
                                              "municipalities_total, population, people_within_<km>km…, "
                                              "share_within_<km>km…)."));
    const QCommandLineOption suggestOption(QStringLiteral("suggest"),
                                           tr("Print where N more offices would bring the most people within --within "
                                              "km of an office at the one --date (picked one after the other) and "
                                              "exit."),
                                           tr("N"));
    const QCommandLineOption withinOption(QStringLiteral("within"), tr("The distance of --suggest in km (default 20)."),
                                          tr("km"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Report format: json (default) or csv."),
                                          tr("format"));
    const QCommandLineOption checkDataOption(QStringLiteral("check-data"),
                                             tr("Check the office list (the embedded one or --offices) against the "
                                                "reference tables and the rollout rules, print every finding and "
                                                "exit; exit code 1 when any is an error."));
    const QCommandLineOption officesOption(QStringLiteral("offices"),
                                           tr("Load this office list (CSV, GeoJSON or GeoPackage in the reference "
                                              "columns) instead of the embedded one."),
                                           tr("file"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
                                            tr("Load this scenario (a GeoPackage with a layer of offices in the "
                                               "reference columns) instead of the embedded office list."),
                                            tr("file"));
    const QCommandLineOption boundariesOption(QStringLiteral("boundaries"),
                                              tr("Open official municipality/county boundaries from this file."),
                                              tr("file"));
    const QCommandLineOption titleOption(
            QStringLiteral("title"), tr("With --export or --export-frames: a title drawn above the date."), tr("text"));
    const QCommandLineOption styleOption(QStringLiteral("style"),
                                         tr("With --export or --export-frames: light (default) or dark."), tr("style"));
    const QCommandLineOption layersOption(
            QStringLiteral("layers"),
            tr("With --export or --export-frames: the layers to draw, a comma list of %1 (default: %2).")
                    .arg(ExportScenes::layerNames().join(QStringLiteral(", ")),
                         ExportScenes::defaultLayers().join(QLatin1Char(','))),
            tr("list"));
    const QCommandLineOption filterOption(
            QStringLiteral("filter"),
            tr("With --export or --export-frames: show only some offices, e.g. county=25, status=open,closed, "
               "phase=1,2, vulnerable=yes, verified=no; may be repeated (all must hold)."),
            tr("term"));
    parser.addOptions({dateOption,
                       exportOption,
                       framesOption,
                       briefOption,
                       langOption,
                       fromOption,
                       toOption,
                       stepOption,
                       sizeOption,
                       reportOption,
                       coverageOption,
                       regionsOption,
                       formatOption,
                       populationOption,
                       populationFieldOption,
                       suggestOption,
                       withinOption,
                       checkDataOption,
                       officesOption,
                       scenarioOption,
                       boundariesOption,
                       titleOption,
                       styleOption,
                       layersOption,
                       filterOption,
                       populationModelOption,
                       nearestOption});
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exitNow = true;
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        QTextStream(stdout) << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
                            << '\n';
        *exitNow = true;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("unexpected argument '%1'").arg(parser.positionalArguments().front());
        return std::nullopt;
    }
    // An empty file or folder name would silently fall back to the embedded data or start the window.
    for (const QCommandLineOption *option :
         {&officesOption, &scenarioOption, &boundariesOption, &populationOption, &exportOption, &framesOption}) {
        if (parser.isSet(*option) && parser.value(*option).trimmed().isEmpty()) {
            *error = tr("--%1 is empty: give a file or folder name").arg(option->names().constFirst());
            return std::nullopt;
        }
    }

    CommandLineOptions options;
    const auto parseDate = [&](const QString &option, const QString &text) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10)
            *error = tr("--%1 '%2' is not a date (YYYY-MM-DD)").arg(option, text);
        return date;
    };
    for (const QString &text : parser.values(dateOption)) {
        options.dates.push_back(parseDate(QStringLiteral("date"), text));
        if (!error->isEmpty())
            return std::nullopt;
    }
    options.framesDirectory = parser.value(framesOption);
    if (parser.isSet(fromOption))
        options.from = parseDate(QStringLiteral("from"), parser.value(fromOption));
    if (parser.isSet(toOption))
        options.to = parseDate(QStringLiteral("to"), parser.value(toOption));
    if (!error->isEmpty())
        return std::nullopt;
    // The data begins when Statens servicecenter took over; a count before that would be a made-up zero.
    const auto beforeData = [&](const QString &option, QDate date) {
        if (!date.isValid() || date >= Rollout::takeoverDate())
            return false;
        *error = tr("--%1 %2 is before the data begins (%3)")
                         .arg(option, date.toString(Qt::ISODate), Rollout::takeoverDate().toString(Qt::ISODate));
        return true;
    };
    for (QDate date : options.dates) {
        if (beforeData(QStringLiteral("date"), date))
            return std::nullopt;
    }
    if (beforeData(QStringLiteral("from"), options.from) || beforeData(QStringLiteral("to"), options.to))
        return std::nullopt;
    if (parser.isSet(stepOption)) {
        const QString step = parser.value(stepOption).toLower();
        if (step != QLatin1String("month") && step != QLatin1String("phase")) {
            *error = tr("--step '%1' is not month or phase").arg(parser.value(stepOption));
            return std::nullopt;
        }
        options.stepByPhase = step == QLatin1String("phase");
    }
    if (options.from.isValid() && options.to.isValid() && options.to < options.from) {
        *error = tr("--to %1 is before --from %2")
                         .arg(options.to.toString(Qt::ISODate), options.from.toString(Qt::ISODate));
        return std::nullopt;
    }
    if (parser.isSet(langOption)) {
        const std::optional<Language> language = languageFromCode(parser.value(langOption));
        if (!language) {
            *error = tr("--lang '%1' is not sv or en").arg(parser.value(langOption));
            return std::nullopt;
        }
        options.language = *language;
    }
    options.exportPath = parser.value(exportOption);
    if (!options.exportPath.isEmpty() && !MapExporter::canWrite(options.exportPath, error))
        return std::nullopt;
    options.report = parser.isSet(reportOption);
    options.brief = parser.isSet(briefOption);
    options.checkData = parser.isSet(checkDataOption);
    if (parser.isSet(coverageOption) && parser.isSet(regionsOption)) {
        *error = tr("--coverage and --regions cannot be combined; run them one after the other");
        return std::nullopt;
    }
    if ((parser.isSet(coverageOption) || parser.isSet(regionsOption)) && !options.report) {
        *error = tr("--coverage and --regions go with --report");
        return std::nullopt;
    }
    if (parser.isSet(coverageOption))
        options.reportKind = CommandLineOptions::Report::Coverage;
    else if (parser.isSet(regionsOption))
        options.reportKind = CommandLineOptions::Report::Regions;
    if (parser.isSet(officesOption) && parser.isSet(scenarioOption)) {
        *error = tr("--offices and --scenario cannot be combined: both replace the office list");
        return std::nullopt;
    }
    options.officesPath = parser.value(officesOption);
    if (parser.isSet(scenarioOption)) {
        options.officesPath = parser.value(scenarioOption);
        options.scenario = true;
        if (QFileInfo(options.officesPath).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) != 0) {
            *error = tr("--scenario '%1' is not a GeoPackage (.gpkg)").arg(options.officesPath);
            return std::nullopt;
        }
    }
    if (parser.isSet(suggestOption)) {
        bool ok = false;
        const int count = parser.value(suggestOption).toInt(&ok);
        if (!ok || count <= 0 || count > 200) {
            *error = tr("--suggest '%1' is not a number of offices from 1 to 200").arg(parser.value(suggestOption));
            return std::nullopt;
        }
        options.suggestCount = count;
    }
    if (parser.isSet(withinOption)) {
        if (options.suggestCount == 0) {
            *error = tr("--within goes with --suggest");
            return std::nullopt;
        }
        bool ok = false;
        const double km = parser.value(withinOption).toDouble(&ok);
        if (!ok || !std::isfinite(km) || km <= 0 || km > 500) {
            *error = tr("--within '%1' is not a distance in km above 0 and at most 500")
                             .arg(parser.value(withinOption));
            return std::nullopt;
        }
        options.withinKm = km;
    }
    options.boundariesPath = parser.value(boundariesOption);
    options.populationPath = parser.value(populationOption);
    if (parser.isSet(populationFieldOption))
        options.populationField = parser.value(populationFieldOption);
    if (parser.isSet(populationModelOption)) {
        const std::optional<EmbeddedPopulation::Kind> kind
                = EmbeddedPopulation::fromName(parser.value(populationModelOption));
        if (!kind) {
            *error = tr("--population-model '%1' is not dispersed or points").arg(parser.value(populationModelOption));
            return std::nullopt;
        }
        if (parser.isSet(populationOption)) {
            *error = tr("--population-model and --population cannot be combined: the layer is the model");
            return std::nullopt;
        }
        options.populationModel = *kind;
    }
    if (parser.isSet(nearestOption)) {
        options.nearest = parser.value(nearestOption).trimmed();
        if (options.nearest.isEmpty()) {
            *error = tr("--nearest needs a place: a locality, a municipality or a coordinate");
            return std::nullopt;
        }
    }
    if (parser.isSet(formatOption)) {
        options.format = parser.value(formatOption).toLower();
        if (options.format != QLatin1String("json") && options.format != QLatin1String("csv")) {
            *error = tr("--format '%1' is not json or csv").arg(parser.value(formatOption));
            return std::nullopt;
        }
    }
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
        const QRegularExpressionMatch match = pattern.match(parser.value(sizeOption));
        const int width = match.hasMatch() ? match.captured(1).toInt() : 0;
        const int height = match.hasMatch() ? match.captured(2).toInt() : 0;
        if (width < 64 || height < 64 || width > 16384 || height > 16384) {
            *error = tr("--size '%1' is not WIDTHxHEIGHT between 64 and 16384 pixels").arg(parser.value(sizeOption));
            return std::nullopt;
        }
        options.size = QSize(width, height);
    }
    if (int(options.report) + int(!options.exportPath.isEmpty()) + int(!options.framesDirectory.isEmpty())
                + int(options.brief) + int(options.checkData) + int(options.suggestCount > 0)
                + int(!options.nearest.isEmpty())
        > 1) {
        *error = tr("--report, --export, --export-frames, --brief, --check-data, --suggest and --nearest cannot be "
                    "combined; run them one after the other");
        return std::nullopt;
    }
    if (!options.nearest.isEmpty() && options.dates.size() > 1) {
        *error = tr("--nearest takes one --date YYYY-MM-DD (default: today)");
        return std::nullopt;
    }
    if (options.suggestCount > 0 && options.dates.size() != 1) {
        *error = tr("--suggest needs exactly one --date YYYY-MM-DD: the date whose open offices it adds to");
        return std::nullopt;
    }
    const bool drawsMaps = !options.exportPath.isEmpty() || !options.framesDirectory.isEmpty();
    for (const QCommandLineOption *look : {&titleOption, &styleOption, &layersOption, &filterOption}) {
        if (parser.isSet(*look) && !drawsMaps) {
            *error = tr("--%1 goes with --export or --export-frames").arg(look->names().front());
            return std::nullopt;
        }
    }
    options.title = parser.value(titleOption).trimmed();
    if (parser.isSet(styleOption)) {
        const QString style = parser.value(styleOption).toLower();
        if (style != QLatin1String("light") && style != QLatin1String("dark")) {
            *error = tr("--style '%1' is not light or dark").arg(parser.value(styleOption));
            return std::nullopt;
        }
        options.dark = style == QLatin1String("dark");
    }
    if (parser.isSet(layersOption)) {
        for (const QString &layer : parser.value(layersOption).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!ExportScenes::layerNames().contains(layer.trimmed())) {
                *error = tr("--layers: '%1' is not a layer (%2)")
                                 .arg(layer.trimmed(), ExportScenes::layerNames().join(QStringLiteral(", ")));
                return std::nullopt;
            }
            options.layers << layer.trimmed();
        }
    }
    options.filterTerms = parser.values(filterOption);
    if ((options.report || !options.exportPath.isEmpty()) && options.dates.empty()) {
        *error = tr("--export and --report need at least one --date YYYY-MM-DD");
        return std::nullopt;
    }
    return options;
}

int CommandLine::runHeadless(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    QStringList problems;
    Atlas atlas = Atlas::loadEmbedded(&problems);
    if (options.checkData) {
        if (atlas.reference().municipalities().empty()) {
            for (const QString &message : problems)
                err << message << '\n';
            return 1;
        }
        // Official boundaries, when given, decide with the base map what counts as Swedish land.
        if (!options.boundariesPath.isEmpty()) {
            QString error;
            if (!atlas.loadBoundaries(options.boundariesPath, &error)) {
                err << error << '\n';
                return 1;
            }
        }
        return checkData(atlas, options, out);
    }
    if (!options.officesPath.isEmpty()) {
        QStringList officeErrors;
        if (!atlas.loadOffices(options.officesPath, &officeErrors)) {
            for (const QString &message : officeErrors)
                err << message << '\n';
            return 1;
        }
    }
    if (atlas.rollout().offices().empty() || atlas.reference().municipalities().empty()) {
        for (const QString &message : problems)
            err << message << '\n';
        return 1;
    }
    if (!options.boundariesPath.isEmpty()) {
        QString error;
        if (!atlas.loadBoundaries(options.boundariesPath, &error)) {
            err << error << '\n';
            return 1;
        }
    }

    if (!options.nearest.isEmpty())
        return nearest(atlas, options, out, err);
    if (options.report || options.suggestCount > 0) {
        PopulationModel population = EmbeddedPopulation::build(atlas, options.populationModel);
        if (!options.populationPath.isEmpty()) {
            QStringList populationErrors;
            population = PopulationModel::load(options.populationPath, options.populationField, atlas.reference(),
                                               &populationErrors);
            if (population.isEmpty()) {
                for (const QString &message : populationErrors)
                    err << message << '\n';
                return 1;
            }
        }
        if (options.suggestCount > 0)
            return suggest(atlas, population, options, out, err);
        report(atlas, population, options, out);
        return 0;
    }
    if (options.brief) {
        const Rollout &rollout = atlas.rollout();
        const QDate from = options.from.isValid() ? options.from : rollout.firstDate();
        const QDate to = options.to.isValid() ? options.to : rollout.lastDate();
        if (to < from) {
            err << tr("--brief from %1 to %2: the range is empty")
                            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                << '\n';
            return 2;
        }
        QString rangeError;
        if (!timelineSteps(rollout, options, &rangeError)) {
            err << rangeError << '\n';
            return 2;
        }
        const TimelineSteps::Step step = options.stepByPhase ? TimelineSteps::Step::Phase : TimelineSteps::Step::Month;
        out << BriefingText(atlas).document(from, to, step, options.language);
        return 0;
    }

    if (atlas.baseMap().isEmpty()) {
        for (const QString &message : problems)
            err << message << '\n';
        return 1;
    }
    return exportMaps(atlas, options, err);
}

int CommandLine::exportMaps(const Atlas &atlas, const CommandLineOptions &options, QTextStream &err)
{
    ExportScenes::Look look;
    look.title = options.title;
    if (!options.layers.isEmpty())
        look.layers = options.layers;
    QString filterError;
    const std::optional<OfficeFilter> filter
            = OfficeFilter::parse(options.filterTerms, atlas.reference(), &filterError);
    if (!filter) {
        err << "servicekarta: " << filterError << '\n';
        return 2;
    }
    look.filter = *filter;
    if (options.scenario) {
        const QString name = ScenarioFile::metadata(options.officesPath).value(QLatin1String(ScenarioFile::nameKey));
        look.scenarioName = name.isEmpty() ? QFileInfo(options.officesPath).completeBaseName() : name;
        look.scenarioSource = ScenarioDocument::sourceText(options.officesPath, false);
    }
    ExportScenes scenes(atlas, look);
    MapRenderer renderer(options.dark ? MapStyle::dark() : MapStyle::light());
    if (!options.framesDirectory.isEmpty())
        return exportFrames(atlas, scenes, renderer, options, err);
    // PDF and SVG get the layout a PNG of the same size has.
    const MapViewport viewport = MapExporter::homeLayout(options.size);
    for (QDate date : options.dates) {
        const QString path = exportPathFor(options.exportPath, date, options.dates.size() > 1);
        QString error;
        const QString summary
                = BriefingText(atlas)
                          .forStep(TimelineSteps::monthEnd(date.addMonths(-1)), date,
                                   QLocale().language() == QLocale::Swedish ? Language::Swedish : Language::English)
                          .markdown(2);
        const MapScene scene = scenes.at(date);
        const bool raster = !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)
                && !path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive);
        if (raster ? !MapExporter::saveImage(MapExporter::renderHome(renderer, scene, options.size), path, &error)
                   : !MapExporter::saveBySuffix(renderer, viewport, scene, path, 1.0, &error, summary, options.size)) {
            err << error << '\n';
            return 1;
        }
        err << tr("wrote %1").arg(path) << '\n';
    }
    return 0;
}

void CommandLine::report(const Atlas &atlas, const PopulationModel &population, const CommandLineOptions &options,
                         QTextStream &out)
{
    const bool csv = options.format == QLatin1String("csv");
    std::vector<QJsonObject> rows;
    switch (options.reportKind) {
    case CommandLineOptions::Report::Rollout:
        for (QDate date : options.dates)
            rows.push_back(RolloutReport::forDate(atlas.rollout(), atlas.reference(), date, atlas.publishedCounts()));
        out << (csv ? RolloutReport::toCsv(rows) : RolloutReport::toJson(rows));
        return;
    case CommandLineOptions::Report::Coverage: {
        const CoverageCalculator calculator(atlas.rollout(), atlas.reference(), population);
        std::vector<CoverageResult> results;
        for (QDate date : options.dates)
            results.push_back(calculator.at(date));
        if (csv) {
            out << CoverageReport::toCsv(results);
            return;
        }
        for (const CoverageResult &result : results)
            rows.push_back(CoverageReport::toJson(result));
        break;
    }
    case CommandLineOptions::Report::Regions: {
        const RegionAggregates regions(atlas.rollout(), atlas.reference());
        std::vector<RegionSnapshot> snapshots;
        for (QDate date : options.dates)
            snapshots.push_back(regions.at(date));
        if (csv) {
            out << RegionReport::toCsv(snapshots);
            return;
        }
        for (const RegionSnapshot &snapshot : snapshots)
            rows.push_back(RegionReport::toJson(snapshot));
        break;
    }
    }
    // One date prints one object, several an array, as the rollout report does.
    out << RolloutReport::toJson(rows);
}

int CommandLine::suggest(const Atlas &atlas, const PopulationModel &population, const CommandLineOptions &options,
                         QTextStream &out, QTextStream &err)
{
    const OfficeSuggester suggester(atlas.rollout().offices(), atlas.reference(), population);
    const SuggestionReport suggestions(suggester, options.dates.front(), options.suggestCount, options.withinKm);
    out << (options.format == QLatin1String("csv") ? suggestions.toCsv() : suggestions.toJson());
    if (const QString note = suggestions.note(); !note.isEmpty())
        err << note << '\n';
    return 0;
}

int CommandLine::nearest(const Atlas &atlas, const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    const PlaceLookup::Place place = PlaceLookup::resolve(options.nearest, atlas.reference());
    if (!place.ok()) {
        err << "--nearest: " << place.error << '\n';
        // A coordinate that cannot be read is a bad argument; a name the data do not know, data that cannot serve.
        return place.failure == PlaceLookup::Place::Failure::BadCoordinate ? 2 : 1;
    }
    const QDate date = options.dates.empty() ? QDate::currentDate() : options.dates.front();
    const NearestReport report(place.label, place.coordinate, date,
                               NearestOffices::find(atlas.rollout().offices(), place.coordinate, date));
    out << (options.format == QLatin1String("csv") ? report.toCsv() : report.toJson());
    if (report.offices().empty()) {
        err << tr("no office is open on %1").arg(date.toString(Qt::ISODate)) << '\n';
        return 1;
    }
    return 0;
}

int CommandLine::checkData(const Atlas &atlas, const CommandLineOptions &options, QTextStream &out)
{
    const QString path = options.officesPath.isEmpty() ? DataPaths::officesFile() : options.officesPath;
    const SwedishLand land(&atlas.baseMap(), &atlas.boundaries());
    // The published counts are about the shipped list; another list is not held to them.
    const std::vector<DataCheckFinding> findings
            = DataChecks::checkFile(path, atlas.reference(), &land,
                                    options.officesPath.isEmpty() ? atlas.publishedCounts() : PublishedCounts());
    for (const DataCheckFinding &finding : findings)
        out << finding.toString() << '\n';
    const int errors = DataChecks::count(findings, FindingSeverity::Error);
    out << tr("%1: errors: %2, warnings: %3, info: %4")
                    .arg(QFileInfo(path).fileName())
                    .arg(errors)
                    .arg(DataChecks::count(findings, FindingSeverity::Warning))
                    .arg(DataChecks::count(findings, FindingSeverity::Info))
        << '\n';
    return errors > 0 ? 1 : 0;
}

int CommandLine::exportFrames(const Atlas &atlas, ExportScenes &scenes, MapRenderer &renderer,
                              const CommandLineOptions &options, QTextStream &err)
{
    const Rollout &rollout = atlas.rollout();
    const QDate from = options.from.isValid() ? options.from : rollout.firstDate();
    const QDate to = options.to.isValid() ? options.to : rollout.lastDate();
    QString rangeError;
    const std::optional<std::vector<QDate>> steps = timelineSteps(rollout, options, &rangeError);
    if (!steps) {
        err << rangeError << '\n';
        return 2;
    }
    const std::vector<QDate> &dates = *steps;
    const FrameSequenceExporter exporter(
            atlas, [&](QDate date) { return MapExporter::renderHome(renderer, scenes.at(date), options.size); });
    QString error;
    if (exporter.write(dates, options.framesDirectory, &error) != FrameSequenceExporter::Outcome::Written) {
        err << error << '\n';
        return 1;
    }
    err << tr("wrote %1 frames (%2 to %3) to %4")
                    .arg(dates.size())
                    .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), options.framesDirectory)
        << '\n';
    return 0;
}

} // namespace sk
