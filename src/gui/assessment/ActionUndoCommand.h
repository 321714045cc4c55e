#pragma once

#include "core/assessment/TrackedAction.h"

#include <QUndoCommand>

namespace ahplead {

class AssessmentSession;

// One change to the tracking of one action (owner, target date, progress or note), as Undo
// and Redo see it: the whole record before and after, written to the store through the session.
class ActionUndoCommand : public QUndoCommand {
public:
    ActionUndoCommand(AssessmentSession &session, TrackedAction before, TrackedAction after, const QString &text);

    void undo() override;
    void redo() override;

private:
    AssessmentSession &m_session;
    TrackedAction m_before;
    TrackedAction m_after;
};

} // namespace ahplead
