#include "gui/assessment/AnswerUndoCommand.h"

#include "gui/assessment/AssessmentSession.h"

namespace ahplead {

AnswerUndoCommand::AnswerUndoCommand(AssessmentSession &session, QString questionId, std::optional<Answer> before,
                                     std::optional<Answer> after, bool typing, const QString &text, int agreedFrom)
    : QUndoCommand(text), m_session(session), m_questionId(std::move(questionId)), m_before(std::move(before)),
      m_after(std::move(after)), m_typing(typing), m_agreedFrom(agreedFrom), m_toAgree(session.toAgree(m_questionId))
{
}

void AnswerUndoCommand::undo()
{
    m_session.apply(m_questionId, m_before, 0, m_before ? QString() : m_toAgree);
}

void AnswerUndoCommand::redo()
{
    // A change the store refused on its first save is not kept as an undo step: the form
    // still shows it and the session keeps it as unsaved until a retry succeeds.
    if (!m_session.apply(m_questionId, m_after, m_agreedFrom))
        setObsolete(true);
}

bool AnswerUndoCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AnswerUndoCommand *>(other);
    if (next->m_questionId != m_questionId || !next->m_typing || next->isObsolete())
        return false;
    m_after = next->m_after;
    // Typing a note and deleting it again leaves nothing to undo.
    if (same(m_before, m_after))
        setObsolete(true);
    return true;
}

bool AnswerUndoCommand::same(const std::optional<Answer> &a, const std::optional<Answer> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->value == b->value && a->evidence == b->evidence && a->flagged == b->flagged;
}

} // namespace ahplead
