#include "core/store/Sql.h"

#include "core/store/SqlErrorText.h"

#include <QSqlError>

namespace ahplead {

Sql::Sql(QSqlDatabase database, QString shown, const SqlDialect &dialect)
    : m_database(std::move(database)), m_path(std::move(shown)), m_dialect(dialect)
{
}

Sql::~Sql()
{
    m_statements.clear(); // prepared statements go before the connection they were prepared on
}

QSqlQuery *Sql::run(const QString &sql, const QVariantList &values, QSqlError *failure)
{
    if (QString driverText; !reconnectIfLost(&driverText)) {
        *failure = QSqlError(driverText, {}, QSqlError::ConnectionError);
        return nullptr;
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_database);
        query.setForwardOnly(true); // rows are read once, in order; Qt need not keep them
        if (!query.prepare(sql)) {
            // Not kept: a statement that failed to prepare (the store was busy, say) is
            // prepared afresh next time rather than failing for the rest of the session.
            *failure = query.lastError();
            noteFailure(*failure);
            return nullptr;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    QSqlQuery &query = it->second;
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        // Qt binds a null QString as NULL; our text columns are NOT NULL with '' for "none".
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.bindValue(i, QString(QLatin1String("")));
        else
            query.bindValue(i, value);
    }
    if (!query.exec()) {
        *failure = query.lastError();
        noteFailure(*failure);
        query.finish();
        return nullptr;
    }
    return &query;
}

Result<int> Sql::select(const QString &what, const QString &sql, const QVariantList &values, const Row &each)
{
    QSqlError failure;
    QSqlQuery *query = run(sql, values, &failure);
    if (!query)
        return failed(what, failure);
    int rows = 0;
    while (query->next()) {
        ++rows;
        if (each)
            each(*query);
    }
    // A row can also fail to be read (a damaged page, a full disk): next() is false then too.
    const QSqlError unread = query->lastError();
    query->finish();
    if (unread.isValid())
        return failed(what, unread);
    return rows;
}

Result<int> Sql::change(const QString &what, const QString &sql, const QVariantList &values)
{
    QSqlError failure;
    QSqlQuery *query = run(sql, values, &failure);
    if (!query)
        return failed(what, failure);
    const int rows = query->numRowsAffected();
    query->finish();
    return rows;
}

Status Sql::command(const QString &what, const QString &sql)
{
    if (QString driverText; !reconnectIfLost(&driverText))
        return error(what, driverText);
    QSqlQuery query(m_database);
    if (!query.exec(sql))
        return failed(what, query.lastError());
    return success();
}

Result<qint64> Sql::insert(const QString &what, const QString &sql, const QVariantList &values)
{
    QSqlError failure;
    QSqlQuery *query = run(sql + m_dialect.returningId, values, &failure);
    if (!query)
        return failed(what, failure);
    const qint64 id = m_dialect.newRowId(*query);
    query->finish();
    return id;
}

Error Sql::error(const QString &what, const QString &driverText, const QString &sqlState) const
{
    return Error{QStringLiteral("%1: %2: %3").arg(shownPath(), what, SqlErrorText::plain(driverText, sqlState))};
}

Error Sql::failed(const QString &what, const QSqlError &failure)
{
    noteFailure(failure);
    return error(what, failure.text(), failure.nativeErrorCode());
}

void Sql::noteFailure(const QSqlError &failure)
{
    if (failure.isValid() && SqlErrorText::connectionLost(failure.text(), failure.nativeErrorCode()))
        m_lost = true;
}

bool Sql::reconnectIfLost(QString *driverText)
{
    if (!m_lost)
        return true;
    // Qt's statements belong to the connection that prepared them: they go before it does.
    m_statements.clear();
    m_database.close();
    if (!m_database.open()) {
        *driverText = m_database.lastError().text();
        return false;
    }
    if (m_reopened && !m_reopened(driverText)) {
        m_database.close();
        return false;
    }
    m_lost = false;
    return true;
}

Error Sql::missing(const QString &thing, qint64 id) const
{
    return fail(QStringLiteral("There is no %1 %2 in %3.").arg(thing, QString::number(id), shownPath()));
}

QString Sql::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString Sql::stamp(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : now();
}

QDateTime Sql::parseStamp(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace ahplead
