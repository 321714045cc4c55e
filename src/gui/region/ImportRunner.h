#pragma once

#include "core/region/Importer.h"

#include <QObject>
#include <QStringList>

#include <atomic>

class QThread;

namespace ahplead {

class FrameworkLibrary;

// Runs core's Importer on a thread of its own, so the window keeps painting and Cancel
// keeps working while thousands of files are read. The thread opens its own connection to
// the store file (a Qt SQL connection belongs to the thread that made it; SQLite's WAL lets
// the window's connection keep reading meanwhile) and closes it before finished() is sent,
// so whatever the window reads afterwards includes everything imported.
//
// Relies on Importer's public API only: expand(), run() with a Progress callback (return
// false to cancel), and the Report it returns. Files land whole or not at all (Importer).
class ImportRunner : public QObject {
    Q_OBJECT

public:
    // LIBRARY must outlive the runner (the Workspace's frameworks do).
    ImportRunner(QString storePath, const FrameworkLibrary &library, QString actor, QObject *parent = nullptr);
    ~ImportRunner() override;

    // Starts importing FILES (already expanded); progress() and then finished() follow.
    void start(const QStringList &files);
    // Asks the import to stop after the files being read now (they still land whole).
    void cancel() { m_cancel = true; }
    bool cancelRequested() const { return m_cancel; }
    bool running() const;
    // Waits for the thread (when the window closes mid-import, say).
    void wait();

    const Importer::Report &report() const { return m_report; }
    // Set when the store could not be opened for the import (nothing was imported).
    const QString &failure() const { return m_failure; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void work(const QStringList &files);

    QString m_storePath;
    const FrameworkLibrary &m_library;
    QString m_actor;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    Importer::Report m_report;
    QString m_failure;
};

} // namespace ahplead
