#pragma once

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QTextStream;

namespace sk {

class Atlas;
class MapRenderer;
class MapViewport;

struct CommandLineOptions
{
    std::vector<QDate> dates;
    QString exportPath;
    QSize size{1600, 1200};
    bool report = false;
    QString format = QStringLiteral("json");
    QString officesPath;
    QString boundariesPath;
    QString framesDirectory;
    QDate framesFrom;
    QDate framesTo;
    bool framesByPhase = false;

    // Export and report run without a window and need no display.
    bool isHeadless() const { return report || !exportPath.isEmpty() || !framesDirectory.isEmpty(); }
};

// The command line: parsing, and the headless runs (--export, --report) that print to stdout/stderr.
class CommandLine
{
public:
    // Parses the application's arguments; nullopt after printing help/version or with *error set.
    static std::optional<CommandLineOptions> parse(const QStringList &arguments, QString *error, bool *exitNow);
    // Returns the process exit code: 0 on success, 1 when data cannot be used, 2 on a bad argument.
    static int runHeadless(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

private:
    static int exportFrames(const Atlas &atlas, MapRenderer &renderer, const MapViewport &viewport,
                            const CommandLineOptions &options, QTextStream &err);
};

} // namespace sk
