#include "core/store/BusinessCaseTables.h"

#include "core/businesscase/BusinessCase.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/businesscase/BusinessCaseWriter.h"
#include "core/store/AssessmentTables.h"
#include "core/store/Sql.h"

namespace ahplead {

namespace {

QString displayTitle(const BusinessCase &bc)
{
    return bc.title.trimmed().isEmpty() ? QStringLiteral("(untitled)") : bc.title.trimmed();
}

// The canonical JSON, kept as text: stores written so far hold it so, and read back the same.
QString content(const BusinessCase &bc)
{
    return QString::fromUtf8(BusinessCaseWriter::toBytes(bc));
}

} // namespace

BusinessCaseTables::BusinessCaseTables(Sql &sql, AssessmentTables &assessments) : m_sql(sql), m_assessments(assessments)
{
}

Result<qint64> BusinessCaseTables::add(const BusinessCase &businessCase, const QString &actor, const QString &action,
                                       const QString &what)
{
    const QString stamp = Sql::now();
    auto id = m_sql.insert(what,
                           QStringLiteral("INSERT INTO business_cases (organisation, title, content, created_at, "
                                          "updated_at) VALUES (?, ?, ?, ?, ?)"),
                           {businessCase.organisation.name, businessCase.title, content(businessCase), stamp, stamp});
    if (!id)
        return id;
    if (Status logged = m_assessments.auditBusinessCase(what, actor, QStringLiteral("case_") + action, id.value(),
                                                        displayTitle(businessCase));
        !logged)
        return logged.error();
    return id;
}

Result<std::vector<BusinessCaseSummary>> BusinessCaseTables::businessCases()
{
    std::vector<BusinessCaseSummary> list;
    auto read = m_sql.select(
        QStringLiteral("the business cases could not be listed"),
        QStringLiteral("SELECT id, organisation, title, created_at, updated_at FROM business_cases "
                       "ORDER BY ") +
            m_sql.dialect().orderIgnoringCase(QStringLiteral("organisation")) + QStringLiteral(", updated_at DESC, id"),
        {}, [&](const QSqlQuery &q) {
            list.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                            Sql::parseStamp(q.value(3)), Sql::parseStamp(q.value(4))});
        });
    if (!read)
        return read.error();
    return list;
}

Result<BusinessCase> BusinessCaseTables::businessCase(qint64 id)
{
    QByteArray json;
    auto read = m_sql.select(QStringLiteral("the business case could not be read"),
                             QStringLiteral("SELECT content FROM business_cases WHERE id = ?"), {id},
                             [&](const QSqlQuery &q) { json = q.value(0).toString().toUtf8(); });
    if (!read)
        return read.error();
    if (read.value() == 0)
        return m_sql.missing(QStringLiteral("business case"), id);
    // Read as a draft: the validator's problems are for the editor to show, not a reason to refuse.
    return BusinessCaseReader::parseDraft(
        json, QStringLiteral("%1: business case %2").arg(m_sql.shownPath(), QString::number(id)));
}

Status BusinessCaseTables::save(qint64 id, const BusinessCase &businessCase, const QString &actor,
                                const QString &change, const QString &what)
{
    auto updated =
        m_sql.change(what,
                     QStringLiteral("UPDATE business_cases SET organisation = ?, title = ?, content = ?, "
                                    "updated_at = ? WHERE id = ?"),
                     {businessCase.organisation.name, businessCase.title, content(businessCase), Sql::now(), id});
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return m_sql.missing(QStringLiteral("business case"), id);
    return m_assessments.auditBusinessCase(what, actor, QStringLiteral("case_save"), id, change);
}

Status BusinessCaseTables::remove(qint64 id, const QString &actor, const QString &what)
{
    QString title;
    auto read = m_sql.select(what, QStringLiteral("SELECT title FROM business_cases WHERE id = ?"), {id},
                             [&](const QSqlQuery &q) { title = q.value(0).toString(); });
    if (!read)
        return read.error();
    if (read.value() == 0)
        return m_sql.missing(QStringLiteral("business case"), id);
    auto deleted = m_sql.change(what, QStringLiteral("DELETE FROM business_cases WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    return m_assessments.auditBusinessCase(what, actor, QStringLiteral("case_delete"), id, title);
}

Result<std::vector<AuditEntry>> BusinessCaseTables::log(qint64 id)
{
    std::vector<AuditEntry> entries;
    auto read = m_sql.select(QStringLiteral("the change log could not be read"),
                             QStringLiteral("SELECT id, at, actor, action, detail, db_user FROM audit_log "
                                            "WHERE business_case_id = ? ORDER BY id"),
                             {id}, [&](const QSqlQuery &q) {
                                 AuditEntry e;
                                 e.id = q.value(0).toLongLong();
                                 e.at = Sql::parseStamp(q.value(1));
                                 e.actor = q.value(2).toString();
                                 e.action = q.value(3).toString();
                                 e.detail = q.value(4).toString();
                                 e.businessCaseId = id;
                                 e.databaseUser = q.value(5).toString();
                                 entries.push_back(e);
                             });
    if (!read)
        return read.error();
    return entries;
}

} // namespace ahplead
