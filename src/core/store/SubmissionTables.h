#pragma once

#include "core/assessment/ScoreCard.h"
#include "core/base/Result.h"
#include "core/region/Submission.h"
#include "core/store/Store.h"

#include <optional>
#include <vector>

namespace ahplead {

class AssessmentTables;
class Sql;

// The SQL of the submissions (sent and received), their reviews and review comments, and the
// peer benchmarks a trust received. Store opens the transaction around each change; the
// organisations, the audit log and the assessments' lock come from AssessmentTables. WHAT,
// where asked, words a failure ("the submission could not be recorded").
class SubmissionTables {
public:
    SubmissionTables(Sql &sql, AssessmentTables &assessments);

    // Locks the assessment and records the submission it was sent as.
    Status recordSent(qint64 assessmentId, const Submission &submission, const ScoreCard &card, const QString &actor,
                      const QString &what);
    // Records one received submission, or finds it is a Duplicate; changes nothing unless Imported.
    IncomingResult addIncoming(const IncomingSubmission &incoming, const QString &actor, const QString &what);

    Result<std::vector<SubmissionRecord>> submissions(const QString &direction);
    Result<std::vector<SubmissionScores>> receivedScores(const QString &frameworkId, const QString &frameworkVersion);
    Result<SubmissionRecord> submission(qint64 id);
    Result<std::optional<SubmissionRecord>> submissionByUuid(const QString &uuid);
    Result<QByteArray> submissionContent(qint64 id);

    // Sets the review status (already checked to be one) and the comments, with an audit line.
    // A review as one save makes it (Store::setReview).
    struct ReviewChange {
        QString status;
        std::vector<ReviewComment> comments;
        QString reviewer;
        QDateTime when;
        std::optional<int> openedAt;
    };
    Status setReview(qint64 submissionId, const ReviewChange &change, const QString &what);
    Result<std::vector<ReviewComment>> reviewComments(qint64 submissionId);

    Status addBenchmark(const QString &frameworkId, const QString &frameworkVersion, const QDateTime &createdAt,
                        const QByteArray &content, const QString &actor, const QString &what);
    Result<std::optional<QByteArray>> latestBenchmark(const QString &frameworkId, const QString &frameworkVersion);

private:
    // The submissions that TAIL (the SQL after the FROM clause, with VALUES bound) selects.
    Result<std::vector<SubmissionRecord>> records(const QString &what, const QString &tail, const QVariantList &values);
    // Why CHANGE, opened at an older version, was not saved over a colleague's later review.
    Error changedSince(qint64 submissionId, const ReviewChange &change, const QString &what);
    Status writeComments(qint64 submissionId, const std::vector<ReviewComment> &comments, const QString &reviewer,
                         const QString &at, const QString &what);

    Sql &m_sql;
    AssessmentTables &m_assessments;
    const QString m_upsertComment;
};

} // namespace ahplead
