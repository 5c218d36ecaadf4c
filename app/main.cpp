#include "atlas.h"
#include "commandline.h"
#include "mainwindow.h"
#include "timelinecontroller.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // Export and report need no display: render off screen unless the caller chose a platform.
    if (sk::CommandLine::wantsHeadless(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("servicekarta"));
    QApplication::setApplicationDisplayName(QStringLiteral("Servicekarta"));
    QApplication::setOrganizationName(QStringLiteral("Servicekarta"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QString error;
    bool exitNow = false;
    const std::optional<sk::CommandLineOptions> options =
            sk::CommandLine::parse(QApplication::arguments(), &error, &exitNow);
    if (exitNow)
        return 0;
    if (!options) {
        err << "servicekarta: " << error << '\n';
        return 2;
    }
    if (options->isHeadless())
        return sk::CommandLine::runHeadless(*options, out, err);

    QStringList problems;
    sk::Atlas atlas = sk::Atlas::loadEmbedded(&problems);
    sk::MainWindow window(std::move(atlas));
    if (!options->officesPath.isEmpty())
        window.openOffices(options->officesPath);
    if (!options->boundariesPath.isEmpty())
        window.openBoundaries(options->boundariesPath);
    if (!options->dates.empty())
        window.timeline()->setDate(options->dates.front());
    window.show();
    if (!problems.isEmpty())
        QMessageBox::warning(&window, QObject::tr("Data problems"), problems.join(QLatin1Char('\n')));
    return application.exec();
}
