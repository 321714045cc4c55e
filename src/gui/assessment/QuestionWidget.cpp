#include "gui/assessment/QuestionWidget.h"

#include "core/assessment/CitationText.h"
#include "gui/app/Texts.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/NoteEdit.h"
#include "gui/widgets/Theme.h"
#include "gui/widgets/WrapLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ahplead {

QuestionWidget::QuestionWidget(AssessmentSession &session, const Question &question, const QString &number,
                               QWidget *parent)
    : QFrame(parent), m_session(session), m_question(question), m_number(number)
{
    setObjectName(QStringLiteral("question-") + question.id);
    Theme::setRole(this, "card");
    build();
    refresh();
    connect(&session, &AssessmentSession::answerChanged, this, [this](const QString &id) {
        if (id == m_question.id)
            refresh();
    });
    connect(&session, &AssessmentSession::unsavedChanged, this,
            [this] { showUnsaved(m_session.unsaved().contains(m_question.id)); });
    connect(&session, &AssessmentSession::commitRequested, m_note, &NoteEdit::commit);
}

void QuestionWidget::build()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);

    auto *heading = new QHBoxLayout;
    heading->setSpacing(12);
    auto *number = new QLabel(m_number, this);
    Theme::setRole(number, "questionNumber");
    number->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    number->setAccessibleName(tr("Question %1").arg(m_number));
    auto *text = new WrapLabel(m_question.text, this);
    Theme::setRole(text, "questionText");
    text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    heading->addWidget(number, 0, Qt::AlignTop);
    heading->addWidget(text, 1);
    layout->addLayout(heading);

    layout->addWidget(buildAnswers());
    connect(m_group, &QButtonGroup::idClicked, this,
            [this](int id) { m_session.setValue(m_question.id, static_cast<AnswerValue>(id)); });

    m_unsaved = new QLabel(this);
    Theme::setRole(m_unsaved, "unsaved");
    m_unsaved->setText(tr("Not saved yet: this answer is kept here, and saving is retried when you press "
                          "\"Try again\" at the top of the page."));
    m_unsaved->setWordWrap(true);
    m_unsaved->hide();
    layout->addWidget(m_unsaved);

    auto *noteLabel = new QLabel(tr("Evidence or note"), this);
    Theme::setRole(noteLabel, "subheading");
    m_note = new NoteEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Evidence or note for question %1").arg(m_number));
    m_note->setAccessibleDescription(
        m_question.guidance.evidence.isEmpty()
            ? tr("What shows your answer is right.")
            : tr("What shows your answer is right. For example: %1").arg(m_question.guidance.evidence));
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    connect(m_note, &NoteEdit::committed, this,
            [this](const QString &note) { m_session.setEvidence(m_question.id, note); });

    layout->addLayout(buildFooter());
}

// A radio button per point of the scale (and "not applicable" where the question allows it).
QWidget *QuestionWidget::buildAnswers()
{
    auto *answers = new QWidget(this);
    answers->setObjectName(QStringLiteral("answers"));
    answers->setAccessibleName(tr("Answer to question %1").arg(m_number));
    answers->setAccessibleDescription(m_question.text);
    auto *row = new QHBoxLayout(answers);
    row->setContentsMargins(0, 2, 0, 2);
    row->setSpacing(22);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    std::vector<std::pair<AnswerValue, QString>> choices;
    for (const ScaleOption &option : m_session.framework().scale)
        choices.emplace_back(option.value, option.description);
    if (m_question.allowNotApplicable)
        choices.emplace_back(AnswerValue::NotApplicable,
                             tr("This does not apply to us; it is left out of the scores."));
    for (const auto &[value, description] : choices) {
        auto *radio = new QRadioButton(m_session.framework().label(value), answers);
        radio->setObjectName(toString(value));
        radio->setToolTip(description);
        radio->setAccessibleName(m_session.framework().label(value));
        radio->setAccessibleDescription(tr("Question %1: %2").arg(m_number, description));
        m_group->addButton(radio, static_cast<int>(value));
        m_buttons[value] = radio;
        m_order.push_back(radio);
        radio->installEventFilter(this);
        row->addWidget(radio);
    }
    row->addStretch(1);
    return answers;
}

QHBoxLayout *QuestionWidget::buildFooter()
{
    auto *footer = new QHBoxLayout;
    footer->setSpacing(12);
    m_flag = new QCheckBox(tr("Flag for review"), this);
    m_flag->setObjectName(QStringLiteral("flag"));
    m_flag->setIcon(Icons::get(QStringLiteral("flag")));
    m_flag->setAccessibleName(tr("Flag question %1 for review").arg(m_number));
    m_flag->setAccessibleDescription(tr("Mark this answer to come back to, or for someone else to check."));
    m_flag->setToolTip(tr("Mark this answer to come back to, or for someone else to check."));
    connect(m_flag, &QCheckBox::clicked, this, [this](bool on) { m_session.setFlagged(m_question.id, on); });
    m_why = new QToolButton(this);
    m_why->setObjectName(QStringLiteral("why"));
    m_why->setText(tr("Why this matters"));
    m_why->setIcon(Icons::get(QStringLiteral("help")));
    m_why->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_why->setCheckable(true);
    m_why->setAutoRaise(true);
    Theme::setRole(m_why, "link");
    m_why->setFocusPolicy(Qt::StrongFocus);
    m_why->setAccessibleName(tr("Why question %1 matters").arg(m_number));
    m_why->setAccessibleDescription(tr("Shows or hides the guidance for this question and where it comes from."));
    m_why->setToolTip(tr("Show the guidance for this question and its source"));
    connect(m_why, &QToolButton::toggled, this, &QuestionWidget::setGuidanceVisible);
    footer->addWidget(m_flag);
    footer->addStretch(1);
    footer->addWidget(m_why);
    return footer;
}

bool QuestionWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Arrow keys move along the scale and choose, even before anything is chosen (Qt's own
    // radio buttons only move the focus then, and ignore Up and Down in a row).
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const auto it = std::find(m_order.begin(), m_order.end(), watched);
        if (it != m_order.end() && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            int step = 0;
            if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Up)
                step = -1;
            else if (key->key() == Qt::Key_Right || key->key() == Qt::Key_Down)
                step = 1;
            if (step != 0) {
                const auto index = std::distance(m_order.begin(), it) + step;
                if (index >= 0 && index < static_cast<std::ptrdiff_t>(m_order.size())) {
                    QRadioButton *target = m_order[static_cast<std::size_t>(index)];
                    target->setFocus(step > 0 ? Qt::TabFocusReason : Qt::BacktabFocusReason);
                    if (!target->isChecked())
                        target->click();
                }
                return true;
            }
        }
    }
    return QFrame::eventFilter(watched, event);
}

void QuestionWidget::buildGuidance()
{
    if (m_guidance)
        return;
    const Guidance &g = m_question.guidance;
    QString html;
    auto section = [&html](const QString &title, const QString &body) {
        if (!body.isEmpty())
            html += QStringLiteral("<p style=\"margin-bottom:6px\"><b>%1</b><br>%2</p>")
                        .arg(title.toHtmlEscaped(), body.toHtmlEscaped());
    };
    section(tr("Why this matters"), g.why);
    section(tr("What good looks like"), g.good);
    section(tr("Evidence you might show"), g.evidence);
    section(m_question.citations.size() > 1 ? tr("Sources") : tr("Source"),
            CitationText::citations(m_question.citations, QStringLiteral("\n")));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_guidance = new QLabel(html, this);
    m_guidance->setObjectName(QStringLiteral("guidance"));
    Theme::setRole(m_guidance, "guidance");
    m_guidance->setTextFormat(Qt::RichText);
    m_guidance->setWordWrap(true);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_guidance->setAccessibleName(tr("Guidance for question %1").arg(m_number));
    static_cast<QVBoxLayout *>(layout())->addWidget(m_guidance);
}

void QuestionWidget::setGuidanceVisible(bool visible)
{
    if (visible)
        buildGuidance();
    if (m_guidance)
        m_guidance->setVisible(visible);
    if (m_why->isChecked() != visible)
        m_why->setChecked(visible);
}

bool QuestionWidget::guidanceVisible() const
{
    return m_guidance && !m_guidance->isHidden();
}

QRadioButton *QuestionWidget::button(AnswerValue value) const
{
    auto it = m_buttons.find(value);
    return it == m_buttons.end() ? nullptr : it->second;
}

QAbstractButton *QuestionWidget::checkedButton() const
{
    return m_group->checkedButton();
}

QWidget *QuestionWidget::focusTarget() const
{
    if (QAbstractButton *checked = m_group->checkedButton())
        return checked;
    return m_buttons.begin()->second;
}

void QuestionWidget::refresh()
{
    const Answer *answer = m_session.answer(m_question.id);
    const bool editable = !m_session.readOnly();
    if (answer) {
        if (QRadioButton *radio = button(answer->value); radio && !radio->isChecked())
            radio->setChecked(true);
    } else if (m_group->checkedButton()) {
        // An exclusive group cannot be emptied by unchecking; undoing a first answer must.
        m_group->setExclusive(false);
        m_group->checkedButton()->setChecked(false);
        m_group->setExclusive(true);
    }
    for (auto &[value, radio] : m_buttons)
        radio->setEnabled(editable);

    // A note and a flag belong to an answer (the store keeps them with it).
    if (!m_note->hasPendingEdit()) // never overwrite what is being typed
        m_note->setNote(answer ? answer->evidence : QString());
    m_note->setEnabled(editable && answer);
    m_note->setPlaceholderText(answer ? (m_question.guidance.evidence.isEmpty()
                                             ? tr("What shows this?")
                                             : tr("What shows this? For example: %1").arg(m_question.guidance.evidence))
                                      : tr("Choose an answer above first, then add your evidence or a note here."));
    m_flag->setChecked(answer && answer->flagged);
    m_flag->setEnabled(editable && answer);
    showUnsaved(m_session.unsaved().contains(m_question.id));
    showToAgree(m_session.toAgree(m_question.id));
}

void QuestionWidget::showUnsaved(bool unsaved)
{
    m_unsaved->setVisible(unsaved);
}

// Above the answers, where the board will settle it. Made only for a question that needs it: a
// section holds dozens of questions and few, if any, are still to agree.
void QuestionWidget::showToAgree(const QString &spread)
{
    if (!m_toAgree) {
        if (spread.isEmpty())
            return;
        m_toAgree = new QFrame(this);
        m_toAgree->setObjectName(QStringLiteral("toAgree"));
        Theme::setRole(m_toAgree, "notice");
        auto *box = new QVBoxLayout(m_toAgree);
        box->setContentsMargins(12, 8, 12, 8);
        auto *heading = new QLabel(tr("Not yet agreed by the board"), m_toAgree);
        Theme::setRole(heading, "subheading");
        // The spread holds the members' own notes as they typed them: never read as markup.
        m_spread = new WrapLabel(m_toAgree);
        m_spread->setObjectName(QStringLiteral("spread"));
        m_spread->setTextFormat(Qt::PlainText);
        m_spread->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        m_spread->setAccessibleName(tr("Question %1 is not yet agreed by the board").arg(m_number));
        box->addWidget(heading);
        box->addWidget(m_spread);
        // After the heading and the question's wording, before the answers.
        static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_toAgree);
    }
    m_spread->setText(spread);
    m_toAgree->setVisible(!spread.isEmpty());
}

} // namespace ahplead
