#include "gui/app/AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace ahplead {

AppOptions AppOptions::parse(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Chief AHP leadership self-assessment for trust boards, chief AHPs "
                                                  "and integrated care systems."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption store(
        QStringLiteral("store"),
        QCoreApplication::translate("AppOptions", "The assessment store (SQLite file) to use."),
        QStringLiteral("FILE"));
    const QCommandLineOption settings(
        QStringLiteral("settings"),
        QCoreApplication::translate("AppOptions",
                                    "Read and keep settings in this INI file instead of the usual place."),
        QStringLiteral("FILE"));
    const QCommandLineOption quit(
        QStringLiteral("quit-after-show"),
        QCoreApplication::translate("AppOptions", "Quit as soon as the window is shown (for benchmarks)."));
    parser.addOptions({store, settings, quit});

    AppOptions options;
    if (!parser.parse(args)) {
        options.error = parser.errorText();
        return options;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty())
        options.error = QCoreApplication::translate("AppOptions", "Unexpected argument: %1")
                            .arg(parser.positionalArguments().first());
    options.storePath = parser.value(store);
    options.settingsFile = parser.value(settings);
    options.quitAfterShow = parser.isSet(quit);
    return options;
}

} // namespace ahplead
