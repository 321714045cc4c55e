#include "AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstring>

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
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("AppOptions",
                                    "Render the start page, a section page and the results of the example to PNG "
                                    "files in DIR, then quit."),
        QStringLiteral("DIR"));
    const QCommandLineOption size(
        QStringLiteral("screenshot-size"),
        QCoreApplication::translate("AppOptions", "Window size for --screenshot (default 1200x820)."),
        QStringLiteral("WxH"));
    const QCommandLineOption quit(
        QStringLiteral("quit-after-show"),
        QCoreApplication::translate("AppOptions", "Quit as soon as the window is shown (for benchmarks)."));
    parser.addOptions({store, settings, screenshot, size, quit});

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
    options.screenshotDir = parser.value(screenshot);
    options.quitAfterShow = parser.isSet(quit);
    if (parser.isSet(size)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const QRegularExpressionMatch m = pattern.match(parser.value(size));
        if (m.hasMatch())
            options.screenshotSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
        else
            options.error = QCoreApplication::translate("AppOptions", "--screenshot-size expects WIDTHxHEIGHT, such as "
                                                                      "1200x820, not \"%1\"")
                                .arg(parser.value(size));
    }
    return options;
}

bool AppOptions::wantsScreenshots(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    return false;
}

} // namespace ahplead
