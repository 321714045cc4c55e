// ahplead: the desktop app. Everything is in ahplead_gui; this only reads the command
// line, opens the store (asking the person when it cannot be opened) and shows the window.
#include "AppOptions.h"
#include "AppSettings.h"
#include "Icons.h"
#include "MainWindow.h"
#include "MessageBoxPrompter.h"
#include "ScreenshotMaker.h"
#include "StoreOpener.h"
#include "Theme.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace ahplead;

int main(int argc, char *argv[])
{
    // Screenshots need no screen: the offscreen platform, with a virtual 1920 x 1080 screen
    // (so dialogs are not squeezed onto its default 800 x 800; QT_SCALE_FACTOR=2 then gives
    // the 960 x 540 points of a laptop at 200%). Fixed before the application exists.
    QString offscreenConfig;
    if (AppOptions::wantsScreenshots(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
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
    // The same application name as ahplead-cli, so both find the same default store.
    QCoreApplication::setApplicationName(QStringLiteral("ahplead"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AHPLEAD_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("ahplead"));
    // The installed menu entry (packaging/): lets the desktop show its icon for the window (Wayland).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.ahplead.ahplead"));
    initResources();
    Theme::apply(app);

    const AppOptions options = AppOptions::parse(QCoreApplication::arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "ahplead: %s\nTry: ahplead --help\n", qPrintable(options.error));
        return 2;
    }

    if (!options.screenshotDir.isEmpty()) {
        QString error;
        const QStringList files = ScreenshotMaker::run(options.screenshotDir, options.screenshotSize, &error);
        for (const QString &file : files)
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
        if (!error.isEmpty()) {
            std::fprintf(stderr, "ahplead: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    std::unique_ptr<AppSettings> settings = options.settingsFile.isEmpty()
                                                ? std::make_unique<AppSettings>()
                                                : std::make_unique<AppSettings>(options.settingsFile);
    // --store, then $AHPLEAD_STORE, then the store chosen in Settings, then the usual place.
    QString path = options.storePath;
    bool remembered = false;
    if (path.isEmpty() && qEnvironmentVariableIsEmpty("AHPLEAD_STORE") && !settings->storePath().isEmpty()) {
        path = settings->storePath();
        remembered = true;
    }
    if (path.isEmpty())
        path = Store::defaultPath();

    MessageBoxPrompter prompter;
    std::unique_ptr<Store> store = StoreOpener(prompter).open(path, remembered);
    if (!store)
        return 1;
    if (store->path() != path) // the person chose another file: use it next time too
        settings->setStorePath(store->path());
    Workspace workspace(std::move(store));

    MainWindow window(workspace, *settings, prompter);
    window.show();
    if (options.quitAfterShow)
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    else
        QTimer::singleShot(0, &window, &MainWindow::offerExampleIfEmpty);
    return app.exec();
}
