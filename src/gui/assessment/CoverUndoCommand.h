#pragma once

#include "core/assessment/CoverSheet.h"

#include <QUndoCommand>

namespace ahplead {

class AssessmentSession;

// One change to the board paper's cover sheet, as Undo and Redo see it: the whole sheet before
// and after (the dialog changes several fields at once), written to the store through the session.
class CoverUndoCommand : public QUndoCommand {
public:
    CoverUndoCommand(AssessmentSession &session, CoverSheet before, CoverSheet after, const QString &text);

    void undo() override;
    void redo() override;

private:
    AssessmentSession &m_session;
    CoverSheet m_before;
    CoverSheet m_after;
};

} // namespace ahplead
