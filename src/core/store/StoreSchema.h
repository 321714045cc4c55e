#pragma once

#include "core/base/Result.h"

namespace ahplead {

class Sql;

// The store's schema as code: one step per version, each run in its own transaction,
// the version kept where the dialect keeps it (SQLite: PRAGMA user_version). Add a step; never
// edit an old one. Errors are the driver's words; Store::open says which file.
class StoreSchema {
public:
    static constexpr int CurrentVersion = 4;

    static Result<int> version(const Sql &sql);
    // Brings the database from its version up to CurrentVersion.
    static Status migrate(const Sql &sql);

private:
    static Status step(const Sql &sql, int toVersion);
};

} // namespace ahplead
