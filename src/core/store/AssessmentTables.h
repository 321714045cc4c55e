#pragma once

#include "core/assessment/Assessment.h"
#include "core/base/Result.h"
#include "core/store/Store.h"

#include <QDateTime>

#include <functional>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QSqlQuery;
QT_END_NAMESPACE

namespace ahplead {

class Sql;

// The SQL of the assessments, their answers, the organisations they belong to and the audit
// log. Store opens the transaction around each change; the other tables use the organisations,
// the audit log and the assessments' lock from here. WHAT, where asked, words a failure
// ("the assessment could not be saved").
class AssessmentTables {
public:
    explicit AssessmentTables(Sql &sql);

    // Adds an assessment, its organisation (matched by ODS code, else by name) and answers.
    Result<qint64> add(const Assessment &assessment, const QString &actor, const QString &action, const QString &what,
                       const QString &detail = {});
    Result<Assessment> assessment(qint64 id);
    Result<std::vector<AssessmentSummary>> assessments();
    Status updateDetails(const Assessment &assessment, const QString &actor, const QString &what);
    Status remove(qint64 id, const QString &actor, const QString &what);
    Status saveAnswer(qint64 assessmentId, const Answer &answer, const QString &actor, const QString &what,
                      int agreedFrom = 0);
    // The rows whose rating block may carry INVITATIONID (Store::ratings checks each).
    Result<std::vector<qint64>> ratingIds(const QString &invitationId, const QString &what);
    Status clearAnswer(qint64 assessmentId, const QString &questionId, const QString &actor, const QString &what,
                       const QString &toAgree = {});
    Status saveAction(qint64 assessmentId, const TrackedAction &action, const QString &actor, const QString &what);
    Status saveCover(qint64 assessmentId, const CoverSheet &cover, const QString &actor, const QString &what);
    // Inserts the next revision of CURRENT's lineage (CURRENT being assessment ID as read).
    Result<qint64> revise(const Assessment &current, qint64 id, const QString &actor, const QString &what);
    // Fails with a clear message when the assessment is missing or a locked (submitted) revision.
    Status requireEditable(qint64 assessmentId);
    // Locks a submitted assessment: later edits go into a new revision.
    Status markSubmitted(qint64 assessmentId, const QString &what);

    // The organisation's row by the rule of Organisation::sameAs (one row per organisation),
    // without adding one. (A nameless organisation without a code has a row of its own too.)
    Result<std::optional<qint64>> findOrganisation(const Organisation &organisation, const QString &what);
    // Of ORGANISATION's assessments against FRAMEWORKID: the one created just before BEFORE
    // (by creation time, then id, for two created in one clock tick), and the one changed last
    // (the later of two changed together: the first listed). Read by index, without loading any.
    struct Created {
        QDateTime at;
        qint64 id = 0;
    };
    Result<std::optional<qint64>> previousOf(const Organisation &organisation, const QString &frameworkId,
                                             const Created &before, const QString &what);
    Result<std::optional<qint64>> lastChangedOf(const Organisation &organisation, const QString &frameworkId,
                                                const QString &what);

    // The organisation's id, adding it or bringing its details up to date.
    Result<qint64> organisationId(const Organisation &organisation, const QString &what);
    // The organisation's logo, a PNG (LogoImage); empty when it has none or is not in the store.
    Result<QByteArray> logo(const Organisation &organisation, const QString &what);
    // Sets the organisation's logo (adding the organisation when new); an empty PNG removes it.
    Status setLogo(const Organisation &organisation, const QByteArray &png, const QString &actor, const QString &what);
    // An organisation read from ROW's columns FIRST.. (name, ods_code, ics, region, type).
    static Organisation readOrganisation(const QSqlQuery &row, int first);

    // A line of the audit log about assessment ASSESSMENTID (0, kept as 0, for none).
    Status audit(const QString &what, const QString &actor, const QString &action, qint64 assessmentId,
                 const QString &questionId, const QString &detail);
    // A line of the audit log about business case CASEID (no assessment: NULL).
    Status auditBusinessCase(const QString &what, const QString &actor, const QString &action, qint64 caseId,
                             const QString &detail);
    Result<std::vector<AuditEntry>> auditLog(std::optional<qint64> assessmentId);

private:
    // Reads assessment ASSESSMENTID's board paper (actions, rating, cover, questions to agree), lets
    // CHANGE alter it and writes it back, with the assessment's updated_at, unless CHANGE returns
    // false (nothing changed): what saving an action, the cover or an answer shares.
    Status changeBoardPaper(qint64 assessmentId, const QString &what, const std::function<bool(Assessment &)> &change);
    struct Dated {
        qint64 id = 0;
        QDateTime created;
        QDateTime changed; // the creation time when never changed
    };
    // ORGANISATION's assessments against FRAMEWORKID, in the store's order of ids.
    Result<std::vector<Dated>> datedOf(const Organisation &organisation, const QString &frameworkId,
                                       const QString &what);
    Result<qint64> insert(const Assessment &assessment, const QString &actor, const QString &what);
    Status writeAnswer(qint64 assessmentId, const Answer &answer, const QString &when, const QString &actor,
                       const QString &what);
    Status writeAudit(const QString &what, const QVariantList &values);

    Sql &m_sql;
    const QString m_upsertAnswer;
};

} // namespace ahplead
