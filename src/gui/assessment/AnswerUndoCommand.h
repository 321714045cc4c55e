#pragma once

#include "core/assessment/Assessment.h"

#include <QUndoCommand>

#include <optional>

namespace ahplead {

class AssessmentSession;

// One change to one answer, as Undo/Redo sees it: the answer before and after (no value
// meaning "not answered"). Undo and redo write to the store through the session.
// Consecutive note edits of one question merge, so Undo takes back a whole note edit
// rather than each pause in typing.
class AnswerUndoCommand : public QUndoCommand {
public:
    static constexpr int TypingId = 0x4e4f5445; // "NOTE"

    // AGREEDFROM above 0: the answer the board agreed from that many of its members' ratings.
    AnswerUndoCommand(AssessmentSession &session, QString questionId, std::optional<Answer> before,
                      std::optional<Answer> after, bool typing, const QString &text, int agreedFrom = 0);

    void undo() override;
    void redo() override;
    int id() const override { return m_typing ? TypingId : -1; }
    bool mergeWith(const QUndoCommand *other) override;

    const QString &questionId() const { return m_questionId; }
    static bool same(const std::optional<Answer> &a, const std::optional<Answer> &b);

private:
    AssessmentSession &m_session;
    QString m_questionId;
    std::optional<Answer> m_before;
    std::optional<Answer> m_after;
    bool m_typing;
    int m_agreedFrom;
    // The spread on the question while it was still to agree before this answer settled it, so
    // Undo makes it still to agree again.
    QString m_toAgree;
};

} // namespace ahplead
