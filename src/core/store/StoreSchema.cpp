#include "StoreSchema.h"

#include "SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace ahplead {

namespace {

// Version 1: organisations, their assessments and the answers.
const char *const schemaV1[] = {
    "CREATE TABLE organisations ("
    " id INTEGER PRIMARY KEY,"
    " name TEXT NOT NULL,"
    " ods_code TEXT NOT NULL DEFAULT '',"
    " ics TEXT NOT NULL DEFAULT '',"
    " region TEXT NOT NULL DEFAULT '',"
    " type TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE assessments ("
    " id INTEGER PRIMARY KEY,"
    " organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,"
    " framework_id TEXT NOT NULL,"
    " framework_version TEXT NOT NULL,"
    " title TEXT NOT NULL DEFAULT '',"
    " status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','complete','submitted')),"
    " assessor_name TEXT NOT NULL DEFAULT '',"
    " assessor_role TEXT NOT NULL DEFAULT '',"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "CREATE TABLE answers ("
    " assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
    " question_id TEXT NOT NULL,"
    " value TEXT NOT NULL CHECK (value IN ('not_in_place','partial','in_place','not_applicable')),"
    " evidence TEXT NOT NULL DEFAULT '',"
    " flagged INTEGER NOT NULL DEFAULT 0,"
    " updated_at TEXT NOT NULL,"
    " updated_by TEXT NOT NULL DEFAULT '',"
    " PRIMARY KEY (assessment_id, question_id)) WITHOUT ROWID",
};

// Version 2: the audit log. It has no foreign key on purpose: deleting an assessment
// must not erase the record of who changed it and when.
const char *const schemaV2[] = {
    "CREATE TABLE audit_log ("
    " id INTEGER PRIMARY KEY,"
    " at TEXT NOT NULL,"
    " actor TEXT NOT NULL,"
    " action TEXT NOT NULL,"
    " assessment_id INTEGER,"
    " question_id TEXT NOT NULL DEFAULT '',"
    " detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX audit_log_assessment ON audit_log(assessment_id)",
    "CREATE INDEX assessments_organisation ON assessments(organisation_id)",
};

template <std::size_t N>
QStringList statements(const char *const (&list)[N])
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

} // namespace

Result<int> StoreSchema::version(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError().text());
    return q.value(0).toInt();
}

Status StoreSchema::step(QSqlDatabase db, int toVersion)
{
    const QStringList sql = toVersion == 1 ? statements(schemaV1) : statements(schemaV2);
    SqlTransaction tx(db);
    if (!tx.active())
        return fail(tx.errorText());
    QSqlQuery q(db);
    for (const QString &statement : sql)
        if (!q.exec(statement))
            return fail(QStringLiteral("upgrading to version %1 failed: %2").arg(toVersion).arg(q.lastError().text()));
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(toVersion)))
        return fail(q.lastError().text());
    if (!tx.commit())
        return fail(tx.errorText());
    return success();
}

Status StoreSchema::migrate(QSqlDatabase db)
{
    auto current = version(db);
    if (!current)
        return current.error();
    for (int v = current.value() + 1; v <= CurrentVersion; ++v) {
        Status s = step(db, v);
        if (!s)
            return s;
    }
    return success();
}

} // namespace ahplead
