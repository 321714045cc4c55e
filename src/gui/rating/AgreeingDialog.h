#pragma once

#include "core/rating/Consensus.h"

#include <QDialog>

#include <vector>

class QAbstractButton;
class QButtonGroup;
class QDialogButtonBox;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace ahplead {

class AssessmentSession;
class SpreadChart;

// The board's agreeing session, made for a projector: one question at a time, the largest
// disagreement first, with how the board members answered (a chart), their notes, and the
// answer the board agrees with its note. Each agreed answer becomes the assessment's answer
// at once, recorded in the audit log as agreed from the number of ratings, and is undone with
// Ctrl+Z in the assessment. The questions every member answered alike are accepted in one step.
// Keys: Page Down and Page Up move between questions, 1 to 4 choose an answer, Ctrl+Enter
// agrees and moves on.
class AgreeingDialog : public QDialog {
    Q_OBJECT

public:
    AgreeingDialog(AssessmentSession &session, Consensus consensus, QWidget *parent = nullptr);

    int position() const { return m_position; }
    int questionCount() const { return static_cast<int>(m_questions.size()); }
    void showQuestion(int position);
    // Chooses VALUE as the board's answer (not yet agreed).
    void choose(AnswerValue value);
    void setNote(const QString &note);
    // Makes the chosen answer and note the assessment's answer, then moves to the next question.
    bool agreeAndNext();
    // Takes every answer all members gave alike that the assessment does not hold yet; how many.
    int acceptAlike();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHBoxLayout *buildSpread();
    void buildAnswer(QVBoxLayout *layout);
    QDialogButtonBox *buildMoves(QVBoxLayout *layout);
    void refreshAlike();
    void refreshAgreed();
    QString questionHeading(const Disagreement &question) const;

    AssessmentSession &m_session;
    Consensus m_consensus;
    std::vector<const Disagreement *> m_questions;
    int m_position = -1;
    QLabel *m_counter = nullptr;
    QLabel *m_domain = nullptr;
    QLabel *m_question = nullptr;
    QLabel *m_spreadWords = nullptr;
    SpreadChart *m_chart = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_agreedNow = nullptr;
    QButtonGroup *m_choices = nullptr;
    std::vector<QAbstractButton *> m_choiceButtons;
    QPlainTextEdit *m_note = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_agree = nullptr;
    QPushButton *m_alike = nullptr;
    QLabel *m_alikeText = nullptr;
};

} // namespace ahplead
