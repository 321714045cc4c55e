#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace ahplead {

class Sql;

// One write transaction, begun as the store's dialect begins one (SqlDialect::beginWrite):
// it takes the store's writer lock at the start, so a change never fails half-way because
// another writer got in first; anything not committed is rolled back when the object goes
// out of scope. A connection lost since the last statement is opened again first
// (Sql::reconnectIfLost), and a failure here that loses it is noted for the next one.
class SqlTransaction {
public:
    explicit SqlTransaction(Sql &sql);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool active() const { return m_active; }
    // Why the transaction could not begin or commit.
    const QSqlError &error() const { return m_error; }
    QString errorText() const { return m_error.text(); }
    bool commit();

private:
    Sql &m_sql;
    QString m_announce; // SqlDialect::announceChange
    bool m_active = false;
    QSqlError m_error;
};

} // namespace ahplead
