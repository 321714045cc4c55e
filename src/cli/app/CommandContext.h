#pragma once

#include "core/assessment/FrameworkLibrary.h"
#include "core/base/Result.h"
#include "core/store/Store.h"

#include <QTextStream>

#include <memory>
#include <optional>

namespace ahplead {

// What every subcommand shares: output streams, the store location and who is acting.
// The framework library and the store are opened only when a command first asks.
class CommandContext {
public:
    CommandContext(QTextStream &out, QTextStream &err, QString storePath, QString actor);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    const QString &storePath() const { return m_storePath; }
    const QString &actor() const { return m_actor; }

    // Null after printing the reason to err().
    const FrameworkLibrary *frameworks();
    Store *store();
    // The stored assessment ID_ARG names, or nothing after printing why.
    std::optional<Assessment> assessment(const QString &idArg);
    // The framework version an assessment was answered against, or null after printing why.
    const Framework *frameworkOf(const Assessment &assessment);
    // The version of framework ID a regional command summarises: VERSION when given, else the
    // newest version the store has received submissions on (else the newest there is). Versions
    // are never mixed; a note on err() names the other versions submissions were received on.
    // Null after printing why.
    const Framework *receivedFramework(const QString &id, const QString &version);

    // A moment as people read it in a sentence, in UK form and this computer's time:
    // "5 December 2026 at 14:02" (never 2026-12-05T14:02:00Z outside data files).
    static QString dateTimeWords(const QDateTime &when);
    // The same in a table's column: "05/12/2026 14:02".
    static QString dateTimeColumn(const QDateTime &when);

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_storePath;
    QString m_actor;
    std::optional<FrameworkLibrary> m_frameworks;
    std::unique_ptr<Store> m_store;
};

} // namespace ahplead
