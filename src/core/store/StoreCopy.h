#pragma once

#include "core/base/Result.h"

#include <QString>

#include <utility>
#include <vector>

namespace ahplead {

class Sql;

// The rows of one table of a store.
struct TableCount {
    QString table;
    qint64 rows = 0;
};

// Whole-store work for `ahplead-cli store check` and `store copy`, the same on either backend:
// counting the rows, checking each received submission's content against its digest, and
// copying every row of one store into another, empty one.
class StoreCopy {
public:
    static Result<std::vector<TableCount>> counts(Sql &sql);
    // The received submissions whose content no longer matches the digest they arrived with,
    // as "submission <uuid>" lines; empty when every one matches.
    static Result<QStringList> digestProblems(Sql &sql);
    // Copies every row of FROM into TO, keeping ids, in one transaction on TO that commits only
    // once TO holds as many rows in each table as FROM and the same submissions with the same
    // content: the whole store, or (on any failure) nothing. TO must be empty.
    static Status copy(Sql &from, Sql &to);

private:
    static Status copyTable(Sql &from, Sql &to, const QString &table);
    static Status verify(Sql &from, Sql &to);
    // uuid and the digest of the content as stored, for every submission.
    static Result<std::vector<std::pair<QString, QString>>> contentDigests(Sql &sql);
};

} // namespace ahplead
