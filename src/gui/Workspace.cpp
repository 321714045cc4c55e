#include "Workspace.h"

#include "AssessmentReader.h"
#include "DataPaths.h"
#include "Scorer.h"

#include <QCoreApplication>
#include <QDir>

namespace ahplead {

Workspace::Workspace(std::unique_ptr<Store> store, QObject *parent) : QObject(parent), m_store(std::move(store)) {}

Workspace::~Workspace() = default;

void Workspace::replaceStore(std::unique_ptr<Store> store)
{
    m_store = std::move(store);
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

bool Workspace::sameOrganisation(const Organisation &a, const Organisation &b)
{
    const QString codeA = a.odsCode.trimmed();
    const QString codeB = b.odsCode.trimmed();
    if (!codeA.isEmpty() || !codeB.isEmpty())
        return codeA.compare(codeB, Qt::CaseInsensitive) == 0;
    return a.name.trimmed().compare(b.name.trimmed(), Qt::CaseInsensitive) == 0;
}

std::optional<Assessment> Workspace::previousOf(const Assessment &assessment)
{
    auto list = m_store->assessments();
    if (!list)
        return std::nullopt;
    const AssessmentSummary *best = nullptr;
    for (const AssessmentSummary &s : list.value()) {
        if (s.id == assessment.id || s.frameworkId != assessment.frameworkId ||
            !sameOrganisation(s.organisation, assessment.organisation))
            continue;
        const bool earlier =
            s.createdAt < assessment.createdAt || (s.createdAt == assessment.createdAt && s.id < assessment.id);
        if (!earlier)
            continue;
        if (!best || s.createdAt > best->createdAt || (s.createdAt == best->createdAt && s.id > best->id))
            best = &s;
    }
    if (!best)
        return std::nullopt;
    auto previous = m_store->assessment(best->id);
    if (!previous)
        return std::nullopt;
    return std::move(previous.value());
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
