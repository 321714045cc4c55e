#include "gui/assessment/AssessmentSession.h"

#include "core/assessment/Scorer.h"
#include "core/store/Store.h"
#include "gui/app/Texts.h"
#include "gui/assessment/ActionUndoCommand.h"
#include "gui/assessment/AnswerUndoCommand.h"
#include "gui/assessment/CoverUndoCommand.h"
#include "gui/assessment/LogoUndoCommand.h"

#include <QUndoStack>

namespace ahplead {

AssessmentSession::AssessmentSession(Store &store, const Framework &framework, Assessment assessment, QString actor,
                                     QObject *parent)
    : QObject(parent), m_store(store), m_framework(framework), m_assessment(std::move(assessment)),
      m_actor(std::move(actor)), m_undo(new QUndoStack(this))
{
}

AssessmentSession::~AssessmentSession() = default;

// A store opened read-only, or a submitted revision (locked: changes go into a new revision).
bool AssessmentSession::readOnly() const
{
    return m_store.readOnly() || m_assessment.locked;
}

bool AssessmentSession::locked() const
{
    return m_assessment.locked;
}

bool AssessmentSession::readOnlyStore() const
{
    return m_store.readOnly();
}

const Answer *AssessmentSession::answer(const QString &questionId) const
{
    auto it = m_assessment.answers.constFind(questionId);
    return it == m_assessment.answers.constEnd() ? nullptr : &*it;
}

void AssessmentSession::setValue(const QString &questionId, AnswerValue value)
{
    Answer next;
    if (const Answer *current = answer(questionId)) {
        if (current->value == value)
            return;
        next = *current;
    }
    next.questionId = questionId;
    next.value = value;
    push(questionId, next, false, tr("answer to question %1").arg(Texts::questionNumber(m_framework, questionId)));
}

void AssessmentSession::setEvidence(const QString &questionId, const QString &evidence)
{
    const Answer *current = answer(questionId);
    if (!current || current->evidence == evidence)
        return;
    Answer next = *current;
    next.evidence = evidence;
    push(questionId, next, true, tr("note on question %1").arg(Texts::questionNumber(m_framework, questionId)));
}

void AssessmentSession::setFlagged(const QString &questionId, bool flagged)
{
    const Answer *current = answer(questionId);
    if (!current || current->flagged == flagged)
        return;
    Answer next = *current;
    next.flagged = flagged;
    push(questionId, next, false,
         (flagged ? tr("flag on question %1") : tr("removing the flag on question %1"))
             .arg(Texts::questionNumber(m_framework, questionId)));
}

void AssessmentSession::push(const QString &questionId, const std::optional<Answer> &after, bool typing,
                             const QString &what)
{
    if (readOnly())
        return;
    std::optional<Answer> before;
    if (const Answer *current = answer(questionId))
        before = *current;
    m_undo->push(new AnswerUndoCommand(*this, questionId, before, after, typing, what));
}

void AssessmentSession::agree(const std::vector<Answer> &agreed, int ratings, const QString &what)
{
    if (readOnly() || agreed.empty())
        return;
    m_undo->beginMacro(what);
    for (const Answer &a : agreed) {
        std::optional<Answer> before;
        if (const Answer *current = answer(a.questionId))
            before = *current;
        m_undo->push(new AnswerUndoCommand(*this, a.questionId, before, a, false, what, ratings));
    }
    m_undo->endMacro();
}

bool AssessmentSession::apply(const QString &questionId, const std::optional<Answer> &next, int agreedFrom,
                              const QString &toAgree)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (next) {
        Answer stamped = *next;
        stamped.questionId = questionId;
        stamped.updatedAt = now;
        stamped.updatedBy = m_actor;
        m_assessment.answers.insert(questionId, stamped);
        m_assessment.toAgree.remove(questionId); // settled, as the store's saveAnswer does
    } else {
        m_assessment.answers.remove(questionId);
        if (!toAgree.isEmpty())
            m_assessment.toAgree.insert(questionId, toAgree);
    }
    m_assessment.updatedAt = now;
    m_score.reset();

    const Status written =
        next ? m_store.saveAnswer(m_assessment.id, m_assessment.answers.value(questionId), m_actor, agreedFrom)
             : m_store.clearAnswer(m_assessment.id, questionId, m_actor, toAgree);
    const bool wasUnsaved = m_unsaved.contains(questionId);
    if (written)
        m_unsaved.remove(questionId);
    else
        m_unsaved.insert(questionId);

    emit answerChanged(questionId);
    emit changed();
    if (wasUnsaved != m_unsaved.contains(questionId))
        emit unsavedChanged();
    if (!written) {
        emit saveFailed(questionId, written.message());
        return false;
    }
    if (m_unsaved.isEmpty())
        emit saved(QDateTime::currentDateTime());
    return true;
}

QStringList AssessmentSession::unsaved() const
{
    QStringList list(m_unsaved.cbegin(), m_unsaved.cend());
    list.sort();
    return list;
}

bool AssessmentSession::retryUnsaved()
{
    for (const QString &questionId : unsaved()) {
        const Answer *current = answer(questionId);
        const std::optional<Answer> state = current ? std::optional<Answer>(*current) : std::nullopt;
        if (!apply(questionId, state))
            return false;
    }
    return true;
}

void AssessmentSession::commitPendingEdits()
{
    emit commitRequested();
}

const ScoreCard &AssessmentSession::scoreCard()
{
    if (!m_score)
        m_score = Scorer::score(m_framework, m_assessment);
    return *m_score;
}

int AssessmentSession::answeredIn(const Domain &domain) const
{
    int n = 0;
    for (const Question &q : domain.questions)
        n += m_assessment.answers.contains(q.id) ? 1 : 0;
    return n;
}

int AssessmentSession::flaggedIn(const Domain &domain) const
{
    int n = 0;
    for (const Question &q : domain.questions)
        if (const Answer *a = answer(q.id); a && a->flagged)
            ++n;
    return n;
}

int AssessmentSession::toAgreeIn(const Domain &domain) const
{
    int n = 0;
    for (const Question &q : domain.questions)
        n += toAgree(q.id).isEmpty() ? 0 : 1;
    return n;
}

int AssessmentSession::answeredCount() const
{
    int n = 0;
    for (const Domain &d : m_framework.domains)
        n += answeredIn(d);
    return n;
}

Status AssessmentSession::updateDetails(const Assessment &details)
{
    Assessment next = m_assessment;
    next.title = details.title;
    next.status = details.status;
    next.organisation = details.organisation;
    next.assessor = details.assessor;
    Status written = m_store.updateDetails(next, m_actor);
    if (!written)
        return written;
    m_assessment = next;
    emit detailsChanged();
    emit saved(QDateTime::currentDateTime());
    return written;
}

TrackedAction AssessmentSession::action(const QString &recommendationId) const
{
    TrackedAction a = m_assessment.actions.value(recommendationId);
    a.recommendationId = recommendationId;
    return a;
}

void AssessmentSession::setAction(const TrackedAction &next, const QString &what)
{
    const TrackedAction before = action(next.recommendationId);
    if (!canTrackActions() || before == next)
        return;
    m_undo->push(new ActionUndoCommand(*this, before, next, what));
}

void AssessmentSession::setCover(const CoverSheet &next, const QString &what)
{
    if (!canTrackActions() || m_assessment.cover == next)
        return;
    m_undo->push(new CoverUndoCommand(*this, m_assessment.cover, next, what));
}

bool AssessmentSession::applyCover(const CoverSheet &next)
{
    const Status written = m_store.saveCover(m_assessment.id, next, m_actor);
    if (!written) {
        emit saveFailed(QString(), written.message());
        return false;
    }
    m_assessment.cover = next;
    emit coverChanged();
    emit saved(QDateTime::currentDateTime());
    return true;
}

Result<QByteArray> AssessmentSession::logo() const
{
    return m_store.organisationLogo(m_assessment.organisation);
}

void AssessmentSession::setLogo(const QByteArray &png, const QString &what)
{
    auto before = logo();
    if (!canTrackActions() || !before || before.value() == png)
        return;
    m_undo->push(new LogoUndoCommand(*this, before.value(), png, what));
}

bool AssessmentSession::applyLogo(const QByteArray &png)
{
    const Status written = m_store.setOrganisationLogo(m_assessment.organisation, png, m_actor);
    if (!written) {
        emit saveFailed(QString(), written.message());
        return false;
    }
    emit saved(QDateTime::currentDateTime());
    return true;
}

bool AssessmentSession::applyAction(const TrackedAction &next)
{
    const Status written = m_store.saveAction(m_assessment.id, next, m_actor);
    if (!written) {
        emit actionChanged(next.recommendationId); // the row shows what the store still has
        emit saveFailed(QString(), written.message());
        return false;
    }
    m_assessment.actions.insert(next.recommendationId, next);
    emit actionChanged(next.recommendationId);
    emit saved(QDateTime::currentDateTime());
    return true;
}

} // namespace ahplead
