// ahplead-screenshots DIR [--size WxH]: renders the example's pages to PNG files in DIR, for the
// user guide and README (`make screenshots` writes docs/images). A developer tool: not installed.
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"
#include "tools/screenshots/ScreenshotMaker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <cstdio>

using namespace ahplead;

int main(int argc, char *argv[])
{
    // Screenshots need no screen: the offscreen platform, with a virtual 1920 x 1080 screen
    // (so dialogs are not squeezed onto its default 800 x 800; QT_SCALE_FACTOR=2 then gives
    // the 960 x 540 points of a laptop at 200%). Fixed before the application exists.
    QString offscreenConfig;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        offscreenConfig =
            QDir::temp().filePath(QStringLiteral("ahplead-offscreen-%1.json").arg(QCoreApplication::applicationPid()));
        QFile config(offscreenConfig);
        if (config.open(QIODevice::WriteOnly))
            config.write(R"({"screens": [{"name": "screenshot", "x": 0, "y": 0, "width": 1920, "height": 1080,)"
                         R"( "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
        qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(offscreenConfig));
    }
    QApplication app(argc, argv);
    if (!offscreenConfig.isEmpty())
        QFile::remove(offscreenConfig);
    QCoreApplication::setApplicationName(QStringLiteral("ahplead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AHPLEAD_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ahplead"));
    initResources();
    Theme::apply(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders the example's pages of ahplead to PNG files in DIR."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The folder to write the PNG files to."));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QStringLiteral("Window size in logical pixels (default 1200x820)."),
                                        QStringLiteral("WxH"), QStringLiteral("1200x820"));
    parser.addOption(sizeOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        std::fprintf(stderr, "ahplead-screenshots: name one folder to write to.\nTry: ahplead-screenshots --help\n");
        return 2;
    }
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
    const QRegularExpressionMatch m = pattern.match(parser.value(sizeOption));
    if (!m.hasMatch()) {
        std::fprintf(stderr, "ahplead-screenshots: --size expects WIDTHxHEIGHT, such as 1200x820, not \"%s\"\n",
                     qPrintable(parser.value(sizeOption)));
        return 2;
    }

    QString error;
    const QStringList files = ScreenshotMaker::run(parser.positionalArguments().constFirst(),
                                                   QSize(m.captured(1).toInt(), m.captured(2).toInt()), &error);
    for (const QString &file : files)
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
    if (!error.isEmpty()) {
        std::fprintf(stderr, "ahplead-screenshots: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
