#include "gui/assessment/DomainPage.h"

#include "gui/app/Texts.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/QuestionWidget.h"
#include "gui/region/ReviewFeedback.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"
#include "gui/widgets/WrapLabel.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace ahplead {

namespace {

// The scale explained at the top of every section, in the framework's own words: open on
// the first section, a click (or Space) away on the others, so small screens keep room for
// the questions.
QWidget *howToAnswer(const AssessmentSession &session, bool open, QWidget *parent)
{
    auto *holder = new QWidget(parent);
    auto *v = new QVBoxLayout(holder);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(6);
    auto *toggle = new QToolButton(holder);
    toggle->setObjectName(QStringLiteral("howToAnswerToggle"));
    toggle->setText(QCoreApplication::translate("DomainPage", "How to answer"));
    toggle->setIcon(Icons::get(QStringLiteral("info")));
    toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle->setCheckable(true);
    toggle->setChecked(open);
    toggle->setAutoRaise(true);
    toggle->setFocusPolicy(Qt::StrongFocus);
    Theme::setRole(toggle, "link");
    toggle->setAccessibleName(QCoreApplication::translate("DomainPage", "How to answer"));
    toggle->setAccessibleDescription(
        QCoreApplication::translate("DomainPage", "Shows or hides what each answer on the scale means."));
    auto *box = new QFrame(holder);
    box->setObjectName(QStringLiteral("howToAnswer"));
    Theme::setRole(box, "notice");
    box->setVisible(open);
    QObject::connect(toggle, &QToolButton::toggled, box, &QWidget::setVisible);
    v->addWidget(toggle, 0, Qt::AlignLeft);
    v->addWidget(box);
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(16, 10, 16, 12);
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(4);
    int row = 0;
    for (const ScaleOption &option : session.framework().scale) {
        auto *label = new QLabel(option.label, box);
        Theme::setRole(label, "subheading");
        auto *text = new WrapLabel(option.description, box);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(text, row, 1);
        ++row;
    }
    auto *na = new WrapLabel(QCoreApplication::translate(
                                 "DomainPage", "\"Not applicable\" is offered only where a question may not apply. Use "
                                               "\"Flag for review\" for any answer you want to come back to."),
                             box);
    Theme::setRole(na, "secondary");
    grid->addWidget(na, row, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    return holder;
}

} // namespace

DomainPage::DomainPage(AssessmentSession &session, int domainIndex, QWidget *parent)
    : QScrollArea(parent), m_session(session), m_domainIndex(domainIndex)
{
    const Framework &fw = session.framework();
    const Domain &domain = fw.domains.at(static_cast<std::size_t>(domainIndex));
    setObjectName(QStringLiteral("domainPage-") + domain.id);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *page = new QWidget;
    Theme::setRole(page, "page");
    page->setAttribute(Qt::WA_StyledBackground, true);
    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(24, 20, 24, 28);
    auto *column = new QWidget(page);
    column->setMaximumWidth(980);
    outer->addStretch(0);
    outer->addWidget(column, 1);
    outer->addStretch(0);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    // Set before the questions are added: setting a full page makes the scroll area lay all
    // of its text out once at a guessed width, only to do it again when shown.
    setWidget(page);

    auto *eyebrow = new QLabel(tr("Section %1 of %2").arg(domainIndex + 1).arg(fw.domains.size()), column);
    Theme::setRole(eyebrow, "eyebrow");
    auto *title = new WrapLabel(domain.title, column);
    title->setObjectName(QStringLiteral("domainTitle"));
    Theme::setRole(title, "title");
    auto *description = new WrapLabel(domain.description, column);
    Theme::setRole(description, "secondary");
    auto *heading = new QVBoxLayout;
    heading->setSpacing(4);
    heading->addWidget(eyebrow);
    heading->addWidget(title);
    heading->addWidget(description);
    layout->addLayout(heading);
    layout->addWidget(howToAnswer(session, domainIndex == 0, column));
    if (QWidget *review = ReviewFeedback::domainPanel(session, domain.id, column)) // the region's comment, if any
        layout->addWidget(review);

    int n = 0;
    for (const Question &question : domain.questions) {
        ++n;
        auto *card = new QuestionWidget(session, question, QStringLiteral("%1.%2").arg(domainIndex + 1).arg(n), column);
        m_questions.push_back(card);
        layout->addWidget(card);
    }
    layout->addStretch(1);
}

QuestionWidget *DomainPage::question(const QString &questionId) const
{
    for (QuestionWidget *q : m_questions)
        if (q->questionId() == questionId)
            return q;
    return nullptr;
}

QWidget *DomainPage::lastTabStop() const
{
    if (m_questions.empty())
        return nullptr;
    QWidget *card = m_questions.back();
    QWidget *last = card;
    for (QWidget *w = card->nextInFocusChain(); w != card && card->isAncestorOf(w); w = w->nextInFocusChain())
        if (w->focusPolicy() & Qt::TabFocus)
            last = w;
    return last;
}

void DomainPage::focusFirstQuestion()
{
    if (m_questions.empty())
        return;
    QuestionWidget *target = m_questions.front();
    for (QuestionWidget *q : m_questions)
        if (!m_session.answer(q->questionId())) {
            target = q;
            break;
        }
    if (target == m_questions.front())
        verticalScrollBar()->setValue(0);
    else
        ensureWidgetVisible(target, 0, 40);
    target->focusTarget()->setFocus(Qt::OtherFocusReason);
}

void DomainPage::showQuestion(const QString &questionId)
{
    if (QuestionWidget *q = question(questionId)) {
        ensureWidgetVisible(q, 0, 40);
        q->focusTarget()->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace ahplead
