#pragma once

#include "core/assessment/AnswerValue.h"
#include "core/assessment/Framework.h"

#include <QFrame>

#include <map>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QHBoxLayout;
class QLabel;
class QRadioButton;
class QToolButton;

namespace ahplead {

class AssessmentSession;
class NoteEdit;
class WrapLabel;

// One question as a card: its number and wording, the answer scale as radio buttons
// (arrow keys move along them and choose), an evidence note, "Flag for review" and, on
// demand, "Why this matters" with the guidance and its sources.
class QuestionWidget : public QFrame {
    Q_OBJECT

public:
    QuestionWidget(AssessmentSession &session, const Question &question, const QString &number,
                   QWidget *parent = nullptr);

    const QString &questionId() const { return m_question.id; }
    const QString &number() const { return m_number; }
    // Shows what the session holds (after undo, redo, a failed save or loading).
    void refresh();
    QRadioButton *button(AnswerValue value) const;
    QAbstractButton *checkedButton() const;
    // Where the keyboard lands on this question: its chosen answer, else the first.
    QWidget *focusTarget() const;
    NoteEdit *note() const { return m_note; }
    QCheckBox *flag() const { return m_flag; }
    QToolButton *whyButton() const { return m_why; }
    QLabel *guidanceLabel() const { return m_guidance; }
    // "Not yet agreed by the board" and the spread of the members' ratings, while the board still
    // has to agree this question (null until a question needs it).
    QFrame *toAgreeNotice() const { return m_toAgree; }
    void setGuidanceVisible(bool visible);
    bool guidanceVisible() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void build();
    QWidget *buildAnswers();
    QHBoxLayout *buildFooter();
    void buildGuidance();
    void showUnsaved(bool unsaved);
    void showToAgree(const QString &spread);

    AssessmentSession &m_session;
    const Question &m_question;
    QString m_number;
    QButtonGroup *m_group = nullptr;
    std::map<AnswerValue, QRadioButton *> m_buttons;
    std::vector<QRadioButton *> m_order; // as shown, left to right
    NoteEdit *m_note = nullptr;
    QCheckBox *m_flag = nullptr;
    QToolButton *m_why = nullptr;
    QLabel *m_guidance = nullptr;
    QLabel *m_unsaved = nullptr;
    QFrame *m_toAgree = nullptr;
    WrapLabel *m_spread = nullptr;
};

} // namespace ahplead
