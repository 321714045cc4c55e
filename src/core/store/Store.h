#pragma once

#include "Assessment.h"
#include "Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace ahplead {

struct AssessmentSummary {
    qint64 id = 0;
    QString title;
    QString status;
    QString frameworkId;
    QString frameworkVersion;
    Organisation organisation;
    QString assessorName;
    QDateTime createdAt;
    QDateTime updatedAt;
    int answered = 0;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // create, import, answer, clear_answer, update, delete
    qint64 assessmentId = 0;
    QString questionId;
    QString detail;
};

// The one way into the SQLite file. WAL, foreign keys on, synchronous=FULL (an
// acknowledged change survives a crash or power cut); every change is one transaction
// and leaves a line in the audit log. No SQL outside src/core/store.
class Store {
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // Opens (creating when ReadWrite and absent) and upgrades the store at PATH. Fails
    // with a message naming the file for a file that is not SQLite, is damaged, belongs
    // to something else, or was written by a newer ahplead.
    static Result<std::unique_ptr<Store>> open(const QString &path, Mode mode = Mode::ReadWrite);
    // $AHPLEAD_STORE, else <AppDataLocation>/ahplead.sqlite.
    static QString defaultPath();

    const QString &path() const { return m_path; }
    bool readOnly() const { return m_mode == Mode::ReadOnly; }
    Result<int> schemaVersion() const;
    // PRAGMA integrity_check: success, or the problems SQLite found.
    Status checkIntegrity() const;

    // Adds an assessment with its organisation (matched by ODS code, else by name) and
    // answers, in one transaction. ACTION is recorded in the audit log (create, import).
    Result<qint64> addAssessment(const Assessment &assessment, const QString &actor,
                                 const QString &action = QStringLiteral("create"));
    Result<Assessment> assessment(qint64 id) const;
    Result<std::vector<AssessmentSummary>> assessments() const;
    // Title, status, assessor and organisation details of an existing assessment.
    Status updateDetails(const Assessment &assessment, const QString &actor);
    Status deleteAssessment(qint64 id, const QString &actor);

    // One answer, one transaction: the answer, the assessment's updated_at and the audit line.
    Status saveAnswer(qint64 assessmentId, const Answer &answer, const QString &actor);
    Status clearAnswer(qint64 assessmentId, const QString &questionId, const QString &actor);

    Result<std::vector<AuditEntry>> auditLog(std::optional<qint64> assessmentId = std::nullopt) const;

private:
    Store(QString path, QString connection, Mode mode);
    QSqlDatabase db() const;
    Error sqlError(const QString &what, const QString &driverText) const;
    Result<qint64> organisationId(const Organisation &organisation);
    bool audit(const QString &actor, const QString &action, qint64 assessmentId, const QString &questionId,
               const QString &detail, QString *error);
    Status writeAnswer(qint64 assessmentId, const Answer &answer, const QString &stamp, const QString &actor);

    QString m_path;
    QString m_connection;
    Mode m_mode;
};

} // namespace ahplead
