#include "gui/app/Workspace.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/base/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>

namespace ahplead {

Workspace::Workspace(std::unique_ptr<Store> store, QObject *parent) : QObject(parent), m_store(std::move(store))
{
    m_changes = new QTimer(this);
    m_changes->setSingleShot(true);
    m_changes->setInterval(250);
    connect(m_changes, &QTimer::timeout, this, [this] {
        emit changedElsewhere();
        emit assessmentsChanged();
    });
    watch();
}

void Workspace::watch()
{
    // A burst of commits (an import lands in chunks) becomes one re-read.
    m_store->watchChanges([timer = QPointer<QTimer>(m_changes)] {
        if (timer)
            timer->start();
    });
}

Workspace::~Workspace() = default;

void Workspace::replaceStore(std::unique_ptr<Store> store)
{
    m_store = std::move(store);
    watch();
    emit storeReplaced();
    emit assessmentsChanged();
}

const FrameworkLibrary *Workspace::frameworks()
{
    if (!m_frameworks && m_frameworksError.isEmpty()) {
        auto loaded = FrameworkLibrary::loadBundled();
        if (loaded)
            m_frameworks = std::move(loaded.value());
        else
            m_frameworksError = loaded.message();
    }
    return m_frameworks ? &*m_frameworks : nullptr;
}

const Framework *Workspace::framework(const QString &id, const QString &version)
{
    const FrameworkLibrary *library = frameworks();
    return library ? library->find(id, version) : nullptr;
}

Result<qint64> Workspace::importFile(const QString &path, const QString &actor)
{
    const FrameworkLibrary *library = frameworks();
    if (!library)
        return fail(m_frameworksError);
    auto assessment = AssessmentReader::read(path, *library);
    if (!assessment)
        return assessment.error();
    auto id = m_store->addAssessment(assessment.value(), actor, QStringLiteral("import"));
    if (id)
        emit assessmentsChanged();
    return id;
}

Result<qint64> Workspace::importExample(const QString &kind, const QString &actor)
{
    return importFile(DataPaths::examplesDir() + QLatin1Char('/') + kind + QStringLiteral("-example.json"), actor);
}

std::optional<Assessment> Workspace::previousOf(const Assessment &assessment)
{
    // A board member rates on their own: the board's answers, shown as "previous", would sway them.
    if (assessment.rating)
        return std::nullopt;
    // A store that cannot be read offers no comparison; the results page shows without one.
    auto previous = m_store->previousAssessment(assessment);
    return previous ? std::move(previous).value() : std::nullopt;
}

Result<ScoreCard> Workspace::score(const Assessment &assessment)
{
    const Framework *fw = framework(assessment.frameworkId, assessment.frameworkVersion);
    if (!fw)
        return fail(QCoreApplication::translate("Workspace", "The framework %1 %2 is not available in this version "
                                                             "of ahplead.")
                        .arg(assessment.frameworkId, assessment.frameworkVersion));
    return Scorer::score(*fw, assessment);
}

} // namespace ahplead
