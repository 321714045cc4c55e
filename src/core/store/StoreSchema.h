#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace ahplead {

// The store's schema as code: one step per version, each run in its own transaction,
// the version kept in PRAGMA user_version. Add a step; never edit an old one.
class StoreSchema {
public:
    static constexpr int CurrentVersion = 4;

    static Result<int> version(QSqlDatabase db);
    // Brings the database from its version up to CurrentVersion.
    static Status migrate(QSqlDatabase db);

private:
    static Status step(QSqlDatabase db, int toVersion);
};

} // namespace ahplead
