#include "core/store/AssessmentTables.h"

#include "core/assessment/ActionTracking.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/assessment/RaterJson.h"
#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"
#include "core/store/Sql.h"

namespace ahplead {

namespace {

// The board_paper column (schema version 7): {"actions": [...], "rating": {...}, "cover": {...},
// "toAgree": [...]}, '' for none (the cover sheet and the questions to agree came later in the
// same JSON, so no new column or migration). What an assessment file carries beyond its answers,
// in the file's own JSON. An answer settles its question's entry in "toAgree" (saveAnswer).
QString boardPaperText(const Assessment &a)
{
    nlohmann::ordered_json paper = nlohmann::ordered_json::object();
    if (nlohmann::ordered_json actions = ActionTracking::toJson(a.actions, nullptr); !actions.empty())
        paper["actions"] = std::move(actions);
    if (a.rating)
        paper["rating"] = RaterJson::toJson(*a.rating);
    if (nlohmann::ordered_json cover = a.cover.toJson(); !cover.empty())
        paper["cover"] = std::move(cover);
    if (nlohmann::ordered_json toAgree = AssessmentWriter::toAgreeJson(a, nullptr); !toAgree.empty())
        paper["toAgree"] = std::move(toAgree);
    return paper.empty() ? QString() : QString::fromStdString(paper.dump());
}

Status readBoardPaper(const QString &text, Assessment &a)
{
    if (text.isEmpty())
        return success();
    const QString where = QStringLiteral("assessment %1's board paper").arg(a.id);
    auto doc = JsonFile::parse(text.toUtf8(), where);
    if (!doc)
        return doc.error();
    try {
        const JsonReader root(doc.value(), where);
        root.allowOnly({"actions", "rating", "cover", "toAgree"});
        if (root.has("actions"))
            a.actions = ActionTracking::fromJson(root.field("actions"), nullptr);
        if (root.has("rating"))
            a.rating = RaterJson::fromJson(root.field("rating"));
        if (root.has("cover"))
            a.cover = CoverSheet::fromJson(root.field("cover"));
        if (root.has("toAgree"))
            a.toAgree = AssessmentReader::toAgreeFromJson(root.field("toAgree"), nullptr);
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
    return success();
}

// Matches the board_paper of a rating (one board member's own answers): it is never the
// previous or latest assessment of its organisation, which is the board's own.
QString ratingPattern()
{
    return QStringLiteral("%\"rating\":%");
}

} // namespace

Organisation AssessmentTables::readOrganisation(const QSqlQuery &row, int first)
{
    return {row.value(first).toString(), row.value(first + 1).toString(), row.value(first + 2).toString(),
            row.value(first + 3).toString(), row.value(first + 4).toString()};
}

AssessmentTables::AssessmentTables(Sql &sql)
    : m_sql(sql),
      m_upsertAnswer(
          QStringLiteral("INSERT INTO answers (assessment_id, question_id, value, evidence, flagged, "
                         "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?)") +
          sql.dialect().upsert({QStringLiteral("assessment_id"), QStringLiteral("question_id")},
                               {QStringLiteral("value"), QStringLiteral("evidence"), QStringLiteral("flagged"),
                                QStringLiteral("updated_at"), QStringLiteral("updated_by")}))
{
}

Status AssessmentTables::writeAudit(const QString &what, const QVariantList &values)
{
    auto written = m_sql.insert(what,
                                QStringLiteral("INSERT INTO audit_log (at, actor, action, assessment_id, question_id, "
                                               "detail, business_case_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                values);
    if (!written)
        return written.error();
    return success();
}

Status AssessmentTables::audit(const QString &what, const QString &actor, const QString &action, qint64 assessmentId,
                               const QString &questionId, const QString &detail)
{
    return writeAudit(what, {Sql::now(), actor, action, assessmentId, questionId, detail, QVariant()});
}

Status AssessmentTables::auditBusinessCase(const QString &what, const QString &actor, const QString &action,
                                           qint64 caseId, const QString &detail)
{
    // No question: '' as the column's default gave the lines written before.
    return writeAudit(what, {Sql::now(), actor, action, QVariant(), QString(), detail, caseId});
}

Result<std::vector<AuditEntry>> AssessmentTables::auditLog(std::optional<qint64> assessmentId)
{
    const QString sql =
        QStringLiteral("SELECT id, at, actor, action, assessment_id, question_id, detail, db_user FROM audit_log") +
        (assessmentId ? QStringLiteral(" WHERE assessment_id = ?") : QString()) + QStringLiteral(" ORDER BY id");
    std::vector<AuditEntry> entries;
    auto read =
        m_sql.select(QStringLiteral("the audit log could not be read"), sql,
                     assessmentId ? QVariantList{*assessmentId} : QVariantList{}, [&](const QSqlQuery &q) {
                         entries.push_back({q.value(0).toLongLong(), Sql::parseStamp(q.value(1)), q.value(2).toString(),
                                            q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                                            q.value(6).toString(), 0, q.value(7).toString()});
                     });
    if (!read)
        return read.error();
    return entries;
}

Result<std::optional<qint64>> AssessmentTables::findOrganisation(const Organisation &org, const QString &what)
{
    // Organisation::sameAs: a code, when given, decides; otherwise the name among the rows
    // without one.
    const bool byCode = !org.odsCode.trimmed().isEmpty();
    std::optional<qint64> found;
    const SqlDialect &dialect = m_sql.dialect();
    auto read = m_sql.select(what,
                             byCode ? QStringLiteral("SELECT id FROM organisations WHERE ") +
                                          dialect.equalsIgnoringCase(QStringLiteral("ods_code"))
                                    : QStringLiteral("SELECT id FROM organisations WHERE ods_code = '' AND ") +
                                          dialect.equalsIgnoringCase(QStringLiteral("name")),
                             {byCode ? org.odsCode.trimmed() : org.name.trimmed()}, [&](const QSqlQuery &q) {
                                 if (!found)
                                     found = q.value(0).toLongLong();
                             });
    if (!read)
        return read.error();
    return found;
}

Result<std::vector<AssessmentTables::Dated>> AssessmentTables::datedOf(const Organisation &organisation,
                                                                       const QString &frameworkId, const QString &what)
{
    std::vector<Dated> list;
    // An empty name matches nothing (Organisation::sameAs), though the store keeps a row for it.
    if (organisation.odsCode.trimmed().isEmpty() && organisation.name.trimmed().isEmpty())
        return list;
    auto organisationRow = findOrganisation(organisation, what);
    if (!organisationRow)
        return organisationRow.error();
    if (!organisationRow.value())
        return list;
    // Only ids and times, through the organisation's index; compared as times, not as text,
    // so that stamps written by older versions order correctly too.
    auto read =
        m_sql.select(what,
                     QStringLiteral("SELECT id, created_at, updated_at FROM assessments "
                                    "WHERE organisation_id = ? AND framework_id = ? AND board_paper NOT LIKE ? "
                                    "ORDER BY id"),
                     {*organisationRow.value(), frameworkId, ratingPattern()}, [&](const QSqlQuery &q) {
                         Dated d{q.value(0).toLongLong(), Sql::parseStamp(q.value(1)), Sql::parseStamp(q.value(2))};
                         if (!d.changed.isValid())
                             d.changed = d.created;
                         list.push_back(d);
                     });
    if (!read)
        return read.error();
    return list;
}

Result<std::optional<qint64>> AssessmentTables::previousOf(const Organisation &organisation, const QString &frameworkId,
                                                           const Created &before, const QString &what)
{
    auto dated = datedOf(organisation, frameworkId, what);
    if (!dated)
        return dated.error();
    const auto earlier = [](const QDateTime &at, qint64 id, const QDateTime &otherAt, qint64 otherId) {
        return at < otherAt || (at == otherAt && id < otherId);
    };
    const Dated *best = nullptr;
    for (const Dated &d : dated.value())
        if (earlier(d.created, d.id, before.at, before.id) &&
            (!best || earlier(best->created, best->id, d.created, d.id)))
            best = &d;
    return best ? std::optional<qint64>(best->id) : std::optional<qint64>();
}

Result<std::optional<qint64>> AssessmentTables::lastChangedOf(const Organisation &organisation,
                                                              const QString &frameworkId, const QString &what)
{
    auto dated = datedOf(organisation, frameworkId, what);
    if (!dated)
        return dated.error();
    const Dated *latest = nullptr;
    for (const Dated &d : dated.value())
        if (!latest || d.changed > latest->changed)
            latest = &d;
    return latest ? std::optional<qint64>(latest->id) : std::optional<qint64>();
}

Result<qint64> AssessmentTables::organisationId(const Organisation &org, const QString &what)
{
    auto lookedUp = findOrganisation(org, what);
    if (!lookedUp)
        return lookedUp.error();
    const std::optional<qint64> found = lookedUp.value();
    if (found) {
        // The newest details win: a trust that renamed itself shows its new name. Unchanged
        // details are not rewritten (a region imports many submissions from each trust).
        auto updated =
            m_sql.change(what,
                         QStringLiteral("UPDATE organisations SET name = ?, ics = ?, region = ?, type = ? "
                                        "WHERE id = ? AND (name <> ? OR ics <> ? OR region <> ? OR type <> ?)"),
                         {org.name, org.ics, org.region, org.type, *found, org.name, org.ics, org.region, org.type});
        if (!updated)
            return updated.error();
        return *found;
    }
    return m_sql.insert(what,
                        QStringLiteral("INSERT INTO organisations (name, ods_code, ics, region, type) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {org.name, org.odsCode.trimmed(), org.ics, org.region, org.type});
}

Result<QByteArray> AssessmentTables::logo(const Organisation &organisation, const QString &what)
{
    auto row = findOrganisation(organisation, what);
    if (!row)
        return row.error();
    QByteArray png;
    if (!row.value())
        return png;
    auto read =
        m_sql.select(what, QStringLiteral("SELECT logo FROM organisations WHERE id = ?"), {*row.value()},
                     [&](const QSqlQuery &q) { png = QByteArray::fromBase64(q.value(0).toString().toLatin1()); });
    if (!read)
        return read.error();
    return png;
}

Status AssessmentTables::setLogo(const Organisation &organisation, const QByteArray &png, const QString &actor,
                                 const QString &what)
{
    auto row = organisationId(organisation, what);
    if (!row)
        return row.error();
    auto changed = m_sql.change(what, QStringLiteral("UPDATE organisations SET logo = ? WHERE id = ?"),
                                {QString::fromLatin1(png.toBase64()), row.value()});
    if (!changed)
        return changed.error();
    // No assessment: the logo belongs to the organisation and every paper of it.
    return audit(what, actor, png.isEmpty() ? QStringLiteral("logo_removed") : QStringLiteral("logo"), 0, {},
                 organisation.name);
}

Status AssessmentTables::writeAnswer(qint64 assessmentId, const Answer &a, const QString &when, const QString &actor,
                                     const QString &what)
{
    // The statement is prepared once and kept: preparing it per answer was most of the cost of
    // importing thousands of assessments.
    auto written = m_sql.change(what, m_upsertAnswer,
                                {assessmentId, a.questionId, toString(a.value), a.evidence, a.flagged ? 1 : 0, when,
                                 a.updatedBy.isEmpty() ? actor : a.updatedBy});
    if (!written)
        return written.error();
    return success();
}

Result<qint64> AssessmentTables::insert(const Assessment &a, const QString &actor, const QString &what)
{
    auto orgId = organisationId(a.organisation, what);
    if (!orgId)
        return orgId.error();
    const QString created = Sql::stamp(a.createdAt);
    const QString updated = a.updatedAt.isValid() ? Sql::stamp(a.updatedAt) : created;
    auto id = m_sql.insert(
        what,
        QStringLiteral("INSERT INTO assessments (organisation_id, framework_id, framework_version, title, status, "
                       "assessor_name, assessor_role, created_at, updated_at, revision, lineage_id, locked, "
                       "board_paper) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {orgId.value(), a.frameworkId, a.frameworkVersion, a.title, a.status, a.assessor.name, a.assessor.role, created,
         updated, a.revision, a.lineageId > 0 ? QVariant(a.lineageId) : QVariant(), a.locked ? 1 : 0,
         boardPaperText(a)});
    if (!id)
        return id.error();
    for (const Answer &answer : a.answers)
        if (Status written = writeAnswer(id.value(), answer, Sql::stamp(answer.updatedAt), actor, what); !written)
            return written.error();
    return id;
}

Result<qint64> AssessmentTables::add(const Assessment &a, const QString &actor, const QString &action,
                                     const QString &what, const QString &detail)
{
    Assessment fresh = a;
    fresh.lineageId = 0; // lineage ids belong to one store; a new assessment starts its own
    auto id = insert(fresh, actor, what);
    if (!id)
        return id;
    const QString line = detail.isEmpty() ? QStringLiteral("%1 answers").arg(a.answers.size()) : detail;
    if (Status logged = audit(what, actor, action, id.value(), {}, line); !logged)
        return logged.error();
    return id;
}

Status AssessmentTables::requireEditable(qint64 assessmentId)
{
    int locked = 0;
    int revision = 0;
    auto read = m_sql.select(QStringLiteral("the assessment could not be read"),
                             QStringLiteral("SELECT locked, revision FROM assessments WHERE id = ?"), {assessmentId},
                             [&](const QSqlQuery &q) {
                                 locked = q.value(0).toInt();
                                 revision = q.value(1).toInt();
                             });
    if (!read)
        return read.error();
    if (read.value() == 0)
        return m_sql.missing(QStringLiteral("assessment"), assessmentId);
    if (locked != 0)
        return fail(QStringLiteral("Assessment %1 (revision %2) has been submitted and is read-only; changes go into "
                                   "a new revision.")
                        .arg(assessmentId)
                        .arg(revision));
    return success();
}

Result<Assessment> AssessmentTables::assessment(qint64 id)
{
    Assessment a;
    QString paper;
    auto read = m_sql.select(
        QStringLiteral("the assessment could not be read"),
        QStringLiteral("SELECT a.id, a.title, a.status, a.framework_id, a.framework_version, a.assessor_name, "
                       "a.assessor_role, a.created_at, a.updated_at, o.name, o.ods_code, o.ics, o.region, o.type, "
                       "a.revision, coalesce(a.lineage_id, a.id), a.locked, a.board_paper "
                       "FROM assessments a JOIN organisations o ON o.id = a.organisation_id WHERE a.id = ?"),
        {id}, [&](const QSqlQuery &q) {
            a.id = q.value(0).toLongLong();
            a.title = q.value(1).toString();
            a.status = q.value(2).toString();
            a.frameworkId = q.value(3).toString();
            a.frameworkVersion = q.value(4).toString();
            a.assessor = {q.value(5).toString(), q.value(6).toString()};
            a.createdAt = Sql::parseStamp(q.value(7));
            a.updatedAt = Sql::parseStamp(q.value(8));
            a.organisation = readOrganisation(q, 9);
            a.revision = q.value(14).toInt();
            a.lineageId = q.value(15).toLongLong();
            a.locked = q.value(16).toInt() != 0;
            paper = q.value(17).toString();
        });
    if (!read)
        return read.error();
    if (read.value() == 0)
        return m_sql.missing(QStringLiteral("assessment"), id);
    if (Status extra = readBoardPaper(paper, a); !extra)
        return extra.error();
    auto answers =
        m_sql.select(QStringLiteral("the answers could not be read"),
                     QStringLiteral("SELECT question_id, value, evidence, flagged, updated_at, updated_by FROM answers "
                                    "WHERE assessment_id = ?"),
                     {id}, [&](const QSqlQuery &q) {
                         Answer answer;
                         answer.questionId = q.value(0).toString();
                         answer.value = answerValueFromString(q.value(1).toString()).value_or(AnswerValue::NotInPlace);
                         answer.evidence = q.value(2).toString();
                         answer.flagged = q.value(3).toInt() != 0;
                         answer.updatedAt = Sql::parseStamp(q.value(4));
                         answer.updatedBy = q.value(5).toString();
                         a.answers.insert(answer.questionId, answer);
                     });
    if (!answers)
        return answers.error();
    for (auto it = a.answers.cbegin(); it != a.answers.cend(); ++it)
        a.toAgree.remove(it.key()); // settled, should an older write have left it
    return a;
}

Result<std::vector<AssessmentSummary>> AssessmentTables::assessments()
{
    std::vector<AssessmentSummary> list;
    auto read = m_sql.select(
        QStringLiteral("the assessments could not be listed"),
        QStringLiteral("SELECT a.id, a.title, a.status, a.framework_id, a.framework_version, a.assessor_name, "
                       "a.created_at, a.updated_at, o.name, o.ods_code, o.ics, o.region, o.type, "
                       "(SELECT count(*) FROM answers n WHERE n.assessment_id = a.id), a.revision, a.locked, "
                       "a.board_paper FROM assessments a JOIN organisations o ON o.id = a.organisation_id "
                       "ORDER BY ") +
            m_sql.dialect().orderIgnoringCase(QStringLiteral("o.name")) + QStringLiteral(", a.updated_at DESC, a.id"),
        {}, [&](const QSqlQuery &q) {
            AssessmentSummary s;
            s.id = q.value(0).toLongLong();
            s.title = q.value(1).toString();
            s.status = q.value(2).toString();
            s.frameworkId = q.value(3).toString();
            s.frameworkVersion = q.value(4).toString();
            s.assessorName = q.value(5).toString();
            s.createdAt = Sql::parseStamp(q.value(6));
            s.updatedAt = Sql::parseStamp(q.value(7));
            s.organisation = readOrganisation(q, 8);
            s.answered = q.value(13).toInt();
            s.revision = q.value(14).toInt();
            s.locked = q.value(15).toInt() != 0;
            // Only a rating's board paper is read: the list opens with the app, and most hold
            // actions and a cover sheet it has no use for.
            if (const QString paper = q.value(16).toString(); paper.contains(QLatin1String("\"rating\":"))) {
                Assessment extra;
                extra.id = s.id;
                // A board paper that cannot be read is reported when the assessment is opened.
                if (readBoardPaper(paper, extra) && extra.rating)
                    s.raterRole = extra.rating->role;
            }
            list.push_back(s);
        });
    if (!read)
        return read.error();
    return list;
}

Status AssessmentTables::updateDetails(const Assessment &a, const QString &actor, const QString &what)
{
    auto orgId = organisationId(a.organisation, what);
    if (!orgId)
        return orgId.error();
    auto updated = m_sql.change(what,
                                QStringLiteral("UPDATE assessments SET organisation_id = ?, title = ?, status = ?, "
                                               "assessor_name = ?, assessor_role = ?, updated_at = ? WHERE id = ?"),
                                {orgId.value(), a.title, a.status, a.assessor.name, a.assessor.role, Sql::now(), a.id});
    if (!updated)
        return updated.error();
    if (updated.value() != 1)
        return m_sql.missing(QStringLiteral("assessment"), a.id);
    return audit(what, actor, QStringLiteral("update"), a.id, {}, QStringLiteral("status %1").arg(a.status));
}

Status AssessmentTables::remove(qint64 id, const QString &actor, const QString &what)
{
    auto deleted = m_sql.change(what, QStringLiteral("DELETE FROM assessments WHERE id = ?"), {id});
    if (!deleted)
        return deleted.error();
    if (deleted.value() != 1)
        return m_sql.missing(QStringLiteral("assessment"), id);
    return audit(what, actor, QStringLiteral("delete"), id, {}, {});
}

Status AssessmentTables::saveAnswer(qint64 assessmentId, const Answer &answer, const QString &actor,
                                    const QString &what, int agreedFrom)
{
    const QString when = Sql::now();
    auto touched =
        m_sql.change(what, QStringLiteral("UPDATE assessments SET updated_at = ? WHERE id = ?"), {when, assessmentId});
    if (!touched)
        return touched.error();
    if (touched.value() != 1)
        return m_sql.missing(QStringLiteral("assessment"), assessmentId);
    Answer stamped = answer;
    stamped.updatedBy = actor;
    if (Status written = writeAnswer(assessmentId, stamped, when, actor, what); !written)
        return written;
    // An answer settles a question the board still had to agree.
    if (Status settled = changeBoardPaper(assessmentId, what,
                                          [&](Assessment &held) { return held.toAgree.remove(answer.questionId) > 0; });
        !settled)
        return settled;
    QString detail = toString(answer.value) + (answer.flagged ? QStringLiteral(", flagged") : QString()) +
                     (answer.evidence.isEmpty() ? QString() : QStringLiteral(", with evidence"));
    if (agreedFrom > 0)
        detail += agreedFrom == 1 ? QStringLiteral(", agreed from 1 rating")
                                  : QStringLiteral(", agreed from %1 ratings").arg(agreedFrom);
    return audit(what, actor, agreedFrom > 0 ? QStringLiteral("agree") : QStringLiteral("answer"), assessmentId,
                 answer.questionId, detail);
}

Result<std::vector<qint64>> AssessmentTables::ratingIds(const QString &invitationId, const QString &what)
{
    std::vector<qint64> ids;
    // The invitation id is a UUID (RaterJson checks it), so it holds no LIKE wildcard; the
    // caller reads each row and keeps only those whose rating block really carries it.
    auto read = m_sql.select(what, QStringLiteral("SELECT id FROM assessments WHERE board_paper LIKE ? ORDER BY id"),
                             {QStringLiteral("%\"invitationId\":\"%1\"%").arg(invitationId)},
                             [&](const QSqlQuery &q) { ids.push_back(q.value(0).toLongLong()); });
    if (!read)
        return read.error();
    return ids;
}

Status AssessmentTables::clearAnswer(qint64 assessmentId, const QString &questionId, const QString &actor,
                                     const QString &what, const QString &toAgree)
{
    auto cleared = m_sql.change(what, QStringLiteral("DELETE FROM answers WHERE assessment_id = ? AND question_id = ?"),
                                {assessmentId, questionId});
    if (!cleared)
        return cleared.error();
    auto touched = m_sql.change(what, QStringLiteral("UPDATE assessments SET updated_at = ? WHERE id = ?"),
                                {Sql::now(), assessmentId});
    if (!touched)
        return touched.error();
    if (!toAgree.isEmpty()) {
        if (Status reopened = changeBoardPaper(assessmentId, what,
                                               [&](Assessment &held) {
                                                   held.toAgree.insert(questionId, toAgree);
                                                   return true;
                                               });
            !reopened)
            return reopened;
    }
    return audit(what, actor, QStringLiteral("clear_answer"), assessmentId, questionId, {});
}

Status AssessmentTables::changeBoardPaper(qint64 assessmentId, const QString &what,
                                          const std::function<bool(Assessment &)> &change)
{
    QString paper;
    auto read = m_sql.select(what, QStringLiteral("SELECT board_paper FROM assessments WHERE id = ?"), {assessmentId},
                             [&](const QSqlQuery &q) { paper = q.value(0).toString(); });
    if (!read)
        return read.error();
    if (read.value() == 0)
        return m_sql.missing(QStringLiteral("assessment"), assessmentId);
    Assessment held;
    held.id = assessmentId;
    if (Status extra = readBoardPaper(paper, held); !extra)
        return extra;
    if (!change(held))
        return success();
    auto written =
        m_sql.change(what, QStringLiteral("UPDATE assessments SET board_paper = ?, updated_at = ? WHERE id = ?"),
                     {boardPaperText(held), Sql::now(), assessmentId});
    if (!written)
        return written.error();
    return success();
}

Status AssessmentTables::saveAction(qint64 assessmentId, const TrackedAction &action, const QString &actor,
                                    const QString &what)
{
    if (Status changed = changeBoardPaper(assessmentId, what,
                                          [&](Assessment &held) {
                                              held.actions.insert(action.recommendationId, action);
                                              return true;
                                          });
        !changed)
        return changed;
    QStringList detail{TrackedAction::statusLabel(action.status).toLower()};
    if (!action.owner.isEmpty())
        detail << QStringLiteral("owner %1").arg(action.owner);
    if (action.targetDate.isValid())
        detail << QStringLiteral("by %1").arg(action.targetDate.toString(Qt::ISODate));
    return audit(what, actor, QStringLiteral("action"), assessmentId, action.recommendationId,
                 detail.join(QStringLiteral(", ")));
}

Status AssessmentTables::saveCover(qint64 assessmentId, const CoverSheet &cover, const QString &actor,
                                   const QString &what)
{
    if (Status changed = changeBoardPaper(assessmentId, what,
                                          [&](Assessment &held) {
                                              held.cover = cover;
                                              return true;
                                          });
        !changed)
        return changed;
    QStringList detail;
    if (!cover.meeting.isEmpty())
        detail << cover.meeting;
    if (cover.meetingDate.isValid())
        detail << cover.meetingDate.toString(Qt::ISODate);
    if (!cover.agendaItem.isEmpty())
        detail << QStringLiteral("item %1").arg(cover.agendaItem);
    return audit(what, actor, QStringLiteral("cover_sheet"), assessmentId, {}, detail.join(QStringLiteral(", ")));
}

Result<qint64> AssessmentTables::revise(const Assessment &current, qint64 id, const QString &actor, const QString &what)
{
    // The new revision follows the newest of its lineage, not necessarily the one asked for.
    int newest = 0;
    auto read =
        m_sql.select(what, QStringLiteral("SELECT max(revision) FROM assessments WHERE coalesce(lineage_id, id) = ?"),
                     {current.lineageId}, [&](const QSqlQuery &q) { newest = q.value(0).toInt(); });
    if (!read)
        return read.error();
    if (read.value() == 0)
        return m_sql.error(what, {});
    Assessment next = current;
    next.revision = newest + 1;
    next.locked = false;
    next.status = QStringLiteral("draft");
    next.createdAt = QDateTime::currentDateTimeUtc();
    next.updatedAt = next.createdAt;
    auto newId = insert(next, actor, what);
    if (!newId)
        return newId;
    if (Status logged = audit(what, actor, QStringLiteral("revise"), newId.value(), {},
                              QStringLiteral("revision %1 from assessment %2").arg(next.revision).arg(id));
        !logged)
        return logged.error();
    return newId;
}

Status AssessmentTables::markSubmitted(qint64 assessmentId, const QString &what)
{
    auto locked = m_sql.change(
        what, QStringLiteral("UPDATE assessments SET locked = 1, status = 'submitted', updated_at = ? WHERE id = ?"),
        {Sql::now(), assessmentId});
    if (!locked)
        return locked.error();
    return success();
}

} // namespace ahplead
