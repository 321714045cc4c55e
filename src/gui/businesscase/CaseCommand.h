#pragma once

#include "core/businesscase/BusinessCase.h"

#include <QUndoCommand>

namespace ahplead {

class CaseSession;

// One change to a business case, as Undo/Redo sees it: the whole case before and after
// (a case is a few kilobytes, so a snapshot is simpler and safer than a diff). Undo and redo
// write to the store through the session. Consecutive changes to one field (typing, or
// stepping a number up and down) merge, so Undo takes back the whole edit of that field.
class CaseCommand : public QUndoCommand {
public:
    static constexpr int MergeId = 0x43415345; // "CASE"

    CaseCommand(CaseSession &session, BusinessCase before, BusinessCase after, QString field, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return m_field.isEmpty() ? -1 : MergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    CaseSession &m_session;
    BusinessCase m_before;
    BusinessCase m_after;
    QString m_field; // what merges: the JSON pointer of the field edited, or empty
};

} // namespace ahplead
