#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"
#include "core/assessment/ScoreCard.h"
#include "core/base/Result.h"

#include <QDateTime>
#include <QObject>
#include <QSet>

#include <optional>
#include <vector>

class QUndoStack;

namespace ahplead {

class Store;

// The assessment being worked on. Every change goes to the store at once, one transaction
// each, as an undoable command (Ctrl+Z undoes it in the store too). What the form shows is
// what this object holds: when the store refuses a change the answer stays here and in the
// form, the question is remembered as unsaved, and retryUnsaved() tries again.
class AssessmentSession : public QObject {
    Q_OBJECT

public:
    AssessmentSession(Store &store, const Framework &framework, Assessment assessment, QString actor,
                      QObject *parent = nullptr);
    ~AssessmentSession() override;

    const Assessment &assessment() const { return m_assessment; }
    const Framework &framework() const { return m_framework; }
    const Store &store() const { return m_store; }
    const QString &actor() const { return m_actor; }
    bool readOnly() const;
    bool locked() const;
    bool readOnlyStore() const;
    QUndoStack *undoStack() const { return m_undo; }
    const Answer *answer(const QString &questionId) const;

    // The person's changes; each is one undoable, saved step. A note or flag needs an
    // answer to hang on (the store keeps them with the answer), so without one they are ignored.
    void setValue(const QString &questionId, AnswerValue value);
    void setEvidence(const QString &questionId, const QString &evidence);
    void setFlagged(const QString &questionId, bool flagged);

    // Makes ANSWER (or no answer) the state of QUESTIONID here and in the store. False when
    // the store refused: the state is kept here and the question is remembered as unsaved.
    // AGREEDFROM above 0: the board agreed it from that many ratings, which the audit log records.
    // TOAGREE with no answer: the question is still to agree again, with that spread (Undo of the
    // answer that settled it).
    bool apply(const QString &questionId, const std::optional<Answer> &answer, int agreedFrom = 0,
               const QString &toAgree = {});
    // The answers the board agreed from RATINGS of its members' ratings (core/rating), as one
    // undoable, saved step named WHAT.
    void agree(const std::vector<Answer> &agreed, int ratings, const QString &what);
    QStringList unsaved() const;
    // Tries the unsaved questions again; true when nothing is left unsaved.
    bool retryUnsaved();
    // Asks every note editor to hand over what has been typed but not yet saved.
    void commitPendingEdits();

    const ScoreCard &scoreCard();
    int answeredIn(const Domain &domain) const;
    int flaggedIn(const Domain &domain) const;
    int answeredCount() const;
    // The spread of the members' ratings on QUESTIONID while the board still has to agree it (a
    // draft merged from rating files leaves such a question unanswered); empty once answered.
    QString toAgree(const QString &questionId) const { return m_assessment.stillToAgree(questionId); }
    int toAgreeIn(const Domain &domain) const;

    // Title, status, organisation and assessor (Store::updateDetails).
    Status updateDetails(const Assessment &details);

    // The tracking of the action for RECOMMENDATIONID (blank when nothing is recorded).
    TrackedAction action(const QString &recommendationId) const;
    // Whether actions can be tracked: any store that can be written to, a submitted assessment
    // too (its actions are followed up after the paper has gone).
    bool canTrackActions() const { return !readOnlyStore(); }
    // The person's change to an action's tracking: one undoable, saved step, named WHAT.
    void setAction(const TrackedAction &action, const QString &what);
    // Makes ACTION the tracking here and in the store; false (and saveFailed) when refused.
    bool applyAction(const TrackedAction &action);

    // The board paper's cover sheet, changed like an action: one undoable step, saved at once,
    // allowed whenever actions can be tracked (a paper goes on an agenda after it is submitted).
    const CoverSheet &cover() const { return m_assessment.cover; }
    void setCover(const CoverSheet &cover, const QString &what);
    bool applyCover(const CoverSheet &cover);
    // The logo of the assessment's organisation (a PNG, LogoImage; empty for none), for every
    // paper of it, as the store has it; changed like the cover, one undoable saved step.
    Result<QByteArray> logo() const;
    void setLogo(const QByteArray &png, const QString &what);
    bool applyLogo(const QByteArray &png);

signals:
    void answerChanged(const QString &questionId);
    void actionChanged(const QString &recommendationId);
    void coverChanged();
    void saved(const QDateTime &when);
    void saveFailed(const QString &questionId, const QString &message);
    void unsavedChanged();
    void changed();
    void detailsChanged();
    void commitRequested();

private:
    void push(const QString &questionId, const std::optional<Answer> &after, bool typing, const QString &what);

    Store &m_store;
    const Framework &m_framework;
    Assessment m_assessment;
    QString m_actor;
    QUndoStack *m_undo;
    QSet<QString> m_unsaved;
    std::optional<ScoreCard> m_score;
};

} // namespace ahplead
