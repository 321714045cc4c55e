#include "Store.h"

#include "SqlTransaction.h"
#include "StoreSchema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
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
    {
        QSqlDatabase database = QSqlDatabase::database(m_connection, false);
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase Store::db() const { return QSqlDatabase::database(m_connection, false); }

Error Store::sqlError(const QString &what, const QString &driverText) const
{
    return Error{QStringLiteral("%1: %2: %3").arg(QDir::toNativeSeparators(m_path), what, driverText)};
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
    QSqlQuery q(db());
    return exec(q,
                QStringLiteral("INSERT INTO audit_log (at, actor, action, assessment_id, question_id, detail) "
                               "VALUES (?, ?, ?, ?, ?, ?)"),
                {now(), actor, action, assessmentId, questionId, detail}, error);
}

Result<qint64> Store::organisationId(const Organisation &org)
{
    QSqlQuery q(db());
    QString error;
    const bool byCode = !org.odsCode.trimmed().isEmpty();
    const QString find = byCode ? QStringLiteral("SELECT id FROM organisations WHERE ods_code = ? COLLATE NOCASE")
                                : QStringLiteral("SELECT id FROM organisations WHERE ods_code = '' AND name = ? "
                                                 "COLLATE NOCASE");
    if (!exec(q, find, {byCode ? org.odsCode.trimmed() : org.name.trimmed()}, &error))
        return Error{error};
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        // The newest details win: a trust that renamed itself shows its new name.
        QSqlQuery update(db());
        if (!exec(update,
                  QStringLiteral("UPDATE organisations SET name = ?, ics = ?, region = ?, type = ? WHERE id = ?"),
                  {org.name, org.ics, org.region, org.type, id}, &error))
            return Error{error};
        return id;
    }
    QSqlQuery insert(db());
    if (!exec(insert,
              QStringLiteral("INSERT INTO organisations (name, ods_code, ics, region, type) VALUES (?, ?, ?, ?, ?)"),
              {org.name, org.odsCode.trimmed(), org.ics, org.region, org.type}, &error))
        return Error{error};
    return insert.lastInsertId().toLongLong();
}

Status Store::writeAnswer(qint64 assessmentId, const Answer &a, const QString &when, const QString &actor)
{
    QSqlQuery q(db());
    QString error;
    if (!exec(q,
              QStringLiteral("INSERT INTO answers (assessment_id, question_id, value, evidence, flagged, updated_at, "
                             "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (assessment_id, question_id) DO UPDATE SET value = excluded.value, "
                             "evidence = excluded.evidence, flagged = excluded.flagged, "
                             "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
              {assessmentId, a.questionId, toString(a.value), a.evidence, a.flagged ? 1 : 0, when,
               a.updatedBy.isEmpty() ? actor : a.updatedBy},
              &error))
        return Error{error};
    return success();
}

Result<qint64> Store::addAssessment(const Assessment &a, const QString &actor, const QString &action)
{
    const QString what = QStringLiteral("the assessment could not be saved");
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    auto orgId = organisationId(a.organisation);
    if (!orgId)
        return sqlError(what, orgId.message());
    const QString created = stamp(a.createdAt);
    const QString updated = a.updatedAt.isValid() ? stamp(a.updatedAt) : created;
    QSqlQuery q(db());
    QString error;
    if (!exec(q,
              QStringLiteral("INSERT INTO assessments (organisation_id, framework_id, framework_version, title, status, "
                             "assessor_name, assessor_role, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
              {orgId.value(), a.frameworkId, a.frameworkVersion, a.title, a.status, a.assessor.name, a.assessor.role,
               created, updated},
              &error))
        return sqlError(what, error);
    const qint64 id = q.lastInsertId().toLongLong();
    for (const Answer &answer : a.answers) {
        Status s = writeAnswer(id, answer, stamp(answer.updatedAt), actor);
        if (!s)
            return sqlError(what, s.message());
    }
    if (!audit(actor, action, id, {}, QStringLiteral("%1 answers").arg(a.answers.size()), &error))
        return sqlError(what, error);
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return id;
}

Result<Assessment> Store::assessment(qint64 id) const
{
    QSqlQuery q(db());
    QString error;
    if (!exec(q,
              QStringLiteral("SELECT a.id, a.title, a.status, a.framework_id, a.framework_version, a.assessor_name, "
                             "a.assessor_role, a.created_at, a.updated_at, o.name, o.ods_code, o.ics, o.region, o.type "
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
                             "(SELECT count(*) FROM answers n WHERE n.assessment_id = a.id) "
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
        list.push_back(s);
    }
    return list;
}

Status Store::updateDetails(const Assessment &a, const QString &actor)
{
    const QString what = QStringLiteral("the assessment details could not be saved");
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

} // namespace ahplead
