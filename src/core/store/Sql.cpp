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

QSqlQuery *Sql::run(const QString &sql, const QVariantList &values, QString *driverText)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_database);
        query.setForwardOnly(true); // rows are read once, in order; Qt need not keep them
        if (!query.prepare(sql)) {
            // Not kept: a statement that failed to prepare (the store was busy, say) is
            // prepared afresh next time rather than failing for the rest of the session.
            *driverText = query.lastError().text();
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
        *driverText = query.lastError().text();
        query.finish();
        return nullptr;
    }
    return &query;
}

Result<int> Sql::select(const QString &what, const QString &sql, const QVariantList &values, const Row &each)
{
    QString driverText;
    QSqlQuery *query = run(sql, values, &driverText);
    if (!query)
        return error(what, driverText);
    int rows = 0;
    while (query->next()) {
        ++rows;
        if (each)
            each(*query);
    }
    // A row can also fail to be read (a damaged page, a full disk): next() is false then too.
    const QSqlError failed = query->lastError();
    query->finish();
    if (failed.isValid())
        return error(what, failed.text());
    return rows;
}

Result<int> Sql::change(const QString &what, const QString &sql, const QVariantList &values)
{
    QString driverText;
    QSqlQuery *query = run(sql, values, &driverText);
    if (!query)
        return error(what, driverText);
    const int rows = query->numRowsAffected();
    query->finish();
    return rows;
}

Status Sql::command(const QString &what, const QString &sql)
{
    QSqlQuery query(m_database);
    if (!query.exec(sql))
        return error(what, query.lastError().text());
    return success();
}

Result<qint64> Sql::insert(const QString &what, const QString &sql, const QVariantList &values)
{
    QString driverText;
    QSqlQuery *query = run(sql + m_dialect.returningId, values, &driverText);
    if (!query)
        return error(what, driverText);
    const qint64 id = m_dialect.newRowId(*query);
    query->finish();
    return id;
}

Error Sql::error(const QString &what, const QString &driverText) const
{
    return Error{QStringLiteral("%1: %2: %3").arg(shownPath(), what, SqlErrorText::plain(driverText))};
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
