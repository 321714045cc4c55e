#include "core/store/Store.h"

#include "core/businesscase/BusinessCase.h"
#include "core/store/AssessmentTables.h"
#include "core/store/BusinessCaseTables.h"
#include "core/store/Sql.h"
#include "core/store/SqlErrorText.h"
#include "core/store/SqlTransaction.h"
#include "core/store/StoreAddress.h"
#include "core/store/StoreRoles.h"
#include "core/store/StoreSchema.h"
#include "core/store/SubmissionTables.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

#include <atomic>

namespace ahplead {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("ahplead-store-%1").arg(++counter);
}

// SQLite files start with these 16 bytes; anything else is not a store at all.
bool looksLikeSqlite(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *why = file.errorString();
        return false;
    }
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return true; // an empty file is a new, empty database
    if (header != QByteArray("SQLite format 3\0", 16)) {
        *why = QStringLiteral("it is not a SQLite database (it may be another kind of file, or damaged)");
        return false;
    }
    return true;
}

// Refuses, before SQLite sees it, a path that cannot be opened as a store in MODE.
Status checkPath(const QString &path, Store::Mode mode)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return fail(QStringLiteral("%1: this is a folder, not a store file").arg(shown));
        QString why;
        if (!looksLikeSqlite(path, &why))
            return fail(QStringLiteral("%1 cannot be opened: %2").arg(shown, why));
    } else if (mode == Store::Mode::ReadOnly) {
        return fail(QStringLiteral("%1: the store does not exist").arg(shown));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(QStringLiteral("%1: the folder %2 cannot be created").arg(shown, info.absolutePath()));
    }
    if (mode == Store::Mode::ReadWrite && info.exists() && !info.isWritable())
        return fail(QStringLiteral("%1: the store is read-only (you do not have permission to change it). "
                                   "Open it read-only, or choose another file.")
                        .arg(shown));
    return success();
}

// Points DATABASE at PATH with the connection options MODE needs.
void configure(QSqlDatabase &database, const QString &path, Store::Mode mode)
{
    const QFileInfo info(path);
    database.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Store::Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // SQLite cannot open a WAL store read-only in a folder nobody may write (a read-only share
    // or disk): it would need to create the -shm file beside it. A store closed cleanly (no
    // -wal file) holds everything in the file itself, so it is read as immutable: no locks, no
    // -shm (sqlite.org/wal.html#readonly). Found by tests/reliability/FaultTest.cpp.
    const bool readOnlyFolder = mode == Store::Mode::ReadOnly && !QFileInfo(info.absolutePath()).isWritable();
    if (readOnlyFolder && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        database.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                                 QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    database.setConnectOptions(options);
}

// Points DATABASE at the server and database ADDRESS names. libpq reads what the address leaves
// out from its own environment (PGHOST, PGUSER, ~/.pgpass, service files).
void configureServer(QSqlDatabase &database, const StoreAddress &address, const QString &password)
{
    database.setHostName(address.host());
    database.setDatabaseName(address.databaseName());
    database.setUserName(address.userName());
    database.setPassword(password);
    database.setConnectOptions(address.connectOptions());
}

// Runs BODY as one transaction: all of it is committed, or (on any failure) none of it.
template <typename T> Result<T> inTransaction(Sql &sql, const QString &what, const std::function<Result<T>()> &body)
{
    SqlTransaction tx(sql);
    if (!tx.active())
        return sql.failed(what, tx.error());
    Result<T> result = body();
    if (!result)
        return result;
    if (!tx.commit())
        return sql.failed(what, tx.error());
    return result;
}

} // namespace

Store::Store(QString path, QString connection, Mode mode)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_mode(mode)
{
}

Store::~Store()
{
    // The tables and their prepared statements go before the connection they were prepared on.
    m_roles.reset();
    m_businessCases.reset();
    m_submissions.reset();
    m_assessments.reset();
    m_sql.reset();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString Store::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("AHPLEAD_STORE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/ahplead.sqlite");
}

bool Store::needsPassword(const QString &message)
{
    return message.contains(QLatin1String("the server asks for a password and none was given"));
}

QString Store::description() const
{
    const QString shown = m_sql ? m_sql->shownPath() : m_path;
    return m_databaseUser.isEmpty() ? shown : QStringLiteral("%1 as %2").arg(shown, m_databaseUser);
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode, const QString &password)
{
    auto address = StoreAddress::parse(path);
    if (!address)
        return address.error();
    if (!address->server())
        if (Status usable = checkPath(path, mode); !usable)
            return usable.error();
    const QString shown = address->shown();
    const SqlDialect &dialect = address->server() ? SqlDialect::postgres() : SqlDialect::sqlite();
    if (!QSqlDatabase::isDriverAvailable(dialect.driver))
        return fail(QStringLiteral("%1 cannot be opened: this computer lacks Qt's %2 driver (on Debian, the package "
                                   "libqt6sql6-psql). Ask your IT team to install it")
                        .arg(shown, dialect.name));
    std::unique_ptr<Store> store(new Store(path, nextConnectionName(), mode));
    store->m_shared = address->server();
    QSqlDatabase database = QSqlDatabase::addDatabase(dialect.driver, store->m_connection);
    if (address->server())
        configureServer(database, address.value(), password);
    else
        configure(database, path, mode);
    if (!database.open()) {
        const QString why = database.lastError().text();
        return fail(
            QStringLiteral("%1 cannot be opened: %2").arg(shown, address->server() ? SqlErrorText::plain(why) : why));
    }
    store->m_sql = std::make_unique<Sql>(database, shown, dialect);
    store->m_assessments = std::make_unique<AssessmentTables>(*store->m_sql);
    store->m_submissions = std::make_unique<SubmissionTables>(*store->m_sql, *store->m_assessments);
    store->m_businessCases = std::make_unique<BusinessCaseTables>(*store->m_sql, *store->m_assessments);
    store->m_roles = std::make_unique<StoreRoles>(*store->m_sql, *store->m_assessments);
    store->m_sql->setReopened([raw = store.get()](QString *driverText) { return raw->resume(driverText); });
    if (Status prepared = store->prepare(shown); !prepared)
        return prepared.error();
    return store;
}

Status Store::prepare(const QString &shown)
{
    const SqlDialect &dialect = m_sql->dialect();
    QSqlDatabase database = m_sql->database();
    // Reading the schema touches the first pages, so a damaged file fails here, not later.
    QSqlQuery q(database);
    if (!q.exec(dialect.listTables))
        return fail(QStringLiteral("%1 cannot be opened: %2").arg(shown, SqlErrorText::plain(q.lastError().text())));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    if (m_shared && q.exec(QStringLiteral("SELECT current_user")) && q.next())
        m_databaseUser = q.value(0).toString();
    if (!dialect.changeChannel.isEmpty() && q.exec(dialect.changeChannel) && q.next())
        m_changeChannel = q.value(0).toString();

    auto version = StoreSchema::version(*m_sql);
    if (!version)
        return fail(QStringLiteral("%1 cannot be opened: %2").arg(shown, version.message()));
    if (version.value() > StoreSchema::CurrentVersion)
        return fail(QStringLiteral("%1 was written by a newer version of ahplead (store version %2; this version "
                                   "reads up to %3). Update ahplead, or choose another %4.")
                        .arg(shown, QString::number(version.value()), QString::number(StoreSchema::CurrentVersion),
                             m_shared ? QStringLiteral("store") : QStringLiteral("file")));
    if (version.value() == 0 && !tables.isEmpty())
        return fail(
            m_shared
                ? QStringLiteral("%1 is a PostgreSQL database, but not an ahplead store (it holds other "
                                 "tables). Check the address, or ask your IT team for a database of "
                                 "ahplead's own")
                      .arg(shown)
                : QStringLiteral("%1 is a SQLite database, but not an ahplead store; choose another file").arg(shown));

    for (const QString &statement : dialect.onOpen)
        if (!q.exec(statement))
            return fail(QStringLiteral("%1: %2").arg(shown, SqlErrorText::plain(q.lastError().text())));
    if (m_mode == Mode::ReadOnly) {
        for (const QString &statement : dialect.onOpenReadOnly)
            if (!q.exec(statement))
                return fail(QStringLiteral("%1: %2").arg(shown, SqlErrorText::plain(q.lastError().text())));
        if (version.value() < StoreSchema::CurrentVersion)
            return fail(QStringLiteral("%1 is an older store that must be upgraded before use, and it is open "
                                       "read-only; open it with write access once to upgrade it")
                            .arg(shown));
        return success();
    }
    for (const QString &statement : dialect.onOpenForWriting)
        if (!q.exec(statement))
            return fail(QStringLiteral("%1 cannot be opened for writing: %2").arg(shown, q.lastError().text()));
    Status migrated = StoreSchema::migrate(*m_sql);
    // The roles' part of a step (StoreRoles::setUp) names the store already; the rest is the driver's.
    if (!migrated)
        return fail(migrated.message().startsWith(shown + QLatin1Char(':'))
                        ? migrated.message()
                        : QStringLiteral("%1: %2").arg(shown, SqlErrorText::plain(migrated.message())));
    return success();
}

bool Store::resume(QString *driverText)
{
    QSqlQuery q(m_sql->database());
    QStringList statements = m_sql->dialect().onOpen;
    if (m_mode == Mode::ReadOnly)
        statements << m_sql->dialect().onOpenReadOnly;
    for (const QString &statement : statements)
        if (!q.exec(statement)) {
            *driverText = q.lastError().text();
            return false;
        }
    // The driver forgets what it listened for when its connection closes.
    if (m_watching && !m_sql->database().driver()->subscribeToNotification(m_changeChannel)) {
        *driverText = m_sql->database().driver()->lastError().text();
        return false;
    }
    return true;
}

bool Store::watchChanges(std::function<void()> changed)
{
    if (m_changeChannel.isEmpty())
        return false;
    QSqlDriver *driver = m_sql->database().driver();
    if (m_watching || !driver->subscribeToNotification(m_changeChannel))
        return false;
    m_watching = true;
    // This connection's own changes are announced to it too; whoever made them knows already.
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [channel = m_changeChannel, changed = std::move(changed)](
                         const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (name == channel && source == QSqlDriver::OtherSource)
                             changed();
                     });
    return true;
}

Result<int> Store::schemaVersion() const
{
    return StoreSchema::version(*m_sql);
}

Status Store::checkIntegrity() const
{
    QStringList problems;
    auto checked = m_sql->select(QStringLiteral("integrity check failed"), m_sql->dialect().integrityCheck, {},
                                 [&](const QSqlQuery &row) { problems << row.value(0).toString(); });
    if (!checked)
        return checked.error();
    if (problems == QStringList{QStringLiteral("ok")})
        return success();
    return m_sql->error(QStringLiteral("the store is damaged"), problems.join(QStringLiteral("; ")));
}

Result<std::vector<TableCount>> Store::tableCounts() const
{
    return StoreCopy::counts(*m_sql);
}

Result<QStringList> Store::digestProblems() const
{
    return StoreCopy::digestProblems(*m_sql);
}

Status Store::copyInto(Store &target) const
{
    if (target.readOnly())
        return fail(QStringLiteral("%1 is open read-only; nothing can be copied into it").arg(target.description()));
    return StoreCopy::copy(*m_sql, *target.m_sql);
}

// Assessments, answers and the audit log.

Result<qint64> Store::addAssessment(const Assessment &assessment, const QString &actor, const QString &action,
                                    const QString &detail)
{
    const QString what = QStringLiteral("the assessment could not be saved");
    return inTransaction<qint64>(*m_sql, what,
                                 [&] { return m_assessments->add(assessment, actor, action, what, detail); });
}

Result<Assessment> Store::assessment(qint64 id) const
{
    return m_assessments->assessment(id);
}

Result<std::vector<AssessmentSummary>> Store::assessments() const
{
    return m_assessments->assessments();
}

namespace {

Result<std::optional<Assessment>> loaded(const Store &store, const Result<std::optional<qint64>> &id)
{
    if (!id)
        return id.error();
    if (!id.value())
        return std::optional<Assessment>();
    auto assessment = store.assessment(*id.value());
    if (!assessment)
        return assessment.error();
    return std::optional<Assessment>(std::move(assessment).value());
}

} // namespace

Result<std::optional<Assessment>> Store::previousAssessment(const Assessment &assessment) const
{
    return loaded(*this, m_assessments->previousOf(assessment.organisation, assessment.frameworkId,
                                                   AssessmentTables::Created{assessment.createdAt, assessment.id},
                                                   QStringLiteral("the previous assessment could not be read")));
}

Result<std::optional<Assessment>> Store::latestAssessment(const Organisation &organisation,
                                                          const QString &frameworkId) const
{
    return loaded(*this, m_assessments->lastChangedOf(organisation, frameworkId,
                                                      QStringLiteral("the latest assessment could not be read")));
}

Result<std::vector<Assessment>> Store::ratings(const QString &invitationId) const
{
    auto ids = m_assessments->ratingIds(invitationId, QStringLiteral("the board's ratings could not be read"));
    if (!ids)
        return ids.error();
    std::vector<Assessment> found;
    for (qint64 id : ids.value()) {
        auto read = assessment(id);
        if (!read)
            return read.error();
        if (read.value().rating && read.value().rating->invitationId == invitationId)
            found.push_back(std::move(read).value());
    }
    return found;
}

Status Store::updateDetails(const Assessment &assessment, const QString &actor)
{
    const QString what = QStringLiteral("the assessment details could not be saved");
    if (Status editable = m_assessments->requireEditable(assessment.id); !editable)
        return editable;
    return inTransaction<Done>(*m_sql, what, [&] { return m_assessments->updateDetails(assessment, actor, what); });
}

Status Store::deleteAssessment(qint64 id, const QString &actor)
{
    const QString what = QStringLiteral("the assessment could not be deleted");
    return inTransaction<Done>(*m_sql, what, [&] { return m_assessments->remove(id, actor, what); });
}

Status Store::saveAnswer(qint64 assessmentId, const Answer &answer, const QString &actor, int agreedFrom)
{
    const QString what = QStringLiteral("the answer to %1 could not be saved").arg(answer.questionId);
    if (Status editable = m_assessments->requireEditable(assessmentId); !editable)
        return editable;
    return inTransaction<Done>(
        *m_sql, what, [&] { return m_assessments->saveAnswer(assessmentId, answer, actor, what, agreedFrom); });
}

Status Store::clearAnswer(qint64 assessmentId, const QString &questionId, const QString &actor, const QString &toAgree)
{
    const QString what = QStringLiteral("the answer to %1 could not be cleared").arg(questionId);
    if (Status editable = m_assessments->requireEditable(assessmentId); !editable)
        return editable;
    return inTransaction<Done>(
        *m_sql, what, [&] { return m_assessments->clearAnswer(assessmentId, questionId, actor, what, toAgree); });
}

Status Store::saveAction(qint64 assessmentId, const TrackedAction &action, const QString &actor)
{
    // Not refused on a submitted (locked) assessment: its answers are what was sent, but its
    // actions are followed up after the paper has gone, and the file sent keeps what it held.
    const QString what = QStringLiteral("the action for %1 could not be saved").arg(action.recommendationId);
    return inTransaction<Done>(*m_sql, what,
                               [&] { return m_assessments->saveAction(assessmentId, action, actor, what); });
}

Status Store::saveCover(qint64 assessmentId, const CoverSheet &cover, const QString &actor)
{
    // Like actions, not refused on a submitted assessment: the paper goes to the board after.
    const QString what = QStringLiteral("the board paper's cover sheet could not be saved");
    return inTransaction<Done>(*m_sql, what,
                               [&] { return m_assessments->saveCover(assessmentId, cover, actor, what); });
}

Result<QByteArray> Store::organisationLogo(const Organisation &organisation) const
{
    return m_assessments->logo(organisation, QStringLiteral("the organisation's logo could not be read"));
}

Status Store::setOrganisationLogo(const Organisation &organisation, const QByteArray &png, const QString &actor)
{
    const QString what = QStringLiteral("the organisation's logo could not be saved");
    return inTransaction<Done>(*m_sql, what, [&] { return m_assessments->setLogo(organisation, png, actor, what); });
}

Result<std::vector<AuditEntry>> Store::auditLog(std::optional<qint64> assessmentId) const
{
    return m_assessments->auditLog(assessmentId);
}

Result<qint64> Store::reviseAssessment(qint64 id, const QString &actor)
{
    const QString what = QStringLiteral("a new revision could not be started");
    auto current = assessment(id);
    if (!current)
        return current.error();
    return inTransaction<qint64>(*m_sql, what, [&] { return m_assessments->revise(current.value(), id, actor, what); });
}

// Roles and regions.

QStringList Store::roles()
{
    return StoreRoles::names();
}

Error Store::noUsers() const
{
    return fail(QStringLiteral("%1 is a file, and a file store has no users or roles: whoever may read the file may "
                               "look at it, and whoever may write it may change it. Its file permissions decide; for "
                               "roles and regions, move the team to a shared store ('ahplead-cli store copy').")
                    .arg(description()));
}

Status Store::setUpRoles()
{
    if (m_sql->dialect().rolePrefix.isEmpty())
        return noUsers();
    const QString what = QStringLiteral("the store's roles could not be set up");
    return inTransaction<Done>(*m_sql, what, [&] { return StoreRoles::setUp(*m_sql, what); });
}

Result<QString> Store::groupRole(const QString &role) const
{
    if (m_sql->dialect().rolePrefix.isEmpty())
        return noUsers();
    return StoreRoles::groupRole(*m_sql, role, QStringLiteral("the store's roles could not be read"));
}

Status Store::grant(const QString &user, const QString &role, const QString &region, const QString &actor)
{
    if (!roles().contains(role))
        return fail(
            QStringLiteral("\"%1\" is not a role; expected one of %2").arg(role, roles().join(QStringLiteral(", "))));
    if (m_sql->dialect().rolePrefix.isEmpty())
        return noUsers();
    const QString what = QStringLiteral("%1 could not be given the %2 role").arg(user, role);
    return inTransaction<Done>(*m_sql, what, [&] { return m_roles->grant(user, role, region, actor, what); });
}

// Submissions, reviews and benchmarks.

Status Store::recordSubmission(qint64 assessmentId, const Submission &submission, const ScoreCard &card,
                               const QString &actor, const std::function<Status()> &writeFile)
{
    const QString what = QStringLiteral("the submission could not be recorded");
    if (Status editable = m_assessments->requireEditable(assessmentId); !editable)
        return editable;
    return inTransaction<Done>(*m_sql, what, [&]() -> Status {
        if (Status recorded = m_submissions->recordSent(assessmentId, submission, card, actor, what); !recorded)
            return recorded;
        // The file is written inside the transaction: if it fails, nothing was submitted.
        return writeFile();
    });
}

std::vector<IncomingResult> Store::addIncomingSubmissions(const std::vector<IncomingSubmission> &batch,
                                                          const QString &actor)
{
    const QString what = QStringLiteral("the submission could not be saved");
    std::vector<IncomingResult> results(batch.size());
    auto failAll = [&](const Error &error) {
        for (IncomingResult &r : results) {
            r.outcome = IncomingResult::Outcome::Failed;
            r.message = error.message;
        }
        return results;
    };
    SqlTransaction tx(*m_sql);
    if (!tx.active())
        return failAll(m_sql->failed(what, tx.error()));
    // A savepoint per submission, so each lands whole or not at all. Sent as they are, not
    // prepared: PostgreSQL prepares only queries and changes (the submission's own statements are
    // prepared once and kept by Sql).
    const auto savepoint = [&](const char *sql) { return m_sql->command(what, QString::fromLatin1(sql)); };
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (auto begun = savepoint("SAVEPOINT incoming"); !begun)
            return failAll(begun.error());
        results[i] = m_submissions->addIncoming(batch[i], actor, what);
        if (results[i].outcome != IncomingResult::Outcome::Imported) {
            if (auto undone = savepoint("ROLLBACK TO incoming"); !undone)
                return failAll(undone.error());
        }
        if (auto released = savepoint("RELEASE incoming"); !released)
            return failAll(released.error());
    }
    if (!tx.commit())
        return failAll(m_sql->failed(what, tx.error()));
    return results;
}

Result<std::vector<SubmissionRecord>> Store::submissions(const QString &direction) const
{
    return m_submissions->submissions(direction);
}

Result<std::vector<SubmissionScores>> Store::receivedScores(const QString &frameworkId,
                                                            const QString &frameworkVersion) const
{
    return m_submissions->receivedScores(frameworkId, frameworkVersion);
}

Result<SubmissionRecord> Store::submission(qint64 id) const
{
    return m_submissions->submission(id);
}

Result<std::optional<SubmissionRecord>> Store::submissionByUuid(const QString &uuid) const
{
    return m_submissions->submissionByUuid(uuid);
}

Result<QByteArray> Store::submissionContent(qint64 id) const
{
    return m_submissions->submissionContent(id);
}

Status Store::setReview(qint64 submissionId, const QString &status, const std::vector<ReviewComment> &comments,
                        const QString &reviewer, const QDateTime &when, std::optional<int> openedAt)
{
    const QString what = QStringLiteral("the review could not be saved");
    if (!SubmissionRecord::reviewStatuses().contains(status))
        return fail(QStringLiteral("\"%1\" is not a review status; expected one of %2")
                        .arg(status, SubmissionRecord::reviewStatuses().join(QStringLiteral(", "))));
    return inTransaction<Done>(*m_sql, what, [&] {
        return m_submissions->setReview(submissionId, {status, comments, reviewer, when, openedAt}, what);
    });
}

Result<std::vector<ReviewComment>> Store::reviewComments(qint64 submissionId) const
{
    return m_submissions->reviewComments(submissionId);
}

Status Store::addBenchmark(const QString &frameworkId, const QString &frameworkVersion, const QDateTime &createdAt,
                           const QByteArray &content, const QString &actor)
{
    const QString what = QStringLiteral("the benchmark could not be saved");
    return inTransaction<Done>(*m_sql, what, [&] {
        return m_submissions->addBenchmark(frameworkId, frameworkVersion, createdAt, content, actor, what);
    });
}

Result<std::optional<QByteArray>> Store::latestBenchmark(const QString &frameworkId,
                                                         const QString &frameworkVersion) const
{
    return m_submissions->latestBenchmark(frameworkId, frameworkVersion);
}

// Business cases.

Result<qint64> Store::addBusinessCase(const BusinessCase &businessCase, const QString &actor, const QString &action)
{
    const QString what = QStringLiteral("the business case could not be saved");
    return inTransaction<qint64>(*m_sql, what, [&] { return m_businessCases->add(businessCase, actor, action, what); });
}

Result<std::vector<BusinessCaseSummary>> Store::businessCases() const
{
    return m_businessCases->businessCases();
}

Result<BusinessCase> Store::businessCase(qint64 id) const
{
    return m_businessCases->businessCase(id);
}

Status Store::saveBusinessCase(qint64 id, const BusinessCase &businessCase, const QString &actor, const QString &what)
{
    const QString failed = QStringLiteral("the business case could not be saved");
    return inTransaction<Done>(*m_sql, failed,
                               [&] { return m_businessCases->save(id, businessCase, actor, what, failed); });
}

Status Store::deleteBusinessCase(qint64 id, const QString &actor)
{
    const QString what = QStringLiteral("the business case could not be deleted");
    return inTransaction<Done>(*m_sql, what, [&] { return m_businessCases->remove(id, actor, what); });
}

Result<std::vector<AuditEntry>> Store::businessCaseLog(qint64 id) const
{
    return m_businessCases->log(id);
}

} // namespace ahplead
