#include "gui/region/ImportRunner.h"

#include "core/assessment/FrameworkLibrary.h"
#include "core/store/Store.h"

#include <QThread>

namespace ahplead {

ImportRunner::ImportRunner(QString storePath, const FrameworkLibrary &library, QString actor, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_library(library), m_actor(std::move(actor))
{
}

ImportRunner::~ImportRunner()
{
    cancel();
    wait();
}

void ImportRunner::start(const QStringList &files)
{
    Q_ASSERT(!m_thread);
    m_cancel = false;
    m_thread = QThread::create([this, files] { work(files); });
    m_thread->setObjectName(QStringLiteral("ahplead-import"));
    // Sent on this (the window's) thread once the worker has finished and closed the store.
    connect(
        m_thread, &QThread::finished, this,
        [this] {
            wait();
            emit finished();
        },
        Qt::QueuedConnection);
    m_thread->start();
}

bool ImportRunner::running() const
{
    return m_thread && !m_thread->isFinished();
}

void ImportRunner::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void ImportRunner::work(const QStringList &files)
{
    // The connection is made, used and closed on this thread.
    auto store = Store::open(m_storePath);
    if (!store) {
        m_failure = store.message();
        return;
    }
    Importer importer(*store.value(), m_library, m_actor);
    m_report = importer.run(files, [this](int done, int total) {
        emit progress(done, total);
        return !m_cancel.load();
    });
}

} // namespace ahplead
