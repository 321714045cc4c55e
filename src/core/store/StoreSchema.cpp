#include "core/store/StoreSchema.h"

#include "core/store/Sql.h"
#include "core/store/SqlTransaction.h"
#include "core/store/StoreRoles.h"

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

// Version 3: revisions and submissions. A submitted assessment is locked; later edits go
// into a new revision of the same lineage. Submissions keep their scores in compact columns
// aligned with the framework's order, so the regional dashboard reads one row per submission;
// a received one keeps its content exactly as submitted (checked against its digest) rather
// than a row per answer, which is what lets a region import thousands a second.
const char *const schemaV3[] = {
    "ALTER TABLE assessments ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE assessments ADD COLUMN lineage_id INTEGER",
    "ALTER TABLE assessments ADD COLUMN locked INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE submissions ("
    " id INTEGER PRIMARY KEY,"
    " uuid TEXT NOT NULL UNIQUE,"
    " direction TEXT NOT NULL CHECK (direction IN ('sent','received')),"
    " assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,"
    " organisation_id INTEGER NOT NULL REFERENCES organisations(id),"
    " framework_id TEXT NOT NULL,"
    " framework_version TEXT NOT NULL,"
    " revision INTEGER NOT NULL,"
    " submitted_at TEXT NOT NULL,"
    " submitter_name TEXT NOT NULL DEFAULT '',"
    " submitter_role TEXT NOT NULL DEFAULT '',"
    " digest TEXT NOT NULL,"
    " review_status TEXT NOT NULL DEFAULT 'submitted'"
    "  CHECK (review_status IN ('submitted','in_review','accepted','returned')),"
    " reviewer TEXT NOT NULL DEFAULT '',"
    " reviewed_at TEXT NOT NULL DEFAULT '',"
    " overall_score REAL,"
    " overall_level INTEGER NOT NULL DEFAULT -1,"
    " domain_scores TEXT NOT NULL DEFAULT '',"
    " recommendation_statuses TEXT NOT NULL DEFAULT '',"
    " content TEXT NOT NULL DEFAULT '',"
    " recorded_at TEXT NOT NULL)",
    "CREATE INDEX submissions_organisation ON submissions(organisation_id)",
    "CREATE TABLE review_comments ("
    " submission_id INTEGER NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,"
    " domain_id TEXT NOT NULL DEFAULT '',"
    " comment TEXT NOT NULL,"
    " author TEXT NOT NULL DEFAULT '',"
    " updated_at TEXT NOT NULL,"
    " PRIMARY KEY (submission_id, domain_id)) WITHOUT ROWID",
    "CREATE TABLE benchmarks ("
    " id INTEGER PRIMARY KEY,"
    " framework_id TEXT NOT NULL,"
    " framework_version TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " imported_at TEXT NOT NULL,"
    " content TEXT NOT NULL)",
};

// Version 4: business cases (issue 5). Each keeps its canonical `ahplead.businesscase` JSON
// (BusinessCaseWriter) whole, as a draft may not yet pass the validator; the organisation and
// title are copied out so the list of cases needs no JSON parsed. The audit log gains the case
// a line is about (no foreign key, as for assessments: a deleted case keeps its history).
const char *const schemaV4[] = {
    "CREATE TABLE business_cases ("
    " id INTEGER PRIMARY KEY,"
    " organisation TEXT NOT NULL DEFAULT '',"
    " title TEXT NOT NULL DEFAULT '',"
    " content TEXT NOT NULL,"
    " created_at TEXT NOT NULL,"
    " updated_at TEXT NOT NULL)",
    "ALTER TABLE audit_log ADD COLUMN business_case_id INTEGER",
    "CREATE INDEX audit_log_business_case ON audit_log(business_case_id)",
};

// Version 5: a version per review (issue 16). Several reviewers share a region's store: a review
// saved over one that a colleague changed since it was opened is refused, not silently
// overwritten (Store::setReview).
const char *const schemaV5[] = {
    "ALTER TABLE submissions ADD COLUMN review_version INTEGER NOT NULL DEFAULT 0",
};

// Version 6: who may do what in a shared store (issue 16). The database user a region's
// reviewer is given (store grant --region), which the server's row-level security reads, and
// the database user of each line of the audit log. A server adds its own part
// (StoreRoles::serverSchema) and the store's roles (StoreRoles::setUp); a file has no users, and
// its lines keep '' there (the actor names who, as before).
const char *const schemaV6[] = {
    "CREATE TABLE user_regions ("
    " user_name TEXT PRIMARY KEY,"
    " region TEXT NOT NULL DEFAULT '') WITHOUT ROWID",
    "ALTER TABLE audit_log ADD COLUMN db_user TEXT NOT NULL DEFAULT ''",
};

// Version 7: what an assessment file carries beyond its answers, in the file's own JSON: the
// action plan's owners, target dates, progress and notes ("actions", ActionTracking; issue 15)
// and a rating file's rater ("rating", RaterJson; issue 17), so a rating imported and exported
// again is still one. One column on the assessment row, so the row-level security, the copy of
// a store and a new revision all carry it with no more rules of their own.
const char *const schemaV7[] = {
    "ALTER TABLE assessments ADD COLUMN board_paper TEXT NOT NULL DEFAULT ''",
    // A received submission's open actions, for the regional count of overdue actions.
    "ALTER TABLE submissions ADD COLUMN open_action_dates TEXT NOT NULL DEFAULT ''",
};

// Version 8: each organisation's logo (issue 15), chosen once and printed on the cover and in the
// header of every paper of that organisation. Kept as the base64 text of a PNG (LogoImage makes
// every logo one, an SVG too): one column type that both backends and the store copy treat alike.
const char *const schemaV8[] = {
    "ALTER TABLE organisations ADD COLUMN logo TEXT NOT NULL DEFAULT ''",
};

template <std::size_t N> QStringList statements(const char *const (&list)[N])
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

} // namespace

QStringList StoreSchema::tables()
{
    return {QStringLiteral("organisations"), QStringLiteral("assessments"),    QStringLiteral("answers"),
            QStringLiteral("audit_log"),     QStringLiteral("submissions"),    QStringLiteral("review_comments"),
            QStringLiteral("benchmarks"),    QStringLiteral("business_cases"), QStringLiteral("user_regions")};
}

Result<int> StoreSchema::version(Sql &sql)
{
    const SqlDialect &dialect = sql.dialect();
    QSqlQuery q(sql.database());
    if (!dialect.versionTable.isEmpty()) {
        if (!q.exec(dialect.listTables))
            return fail(q.lastError().text());
        bool kept = false;
        while (q.next())
            kept = kept || q.value(0).toString() == dialect.versionTable;
        if (!kept)
            return 0;
    }
    if (!q.exec(dialect.readSchemaVersion) || !q.next())
        return fail(q.lastError().text());
    return q.value(0).toInt();
}

Status StoreSchema::step(Sql &sql, int toVersion)
{
    const QStringList steps = toVersion == 1   ? statements(schemaV1)
                              : toVersion == 2 ? statements(schemaV2)
                              : toVersion == 3 ? statements(schemaV3)
                              : toVersion == 4 ? statements(schemaV4)
                              : toVersion == 5 ? statements(schemaV5)
                              : toVersion == 6 ? statements(schemaV6)
                              : toVersion == 7 ? statements(schemaV7)
                                               : statements(schemaV8);
    const SqlDialect &dialect = sql.dialect();
    SqlTransaction tx(sql);
    if (!tx.active())
        return fail(tx.errorText());
    // Read again under the writer lock: another ahplead sharing the store may have taken this
    // step since this one looked.
    auto now = version(sql);
    if (!now)
        return now.error();
    if (now.value() >= toVersion)
        return success();
    QSqlQuery q(sql.database());
    QStringList all = now.value() == 0 ? dialect.versionTableSetup : QStringList();
    for (const QString &statement : steps)
        all << dialect.schema(statement);
    const bool roles = !dialect.rolePrefix.isEmpty();
    if (toVersion == 6 && roles)
        all << StoreRoles::serverSchema();
    for (const QString &statement : all)
        if (!q.exec(statement))
            return fail(QStringLiteral("upgrading to version %1 failed: %2").arg(toVersion).arg(q.lastError().text()));
    // The roles' rights cover every table, so they are given again after any step from 6 on.
    if (toVersion >= 6 && roles)
        if (Status given = StoreRoles::setUp(sql, QStringLiteral("upgrading to version %1 failed").arg(toVersion));
            !given)
            return given;
    if (!q.exec(dialect.writeSchemaVersion.arg(toVersion)))
        return fail(q.lastError().text());
    if (!tx.commit())
        return fail(tx.errorText());
    return success();
}
Status StoreSchema::migrate(Sql &sql)
{
    auto current = version(sql);
    if (!current)
        return current.error();
    for (int v = current.value() + 1; v <= CurrentVersion; ++v) {
        Status s = step(sql, v);
        if (!s)
            return s;
    }
    return success();
}

} // namespace ahplead
