// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Servicekarta contributors

#include "app/commandline.h"
#include "app/mainwindow.h"
#include "geodata/atlas/atlas.h"
#include "widgets/timeline/timelinecontroller.h"

#include "app/languagesettings.h"

#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("servicekarta"));
    QCoreApplication::setOrganizationName(QStringLiteral("Servicekarta"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    // Arguments are checked before any window system is touched, so a typo never needs a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QTextStream err(stderr);
    QString error;
    bool exitNow = false;
    const std::optional<sk::CommandLineOptions> options = sk::CommandLine::parse(arguments, &error, &exitNow);
    if (exitNow)
        return 0;
    if (!options) {
        err << "servicekarta: " << error << '\n';
        return 2;
    }
    const bool platformChosen = !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (options->isHeadless() && !platformChosen)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    else if (!platformChosen && qEnvironmentVariableIsEmpty("DISPLAY")
             && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        err << "servicekarta: no display to open a window on; use --export or --report to work without one\n";
        return 1;
    }

    QApplication application(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Servicekarta"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/servicekarta.svg")));
    QTranslator translator;
    QTranslator qtTranslator;
    sk::LanguageSettings::apply(translator, &qtTranslator);
    if (options->isHeadless()) {
        QTextStream out(stdout);
        return sk::CommandLine::runHeadless(*options, out, err);
    }

    QStringList problems;
    sk::Atlas atlas = sk::Atlas::loadEmbedded(&problems);
    sk::MainWindow window(std::move(atlas));
    if (!options->officesPath.isEmpty() && options->scenario)
        window.openScenario(options->officesPath);
    else if (!options->officesPath.isEmpty())
        window.openOffices(options->officesPath);
    if (!options->boundariesPath.isEmpty())
        window.openBoundaries(options->boundariesPath);
    if (!options->dates.empty())
        window.timeline()->setDate(options->dates.front());
    window.show();
    if (!problems.isEmpty())
        QMessageBox::warning(&window, sk::MainWindow::tr("Data problems"), problems.join(QLatin1Char('\n')));
    window.offerRecovery();
    return application.exec();
}
