#include "core/store/SqlDialect.h"

#include <QSqlQuery>

namespace ahplead {

namespace {

qint64 lastInsertRowId(QSqlQuery &insert)
{
    return insert.lastInsertId().toLongLong();
}

// Bytes are bound as a blob: binding them as text would turn a 20 kB submission into UTF-16
// and back for every file a region imports.
QVariant bytesAsBlob(const QByteArray &bytes)
{
    return QVariant(bytes);
}

// Stores written before blobs were used kept the same bytes as text, which read back the same.
QByteArray blobOrText(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
}

} // namespace

QString SqlDialect::upsert(const QStringList &key, const QStringList &columns) const
{
    QStringList updates;
    for (const QString &column : columns)
        updates << column + QStringLiteral(" = excluded.") + column;
    return QStringLiteral(" ON CONFLICT (%1) DO UPDATE SET %2")
        .arg(key.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

const SqlDialect &SqlDialect::sqlite()
{
    static const SqlDialect dialect{
        QStringLiteral("QSQLITE"),
        QStringLiteral("PRAGMA user_version"),
        QStringLiteral("PRAGMA user_version = %1"),
        QStringLiteral("PRAGMA integrity_check"),
        QString(),
        lastInsertRowId,
        bytesAsBlob,
        blobOrText,
    };
    return dialect;
}

} // namespace ahplead
