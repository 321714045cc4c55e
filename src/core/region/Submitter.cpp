#include "core/region/Submitter.h"

#include "core/assessment/Scorer.h"
#include "core/base/SaveFile.h"
#include "core/region/BusinessCaseMetrics.h"
#include "core/region/SubmissionFile.h"

#include <QUuid>

namespace ahplead {

Status Submitter::includeBusinessCaseMetrics(const Store &store, Submission &submission)
{
    auto latest = BusinessCaseMetrics::latestCaseOf(store, submission.assessment.organisation);
    if (!latest)
        return latest.error();
    if (!latest->has_value())
        return success();
    auto bc = store.businessCase(*latest.value());
    if (!bc)
        return bc.error();
    submission.businessCaseMetrics = BusinessCaseMetrics::of(bc.value());
    submission.businessCaseTitle = bc->title;
    return success();
}

Result<Submission> Submitter::submit(Store &store, const FrameworkLibrary &library, qint64 assessmentId,
                                     const Assessor &submitter, const QString &outputPath)
{
    auto assessment = store.assessment(assessmentId);
    if (!assessment)
        return assessment.error();
    if (assessment->locked)
        return fail(QStringLiteral("Assessment %1 (revision %2) was submitted already; start a new revision to "
                                   "submit changes.")
                        .arg(assessmentId)
                        .arg(assessment->revision));
    const Framework *fw = library.find(assessment->frameworkId, assessment->frameworkVersion);
    if (!fw)
        return fail(QStringLiteral("Assessment %1 uses framework %2 %3, which this version of ahplead does not have.")
                        .arg(assessmentId)
                        .arg(assessment->frameworkId, assessment->frameworkVersion));
    if (submitter.name.trimmed().isEmpty())
        return fail(QStringLiteral("The name of the person submitting is required."));

    Submission s;
    s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.submittedAt = QDateTime::currentDateTimeUtc();
    s.submitter = submitter;
    s.revision = assessment->revision;
    s.assessment = std::move(assessment).value();
    s.assessment.status = QStringLiteral("submitted");
    if (const Status included = includeBusinessCaseMetrics(store, s); !included)
        return included.error();
    const ScoreCard card = Scorer::score(*fw, s.assessment);
    const QByteArray bytes = SubmissionFile::write(s, *fw, card);
    // The digest is part of what the file says; keep the recorded one identical to it.
    s.digest = QString::fromStdString(nlohmann::json::parse(bytes.constData())["digest"].get<std::string>());
    const Status recorded = store.recordSubmission(assessmentId, s, card, submitter.name,
                                                   [&] { return SaveFile::write(outputPath, bytes); });
    if (!recorded)
        return recorded.error();
    return s;
}

} // namespace ahplead
