#include "gui/assessment/LogoUndoCommand.h"

#include "gui/assessment/AssessmentSession.h"

namespace ahplead {

LogoUndoCommand::LogoUndoCommand(AssessmentSession &session, QByteArray before, QByteArray after, const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

void LogoUndoCommand::undo()
{
    m_session.applyLogo(m_before);
}

void LogoUndoCommand::redo()
{
    // A change the store refused is not kept as an undo step; the session says it was not saved.
    if (!m_session.applyLogo(m_after))
        setObsolete(true);
}

} // namespace ahplead
