#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

namespace ahplead {

// What the command line asks of the app:
//   ahplead [--store FILE] [--settings FILE] [--screenshot DIR [--screenshot-size WxH]]
//           [--quit-after-show]
struct AppOptions {
    QString storePath;               // --store: overrides $AHPLEAD_STORE and the settings
    QString settingsFile;            // --settings: an INI file instead of the user's settings
    QString screenshotDir;           // --screenshot: render the example to PNG files and quit
    QSize screenshotSize{1200, 820}; // --screenshot-size, in logical pixels
    bool quitAfterShow = false;      // --quit-after-show: for start-up benchmarks
    QString error;                   // a usage problem, when not empty

    // Parses ARGS (the first is the program). Handles --help and --version by printing
    // and exiting, as QCommandLineParser does; needs the QApplication to exist.
    static AppOptions parse(const QStringList &args);
    // True when ARGV asks for screenshots: the platform must be chosen before the
    // QApplication exists (offscreen, unless the caller chose one).
    static bool wantsScreenshots(int argc, char **argv);
};

} // namespace ahplead
