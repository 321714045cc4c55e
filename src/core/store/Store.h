#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/ScoreCard.h"
#include "core/base/Result.h"
#include "core/region/Submission.h"
#include "core/store/StoreCopy.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace ahplead {

struct BusinessCase;
class AssessmentTables;
class BusinessCaseTables;
class Sql;
class StoreRoles;
class SubmissionTables;

struct AssessmentSummary {
    qint64 id = 0;
    QString title;
    QString status;
    QString frameworkId;
    QString frameworkVersion;
    Organisation organisation;
    QString assessorName;
    QDateTime createdAt;
    QDateTime updatedAt;
    int answered = 0;
    int revision = 1;
    bool locked = false;
    // A rating (one board member's own answers, core/rating): their role, else empty.
    QString raterRole;
};

// One row of the submissions table: a submission this store sent (a trust) or received
// (a region), with its review and its scores in compact form (ScoreSummary).
struct SubmissionRecord {
    qint64 id = 0;
    QString uuid;
    QString direction; // sent, received
    qint64 assessmentId = 0;
    Organisation organisation;
    QString frameworkId;
    QString frameworkVersion;
    int revision = 1;
    QDateTime submittedAt;
    Assessor submitter;
    QString digest;
    QString reviewStatus; // submitted, in_review, accepted, returned
    QString reviewer;
    QDateTime reviewedAt;
    // Raised by every saved review: what setReview checks a review was opened at.
    int reviewVersion = 0;
    std::optional<double> overallScore;
    int overallLevel = -1;
    QString domainScores;
    QString recommendationStatuses;
    QDateTime recordedAt;

    static QStringList reviewStatuses()
    {
        return {QStringLiteral("submitted"), QStringLiteral("in_review"), QStringLiteral("accepted"),
                QStringLiteral("returned")};
    }
};

// What the regional dashboard needs of one received submission, read in bulk: ordered by
// organisation, then by when it was submitted (an ISO 8601 UTC text, which sorts as it reads).
struct SubmissionScores {
    qint64 id = 0;
    qint64 organisationId = 0;
    Organisation organisation;
    int revision = 1;
    QString submittedAt;
    QString reviewStatus;
    std::optional<double> overallScore;
    int overallLevel = -1;
    QString domainScores;
    QString recommendationStatuses;
    QString openActionDates; // "2027-03-31,2026-11-30": target dates of the actions not yet done
};

// A reviewer's comment on a submission: on one domain, or overall (empty domainId).
struct ReviewComment {
    QString domainId;
    QString comment;
    QString author;
    QDateTime updatedAt;
};

// A submission read from a file and scored, ready to be stored by a region.
struct IncomingSubmission {
    Submission submission;
    ScoreCard card;
};

struct IncomingResult {
    enum class Outcome { Imported, Duplicate, Failed };
    Outcome outcome = Outcome::Failed;
    QString message;
    qint64 submissionId = 0;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // create, import, answer, clear_answer, update, delete
    qint64 assessmentId = 0;
    QString questionId;
    QString detail;
    qint64 businessCaseId = 0; // a line about a business case (businessCaseLog), else 0
    // The database user the server knew the change's connection as; empty in a file store (which
    // has no users) and for lines written before version 6.
    QString databaseUser;
};

// One business case in the store, as the list of cases shows it.
struct BusinessCaseSummary {
    qint64 id = 0;
    QString organisation;
    QString title;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// The one way into a store: a SQLite file (WAL, foreign keys on, synchronous=FULL, so an
// acknowledged change survives a crash or power cut) or a shared database on a PostgreSQL
// server (StoreAddress). Every change is one transaction and leaves a line in the audit log.
// No SQL outside src/core/store, and no Qt SQL header in this one: Store owns the connection,
// its transactions and the migrations (StoreSchema), and each method hands the SQL to the class
// for its tables (AssessmentTables, SubmissionTables, BusinessCaseTables), which share one
// statement helper (Sql) and say what differs between the two backends through SqlDialect.
class Store {
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating when ReadWrite and absent or empty) and upgrades the store at PATH, a
    // file or a postgresql:// address (StoreAddress). Fails with a message naming the store for
    // a malformed address, a server that cannot be reached or refuses, a file that is not SQLite
    // or is damaged, a database that belongs to something else, or one written by a newer
    // ahplead. PASSWORD, when given, is used for this connection only and kept nowhere.
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite,
                                               const QString &password = {});
    // $AHPLEAD_STORE, else <AppDataLocation>/ahplead.sqlite.
    static QString defaultPath();
    // Whether MESSAGE, from open(), means the server wants a password that was not given.
    static bool needsPassword(const QString &message);

    // The file or address as given to open().
    const QString &path() const { return m_path; }
    bool shared() const { return m_shared; }
    // The database user the server knows this connection as; empty for a file.
    const QString &databaseUser() const { return m_databaseUser; }
    // Which store, and as whom: "/home/a/ahplead.sqlite" or "postgresql://db/ahplead as alice".
    QString description() const;
    bool readOnly() const { return m_mode == Mode::ReadOnly; }
    // Calls CHANGED, on this thread's event loop, each time another connection commits a change to
    // this shared store (PostgreSQL's LISTEN/NOTIFY, through Qt's driver): a colleague's import or
    // review. False, and CHANGED never called, for a file, which has no such signal.
    bool watchChanges(std::function<void()> changed);
    Result<int> schemaVersion() const;
    // PRAGMA integrity_check: success, or the problems SQLite found.
    Status checkIntegrity() const;

    // The whole store (StoreCopy): the rows in each table; the received submissions whose content
    // no longer matches its digest (empty when all do); a copy of every row into TARGET, a new,
    // empty store, whole or not at all, checked by counts and digests before it is committed.
    Result<std::vector<TableCount>> tableCounts() const;
    Result<QStringList> digestProblems() const;
    Status copyInto(Store &target) const;

    // Adds an assessment with its organisation (matched by ODS code, else by name) and
    // answers, in one transaction. ACTION is recorded in the audit log (create, import,
    // upgrade) with DETAIL (by default the number of answers).
    Result<qint64> addAssessment(const Assessment &assessment, const QString &actor,
                                 const QString &action = QStringLiteral("create"), const QString &detail = {});
    Result<Assessment> assessment(qint64 id) const;
    Result<std::vector<AssessmentSummary>> assessments() const;
    // The assessment of the same organisation (Organisation::sameAs) against the same framework
    // created just before ASSESSMENT, for the comparison on its results; empty when none.
    Result<std::optional<Assessment>> previousAssessment(const Assessment &assessment) const;
    // ORGANISATION's assessment against FRAMEWORKID changed last (a business case's latest board
    // assessment); empty when none.
    Result<std::optional<Assessment>> latestAssessment(const Organisation &organisation,
                                                       const QString &frameworkId) const;
    // The ratings of one board assessment kept in this store (answered here, or imported from
    // the rating files that came back): every assessment whose rating block carries
    // INVITATIONID, oldest first. Ratings are never a previous or latest assessment above.
    Result<std::vector<Assessment>> ratings(const QString &invitationId) const;
    // Title, status, assessor and organisation details of an existing assessment.
    Status updateDetails(const Assessment &assessment, const QString &actor);
    Status deleteAssessment(qint64 id, const QString &actor);

    // One answer, one transaction: the answer, the assessment's updated_at and the audit line.
    // AGREEDFROM, when above 0, is the number of board members' ratings the board agreed the
    // answer from (core/rating): the audit line says so ("agree", "… agreed from 7 ratings").
    Status saveAnswer(qint64 assessmentId, const Answer &answer, const QString &actor, int agreedFrom = 0);
    // TOAGREE, when set, makes the question one the board still has to agree again, with that
    // spread of its members' ratings: Undo of the answer that settled it (saveAnswer drops it).
    Status clearAnswer(qint64 assessmentId, const QString &questionId, const QString &actor,
                       const QString &toAgree = {});
    // The owner, target date, progress and note of one action of the plan, one transaction with
    // its audit line; allowed on a submitted assessment too, as actions are followed up after.
    Status saveAction(qint64 assessmentId, const TrackedAction &action, const QString &actor);
    // The board paper's cover sheet, one transaction with its audit line; allowed on a submitted
    // assessment too, as the paper is put on an agenda after the answers are sent.
    Status saveCover(qint64 assessmentId, const CoverSheet &cover, const QString &actor);

    // ORGANISATION's logo (Organisation::sameAs), a PNG printed on the cover and in the header of
    // its papers; empty when none was chosen. Setting it adds the organisation when it is new; an
    // empty PNG removes it. One transaction with its audit line.
    Result<QByteArray> organisationLogo(const Organisation &organisation) const;
    Status setOrganisationLogo(const Organisation &organisation, const QByteArray &png, const QString &actor);

    Result<std::vector<AuditEntry>> auditLog(std::optional<qint64> assessmentId = std::nullopt) const;

    // Who may do what in a shared store, enforced by the server (StoreRoles): the roles a
    // database user may be given, viewer, reviewer and admin.
    static QStringList roles();
    // Makes the store's group roles and gives them their rights (again, harmlessly, if they are
    // there): `store init`. Needs the store's owner. A file store has no users and says so.
    Status setUpRoles();
    // The server's name for the store's group role ROLE (one of roles()).
    Result<QString> groupRole(const QString &role) const;
    // Gives database user USER the role ROLE in place of any other of this store's, and REGION
    // (empty: national, every region), in one transaction with a line in the audit log. An
    // admin gives viewer and reviewer; only the owner makes admins. A file store says it has no users.
    Status grant(const QString &user, const QString &role, const QString &region, const QString &actor);

    // Copies a (usually submitted, locked) assessment into a new editable revision of the
    // same lineage; returns the new assessment's id.
    Result<qint64> reviseAssessment(qint64 id, const QString &actor);

    // Submits: locks the assessment and records the submission, and WRITEFILE writes the
    // file, all or nothing: if the file cannot be written the store is left unchanged.
    Status recordSubmission(qint64 assessmentId, const Submission &submission, const ScoreCard &card,
                            const QString &actor, const std::function<Status()> &writeFile);

    // A region's import of many files: one transaction for the batch (one disk sync), a
    // savepoint per submission so each lands whole or not at all. A submission whose uuid
    // is already here is a Duplicate and changes nothing.
    std::vector<IncomingResult> addIncomingSubmissions(const std::vector<IncomingSubmission> &batch,
                                                       const QString &actor);

    Result<std::vector<SubmissionRecord>> submissions(const QString &direction = {}) const;
    // Every received submission of one framework version, for the regional dashboard.
    Result<std::vector<SubmissionScores>> receivedScores(const QString &frameworkId,
                                                         const QString &frameworkVersion) const;
    Result<SubmissionRecord> submission(qint64 id) const;
    Result<std::optional<SubmissionRecord>> submissionByUuid(const QString &uuid) const;
    // The canonical content a received submission was imported with (SubmissionFile::fromContent reads it).
    Result<QByteArray> submissionContent(qint64 id) const;

    // Sets the review status and the given comments (an empty comment removes one). OPENEDAT,
    // when given, is the review's version when the reviewer opened it (reviewVersion): if a
    // colleague has saved the review since, nothing is saved and the message says who changed
    // it, when, and to what, beside what this save would have made it.
    Status setReview(qint64 submissionId, const QString &status, const std::vector<ReviewComment> &comments,
                     const QString &reviewer, const QDateTime &when = {}, std::optional<int> openedAt = std::nullopt);
    Result<std::vector<ReviewComment>> reviewComments(qint64 submissionId) const;

    // Peer benchmark files a trust received from its region, kept as they came.
    Status addBenchmark(const QString &frameworkId, const QString &frameworkVersion, const QDateTime &createdAt,
                        const QByteArray &content, const QString &actor);
    // The newest benchmark for the framework version, or nothing.
    Result<std::optional<QByteArray>> latestBenchmark(const QString &frameworkId,
                                                      const QString &frameworkVersion) const;

    // Business cases (BusinessCaseTables), each kept as its canonical JSON
    // (BusinessCaseWriter). A draft need not pass BusinessCaseValidator yet: it is stored and
    // read back as it is, so nothing typed is lost. One transaction and one audit line each;
    // ACTION/WHAT say what changed ("create", "import", "save" with "the preferred option's WTE").
    Result<qint64> addBusinessCase(const BusinessCase &businessCase, const QString &actor,
                                   const QString &action = QStringLiteral("create"));
    Result<std::vector<BusinessCaseSummary>> businessCases() const;
    Result<BusinessCase> businessCase(qint64 id) const;
    Status saveBusinessCase(qint64 id, const BusinessCase &businessCase, const QString &actor,
                            const QString &what = {});
    Status deleteBusinessCase(qint64 id, const QString &actor);
    // The audit lines about business case ID, oldest first.
    Result<std::vector<AuditEntry>> businessCaseLog(qint64 id) const;

private:
    Store(QString path, QString connection, Mode mode);
    // The steps of open() once the connection is made: the tables, the version, the settings.
    Status prepare(const QString &shown);
    // The session as prepare() set it, on a connection opened again after it was lost.
    bool resume(QString *driverText);
    // The refusal of roles and regions by a file store.
    Error noUsers() const;

    QString m_path;
    bool m_shared = false;
    QString m_databaseUser;
    QString m_changeChannel;
    bool m_watching = false;
    QString m_connection;
    Mode m_mode;
    // Made once the connection is open; they go before it closes.
    std::unique_ptr<Sql> m_sql;
    std::unique_ptr<AssessmentTables> m_assessments;
    std::unique_ptr<SubmissionTables> m_submissions;
    std::unique_ptr<BusinessCaseTables> m_businessCases;
    std::unique_ptr<StoreRoles> m_roles;
};

} // namespace ahplead
