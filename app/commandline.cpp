#include "commandline.h"

#include "atlas.h"
#include "framesequence.h"
#include "mapexporter.h"
#include "mapscenebuilder.h"
#include "rolloutreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>


namespace sk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CommandLine", text);
}

// "map.png" with several dates becomes "map-2022-01-31.png", one file per date.
QString exportPathFor(const QString &path, QDate date, bool severalDates)
{
    if (!severalDates)
        return path;
    const QFileInfo info(path);
    return info.dir().filePath(QStringLiteral("%1-%2.%3")
                                       .arg(info.completeBaseName(), date.toString(Qt::ISODate), info.suffix()));
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
    const QCommandLineOption dateOption(QStringLiteral("date"), tr("Show or report this date (YYYY-MM-DD); may be "
                                                                   "repeated."),
                                        tr("date"));
    const QCommandLineOption exportOption(QStringLiteral("export"),
                                          tr("Render the whole-Sweden map at --date to this file (.png, .pdf or "
                                             ".svg) and exit."),
                                          tr("file"));
    const QCommandLineOption framesOption(QStringLiteral("export-frames"),
                                          tr("Render one numbered PNG per timeline step into this folder and exit."),
                                          tr("folder"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First date of --export-frames (default: start)."),
                                        tr("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last date of --export-frames (default: end)."),
                                      tr("date"));
    const QCommandLineOption stepOption(QStringLiteral("step"), tr("Step of --export-frames: month (default) or phase."),
                                        tr("step"));
    const QCommandLineOption sizeOption(QStringLiteral("size"), tr("Exported image size in pixels (default 1600x1200)."),
                                        tr("WxH"));
    const QCommandLineOption reportOption(QStringLiteral("report"), tr("Print the numbers for each --date and exit."));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("Report format: json (default) or csv."),
                                          tr("format"));
    const QCommandLineOption officesOption(QStringLiteral("offices"),
                                           tr("Load this office list (CSV, GeoJSON or GeoPackage in the reference "
                                              "columns) instead of the embedded one."),
                                           tr("file"));
    const QCommandLineOption boundariesOption(QStringLiteral("boundaries"),
                                              tr("Open official municipality/county boundaries from this file."),
                                              tr("file"));
    parser.addOptions({dateOption, exportOption, framesOption, fromOption, toOption, stepOption, sizeOption,
                       reportOption, formatOption, officesOption, boundariesOption});
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
        options.framesFrom = parseDate(QStringLiteral("from"), parser.value(fromOption));
    if (parser.isSet(toOption))
        options.framesTo = parseDate(QStringLiteral("to"), parser.value(toOption));
    if (!error->isEmpty())
        return std::nullopt;
    if (parser.isSet(stepOption)) {
        const QString step = parser.value(stepOption).toLower();
        if (step != QLatin1String("month") && step != QLatin1String("phase")) {
            *error = tr("--step '%1' is not month or phase").arg(parser.value(stepOption));
            return std::nullopt;
        }
        options.framesByPhase = step == QLatin1String("phase");
    }
    if (options.framesFrom.isValid() && options.framesTo.isValid() && options.framesTo < options.framesFrom) {
        *error = tr("--to %1 is before --from %2")
                         .arg(options.framesTo.toString(Qt::ISODate), options.framesFrom.toString(Qt::ISODate));
        return std::nullopt;
    }
    options.exportPath = parser.value(exportOption);
    options.report = parser.isSet(reportOption);
    options.officesPath = parser.value(officesOption);
    options.boundariesPath = parser.value(boundariesOption);
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
    if (int(options.report) + int(!options.exportPath.isEmpty()) + int(!options.framesDirectory.isEmpty()) > 1) {
        *error = tr("--report, --export and --export-frames cannot be combined; run them one after the other");
        return std::nullopt;
    }
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

    if (options.report) {
        std::vector<QJsonObject> rows;
        for (QDate date : options.dates)
            rows.push_back(RolloutReport::forDate(atlas.rollout(), atlas.reference(), date));
        out << (options.format == QLatin1String("csv") ? RolloutReport::toCsv(rows) : RolloutReport::toJson(rows));
        return 0;
    }

    if (atlas.baseMap().isEmpty()) {
        for (const QString &message : problems)
            err << message << '\n';
        return 1;
    }
    MapRenderer renderer;
    const MapViewport viewport = MapExporter::homeViewport(options.size);
    if (!options.framesDirectory.isEmpty())
        return exportFrames(atlas, renderer, viewport, options, err);
    for (QDate date : options.dates) {
        const QString path = exportPathFor(options.exportPath, date, options.dates.size() > 1);
        QString error;
        if (!MapExporter::saveBySuffix(renderer, viewport, MapSceneBuilder::build(atlas, date), path, 1.0, &error)) {
            err << error << '\n';
            return 1;
        }
        err << tr("wrote %1").arg(path) << '\n';
    }
    return 0;
}

int CommandLine::exportFrames(const Atlas &atlas, MapRenderer &renderer, const MapViewport &viewport,
                              const CommandLineOptions &options, QTextStream &err)
{
    const Rollout &rollout = atlas.rollout();
    const QDate from = options.framesFrom.isValid() ? options.framesFrom : rollout.firstDate();
    const QDate to = options.framesTo.isValid() ? options.framesTo : rollout.lastDate();
    const std::vector<QDate> dates = FrameSequence::dates(
            from, to, options.framesByPhase ? FrameSequence::Step::Phase : FrameSequence::Step::Month,
            rollout.phaseBoundaries());
    QDir directory(options.framesDirectory);
    if (!directory.exists() && !QDir().mkpath(options.framesDirectory)) {
        err << tr("%1: cannot create the folder").arg(options.framesDirectory) << '\n';
        return 1;
    }
    for (size_t i = 0; i < dates.size(); ++i) {
        const QString path = directory.filePath(QStringLiteral("frame-%1.png").arg(i + 1, 4, 10, QLatin1Char('0')));
        QString error;
        const QImage image = MapExporter::renderImage(renderer, viewport, MapSceneBuilder::build(atlas, dates[i]));
        if (!MapExporter::saveImage(image, path, &error)) {
            err << error << '\n';
            return 1;
        }
    }
    err << tr("wrote %1 frames (%2 to %3) to %4")
                    .arg(dates.size())
                    .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate), options.framesDirectory)
            << '\n';
    return 0;
}

} // namespace sk
