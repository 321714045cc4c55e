#include "core/store/StoreRoles.h"

#include "core/store/AssessmentTables.h"
#include "core/store/Sql.h"

namespace ahplead {

namespace {

// A name as a PostgreSQL identifier: in double quotes, any double quote doubled. Role and schema
// names cannot be bound as values in GRANT and CREATE ROLE.
QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// The tables a reviewer changes (imports, reviews, assessments and business cases) and the one
// an admin changes as well (who is in which region). The audit log is only added to, by anyone
// but a viewer; no one but the store's owner may change or remove a line of it.
const char *const reviewedTables = "organisations, assessments, answers, submissions, review_comments, benchmarks, "
                                   "business_cases";

Result<QString> singleText(Sql &sql, const QString &what, const QString &query, const QVariantList &values = {})
{
    QString text;
    auto read = sql.select(what, query, values, [&](const QSqlQuery &q) { text = q.value(0).toString(); });
    if (!read)
        return read.error();
    return text;
}

} // namespace

StoreRoles::StoreRoles(Sql &sql, AssessmentTables &assessments) : m_sql(sql), m_assessments(assessments) {}

QStringList StoreRoles::names()
{
    return {QStringLiteral("viewer"), QStringLiteral("reviewer"), QStringLiteral("admin")};
}

QStringList StoreRoles::serverSchema()
{
    return {
        // Written by the server, not by ahplead: whoever the connection is, that is who made the
        // change. Only the store's owner may say otherwise (a store copied in keeps its lines' users).
        QStringLiteral("ALTER TABLE audit_log ALTER COLUMN db_user SET DEFAULT current_user"),
        QStringLiteral("CREATE FUNCTION audit_log_database_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                       "IF NOT pg_has_role((SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN "
                       "NEW.db_user := current_user; END IF; RETURN NEW; END $$"),
        QStringLiteral("CREATE TRIGGER audit_log_database_user BEFORE INSERT ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION audit_log_database_user()"),
        // A user's region, compared as SQLite's NOCASE would (lower() under "C"); none, or no row,
        // is national. The tables that hang off an organisation see through its policy: a
        // subquery on a table with row-level security sees only the rows the user may.
        QStringLiteral("ALTER TABLE organisations ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY region ON organisations USING (coalesce((SELECT lower(u.region) FROM "
                       "user_regions u WHERE u.user_name = current_user), '') IN ('', lower(organisations.region)))"),
        QStringLiteral("ALTER TABLE assessments ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY region ON assessments USING (organisation_id IN (SELECT id FROM organisations))"),
        QStringLiteral("ALTER TABLE answers ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY region ON answers USING (assessment_id IN (SELECT id FROM assessments))"),
        QStringLiteral("ALTER TABLE submissions ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY region ON submissions USING (organisation_id IN (SELECT id FROM organisations))"),
        QStringLiteral("ALTER TABLE review_comments ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("CREATE POLICY region ON review_comments USING (submission_id IN (SELECT id FROM submissions))"),
        // Not roles, but the server's share of an import, found by bench/core/shared_store_bench: a
        // submission's 18 kB of content compressed with lz4 rather than the default pglz took an
        // import of 10,000 from under 800 files a second to over 1,000 (a server built without lz4
        // keeps pglz), and each file's organisation is found by its code through an index, not by
        // reading every organisation (SQLite reads them in-process, fast enough without).
        QStringLiteral("DO $$ BEGIN ALTER TABLE submissions ALTER COLUMN content SET COMPRESSION lz4; "
                       "EXCEPTION WHEN feature_not_supported THEN NULL; END $$"),
        QStringLiteral("CREATE INDEX organisations_ods_code ON organisations (lower(ods_code))"),
    };
}

Result<QString> StoreRoles::groupRole(Sql &sql, const QString &role, const QString &what)
{
    auto prefix = singleText(sql, what, sql.dialect().rolePrefix);
    if (!prefix)
        return prefix.error();
    return QString(prefix.value() + QLatin1Char('_') + role);
}

Status StoreRoles::setUp(Sql &sql, const QString &what)
{
    // Given again, a right already held draws a notice from the server that helps no one.
    if (Status quiet = sql.command(what, QStringLiteral("SET LOCAL client_min_messages = warning")); !quiet)
        return quiet;
    QStringList roles;
    for (const QString &name : names()) {
        auto role = groupRole(sql, name, what);
        if (!role)
            return role.error();
        roles << quotedIdentifier(role.value());
        auto present = sql.select(what, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {role.value()});
        if (!present)
            return present.error();
        if (present.value() == 0)
            if (Status made = sql.command(what, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(roles.last())); !made)
                return made;
    }
    auto schema = singleText(sql, what, QStringLiteral("SELECT current_schema()"));
    if (!schema)
        return schema.error();
    const QString &viewer = roles[0];
    const QString &reviewer = roles[1];
    const QString &admin = roles[2];
    const QString tables = QString::fromLatin1(reviewedTables);
    // Each role has the rights of the one before it; an admin may give the first two to others.
    for (const QString &statement : {
             QStringLiteral("GRANT %1 TO %2").arg(viewer, reviewer),
             QStringLiteral("GRANT %1 TO %2").arg(reviewer, admin),
             QStringLiteral("GRANT %1, %2 TO %3 WITH ADMIN OPTION").arg(viewer, reviewer, admin),
             QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(quotedIdentifier(schema.value()), viewer),
             QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2")
                 .arg(quotedIdentifier(schema.value()), viewer),
             QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(tables, reviewer),
             QStringLiteral("GRANT INSERT ON audit_log TO %1").arg(reviewer),
             QStringLiteral("GRANT INSERT, UPDATE, DELETE ON user_regions TO %1").arg(admin),
             QStringLiteral("REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM PUBLIC, %1, %2, %3")
                 .arg(viewer, reviewer, admin),
         })
        if (Status granted = sql.command(what, statement); !granted)
            return granted;
    return success();
}

Status StoreRoles::grant(const QString &user, const QString &role, const QString &region, const QString &actor,
                         const QString &what)
{
    auto known = m_sql.select(what, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {user});
    if (!known)
        return known.error();
    if (known.value() == 0)
        return fail(QStringLiteral("%1: %2: the server has no user called \"%3\". Ask your IT team to create the "
                                   "login first (createuser %3), then give it its role again")
                        .arg(m_sql.shownPath(), what, user));
    QStringList groups;
    for (const QString &name : names()) {
        auto group = groupRole(m_sql, name, what);
        if (!group)
            return group.error();
        groups << group.value();
    }
    // Only the roles the user holds directly are taken away: REVOKE of one not held is a
    // warning, and one held through another role is not this store's to take.
    QStringList held;
    auto read = m_sql.select(
        what,
        QStringLiteral("SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                       "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? "
                       "AND r.rolname IN (?, ?, ?)"),
        {user, groups[0], groups[1], groups[2]}, [&](const QSqlQuery &q) { held << q.value(0).toString(); });
    if (!read)
        return read.error();
    const QString given = groups[int(names().indexOf(role))];
    for (const QString &group : held)
        if (group != given)
            if (Status revoked = m_sql.command(
                    what, QStringLiteral("REVOKE %1 FROM %2").arg(quotedIdentifier(group), quotedIdentifier(user)));
                !revoked)
                return revoked;
    if (!held.contains(given))
        if (Status granted = m_sql.command(
                what, QStringLiteral("GRANT %1 TO %2").arg(quotedIdentifier(given), quotedIdentifier(user)));
            !granted)
            return granted;
    auto placed = m_sql.change(what,
                               QStringLiteral("INSERT INTO user_regions (user_name, region) VALUES (?, ?)") +
                                   m_sql.dialect().upsert({QStringLiteral("user_name")}, {QStringLiteral("region")}),
                               {user, region.trimmed()});
    if (!placed)
        return placed.error();
    return m_assessments.audit(what, actor, QStringLiteral("grant"), 0, {},
                               QStringLiteral("%1: %2, %3")
                                   .arg(user, role,
                                        region.trimmed().isEmpty()
                                            ? QStringLiteral("national")
                                            : QStringLiteral("region %1").arg(region.trimmed())));
}

} // namespace ahplead
