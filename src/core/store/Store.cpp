#include "Store.h"

#include "SqlErrorText.h"
#include "SqlTransaction.h"
#include "StoreSchema.h"

#include "ScoreSummary.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QVariant>

#include <atomic>

namespace ahplead {

namespace {

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QString stamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : now();
}

QDateTime parseStamp(const QVariant &v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs); }

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

bool exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values) {
        // A null QString binds as SQL NULL; our text columns are NOT NULL with '' for "none".
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.addBindValue(QString(QLatin1String("")));
        else
            q.addBindValue(v);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

Store::Store(QString path, QString connection, Mode mode)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_mode(mode)
{
}

Store::~Store()
{
    m_statements.clear(); // prepared statements must go before their connection
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Store::db() const { return QSqlDatabase::database(m_connection, false); }

QSqlQuery &Store::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(db()));
        it->prepare(sql); // a failure shows when the statement is run
    }
    return *it;
}

namespace {
// Runs a statement prepared by Store::statement with VALUES bound in order.
bool run(QSqlQuery &q, const QVariantList &values, QString *error)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values[i];
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QString(QLatin1String("")));
        else
            q.bindValue(i, v);
    }
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
} // namespace

Error Store::sqlError(const QString &what, const QString &driverText) const
{
    return Error{
        QStringLiteral("%1: %2: %3").arg(QDir::toNativeSeparators(m_path), what, SqlErrorText::plain(driverText))};
}

QString Store::defaultPath()
{
    const QString fromEnv = qEnvironmentVariable("AHPLEAD_STORE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/ahplead.sqlite");
}

Result<std::unique_ptr<Store>> Store::open(const QString &path, Mode mode)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return fail(QStringLiteral("%1: this is a folder, not a store file").arg(shown));
        QString why;
        if (!looksLikeSqlite(path, &why))
            return fail(QStringLiteral("%1 cannot be opened: %2").arg(shown, why));
    } else if (mode == Mode::ReadOnly) {
        return fail(QStringLiteral("%1: the store does not exist").arg(shown));
    } else if (!QDir().mkpath(info.absolutePath())) {
        return fail(QStringLiteral("%1: the folder %2 cannot be created").arg(shown, info.absolutePath()));
    }
    if (mode == Mode::ReadWrite && info.exists() && !info.isWritable())
        return fail(QStringLiteral("%1: the store is read-only (you do not have permission to change it). "
                                   "Open it read-only, or choose another file.")
                        .arg(shown));

    std::unique_ptr<Store> store(new Store(path, nextConnectionName(), mode));
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
    database.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (mode == Mode::ReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    // SQLite cannot open a WAL store read-only in a folder nobody may write (a read-only share
    // or disk): it would need to create the -shm file beside it. A store closed cleanly (no
    // -wal file) holds everything in the file itself, so it is read as immutable: no locks, no
    // -shm (sqlite.org/wal.html#readonly). Found by tests/reliability/FaultTest.cpp.
    const bool readOnlyFolder = mode == Mode::ReadOnly && !QFileInfo(info.absolutePath()).isWritable();
    if (readOnlyFolder && !QFileInfo::exists(path + QStringLiteral("-wal"))) {
        database.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                                 QStringLiteral("?immutable=1"));
        options += QStringLiteral(";QSQLITE_OPEN_URI");
    }
    database.setConnectOptions(options);
    if (!database.open())
        return fail(QStringLiteral("%1 cannot be opened: %2").arg(shown, database.lastError().text()));

    // Reading the schema touches the first pages, so a damaged file fails here, not later.
    QSqlQuery q(database);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return fail(QStringLiteral("%1 cannot be opened: %2").arg(shown, q.lastError().text()));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();

    auto version = StoreSchema::version(database);
    if (!version)
        return fail(QStringLiteral("%1 cannot be opened: %2").arg(shown, version.message()));
    if (version.value() > StoreSchema::CurrentVersion)
        return fail(QStringLiteral("%1 was written by a newer version of ahplead (store version %2; this version "
                                   "reads up to %3). Update ahplead, or choose another file.")
                        .arg(shown)
                        .arg(version.value())
                        .arg(StoreSchema::CurrentVersion));
    if (version.value() == 0 && !tables.isEmpty())
        return fail(QStringLiteral("%1 is a SQLite database, but not an ahplead store; choose another file").arg(shown));

    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return fail(QStringLiteral("%1: %2").arg(shown, q.lastError().text()));
    if (mode == Mode::ReadOnly) {
        if (version.value() < StoreSchema::CurrentVersion)
            return fail(QStringLiteral("%1 is an older store that must be upgraded before use, and it is open "
                                       "read-only; open it with write access once to upgrade it")
                            .arg(shown));
        return store;
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
        !q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
        return fail(QStringLiteral("%1 cannot be opened for writing: %2").arg(shown, q.lastError().text()));
    Status migrated = StoreSchema::migrate(database);
    if (!migrated)
        return fail(QStringLiteral("%1: %2").arg(shown, migrated.message()));
    return store;
}

Result<int> Store::schemaVersion() const { return StoreSchema::version(db()); }

Status Store::checkIntegrity() const
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(QStringLiteral("integrity check failed"), q.lastError().text());
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (problems == QStringList{QStringLiteral("ok")})
        return success();
    return sqlError(QStringLiteral("the store is damaged"), problems.join(QStringLiteral("; ")));
}

bool Store::audit(const QString &actor, const QString &action, qint64 assessmentId, const QString &questionId,
                  const QString &detail, QString *error)
{
    return run(statement(QStringLiteral("INSERT INTO audit_log (at, actor, action, assessment_id, question_id, detail) "
                                        "VALUES (?, ?, ?, ?, ?, ?)")),
               {now(), actor, action, assessmentId, questionId, detail}, error);
}

Result<qint64> Store::organisationId(const Organisation &org)
{
    QString error;
    const bool byCode = !org.odsCode.trimmed().isEmpty();
    QSqlQuery &q = statement(byCode ? QStringLiteral("SELECT id FROM organisations WHERE ods_code = ? COLLATE NOCASE")
                                    : QStringLiteral("SELECT id FROM organisations WHERE ods_code = '' AND name = ? "
                                                     "COLLATE NOCASE"));
    if (!run(q, {byCode ? org.odsCode.trimmed() : org.name.trimmed()}, &error))
        return Error{error};
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        // The newest details win: a trust that renamed itself shows its new name. Unchanged
        // details are not rewritten (a region imports many submissions from each trust).
        if (!run(statement(QStringLiteral("UPDATE organisations SET name = ?, ics = ?, region = ?, type = ? WHERE id = ? "
                                          "AND (name IS NOT ? OR ics IS NOT ? OR region IS NOT ? OR type IS NOT ?)")),
                 {org.name, org.ics, org.region, org.type, id, org.name, org.ics, org.region, org.type}, &error))
            return Error{error};
        return id;
    }
    QSqlQuery &insert =
        statement(QStringLiteral("INSERT INTO organisations (name, ods_code, ics, region, type) VALUES (?, ?, ?, ?, ?)"));
    if (!run(insert, {org.name, org.odsCode.trimmed(), org.ics, org.region, org.type}, &error))
        return Error{error};
    return insert.lastInsertId().toLongLong();
}

namespace {
const char *const upsertAnswerSql =
    "INSERT INTO answers (assessment_id, question_id, value, evidence, flagged, updated_at, updated_by) "
    "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value, "
    "evidence = excluded.evidence, flagged = excluded.flagged, updated_at = excluded.updated_at, "
    "updated_by = excluded.updated_by";

// Binds and runs an answer upsert on a statement prepared once (preparing per row was
// most of the cost of importing thousands of submissions).
bool bindAnswer(QSqlQuery &q, qint64 assessmentId, const Answer &a, const QString &when, const QString &actor,
                QString *error)
{
    q.bindValue(0, assessmentId);
    q.bindValue(1, a.questionId);
    q.bindValue(2, toString(a.value));
    q.bindValue(3, a.evidence.isNull() ? QString(QLatin1String("")) : a.evidence);
    q.bindValue(4, a.flagged ? 1 : 0);
    q.bindValue(5, when);
    q.bindValue(6, a.updatedBy.isEmpty() ? actor : a.updatedBy);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}
} // namespace

Status Store::writeAnswer(qint64 assessmentId, const Answer &a, const QString &when, const QString &actor)
{
    QSqlQuery q(db());
    QString error;
    if (!q.prepare(QString::fromLatin1(upsertAnswerSql)) || !bindAnswer(q, assessmentId, a, when, actor, &error))
        return Error{error.isEmpty() ? q.lastError().text() : error};
    return success();
}

Result<qint64> Store::insertAssessment(const Assessment &a, const QString &actor)
{
    auto orgId = organisationId(a.organisation);
    if (!orgId)
        return orgId.error();
    const QString created = stamp(a.createdAt);
    const QString updated = a.updatedAt.isValid() ? stamp(a.updatedAt) : created;
    QSqlQuery q(db());
    QString error;
    if (!exec(q,
              QStringLiteral("INSERT INTO assessments (organisation_id, framework_id, framework_version, title, status, "
                             "assessor_name, assessor_role, created_at, updated_at, revision, lineage_id, locked) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {orgId.value(), a.frameworkId, a.frameworkVersion, a.title, a.status, a.assessor.name, a.assessor.role,
               created, updated, a.revision, a.lineageId > 0 ? QVariant(a.lineageId) : QVariant(),
               a.locked ? 1 : 0},
              &error))
        return Error{error};
    const qint64 id = q.lastInsertId().toLongLong();
    QSqlQuery insert(db());
    if (!insert.prepare(QString::fromLatin1(upsertAnswerSql)))
        return Error{insert.lastError().text()};
    for (const Answer &answer : a.answers)
        if (!bindAnswer(insert, id, answer, stamp(answer.updatedAt), actor, &error))
            return Error{error};
    return id;
}

Result<qint64> Store::addAssessment(const Assessment &a, const QString &actor, const QString &action)
{
    const QString what = QStringLiteral("the assessment could not be saved");
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    Assessment fresh = a;
    fresh.lineageId = 0; // lineage ids belong to one store; a new assessment starts its own
    auto id = insertAssessment(fresh, actor);
    if (!id)
        return sqlError(what, id.message());
    QString error;
    if (!audit(actor, action, id.value(), {}, QStringLiteral("%1 answers").arg(a.answers.size()), &error))
        return sqlError(what, error);
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return id;
}

Status Store::requireEditable(qint64 assessmentId) const
{
    QSqlQuery q(db());
    QString error;
    if (!exec(q, QStringLiteral("SELECT locked, revision FROM assessments WHERE id = ?"), {assessmentId}, &error))
        return sqlError(QStringLiteral("the assessment could not be read"), error);
    if (!q.next())
        return fail(QStringLiteral("There is no assessment %1 in %2.")
                        .arg(assessmentId)
                        .arg(QDir::toNativeSeparators(m_path)));
    if (q.value(0).toInt() != 0)
        return fail(QStringLiteral("Assessment %1 (revision %2) has been submitted and is read-only; changes go into "
                                   "a new revision.")
                        .arg(assessmentId)
                        .arg(q.value(1).toInt()));
    return success();
}

Result<Assessment> Store::assessment(qint64 id) const
{
    QSqlQuery q(db());
    QString error;
    if (!exec(q,
              QStringLiteral("SELECT a.id, a.title, a.status, a.framework_id, a.framework_version, a.assessor_name, "
                             "a.assessor_role, a.created_at, a.updated_at, o.name, o.ods_code, o.ics, o.region, o.type, "
                             "a.revision, coalesce(a.lineage_id, a.id), a.locked "
                             "FROM assessments a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = ?"),
              {id}, &error))
        return sqlError(QStringLiteral("the assessment could not be read"), error);
    if (!q.next())
        return fail(QStringLiteral("There is no assessment %1 in %2.").arg(id).arg(QDir::toNativeSeparators(m_path)));
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.status = q.value(2).toString();
    a.frameworkId = q.value(3).toString();
    a.frameworkVersion = q.value(4).toString();
    a.assessor = {q.value(5).toString(), q.value(6).toString()};
    a.createdAt = parseStamp(q.value(7));
    a.updatedAt = parseStamp(q.value(8));
    a.organisation = {q.value(9).toString(), q.value(10).toString(), q.value(11).toString(), q.value(12).toString(),
                      q.value(13).toString()};
    a.revision = q.value(14).toInt();
    a.lineageId = q.value(15).toLongLong();
    a.locked = q.value(16).toInt() != 0;

    QSqlQuery answers(db());
    if (!exec(answers,
              QStringLiteral("SELECT question_id, value, evidence, flagged, updated_at, updated_by FROM answers "
                             "WHERE assessment_id = ?"),
              {id}, &error))
        return sqlError(QStringLiteral("the answers could not be read"), error);
    while (answers.next()) {
        Answer answer;
        answer.questionId = answers.value(0).toString();
        answer.value = answerValueFromString(answers.value(1).toString()).value_or(AnswerValue::NotInPlace);
        answer.evidence = answers.value(2).toString();
        answer.flagged = answers.value(3).toInt() != 0;
        answer.updatedAt = parseStamp(answers.value(4));
        answer.updatedBy = answers.value(5).toString();
        a.answers.insert(answer.questionId, answer);
    }
    return a;
}

Result<std::vector<AssessmentSummary>> Store::assessments() const
{
    QSqlQuery q(db());
    QString error;
    if (!exec(q,
              QStringLiteral("SELECT a.id, a.title, a.status, a.framework_id, a.framework_version, a.assessor_name, "
                             "a.created_at, a.updated_at, o.name, o.ods_code, o.ics, o.region, o.type, "
                             "(SELECT count(*) FROM answers n WHERE n.assessment_id = a.id), a.revision, a.locked "
                             "FROM assessments a JOIN organisations o ON o.id = a.organisation_id "
                             "ORDER BY o.name COLLATE NOCASE, a.updated_at DESC, a.id"),
              {}, &error))
        return sqlError(QStringLiteral("the assessments could not be listed"), error);
    std::vector<AssessmentSummary> list;
    while (q.next()) {
        AssessmentSummary s;
        s.id = q.value(0).toLongLong();
        s.title = q.value(1).toString();
        s.status = q.value(2).toString();
        s.frameworkId = q.value(3).toString();
        s.frameworkVersion = q.value(4).toString();
        s.assessorName = q.value(5).toString();
        s.createdAt = parseStamp(q.value(6));
        s.updatedAt = parseStamp(q.value(7));
        s.organisation = {q.value(8).toString(), q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                          q.value(12).toString()};
        s.answered = q.value(13).toInt();
        s.revision = q.value(14).toInt();
        s.locked = q.value(15).toInt() != 0;
        list.push_back(s);
    }
    return list;
}

Status Store::updateDetails(const Assessment &a, const QString &actor)
{
    const QString what = QStringLiteral("the assessment details could not be saved");
    if (Status editable = requireEditable(a.id); !editable)
        return editable;
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    auto orgId = organisationId(a.organisation);
    if (!orgId)
        return sqlError(what, orgId.message());
    QSqlQuery q(db());
    QString error;
    if (!exec(q,
              QStringLiteral("UPDATE assessments SET organisation_id = ?, title = ?, status = ?, assessor_name = ?, "
                             "assessor_role = ?, updated_at = ? WHERE id = ?"),
              {orgId.value(), a.title, a.status, a.assessor.name, a.assessor.role, now(), a.id}, &error))
        return sqlError(what, error);
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("There is no assessment %1 in %2.").arg(a.id).arg(QDir::toNativeSeparators(m_path)));
    if (!audit(actor, QStringLiteral("update"), a.id, {}, QStringLiteral("status %1").arg(a.status), &error))
        return sqlError(what, error);
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return success();
}

Status Store::deleteAssessment(qint64 id, const QString &actor)
{
    const QString what = QStringLiteral("the assessment could not be deleted");
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    QSqlQuery q(db());
    QString error;
    if (!exec(q, QStringLiteral("DELETE FROM assessments WHERE id = ?"), {id}, &error))
        return sqlError(what, error);
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("There is no assessment %1 in %2.").arg(id).arg(QDir::toNativeSeparators(m_path)));
    if (!audit(actor, QStringLiteral("delete"), id, {}, {}, &error))
        return sqlError(what, error);
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return success();
}

Status Store::saveAnswer(qint64 assessmentId, const Answer &answer, const QString &actor)
{
    const QString what = QStringLiteral("the answer to %1 could not be saved").arg(answer.questionId);
    if (Status editable = requireEditable(assessmentId); !editable)
        return editable;
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    const QString when = now();
    QSqlQuery q(db());
    QString error;
    if (!exec(q, QStringLiteral("UPDATE assessments SET updated_at = ? WHERE id = ?"), {when, assessmentId}, &error))
        return sqlError(what, error);
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("There is no assessment %1 in %2.")
                        .arg(assessmentId)
                        .arg(QDir::toNativeSeparators(m_path)));
    Answer stamped = answer;
    stamped.updatedBy = actor;
    Status written = writeAnswer(assessmentId, stamped, when, actor);
    if (!written)
        return sqlError(what, written.message());
    const QString detail = toString(answer.value) + (answer.flagged ? QStringLiteral(", flagged") : QString()) +
                           (answer.evidence.isEmpty() ? QString() : QStringLiteral(", with evidence"));
    if (!audit(actor, QStringLiteral("answer"), assessmentId, answer.questionId, detail, &error))
        return sqlError(what, error);
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return success();
}

Status Store::clearAnswer(qint64 assessmentId, const QString &questionId, const QString &actor)
{
    const QString what = QStringLiteral("the answer to %1 could not be cleared").arg(questionId);
    if (Status editable = requireEditable(assessmentId); !editable)
        return editable;
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    QSqlQuery q(db());
    QString error;
    if (!exec(q, QStringLiteral("DELETE FROM answers WHERE assessment_id = ? AND question_id = ?"),
              {assessmentId, questionId}, &error) ||
        !exec(q, QStringLiteral("UPDATE assessments SET updated_at = ? WHERE id = ?"), {now(), assessmentId}, &error) ||
        !audit(actor, QStringLiteral("clear_answer"), assessmentId, questionId, {}, &error))
        return sqlError(what, error);
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return success();
}

Result<std::vector<AuditEntry>> Store::auditLog(std::optional<qint64> assessmentId) const
{
    QSqlQuery q(db());
    QString error;
    const QString sql = QStringLiteral("SELECT id, at, actor, action, assessment_id, question_id, detail FROM audit_log") +
                        (assessmentId ? QStringLiteral(" WHERE assessment_id = ?") : QString()) +
                        QStringLiteral(" ORDER BY id");
    if (!exec(q, sql, assessmentId ? QVariantList{*assessmentId} : QVariantList{}, &error))
        return sqlError(QStringLiteral("the audit log could not be read"), error);
    std::vector<AuditEntry> entries;
    while (q.next())
        entries.push_back({q.value(0).toLongLong(), parseStamp(q.value(1)), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                           q.value(6).toString()});
    return entries;
}

namespace {

// A received submission's canonical content is kept as its UTF-8 bytes (a blob): binding it
// as text would turn 20 kB into UTF-16 and back for every file a region imports. Stores
// written before kept it as text, which reads back the same.
QVariant contentValue(const QByteArray &content) { return QVariant(content); }

QByteArray contentBytes(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
}

const char *const submissionColumns =
    "s.id, s.uuid, s.direction, coalesce(s.assessment_id, 0), o.name, o.ods_code, o.ics, o.region, o.type, "
    "s.framework_id, s.framework_version, s.revision, s.submitted_at, s.submitter_name, s.submitter_role, s.digest, "
    "s.review_status, s.reviewer, s.reviewed_at, s.overall_score, s.overall_level, s.domain_scores, "
    "s.recommendation_statuses, s.recorded_at "
    "FROM submissions s JOIN organisations o ON o.id = s.organisation_id";

SubmissionRecord readSubmission(const QSqlQuery &q)
{
    SubmissionRecord r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.direction = q.value(2).toString();
    r.assessmentId = q.value(3).toLongLong();
    r.organisation = {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                      q.value(8).toString()};
    r.frameworkId = q.value(9).toString();
    r.frameworkVersion = q.value(10).toString();
    r.revision = q.value(11).toInt();
    r.submittedAt = parseStamp(q.value(12));
    r.submitter = {q.value(13).toString(), q.value(14).toString()};
    r.digest = q.value(15).toString();
    r.reviewStatus = q.value(16).toString();
    r.reviewer = q.value(17).toString();
    r.reviewedAt = parseStamp(q.value(18));
    if (!q.value(19).isNull())
        r.overallScore = q.value(19).toDouble();
    r.overallLevel = q.value(20).toInt();
    r.domainScores = q.value(21).toString();
    r.recommendationStatuses = q.value(22).toString();
    r.recordedAt = parseStamp(q.value(23));
    return r;
}

} // namespace

Result<qint64> Store::reviseAssessment(qint64 id, const QString &actor)
{
    const QString what = QStringLiteral("a new revision could not be started");
    auto current = assessment(id);
    if (!current)
        return current.error();
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    QSqlQuery q(db());
    QString error;
    // The new revision follows the newest of its lineage, not necessarily the one asked for.
    if (!exec(q, QStringLiteral("SELECT max(revision) FROM assessments WHERE coalesce(lineage_id, id) = ?"),
              {current->lineageId}, &error) ||
        !q.next())
        return sqlError(what, error);
    Assessment next = current.value();
    next.revision = q.value(0).toInt() + 1;
    next.locked = false;
    next.status = QStringLiteral("draft");
    next.createdAt = QDateTime::currentDateTimeUtc();
    next.updatedAt = next.createdAt;
    auto newId = insertAssessment(next, actor);
    if (!newId)
        return sqlError(what, newId.message());
    if (!audit(actor, QStringLiteral("revise"), newId.value(), {},
               QStringLiteral("revision %1 from assessment %2").arg(next.revision).arg(id), &error))
        return sqlError(what, error);
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return newId;
}

Status Store::recordSubmission(qint64 assessmentId, const Submission &submission, const ScoreCard &card,
                               const QString &actor, const std::function<Status()> &writeFile)
{
    const QString what = QStringLiteral("the submission could not be recorded");
    if (Status editable = requireEditable(assessmentId); !editable)
        return editable;
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    auto orgId = organisationId(submission.assessment.organisation);
    if (!orgId)
        return sqlError(what, orgId.message());
    const ScoreSummary summary = ScoreSummary::fromCard(card);
    QSqlQuery q(db());
    QString error;
    if (!exec(q, QStringLiteral("UPDATE assessments SET locked = 1, status = 'submitted', updated_at = ? WHERE id = ?"),
              {now(), assessmentId}, &error) ||
        !exec(q,
              QStringLiteral("INSERT INTO submissions (uuid, direction, assessment_id, organisation_id, framework_id, "
                             "framework_version, revision, submitted_at, submitter_name, submitter_role, digest, "
                             "overall_score, overall_level, domain_scores, recommendation_statuses, recorded_at) "
                             "VALUES (?, 'sent', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {submission.uuid, assessmentId, orgId.value(), submission.assessment.frameworkId,
               submission.assessment.frameworkVersion, submission.revision, stamp(submission.submittedAt),
               submission.submitter.name, submission.submitter.role, submission.digest,
               card.overallScore ? QVariant(*card.overallScore) : QVariant(), card.overallLevel,
               summary.encodeDomains(), summary.encodeStatuses(), now()},
              &error) ||
        !audit(actor, QStringLiteral("submit"), assessmentId, {}, QStringLiteral("submission %1").arg(submission.uuid),
               &error))
        return sqlError(what, error);
    // The file is written inside the transaction: if it fails, nothing was submitted.
    Status written = writeFile();
    if (!written)
        return written;
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return success();
}

IncomingResult Store::addIncoming(const IncomingSubmission &incoming, const QString &actor)
{
    const Submission &s = incoming.submission;
    IncomingResult result;
    QString error;
    QSqlQuery &find = statement(QStringLiteral("SELECT recorded_at FROM submissions WHERE uuid = ?"));
    if (!run(find, {s.uuid}, &error)) {
        result.message = error;
        return result;
    }
    if (find.next()) {
        result.outcome = IncomingResult::Outcome::Duplicate;
        result.message = QStringLiteral("submission %1 was already imported on %2")
                             .arg(s.uuid, parseStamp(find.value(0)).toString(QStringLiteral("d MMMM yyyy")));
        find.finish();
        return result;
    }
    find.finish();
    auto orgId = organisationId(s.assessment.organisation);
    if (!orgId) {
        result.message = orgId.message();
        return result;
    }
    const ScoreSummary summary = ScoreSummary::fromCard(incoming.card);
    QSqlQuery &q = statement(QStringLiteral("INSERT INTO submissions (uuid, direction, organisation_id, framework_id, "
                             "framework_version, revision, submitted_at, submitter_name, submitter_role, digest, "
                             "overall_score, overall_level, domain_scores, recommendation_statuses, content, recorded_at) "
                             "VALUES (?, 'received', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!run(q, {s.uuid, orgId.value(), s.assessment.frameworkId, s.assessment.frameworkVersion, s.revision,
               stamp(s.submittedAt), s.submitter.name, s.submitter.role, s.digest,
               incoming.card.overallScore ? QVariant(*incoming.card.overallScore) : QVariant(),
               incoming.card.overallLevel, summary.encodeDomains(), summary.encodeStatuses(),
               contentValue(s.content), now()},
             &error)) {
        result.message = error;
        return result;
    }
    result.submissionId = q.lastInsertId().toLongLong();
    if (!audit(actor, QStringLiteral("import_submission"), 0, {},
               QStringLiteral("submission %1 from %2").arg(s.uuid, s.submitter.name), &error)) {
        result.message = error;
        return result;
    }
    result.outcome = IncomingResult::Outcome::Imported;
    return result;
}

std::vector<IncomingResult> Store::addIncomingSubmissions(const std::vector<IncomingSubmission> &batch,
                                                          const QString &actor)
{
    const QString what = QStringLiteral("the submission could not be saved");
    std::vector<IncomingResult> results(batch.size());
    auto failAll = [&](const QString &message) {
        for (IncomingResult &r : results) {
            r.outcome = IncomingResult::Outcome::Failed;
            r.message = sqlError(what, message).message;
        }
        return results;
    };
    SqlTransaction tx(db());
    if (!tx.active())
        return failAll(tx.errorText());
    // The savepoint statements are prepared once, not once per file.
    QSqlQuery &savepoint = statement(QStringLiteral("SAVEPOINT incoming"));
    QSqlQuery &release = statement(QStringLiteral("RELEASE incoming"));
    QSqlQuery &rollback = statement(QStringLiteral("ROLLBACK TO incoming"));
    QString error;
    for (std::size_t i = 0; i < batch.size(); ++i) {
        if (!run(savepoint, {}, &error))
            return failAll(error);
        results[i] = addIncoming(batch[i], actor);
        if (results[i].outcome == IncomingResult::Outcome::Imported) {
            if (!run(release, {}, &error))
                return failAll(error);
        } else {
            if (results[i].outcome == IncomingResult::Outcome::Failed)
                results[i].message = sqlError(what, results[i].message).message;
            if (!run(rollback, {}, &error) || !run(release, {}, &error))
                return failAll(error);
        }
    }
    if (!tx.commit())
        return failAll(tx.errorText());
    return results;
}

Result<std::vector<SubmissionRecord>> Store::submissions(const QString &direction) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QString error;
    const QString sql = QStringLiteral("SELECT ") + QString::fromLatin1(submissionColumns) +
                        (direction.isEmpty() ? QString() : QStringLiteral(" WHERE s.direction = ?")) +
                        QStringLiteral(" ORDER BY o.name COLLATE NOCASE, s.submitted_at, s.id");
    if (!exec(q, sql, direction.isEmpty() ? QVariantList{} : QVariantList{direction}, &error))
        return sqlError(QStringLiteral("the submissions could not be read"), error);
    std::vector<SubmissionRecord> list;
    while (q.next())
        list.push_back(readSubmission(q));
    return list;
}

Result<std::vector<SubmissionScores>> Store::receivedScores(const QString &frameworkId,
                                                            const QString &frameworkVersion) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QString error;
    if (!exec(q,
              QStringLiteral("SELECT s.id, s.organisation_id, o.name, o.ods_code, o.ics, o.region, o.type, s.revision, "
                             "s.submitted_at, s.review_status, s.overall_score, s.overall_level, s.domain_scores, "
                             "s.recommendation_statuses FROM submissions s JOIN organisations o ON o.id = s.organisation_id "
                             "WHERE s.direction = 'received' AND s.framework_id = ? AND s.framework_version = ? "
                             "ORDER BY s.organisation_id, s.submitted_at, s.revision, s.id"),
              {frameworkId, frameworkVersion}, &error))
        return sqlError(QStringLiteral("the submissions could not be read"), error);
    std::vector<SubmissionScores> rows;
    while (q.next()) {
        SubmissionScores r;
        r.id = q.value(0).toLongLong();
        r.organisationId = q.value(1).toLongLong();
        r.organisation = {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                          q.value(6).toString()};
        r.revision = q.value(7).toInt();
        r.submittedAt = q.value(8).toString();
        r.reviewStatus = q.value(9).toString();
        if (!q.value(10).isNull())
            r.overallScore = q.value(10).toDouble();
        r.overallLevel = q.value(11).toInt();
        r.domainScores = q.value(12).toString();
        r.recommendationStatuses = q.value(13).toString();
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<SubmissionRecord> Store::submission(qint64 id) const
{
    QSqlQuery q(db());
    QString error;
    if (!exec(q, QStringLiteral("SELECT ") + QString::fromLatin1(submissionColumns) + QStringLiteral(" WHERE s.id = ?"),
              {id}, &error))
        return sqlError(QStringLiteral("the submission could not be read"), error);
    if (!q.next())
        return fail(QStringLiteral("There is no submission %1 in %2.").arg(id).arg(QDir::toNativeSeparators(m_path)));
    return readSubmission(q);
}

Result<std::optional<SubmissionRecord>> Store::submissionByUuid(const QString &uuid) const
{
    QSqlQuery q(db());
    QString error;
    if (!exec(q, QStringLiteral("SELECT ") + QString::fromLatin1(submissionColumns) + QStringLiteral(" WHERE s.uuid = ?"),
              {uuid}, &error))
        return sqlError(QStringLiteral("the submission could not be read"), error);
    if (!q.next())
        return std::optional<SubmissionRecord>();
    return std::optional<SubmissionRecord>(readSubmission(q));
}

Result<QByteArray> Store::submissionContent(qint64 id) const
{
    QSqlQuery q(db());
    QString error;
    if (!exec(q, QStringLiteral("SELECT content FROM submissions WHERE id = ?"), {id}, &error))
        return sqlError(QStringLiteral("the submission could not be read"), error);
    if (!q.next())
        return fail(QStringLiteral("There is no submission %1 in %2.").arg(id).arg(QDir::toNativeSeparators(m_path)));
    const QByteArray content = contentBytes(q.value(0));
    if (content.isEmpty())
        return fail(QStringLiteral("Submission %1 was sent from this store; its assessment is assessment %2.")
                        .arg(id)
                        .arg(submission(id)->assessmentId));
    return content;
}

Status Store::setReview(qint64 submissionId, const QString &status, const std::vector<ReviewComment> &comments,
                        const QString &reviewer, const QDateTime &when)
{
    const QString what = QStringLiteral("the review could not be saved");
    if (!SubmissionRecord::reviewStatuses().contains(status))
        return fail(QStringLiteral("\"%1\" is not a review status; expected one of %2")
                        .arg(status, SubmissionRecord::reviewStatuses().join(QStringLiteral(", "))));
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    const QString at = stamp(when);
    QSqlQuery q(db());
    QString error;
    if (!exec(q, QStringLiteral("UPDATE submissions SET review_status = ?, reviewer = ?, reviewed_at = ? WHERE id = ?"),
              {status, reviewer, at, submissionId}, &error))
        return sqlError(what, error);
    if (q.numRowsAffected() != 1)
        return fail(QStringLiteral("There is no submission %1 in %2.")
                        .arg(submissionId)
                        .arg(QDir::toNativeSeparators(m_path)));
    for (const ReviewComment &c : comments) {
        const bool ok =
            c.comment.trimmed().isEmpty()
                ? exec(q, QStringLiteral("DELETE FROM review_comments WHERE submission_id = ? AND domain_id = ?"),
                       {submissionId, c.domainId}, &error)
                : exec(q,
                       QStringLiteral("INSERT INTO review_comments (submission_id, domain_id, comment, author, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (submission_id, domain_id) DO "
                                      "UPDATE SET comment = excluded.comment, author = excluded.author, "
                                      "updated_at = excluded.updated_at"),
                       {submissionId, c.domainId, c.comment, c.author.isEmpty() ? reviewer : c.author,
                        c.updatedAt.isValid() ? stamp(c.updatedAt) : at},
                       &error);
        if (!ok)
            return sqlError(what, error);
    }
    QSqlQuery owner(db());
    if (!exec(owner, QStringLiteral("SELECT coalesce(assessment_id, 0) FROM submissions WHERE id = ?"), {submissionId},
              &error) ||
        !owner.next())
        return sqlError(what, error);
    if (!audit(reviewer, QStringLiteral("review"), owner.value(0).toLongLong(), {},
               QStringLiteral("submission %1: %2, %3 comments").arg(submissionId).arg(status).arg(comments.size()),
               &error))
        return sqlError(what, error);
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return success();
}

Result<std::vector<ReviewComment>> Store::reviewComments(qint64 submissionId) const
{
    QSqlQuery q(db());
    QString error;
    if (!exec(q,
              QStringLiteral("SELECT domain_id, comment, author, updated_at FROM review_comments WHERE submission_id = ? "
                             "ORDER BY domain_id"),
              {submissionId}, &error))
        return sqlError(QStringLiteral("the review comments could not be read"), error);
    std::vector<ReviewComment> list;
    while (q.next())
        list.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), parseStamp(q.value(3))});
    return list;
}

Status Store::addBenchmark(const QString &frameworkId, const QString &frameworkVersion, const QDateTime &createdAt,
                           const QByteArray &content, const QString &actor)
{
    const QString what = QStringLiteral("the benchmark could not be saved");
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    QSqlQuery q(db());
    QString error;
    if (!exec(q,
              QStringLiteral("INSERT INTO benchmarks (framework_id, framework_version, created_at, imported_at, content) "
                             "VALUES (?, ?, ?, ?, ?)"),
              {frameworkId, frameworkVersion, stamp(createdAt), now(), QString::fromUtf8(content)}, &error) ||
        !audit(actor, QStringLiteral("import_benchmark"), 0, {}, frameworkId + QLatin1Char(' ') + frameworkVersion,
               &error))
        return sqlError(what, error);
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return success();
}

Result<std::optional<QByteArray>> Store::latestBenchmark(const QString &frameworkId,
                                                         const QString &frameworkVersion) const
{
    QSqlQuery q(db());
    QString error;
    if (!exec(q,
              QStringLiteral("SELECT content FROM benchmarks WHERE framework_id = ? AND framework_version = ? "
                             "ORDER BY created_at DESC, id DESC LIMIT 1"),
              {frameworkId, frameworkVersion}, &error))
        return sqlError(QStringLiteral("the benchmark could not be read"), error);
    if (!q.next())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(q.value(0).toString().toUtf8());
}

} // namespace ahplead
