#include "core/store/SqlTransaction.h"

#include "core/store/Sql.h"

#include <QSqlQuery>

namespace ahplead {

SqlTransaction::SqlTransaction(Sql &sql) : m_sql(sql), m_announce(sql.dialect().announceChange)
{
    if (QString driverText; !sql.reconnectIfLost(&driverText)) {
        m_error = QSqlError(driverText, {}, QSqlError::ConnectionError);
        return;
    }
    QSqlQuery begin(sql.database());
    const QStringList &statements = sql.dialect().beginWrite;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!begin.exec(statements[i])) {
            m_error = begin.lastError();
            sql.noteFailure(m_error);
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
        QSqlQuery rollback(m_sql.database());
        if (!rollback.exec(QStringLiteral("ROLLBACK")))
            m_sql.noteFailure(rollback.lastError());
    }
}

bool SqlTransaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commit(m_sql.database());
    if (!m_announce.isEmpty() && !commit.exec(m_announce)) {
        m_error = commit.lastError();
        m_sql.noteFailure(m_error);
        return false;
    }
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        m_error = commit.lastError();
        m_sql.noteFailure(m_error);
        return false; // still active: the destructor rolls back
    }
    m_active = false;
    return true;
}

} // namespace ahplead
