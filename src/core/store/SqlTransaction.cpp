#include "core/store/SqlTransaction.h"

#include "core/store/Sql.h"

#include <QSqlError>
#include <QSqlQuery>

namespace ahplead {

SqlTransaction::SqlTransaction(const Sql &sql) : m_db(sql.database()), m_announce(sql.dialect().announceChange)
{
    QSqlQuery begin(m_db);
    const QStringList &statements = sql.dialect().beginWrite;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!begin.exec(statements[i])) {
            m_error = begin.lastError().text();
            if (i > 0) // begun, but the lock was not had: nothing to keep
                begin.exec(QStringLiteral("ROLLBACK"));
            return;
        }
    }
    m_active = true;
}

SqlTransaction::~SqlTransaction()
{
    if (m_active) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK"));
    }
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commit(m_db);
    if (!m_announce.isEmpty() && !commit.exec(m_announce)) {
        m_error = commit.lastError().text();
        return false;
    }
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        m_error = commit.lastError().text();
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

} // namespace ahplead
