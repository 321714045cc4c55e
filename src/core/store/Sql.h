#pragma once

#include "core/base/Result.h"
#include "core/store/SqlDialect.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <unordered_map>

namespace ahplead {

// The one way the store's tables run SQL, on the connection Store opened. Each statement is
// prepared once and kept for the connection's life (re-preparing was a large part of bulk
// imports). Values are bound one way: a null QString as '' (the text columns are NOT NULL with
// '' for "none"), an invalid QVariant as NULL. A statement is reset as soon as it has run, so
// none keeps a read snapshot of the store open between calls. A driver's failure comes back
// as an Error naming the store and what could not be done, in plain words (SqlErrorText).
// A failure that means the connection to a server was lost is remembered, and the next
// statement or transaction opens the connection again first (reconnect), so that the store
// carries on once the server is back without being opened again.
class Sql {
public:
    using Row = std::function<void(const QSqlQuery &row)>;

    // SHOWN is the store as messages name it (StoreAddress::shown).
    Sql(QSqlDatabase database, QString shown, const SqlDialect &dialect);
    ~Sql();
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;

    QSqlDatabase database() const { return m_database; }
    const SqlDialect &dialect() const { return m_dialect; }
    // The store's file or address as the person knows it, for messages.
    const QString &shownPath() const { return m_path; }

    // Runs SQL with VALUES bound in order and calls EACH (when given) for every row; returns
    // the number of rows. WHAT says what failed, should it fail.
    Result<int> select(const QString &what, const QString &sql, const QVariantList &values, const Row &each = {});
    // Runs a change; returns the number of rows it changed.
    Result<int> change(const QString &what, const QString &sql, const QVariantList &values);
    // Runs a statement that takes no values and is not prepared (SAVEPOINT and the like, which
    // PostgreSQL cannot prepare).
    Status command(const QString &what, const QString &sql);
    // Runs an INSERT; returns the new row's id.
    Result<qint64> insert(const QString &what, const QString &sql, const QVariantList &values);

    // "<store>: WHAT: <DRIVERTEXT, put plainly>"; SQLSTATE, when known, is the server's code for it.
    Error error(const QString &what, const QString &driverText, const QString &sqlState = {}) const;
    // The same for a failure Qt reported, which is also noted in case it means the connection
    // was lost.
    Error failed(const QString &what, const QSqlError &failure);

    // Notes a failure of a statement run on the connection other than through this class (a
    // transaction's BEGIN or COMMIT): a lost connection is opened again before the next one.
    void noteFailure(const QSqlError &failure);
    // Opens the connection again if a failure since the last statement meant it was lost: the
    // prepared statements go, the connection is closed and opened, and REOPENED (setReopened)
    // puts the session back as Store had it. Fails, with the driver's words, while the server
    // cannot be reached; the next call tries again.
    bool reconnectIfLost(QString *driverText);
    void setReopened(std::function<bool(QString *driverText)> reopened) { m_reopened = std::move(reopened); }
    // "There is no THING ID in <store>."
    Error missing(const QString &thing, qint64 id) const;

    // Times are kept as ISO 8601 UTC text with milliseconds, which sorts as it reads.
    static QString now();
    // WHEN as stored, or now() for an invalid WHEN.
    static QString stamp(const QDateTime &when);
    static QDateTime parseStamp(const QVariant &value);

private:
    // The statement for SQL, run with VALUES bound; nullptr with *FAILURE set if it failed.
    QSqlQuery *run(const QString &sql, const QVariantList &values, QSqlError *failure);

    QSqlDatabase m_database;
    QString m_path;
    const SqlDialect &m_dialect;
    // By SQL text. A map whose entries stay put: a statement in use is never moved by another
    // one being added.
    std::unordered_map<QString, QSqlQuery> m_statements;
    bool m_lost = false;
    std::function<bool(QString *driverText)> m_reopened;
};

} // namespace ahplead
