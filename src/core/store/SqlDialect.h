#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace ahplead {

// What differs between SQL backends, kept in one place (design.md: Storage) so a second
// backend, PostgreSQL for a team's shared store, is a second instance of this rather than
// edits across the tables. SQLite is the only backend today.
struct SqlDialect {
    // Qt's driver for the backend.
    QString driver;
    // Where the schema version is kept: read with the first (one row, one column), written
    // with the second (%1 is the version). SQLite keeps it in the file's header.
    QString readSchemaVersion;
    QString writeSchemaVersion;
    // A query whose rows are the problems found in the store, a single "ok" when there are none.
    QString integrityCheck;
    // Added to every INSERT so that newRowId can read the new row's id. SQLite needs nothing
    // (the driver reports last_insert_rowid); PostgreSQL would add " RETURNING id" and read
    // the row.
    QString returningId;
    qint64 (*newRowId)(QSqlQuery &insert) = nullptr;
    // A byte column's value for binding, and the bytes of a value read back from one.
    QVariant (*blob)(const QByteArray &bytes) = nullptr;
    QByteArray (*blobBytes)(const QVariant &value) = nullptr;

    // The tail of an INSERT that instead updates COLUMNS of the row already there with the
    // same KEY: " ON CONFLICT (KEY) DO UPDATE SET c = excluded.c, ...".
    QString upsert(const QStringList &key, const QStringList &columns) const;

    static const SqlDialect &sqlite();
};

} // namespace ahplead
