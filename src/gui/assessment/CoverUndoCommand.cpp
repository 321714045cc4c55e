#include "gui/assessment/CoverUndoCommand.h"

#include "gui/assessment/AssessmentSession.h"

namespace ahplead {

CoverUndoCommand::CoverUndoCommand(AssessmentSession &session, CoverSheet before, CoverSheet after, const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void CoverUndoCommand::undo()
{
    m_session.applyCover(m_before);
}

void CoverUndoCommand::redo()
{
    // A change the store refused is not kept as an undo step; the session says it was not saved.
    if (!m_session.applyCover(m_after))
        setObsolete(true);
}

} // namespace ahplead
