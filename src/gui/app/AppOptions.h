#pragma once

#include <QString>
#include <QStringList>

namespace ahplead {

// What the command line asks of the app:
//   ahplead [--store FILE] [--settings FILE] [--quit-after-show]
struct AppOptions {
    QString storePath;          // --store: overrides $AHPLEAD_STORE and the settings
    QString settingsFile;       // --settings: an INI file instead of the user's settings
    bool quitAfterShow = false; // --quit-after-show: for start-up benchmarks
    QString error;              // a usage problem, when not empty

    // Parses ARGS (the first is the program). Handles --help and --version by printing
    // and exiting, as QCommandLineParser does; needs the QApplication to exist.
    static AppOptions parse(const QStringList &args);
};

} // namespace ahplead
