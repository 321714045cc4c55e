#include "AnswerCommand.h"

#include "AssessmentSession.h"

namespace ahplead {

AnswerCommand::AnswerCommand(AssessmentSession &session, QString questionId, std::optional<Answer> before,
                             std::optional<Answer> after, bool typing, const QString &text)
    : QUndoCommand(text), m_session(session), m_questionId(std::move(questionId)), m_before(std::move(before)),
      m_after(std::move(after)), m_typing(typing)
{
}

void AnswerCommand::undo()
{
    m_session.apply(m_questionId, m_before);
}

void AnswerCommand::redo()
{
    // A change the store refused on its first save is not kept as an undo step: the form
    // still shows it and the session keeps it as unsaved until a retry succeeds.
    if (!m_session.apply(m_questionId, m_after))
        setObsolete(true);
}

bool AnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const AnswerCommand *>(other);
    if (next->m_questionId != m_questionId || !next->m_typing || next->isObsolete())
        return false;
    m_after = next->m_after;
    // Typing a note and deleting it again leaves nothing to undo.
    if (same(m_before, m_after))
        setObsolete(true);
    return true;
}

bool AnswerCommand::same(const std::optional<Answer> &a, const std::optional<Answer> &b)
{
    if (!a || !b)
        return !a && !b;
    return a->value == b->value && a->evidence == b->evidence && a->flagged == b->flagged;
}

} // namespace ahplead
