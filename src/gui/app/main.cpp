// ahplead: the desktop app. Everything is in ahplead_gui; this only reads the command
// line, opens the store (asking the person when it cannot be opened) and shows the window.
#include "gui/app/AppOptions.h"
#include "gui/app/AppSettings.h"
#include "gui/app/MainWindow.h"
#include "gui/app/MessageBoxPrompter.h"
#include "gui/app/StoreOpener.h"
#include "gui/app/Workspace.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"

#include <QApplication>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace ahplead;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
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
