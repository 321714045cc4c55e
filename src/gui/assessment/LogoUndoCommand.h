#pragma once

#include <QByteArray>
#include <QUndoCommand>

namespace ahplead {

class AssessmentSession;

// A change to the logo of the open assessment's organisation, as Undo and Redo see it: the PNG
// before and after (empty for none), written to the store through the session. The logo is
// the organisation's, so undoing it changes every paper of that organisation made afterwards.
class LogoUndoCommand : public QUndoCommand {
public:
    LogoUndoCommand(AssessmentSession &session, QByteArray before, QByteArray after, const QString &text);

    void undo() override;
    void redo() override;

private:
    AssessmentSession &m_session;
    QByteArray m_before;
    QByteArray m_after;
};

} // namespace ahplead
