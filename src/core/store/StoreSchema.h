#pragma once

#include "core/base/Result.h"

#include <QStringList>

namespace ahplead {

class Sql;

// The store's schema as code: one step per version, each run in its own transaction,
// the version kept where the dialect keeps it (SQLite: PRAGMA user_version; PostgreSQL: the
// store_version table). The steps are written once, in SQLite's words, and run on PostgreSQL
// as SqlDialect::schema puts them. Add a step; never edit an old one. Errors are the driver's words; Store::open says
// which file.
class StoreSchema {
public:
    static constexpr int CurrentVersion = 8;

    static Result<int> version(Sql &sql);
    // The store's tables at CurrentVersion, each after the tables it refers to.
    static QStringList tables();
    // Brings the database from its version up to CurrentVersion.
    static Status migrate(Sql &sql);

private:
    static Status step(Sql &sql, int toVersion);
};

} // namespace ahplead
