#include "gui/businesscase/CaseCommand.h"

#include "gui/businesscase/CaseSession.h"

#include <QCoreApplication>

namespace ahplead {

CaseCommand::CaseCommand(CaseSession &session, BusinessCase before, BusinessCase after, QString field,
                         const QString &text)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after)),
      m_field(std::move(field))
{
}

void CaseCommand::undo()
{
    m_session.apply(m_before, QCoreApplication::translate("CaseCommand", "undo %1").arg(text()));
}

void CaseCommand::redo()
{
    // A change the store refused on its first save stays on screen and in the session as
    // unsaved (the banner offers to try again), but is not kept as a step to undo.
    if (!m_session.apply(m_after, text()))
        setObsolete(true);
}

bool CaseCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const CaseCommand *>(other);
    if (next->m_field != m_field || next->isObsolete())
        return false;
    m_after = next->m_after;
    // Typing into a field and deleting it again leaves nothing to undo.
    if (m_before == m_after)
        setObsolete(true);
    return true;
}

} // namespace ahplead
