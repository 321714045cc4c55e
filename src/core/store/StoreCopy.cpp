#include "core/store/StoreCopy.h"

#include "core/region/SubmissionFile.h"
#include "core/store/Sql.h"
#include "core/store/SqlTransaction.h"
#include "core/store/StoreSchema.h"

#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

namespace ahplead {

Result<std::vector<TableCount>> StoreCopy::counts(Sql &sql)
{
    std::vector<TableCount> list;
    for (const QString &table : StoreSchema::tables()) {
        qint64 rows = 0;
        auto read =
            sql.select(QStringLiteral("the rows could not be counted"), QStringLiteral("SELECT count(*) FROM ") + table,
                       {}, [&](const QSqlQuery &q) { rows = q.value(0).toLongLong(); });
        if (!read)
            return read.error();
        list.push_back({table, rows});
    }
    return list;
}

Result<std::vector<std::pair<QString, QString>>> StoreCopy::contentDigests(Sql &sql)
{
    std::vector<std::pair<QString, QString>> list;
    auto read = sql.select(QStringLiteral("the submissions could not be read"),
                           QStringLiteral("SELECT uuid, digest, content, direction FROM submissions ORDER BY uuid"), {},
                           [&](const QSqlQuery &q) {
                               const QByteArray content = sql.dialect().blobBytes(q.value(2));
                               // A sent submission keeps no content: its digest stands for itself.
                               const QString digest = q.value(3).toString() == QLatin1String("received")
                                                          ? SubmissionFile::digestOf(QByteArrayView(content))
                                                          : q.value(1).toString();
                               list.emplace_back(q.value(0).toString(), digest);
                           });
    if (!read)
        return read.error();
    return list;
}

Result<QStringList> StoreCopy::digestProblems(Sql &sql)
{
    QStringList problems;
    auto read = sql.select(QStringLiteral("the submissions could not be read"),
                           QStringLiteral("SELECT uuid, digest, content FROM submissions WHERE direction = 'received' "
                                          "ORDER BY uuid"),
                           {}, [&](const QSqlQuery &q) {
                               const QByteArray content = sql.dialect().blobBytes(q.value(2));
                               if (SubmissionFile::digestOf(QByteArrayView(content)) != q.value(1).toString())
                                   problems << QStringLiteral("submission %1").arg(q.value(0).toString());
                           });
    if (!read)
        return read.error();
    return problems;
}

Status StoreCopy::copyTable(Sql &from, Sql &to, const QString &table)
{
    const QString what = QStringLiteral("the table %1 could not be copied").arg(table);
    QSqlQuery rows(from.database());
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table)))
        return from.failed(what, rows.lastError());
    const QSqlRecord columns = rows.record();
    QStringList names;
    QStringList marks;
    for (int i = 0; i < columns.count(); ++i) {
        names << columns.fieldName(i);
        marks << QStringLiteral("?");
    }
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    while (rows.next()) {
        QVariantList values;
        for (int i = 0; i < columns.count(); ++i) {
            const QVariant value = rows.value(i);
            if (value.isNull())
                values << QVariant(); // NULL, not the '' Sql binds for a null text
            else if (value.typeId() == QMetaType::QByteArray || names[i] == QLatin1String("content"))
                values << to.dialect().blob(from.dialect().blobBytes(value));
            else
                values << value;
        }
        if (auto copied = to.change(what, insert, values); !copied)
            return copied.error();
    }
    if (rows.lastError().isValid())
        return from.failed(what, rows.lastError());
    if (!to.dialect().afterExplicitIds.isEmpty() && names.contains(QLatin1String("id")))
        if (auto set = to.select(what, to.dialect().afterExplicitIds.arg(table), {}); !set)
            return set.error();
    return success();
}

Status StoreCopy::verify(Sql &from, Sql &to)
{
    const QString what = QStringLiteral("the copy could not be checked");
    auto before = counts(from);
    auto after = counts(to);
    if (!before)
        return before.error();
    if (!after)
        return after.error();
    for (std::size_t i = 0; i < before->size(); ++i)
        if (before->at(i).rows != after->at(i).rows)
            return to.error(what, QStringLiteral("%1 has %2 rows in %3, the copy %4")
                                      .arg(before->at(i).table, QString::number(before->at(i).rows), from.shownPath(),
                                           QString::number(after->at(i).rows)));
    auto sourceDigests = contentDigests(from);
    auto copiedDigests = contentDigests(to);
    if (!sourceDigests)
        return sourceDigests.error();
    if (!copiedDigests)
        return copiedDigests.error();
    if (sourceDigests.value() != copiedDigests.value())
        return to.error(what, QStringLiteral("the submissions' content differs from %1's").arg(from.shownPath()));
    return success();
}

Status StoreCopy::copy(Sql &from, Sql &to)
{
    const QString what = QStringLiteral("the store could not be copied in");
    auto present = counts(to);
    if (!present)
        return present.error();
    const bool empty = std::all_of(present->cbegin(), present->cend(), [](const TableCount &c) { return c.rows == 0; });
    if (!empty)
        return fail(QStringLiteral("%1 already holds an ahplead store's data; a store is copied only into a new, "
                                   "empty one (nothing was changed)")
                        .arg(to.shownPath()));
    // One snapshot of FROM, however it changes meanwhile.
    if (Status begun = from.command(what, from.dialect().beginRead); !begun)
        return begun;
    SqlTransaction tx(to);
    Status result = tx.active() ? success() : Status(to.failed(what, tx.error()));
    for (const QString &table : StoreSchema::tables()) {
        if (!result)
            break;
        result = copyTable(from, to, table);
    }
    if (result)
        result = verify(from, to);
    if (result && !tx.commit())
        result = to.failed(what, tx.error());
    from.command(what, QStringLiteral("COMMIT")); // only read: nothing to keep or lose
    return result;
}

} // namespace ahplead
