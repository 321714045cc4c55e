#pragma once

#include <QScrollArea>

#include <vector>

namespace ahplead {

class AssessmentSession;
class QuestionWidget;

// One section (domain) of the framework: its title and description, how to answer, and
// a card per question. Built when first shown and then kept, so moving between sections
// is quick.
class DomainPage : public QScrollArea {
    Q_OBJECT

public:
    DomainPage(AssessmentSession &session, int domainIndex, QWidget *parent = nullptr);

    int domainIndex() const { return m_domainIndex; }
    const std::vector<QuestionWidget *> &questions() const { return m_questions; }
    QuestionWidget *question(const QString &questionId) const;
    // Puts the keyboard on the first unanswered question (or the first), scrolled into view.
    // The last place Tab stops on the page (the last question's last control), so the view can
    // put its Previous and Next buttons straight after it.
    QWidget *lastTabStop() const;
    void focusFirstQuestion();
    // Scrolls to QUESTIONID and puts the keyboard on it.
    void showQuestion(const QString &questionId);

private:
    AssessmentSession &m_session;
    int m_domainIndex;
    std::vector<QuestionWidget *> m_questions;
};

} // namespace ahplead
