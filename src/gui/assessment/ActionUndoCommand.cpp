#include "gui/assessment/ActionUndoCommand.h"

#include "gui/assessment/AssessmentSession.h"

namespace ahplead {

ActionUndoCommand::ActionUndoCommand(AssessmentSession &session, TrackedAction before, TrackedAction after,
                                     const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void ActionUndoCommand::undo()
{
    m_session.applyAction(m_before);
}

void ActionUndoCommand::redo()
{
    // A change the store refused is not kept as an undo step; the row says it was not saved.
    if (!m_session.applyAction(m_after))
        setObsolete(true);
}

} // namespace ahplead
