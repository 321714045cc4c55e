#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace ahplead {

// What differs between SQL backends, kept in one place (design.md: Storage): SQLite for a
// trust's or one person's store, PostgreSQL for a team's shared store. The schema, its
// migrations and the tables' SQL are written once, in SQLite's words; what PostgreSQL says
// differently comes from here.
struct SqlDialect {
    // Qt's driver for the backend, and its name for messages ("a SQLite database").
    QString driver;
    QString name;
    // The tables of the store (one column of names): an empty list is a new store.
    QString listTables;
    // Where the schema version is kept: read with the first (one row, one column), written
    // with the second (%1 is the version). SQLite keeps it in the file's header; PostgreSQL in a
    // table of its own (versionTable), made by versionTableSetup in the first migration. A store
    // without that table is version 0.
    QString readSchemaVersion;
    QString writeSchemaVersion;
    QString versionTable;
    QStringList versionTableSetup;
    // A query whose rows are the problems found in the store, a single "ok" when there are none.
    QString integrityCheck;
    // Run once the connection is open, for every store and for one opened for writing.
    QStringList onOpen;
    QStringList onOpenForWriting;
    // Makes the connection read-only, for Store::Mode::ReadOnly (SQLite's is an open flag).
    QStringList onOpenReadOnly;
    // Starts a write transaction that holds the store's one writer lock from its first statement
    // on, so a change never fails half-way because another writer got in first.
    QStringList beginWrite;
    // Added to every INSERT so that newRowId can read the new row's id. SQLite needs nothing
    // (the driver reports last_insert_rowid); PostgreSQL adds " RETURNING id" and reads the row.
    QString returningId;
    qint64 (*newRowId)(QSqlQuery &insert) = nullptr;
    // A byte column's value for binding, and the bytes of a value read back from one.
    QVariant (*blob)(const QByteArray &bytes) = nullptr;
    QByteArray (*blobBytes)(const QVariant &value) = nullptr;
    // A schema statement (CREATE TABLE ...) as written for SQLite, in this backend's words.
    QString (*schema)(const QString &statement) = nullptr;
    // COLUMN compared with, or ordered by, letters A-Z and a-z alike and everything else as it is
    // (SQLite's NOCASE).
    QString (*equalsIgnoringCase)(const QString &column) = nullptr; // "COLUMN = ?" ignoring case
    QString (*orderIgnoringCase)(const QString &column) = nullptr;
    // Run just before a write transaction commits, to tell other connections to the store that it
    // changed (PostgreSQL: NOTIFY on changeChannel, delivered only if the transaction commits);
    // empty for SQLite, whose files have no such signal.
    QString announceChange;
    // The channel of that announcement, from one row and column; empty for SQLite.
    QString changeChannel;
    // Starts a transaction that reads one snapshot of the store throughout (a store copied out).
    QString beginRead;
    // Run (%1 the table) after rows were inserted with their ids given, so that new rows get new
    // ids (PostgreSQL's identity sequences do not look at the rows); empty where not needed.
    QString afterExplicitIds;
    // The stem of the store's role names (StoreRoles), from one row and column; empty for a backend
    // without users and roles (SQLite, whose file permissions decide who may do what), where the
    // roles, row-level security and the audit log's database user are left out.
    QString rolePrefix;

    // The tail of an INSERT that instead updates COLUMNS of the row already there with the
    // same KEY: " ON CONFLICT (KEY) DO UPDATE SET c = excluded.c, ...".
    QString upsert(const QStringList &key, const QStringList &columns) const;

    bool isPostgres() const { return driver == QLatin1String("QPSQL"); }

    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();
};

} // namespace ahplead
