#include "cli/app/CliApp.h"
#include "cli/assessment/ReportCommand.h"
#include "cli/region/RegionCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    // `report` and `region` paint text and charts, which needs QGuiApplication's fonts; headless, on the
    // offscreen platform. Every other command stays a plain QCoreApplication (faster start).
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> app;
    if (ahplead::ReportCommand::needsGuiApplication(args) || ahplead::RegionCommand::needsGuiApplication(args)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ahplead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AHPLEAD_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    ahplead::CliApp cli;
    return cli.run(QCoreApplication::arguments().mid(1), out, err);
}
