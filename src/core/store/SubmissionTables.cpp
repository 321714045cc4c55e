#include "core/store/SubmissionTables.h"

#include "core/assessment/ScoreSummary.h"
#include "core/store/AssessmentTables.h"
#include "core/store/Sql.h"

namespace ahplead {

namespace {

const char *const submissionColumns =
    "SELECT s.id, s.uuid, s.direction, coalesce(s.assessment_id, 0), o.name, o.ods_code, o.ics, o.region, o.type, "
    "s.framework_id, s.framework_version, s.revision, s.submitted_at, s.submitter_name, s.submitter_role, s.digest, "
    "s.review_status, s.reviewer, s.reviewed_at, s.overall_score, s.overall_level, s.domain_scores, "
    "s.recommendation_statuses, s.recorded_at, s.review_version "
    "FROM submissions s JOIN organisations o ON o.id = s.organisation_id";

SubmissionRecord readSubmission(const QSqlQuery &q)
{
    SubmissionRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.direction = q.value(2).toString();
    r.assessmentId = q.value(3).toLongLong();
    r.organisation = AssessmentTables::readOrganisation(q, 4);
    r.frameworkId = q.value(9).toString();
    r.frameworkVersion = q.value(10).toString();
    r.revision = q.value(11).toInt();
    r.submittedAt = Sql::parseStamp(q.value(12));
    r.submitter = {q.value(13).toString(), q.value(14).toString()};
    r.digest = q.value(15).toString();
    r.reviewStatus = q.value(16).toString();
    r.reviewer = q.value(17).toString();
    r.reviewedAt = Sql::parseStamp(q.value(18));
    if (!q.value(19).isNull())
        r.overallScore = q.value(19).toDouble();
    r.overallLevel = q.value(20).toInt();
    r.domainScores = q.value(21).toString();
    r.recommendationStatuses = q.value(22).toString();
    r.recordedAt = Sql::parseStamp(q.value(23));
    r.reviewVersion = q.value(24).toInt();
    return r;
}

SubmissionScores readScores(const QSqlQuery &q)
{
    SubmissionScores r;
    r.id = q.value(0).toLongLong();
    r.organisationId = q.value(1).toLongLong();
    r.organisation = AssessmentTables::readOrganisation(q, 2);
    r.revision = q.value(7).toInt();
    r.submittedAt = q.value(8).toString();
    r.reviewStatus = q.value(9).toString();
    if (!q.value(10).isNull())
        r.overallScore = q.value(10).toDouble();
    r.overallLevel = q.value(11).toInt();
    r.domainScores = q.value(12).toString();
    r.recommendationStatuses = q.value(13).toString();
    r.openActionDates = q.value(14).toString();
    return r;
}

// "2027-03-31,2026-11-30": the target dates of the actions not done, so the dashboard counts
// what is overdue on the day it is looked at without reading every file (schema version 7).
QString openActionDates(const Assessment &a)
{
    QStringList dates;
    for (const TrackedAction &action : a.actions)
        if (action.targetDate.isValid() && action.status != TrackedAction::Status::Done)
            dates << action.targetDate.toString(Qt::ISODate);
    dates.sort();
    return dates.join(QLatin1Char(','));
}

QVariant overallScore(const ScoreCard &card)
{
    return card.overallScore ? QVariant(*card.overallScore) : QVariant();
}

} // namespace

SubmissionTables::SubmissionTables(Sql &sql, AssessmentTables &assessments)
    : m_sql(sql), m_assessments(assessments),
      m_upsertComment(
          QStringLiteral("INSERT INTO review_comments (submission_id, domain_id, comment, author, "
                         "updated_at) VALUES (?, ?, ?, ?, ?)") +
          sql.dialect().upsert({QStringLiteral("submission_id"), QStringLiteral("domain_id")},
                               {QStringLiteral("comment"), QStringLiteral("author"), QStringLiteral("updated_at")}))
{
}

Status SubmissionTables::recordSent(qint64 assessmentId, const Submission &submission, const ScoreCard &card,
                                    const QString &actor, const QString &what)
{
    auto orgId = m_assessments.organisationId(submission.assessment.organisation, what);
    if (!orgId)
        return orgId.error();
    if (Status locked = m_assessments.markSubmitted(assessmentId, what); !locked)
        return locked;
    const ScoreSummary summary = ScoreSummary::fromCard(card);
    auto recorded = m_sql.insert(
        what,
        QStringLiteral("INSERT INTO submissions (uuid, direction, assessment_id, organisation_id, framework_id, "
                       "framework_version, revision, submitted_at, submitter_name, submitter_role, digest, "
                       "overall_score, overall_level, domain_scores, recommendation_statuses, recorded_at) "
                       "VALUES (?, 'sent', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {submission.uuid, assessmentId, orgId.value(), submission.assessment.frameworkId,
         submission.assessment.frameworkVersion, submission.revision, Sql::stamp(submission.submittedAt),
         submission.submitter.name, submission.submitter.role, submission.digest, overallScore(card), card.overallLevel,
         summary.encodeDomains(), summary.encodeStatuses(), Sql::now()});
    if (!recorded)
        return recorded.error();
    return m_assessments.audit(what, actor, QStringLiteral("submit"), assessmentId, {},
                               QStringLiteral("submission %1").arg(submission.uuid));
}

IncomingResult SubmissionTables::addIncoming(const IncomingSubmission &incoming, const QString &actor,
                                             const QString &what)
{
    const Submission &s = incoming.submission;
    IncomingResult result;
    QString recordedAt;
    auto found = m_sql.select(what, QStringLiteral("SELECT recorded_at FROM submissions WHERE uuid = ?"), {s.uuid},
                              [&](const QSqlQuery &q) { recordedAt = q.value(0).toString(); });
    if (!found) {
        result.message = found.message();
        return result;
    }
    if (found.value() > 0) {
        result.outcome = IncomingResult::Outcome::Duplicate;
        result.message = QStringLiteral("submission %1 was already imported on %2")
                             .arg(s.uuid, Sql::parseStamp(recordedAt).toString(QStringLiteral("d MMMM yyyy")));
        return result;
    }
    auto orgId = m_assessments.organisationId(s.assessment.organisation, what);
    if (!orgId) {
        result.message = orgId.message();
        return result;
    }
    const ScoreSummary summary = ScoreSummary::fromCard(incoming.card);
    auto id = m_sql.insert(
        what,
        QStringLiteral("INSERT INTO submissions (uuid, direction, organisation_id, framework_id, framework_version, "
                       "revision, submitted_at, submitter_name, submitter_role, digest, overall_score, overall_level, "
                       "domain_scores, recommendation_statuses, content, recorded_at, open_action_dates) "
                       "VALUES (?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.uuid, orgId.value(), s.assessment.frameworkId, s.assessment.frameworkVersion, s.revision,
         Sql::stamp(s.submittedAt), s.submitter.name, s.submitter.role, s.digest, overallScore(incoming.card),
         incoming.card.overallLevel, summary.encodeDomains(), summary.encodeStatuses(), m_sql.dialect().blob(s.content),
         Sql::now(), openActionDates(s.assessment)});
    if (!id) {
        result.message = id.message();
        return result;
    }
    result.submissionId = id.value();
    if (Status logged = m_assessments.audit(what, actor, QStringLiteral("import_submission"), 0, {},
                                            QStringLiteral("submission %1 from %2").arg(s.uuid, s.submitter.name));
        !logged) {
        result.message = logged.message();
        return result;
    }
    result.outcome = IncomingResult::Outcome::Imported;
    return result;
}

Result<std::vector<SubmissionRecord>> SubmissionTables::records(const QString &what, const QString &tail,
                                                                const QVariantList &values)
{
    std::vector<SubmissionRecord> list;
    auto read = m_sql.select(what, QString::fromLatin1(submissionColumns) + tail, values,
                             [&](const QSqlQuery &q) { list.push_back(readSubmission(q)); });
    if (!read)
        return read.error();
    return list;
}

Result<std::vector<SubmissionRecord>> SubmissionTables::submissions(const QString &direction)
{
    return records(QStringLiteral("the submissions could not be read"),
                   (direction.isEmpty() ? QString() : QStringLiteral(" WHERE s.direction = ?")) +
                       QStringLiteral(" ORDER BY ") + m_sql.dialect().orderIgnoringCase(QStringLiteral("o.name")) +
                       QStringLiteral(", s.submitted_at, s.id"),
                   direction.isEmpty() ? QVariantList{} : QVariantList{direction});
}

Result<std::vector<SubmissionScores>> SubmissionTables::receivedScores(const QString &frameworkId,
                                                                       const QString &frameworkVersion)
{
    std::vector<SubmissionScores> rows;
    auto read = m_sql.select(
        QStringLiteral("the submissions could not be read"),
        QStringLiteral("SELECT s.id, s.organisation_id, o.name, o.ods_code, o.ics, o.region, o.type, s.revision, "
                       "s.submitted_at, s.review_status, s.overall_score, s.overall_level, s.domain_scores, "
                       "s.recommendation_statuses, s.open_action_dates FROM submissions s "
                       "JOIN organisations o ON o.id = s.organisation_id "
                       "WHERE s.direction = 'received' AND s.framework_id = ? AND s.framework_version = ? "
                       "ORDER BY s.organisation_id, s.submitted_at, s.revision, s.id"),
        {frameworkId, frameworkVersion}, [&](const QSqlQuery &q) { rows.push_back(readScores(q)); });
    if (!read)
        return read.error();
    return rows;
}

Result<SubmissionRecord> SubmissionTables::submission(qint64 id)
{
    auto found = records(QStringLiteral("the submission could not be read"), QStringLiteral(" WHERE s.id = ?"), {id});
    if (!found)
        return found.error();
    if (found->empty())
        return m_sql.missing(QStringLiteral("submission"), id);
    return found->front();
}

Result<std::optional<SubmissionRecord>> SubmissionTables::submissionByUuid(const QString &uuid)
{
    auto found =
        records(QStringLiteral("the submission could not be read"), QStringLiteral(" WHERE s.uuid = ?"), {uuid});
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<SubmissionRecord>();
    return std::optional<SubmissionRecord>(found->front());
}

Result<QByteArray> SubmissionTables::submissionContent(qint64 id)
{
    QByteArray content;
    auto read = m_sql.select(QStringLiteral("the submission could not be read"),
                             QStringLiteral("SELECT content FROM submissions WHERE id = ?"), {id},
                             [&](const QSqlQuery &q) { content = m_sql.dialect().blobBytes(q.value(0)); });
    if (!read)
        return read.error();
    if (read.value() == 0)
        return m_sql.missing(QStringLiteral("submission"), id);
    if (content.isEmpty())
        return fail(QStringLiteral("Submission %1 was sent from this store; its assessment is assessment %2.")
                        .arg(id)
                        .arg(submission(id)->assessmentId));
    return content;
}

Status SubmissionTables::writeComments(qint64 submissionId, const std::vector<ReviewComment> &comments,
                                       const QString &reviewer, const QString &at, const QString &what)
{
    for (const ReviewComment &c : comments) {
        // An empty comment removes the one there was.
        auto written =
            c.comment.trimmed().isEmpty()
                ? m_sql.change(what,
                               QStringLiteral("DELETE FROM review_comments WHERE submission_id = ? "
                                              "AND domain_id = ?"),
                               {submissionId, c.domainId})
                : m_sql.change(what, m_upsertComment,
                               {submissionId, c.domainId, c.comment, c.author.isEmpty() ? reviewer : c.author,
                                c.updatedAt.isValid() ? Sql::stamp(c.updatedAt) : at});
        if (!written)
            return written.error();
    }
    return success();
}

Error SubmissionTables::changedSince(qint64 submissionId, const ReviewChange &change, const QString &what)
{
    SubmissionRecord now;
    auto read =
        m_sql.select(what, QStringLiteral("SELECT reviewer, reviewed_at, review_status FROM submissions WHERE id = ?"),
                     {submissionId}, [&](const QSqlQuery &q) {
                         now.reviewer = q.value(0).toString();
                         now.reviewedAt = Sql::parseStamp(q.value(1));
                         now.reviewStatus = q.value(2).toString();
                     });
    if (!read)
        return read.error();
    if (read.value() == 0)
        return m_sql.missing(QStringLiteral("submission"), submissionId);
    auto theirs = reviewComments(submissionId);
    const auto commentCount = [](std::size_t n) {
        return n == 1 ? QStringLiteral("1 comment") : QStringLiteral("%1 comments").arg(n);
    };
    // One pass: the store's address may hold a % of its own (%3D), which a later arg() would fill.
    return fail(QStringLiteral("%1: %2: %3 changed the review of submission %4 on %5, after you opened it. Theirs: "
                               "%6, %7. Yours: %8, %9. Nothing of yours was saved; open the submission again to "
                               "see their review, then make your change to it.")
                    .arg(m_sql.shownPath(), what, now.reviewer.isEmpty() ? QStringLiteral("Someone") : now.reviewer,
                         QString::number(submissionId),
                         now.reviewedAt.toLocalTime().toString(QStringLiteral("d MMMM yyyy 'at' HH:mm")),
                         now.reviewStatus, theirs ? commentCount(theirs->size()) : QStringLiteral("its comments"),
                         change.status, commentCount(change.comments.size())));
}

Status SubmissionTables::setReview(qint64 submissionId, const ReviewChange &change, const QString &what)
{
    const QString at = Sql::stamp(change.when);
    // Compared and raised in one statement: of two reviewers saving at once, one wins, the other
    // is told (the store's writer lock orders them).
    const int opened = change.openedAt.value_or(-1);
    auto updated =
        m_sql.change(what,
                     QStringLiteral("UPDATE submissions SET review_status = ?, reviewer = ?, reviewed_at = ?, "
                                    "review_version = review_version + 1 WHERE id = ? "
                                    "AND (? < 0 OR review_version = ?)"),
                     {change.status, change.reviewer, at, submissionId, opened, opened});
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return changedSince(submissionId, change, what);
    if (Status written = writeComments(submissionId, change.comments, change.reviewer, at, what); !written)
        return written;
    qint64 owner = 0;
    auto read = m_sql.select(what, QStringLiteral("SELECT coalesce(assessment_id, 0) FROM submissions WHERE id = ?"),
                             {submissionId}, [&](const QSqlQuery &q) { owner = q.value(0).toLongLong(); });
    if (!read)
        return read.error();
    if (read.value() == 0)
        return m_sql.error(what, {});
    return m_assessments.audit(what, change.reviewer, QStringLiteral("review"), owner, {},
                               QStringLiteral("submission %1: %2, %3 comments")
                                   .arg(submissionId)
                                   .arg(change.status)
                                   .arg(change.comments.size()));
}

Result<std::vector<ReviewComment>> SubmissionTables::reviewComments(qint64 submissionId)
{
    std::vector<ReviewComment> list;
    auto read = m_sql.select(QStringLiteral("the review comments could not be read"),
                             QStringLiteral("SELECT domain_id, comment, author, updated_at FROM review_comments "
                                            "WHERE submission_id = ? ORDER BY domain_id"),
                             {submissionId}, [&](const QSqlQuery &q) {
                                 list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                 Sql::parseStamp(q.value(3))});
                             });
    if (!read)
        return read.error();
    return list;
}

Status SubmissionTables::addBenchmark(const QString &frameworkId, const QString &frameworkVersion,
                                      const QDateTime &createdAt, const QByteArray &content, const QString &actor,
                                      const QString &what)
{
    // Kept as text, as benchmarks always have been: they are few and small.
    auto added =
        m_sql.insert(what,
                     QStringLiteral("INSERT INTO benchmarks (framework_id, framework_version, created_at, "
                                    "imported_at, content) VALUES (?, ?, ?, ?, ?)"),
                     {frameworkId, frameworkVersion, Sql::stamp(createdAt), Sql::now(), QString::fromUtf8(content)});
    if (!added)
        return added.error();
    return m_assessments.audit(what, actor, QStringLiteral("import_benchmark"), 0, {},
                               frameworkId + QLatin1Char(' ') + frameworkVersion);
}

Result<std::optional<QByteArray>> SubmissionTables::latestBenchmark(const QString &frameworkId,
                                                                    const QString &frameworkVersion)
{
    std::optional<QByteArray> latest;
    auto read = m_sql.select(QStringLiteral("the benchmark could not be read"),
                             QStringLiteral("SELECT content FROM benchmarks WHERE framework_id = ? AND "
                                            "framework_version = ? ORDER BY created_at DESC, id DESC LIMIT 1"),
                             {frameworkId, frameworkVersion},
                             [&](const QSqlQuery &q) { latest = q.value(0).toString().toUtf8(); });
    if (!read)
        return read.error();
    return latest;
}

} // namespace ahplead
