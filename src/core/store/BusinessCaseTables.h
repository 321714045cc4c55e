#pragma once

#include "core/base/Result.h"
#include "core/store/Store.h"

#include <vector>

namespace ahplead {

class AssessmentTables;
class Sql;

// The SQL of the business cases (schema version 4) and of their lines in the audit log. Each
// case is kept as its canonical JSON (BusinessCaseWriter), with its organisation and title
// copied out for the list. Store opens the transaction around each change; the audit lines
// are written through AssessmentTables. WHAT, where asked, words a failure.
class BusinessCaseTables {
public:
    BusinessCaseTables(Sql &sql, AssessmentTables &assessments);

    Result<qint64> add(const BusinessCase &businessCase, const QString &actor, const QString &action,
                       const QString &what);
    Result<std::vector<BusinessCaseSummary>> businessCases();
    Result<BusinessCase> businessCase(qint64 id);
    // CHANGE says what changed, for the audit line.
    Status save(qint64 id, const BusinessCase &businessCase, const QString &actor, const QString &change,
                const QString &what);
    Status remove(qint64 id, const QString &actor, const QString &what);
    Result<std::vector<AuditEntry>> log(qint64 id);

private:
    Sql &m_sql;
    AssessmentTables &m_assessments;
};

} // namespace ahplead
