#pragma once

#include <QSqlDatabase>
#include <QString>

namespace ahplead {

class Sql;

// One write transaction, begun as the store's dialect begins one (SqlDialect::beginWrite):
// it takes the store's writer lock at the start, so a change never fails half-way because
// another writer got in first; anything not committed is rolled back when the object goes
// out of scope.
class SqlTransaction {
public:
    explicit SqlTransaction(const Sql &sql);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    bool active() const { return m_active; }
    const QString &errorText() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    QString m_announce; // SqlDialect::announceChange
    bool m_active = false;
    QString m_error;
};

} // namespace ahplead
