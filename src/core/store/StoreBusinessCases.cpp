// Store: the business cases (schema version 4). Kept apart from Store.cpp so the assessment
// and submission code and this can change without treading on each other.
#include "Store.h"

#include "SqlTransaction.h"
#include "business/BusinessCase.h"
#include "business/BusinessCaseReader.h"
#include "business/BusinessCaseWriter.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ahplead {

namespace {

QString nowStamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime fromStamp(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// Prepares and runs SQL with VALUES bound in order; a null QString binds as '' (the text
// columns are NOT NULL with '' for "none").
bool execute(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    if (!q.prepare(sql)) {
        *error = q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QString(QLatin1String("")))
                                                                                 : v);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

bool auditCase(QSqlDatabase db, const QString &actor, const QString &action, qint64 id, const QString &detail,
               QString *error)
{
    QSqlQuery q(db);
    return execute(q,
                   QStringLiteral("INSERT INTO audit_log (at, actor, action, business_case_id, detail) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {nowStamp(), actor, action, id, detail}, error);
}

QString displayTitle(const BusinessCase &bc)
{
    return bc.title.trimmed().isEmpty() ? QStringLiteral("(untitled)") : bc.title.trimmed();
}

} // namespace

Result<qint64> Store::addBusinessCase(const BusinessCase &businessCase, const QString &actor, const QString &action)
{
    const QString what = QStringLiteral("the business case could not be saved");
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(what, tx.errorText());
    const QString stamp = nowStamp();
    QSqlQuery q(db());
    QString error;
    if (!execute(q,
                 QStringLiteral("INSERT INTO business_cases (organisation, title, content, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 {businessCase.organisation.name, businessCase.title,
                  QString::fromUtf8(BusinessCaseWriter::toBytes(businessCase)), stamp, stamp},
                 &error))
        return sqlError(what, error);
    const qint64 id = q.lastInsertId().toLongLong();
    if (!auditCase(db(), actor, QStringLiteral("case_") + action, id, displayTitle(businessCase), &error))
        return sqlError(what, error);
    if (!tx.commit())
        return sqlError(what, tx.errorText());
    return id;
}

Result<std::vector<BusinessCaseSummary>> Store::businessCases() const
{
    QSqlQuery q(db());
    QString error;
    if (!execute(q,
                 QStringLiteral("SELECT id, organisation, title, created_at, updated_at FROM business_cases "
                                "ORDER BY organisation COLLATE NOCASE, updated_at DESC, id"),
                 {}, &error))
        return sqlError(QStringLiteral("the business cases could not be listed"), error);
    std::vector<BusinessCaseSummary> list;
    while (q.next())
        list.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), fromStamp(q.value(3)),
                        fromStamp(q.value(4))});
    return list;
}

Result<BusinessCase> Store::businessCase(qint64 id) const
{
    QSqlQuery q(db());
    QString error;
    if (!execute(q, QStringLiteral("SELECT content FROM business_cases WHERE id = ?"), {id}, &error))
        return sqlError(QStringLiteral("the business case could not be read"), error);
    if (!q.next())
        return fail(
            QStringLiteral("There is no business case %1 in %2.").arg(id).arg(QDir::toNativeSeparators(m_path)));
    // Read as a draft: the validator's problems are for the editor to show, not a reason to refuse.
    return BusinessCaseReader::parseDraft(
        q.value(0).toString().toUtf8(),
        QStringLiteral("%1: business case %2").arg(QDir::toNativeSeparators(m_path)).arg(id));
}

Status Store::saveBusinessCase(qint64 id, const BusinessCase &businessCase, const QString &actor, const QString &what)
{
    const QString failed = QStringLiteral("the business case could not be saved");
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(failed, tx.errorText());
    QSqlQuery q(db());
    QString error;
    if (!execute(q,
                 QStringLiteral("UPDATE business_cases SET organisation = ?, title = ?, content = ?, updated_at = ? "
                                "WHERE id = ?"),
                 {businessCase.organisation.name, businessCase.title,
                  QString::fromUtf8(BusinessCaseWriter::toBytes(businessCase)), nowStamp(), id},
                 &error))
        return sqlError(failed, error);
    if (q.numRowsAffected() != 1)
        return fail(
            QStringLiteral("There is no business case %1 in %2.").arg(id).arg(QDir::toNativeSeparators(m_path)));
    if (!auditCase(db(), actor, QStringLiteral("case_save"), id, what, &error))
        return sqlError(failed, error);
    if (!tx.commit())
        return sqlError(failed, tx.errorText());
    return success();
}

Status Store::deleteBusinessCase(qint64 id, const QString &actor)
{
    const QString failed = QStringLiteral("the business case could not be deleted");
    SqlTransaction tx(db());
    if (!tx.active())
        return sqlError(failed, tx.errorText());
    QSqlQuery q(db());
    QString error;
    if (!execute(q, QStringLiteral("SELECT title FROM business_cases WHERE id = ?"), {id}, &error))
        return sqlError(failed, error);
    if (!q.next())
        return fail(
            QStringLiteral("There is no business case %1 in %2.").arg(id).arg(QDir::toNativeSeparators(m_path)));
    const QString title = q.value(0).toString();
    q.finish();
    if (!execute(q, QStringLiteral("DELETE FROM business_cases WHERE id = ?"), {id}, &error))
        return sqlError(failed, error);
    if (!auditCase(db(), actor, QStringLiteral("case_delete"), id, title, &error))
        return sqlError(failed, error);
    if (!tx.commit())
        return sqlError(failed, tx.errorText());
    return success();
}

Result<std::vector<AuditEntry>> Store::businessCaseLog(qint64 id) const
{
    QSqlQuery q(db());
    QString error;
    if (!execute(q,
                 QStringLiteral("SELECT id, at, actor, action, detail FROM audit_log WHERE business_case_id = ? "
                                "ORDER BY id"),
                 {id}, &error))
        return sqlError(QStringLiteral("the change log could not be read"), error);
    std::vector<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromStamp(q.value(1));
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.detail = q.value(4).toString();
        e.businessCaseId = id;
        entries.push_back(e);
    }
    return entries;
}

} // namespace ahplead
