#include "commandline.h"

#include "atlas.h"
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
                                          tr("Render the whole-Sweden map at --date to this PNG file and exit."),
                                          tr("file"));
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
    parser.addOptions({dateOption, exportOption, sizeOption, reportOption, formatOption, officesOption,
                       boundariesOption});
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
    for (const QString &text : parser.values(dateOption)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid() || text.size() != 10) {
            *error = tr("--date '%1' is not a date (YYYY-MM-DD)").arg(text);
            return std::nullopt;
        }
        options.dates.push_back(date);
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
    if (options.report && !options.exportPath.isEmpty()) {
        *error = tr("--report and --export cannot be combined; run them one after the other");
        return std::nullopt;
    }
    if (options.isHeadless() && options.dates.empty()) {
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
    for (QDate date : options.dates) {
        const QImage image = MapExporter::renderImage(renderer, viewport, MapSceneBuilder::build(atlas, date));
        const QString path = exportPathFor(options.exportPath, date, options.dates.size() > 1);
        QString error;
        if (!MapExporter::saveImage(image, path, &error)) {
            err << error << '\n';
            return 1;
        }
        err << tr("wrote %1").arg(path) << '\n';
    }
    return 0;
}

} // namespace sk
