#include "gui/rating/AgreeingDialog.h"

#include "core/rating/ConsensusDraft.h"
#include "gui/app/Texts.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/rating/SpreadChart.h"
#include "gui/widgets/ScreenFit.h"
#include "gui/widgets/Theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QShortcut>
#include <QVBoxLayout>

namespace ahplead {

namespace {

// The answers a board can agree, in the order of the keys 1 to 4.
const std::vector<AnswerValue> &agreeingValues()
{
    static const std::vector<AnswerValue> values{AnswerValue::InPlace, AnswerValue::Partial, AnswerValue::NotInPlace,
                                                 AnswerValue::NotApplicable};
    return values;
}

} // namespace

AgreeingDialog::AgreeingDialog(AssessmentSession &session, Consensus consensus, QWidget *parent)
    : QDialog(parent), m_session(session), m_consensus(std::move(consensus))
{
    setObjectName(QStringLiteral("agreeingDialog"));
    setWindowTitle(tr("Agree the board's answers"));
    // Read from the back of a room: everything a quarter larger than in the rest of the app.
    QFont larger = font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    setFont(larger);
    m_questions = m_consensus.byDisagreement();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_counter = Theme::label(QString(), this, "eyebrow");
    m_counter->setObjectName(QStringLiteral("agreeingCounter"));
    m_domain = Theme::label(QString(), this, "secondary");
    m_question = Theme::label(QString(), this, "title");
    m_question->setObjectName(QStringLiteral("agreeingQuestion"));
    m_question->setTextFormat(Qt::PlainText);
    layout->addWidget(m_counter);
    layout->addWidget(m_domain);
    layout->addWidget(m_question);

    layout->addLayout(buildSpread(), 1);
    buildAnswer(layout);
    auto *buttons = buildMoves(layout);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previous, &QPushButton::clicked, this, [this] { showQuestion(m_position - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showQuestion(m_position + 1); });
    connect(m_agree, &QPushButton::clicked, this, &AgreeingDialog::agreeAndNext);
    connect(m_alike, &QPushButton::clicked, this, &AgreeingDialog::acceptAlike);
    connect(new QShortcut(QKeySequence(Qt::Key_PageDown), this), &QShortcut::activated, m_next, &QPushButton::click);
    connect(new QShortcut(QKeySequence(Qt::Key_PageUp), this), &QShortcut::activated, m_previous, &QPushButton::click);
    for (const QKeySequence &agreeKey :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(agreeKey, this), &QShortcut::activated, m_agree, &QPushButton::click);

    const bool canChange = !session.readOnly();
    m_agree->setEnabled(canChange);
    m_alike->setEnabled(canChange);
    showQuestion(0);
    refreshAlike();
    ScreenFit::place(this, QSize(1280, 760));
}

// How the members answered (the chart and in words) beside what they noted.
QHBoxLayout *AgreeingDialog::buildSpread()
{
    auto *middle = new QHBoxLayout;
    middle->setSpacing(24);
    auto *spread = new QVBoxLayout;
    spread->addWidget(Theme::label(tr("How the board members answered"), this, "heading"));
    m_chart = new SpreadChart(this);
    spread->addWidget(m_chart);
    m_spreadWords = Theme::label(QString(), this, "secondary");
    m_spreadWords->setObjectName(QStringLiteral("agreeingSpread"));
    spread->addWidget(m_spreadWords);
    spread->addStretch(1);
    middle->addLayout(spread, 1);
    auto *notesColumn = new QVBoxLayout;
    notesColumn->addWidget(Theme::label(tr("What they noted"), this, "heading"));
    m_notes = Theme::label(QString(), this);
    m_notes->setObjectName(QStringLiteral("agreeingNotes"));
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_notes);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    notesColumn->addWidget(scroll, 1);
    middle->addLayout(notesColumn, 1);
    return middle;
}

// The board's answer, keys 1 to 4, and its note.
void AgreeingDialog::buildAnswer(QVBoxLayout *layout)
{
    layout->addWidget(Theme::label(tr("The board's answer"), this, "heading"));
    auto *choiceRow = new QHBoxLayout;
    m_choices = new QButtonGroup(this);
    int key = 1;
    for (const AnswerValue value : agreeingValues()) {
        const QString label =
            value == AnswerValue::NotApplicable ? tr("Not applicable") : m_session.framework().label(value);
        auto *choice = new QRadioButton(QStringLiteral("&%1  %2").arg(key).arg(label), this);
        choice->setObjectName(QStringLiteral("agreeChoice%1").arg(key));
        m_choices->addButton(choice, static_cast<int>(value));
        m_choiceButtons.push_back(choice);
        choiceRow->addWidget(choice);
        auto *shortcut = new QShortcut(QKeySequence(QString::number(key)), this);
        connect(shortcut, &QShortcut::activated, this, [this, choice] {
            if (choice->isVisible() && choice->isEnabled() && !m_note->hasFocus())
                choice->click();
        });
        ++key;
    }
    choiceRow->addStretch(1);
    layout->addLayout(choiceRow);
    auto *noteLabel = new QLabel(tr("The board's &note (why it agreed this answer; the members' answers are "
                                    "added when left empty)"),
                                 this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("agreeingNote"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().height() * 4);
    m_note->installEventFilter(this);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    m_agreedNow = Theme::label(QString(), this, "secondary");
    m_agreedNow->setObjectName(QStringLiteral("agreedNow"));
    layout->addWidget(m_agreedNow);
}

// Previous, skip and agree; accepting the answers given alike; Close.
QDialogButtonBox *AgreeingDialog::buildMoves(QVBoxLayout *layout)
{
    auto *moves = new QHBoxLayout;
    m_previous = new QPushButton(tr("&Previous question"), this);
    m_previous->setObjectName(QStringLiteral("agreeingPrevious"));
    m_previous->setToolTip(tr("Page Up"));
    m_next = new QPushButton(tr("&Skip to the next"), this);
    m_next->setObjectName(QStringLiteral("agreeingNext"));
    m_next->setToolTip(tr("Page Down"));
    m_agree = new QPushButton(tr("&Agree and go to the next"), this);
    m_agree->setObjectName(QStringLiteral("agreeAnswer"));
    m_agree->setToolTip(tr("Makes the chosen answer and note the assessment's answer (Ctrl+Enter)"));
    m_agree->setDefault(true);
    moves->addWidget(m_previous);
    moves->addWidget(m_next);
    moves->addStretch(1);
    moves->addWidget(m_agree);
    layout->addLayout(moves);

    auto *alikeRow = new QHBoxLayout;
    m_alikeText = Theme::label(QString(), this, "secondary");
    m_alikeText->setObjectName(QStringLiteral("alikeText"));
    m_alike = new QPushButton(this);
    m_alike->setObjectName(QStringLiteral("acceptAlike"));
    alikeRow->addWidget(m_alikeText, 1);
    alikeRow->addWidget(m_alike);
    layout->addLayout(alikeRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    return buttons;
}

// Ctrl+Enter in the note agrees, as everywhere else in the dialog, rather than starting a line.
bool AgreeingDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_note && event->type() == QEvent::KeyPress) {
        const auto *press = static_cast<QKeyEvent *>(event);
        if ((press->key() == Qt::Key_Return || press->key() == Qt::Key_Enter) &&
            press->modifiers().testFlag(Qt::ControlModifier)) {
            m_agree->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString AgreeingDialog::questionHeading(const Disagreement &question) const
{
    return tr("Question %1. %2").arg(Texts::questionNumber(m_session.framework(), question.questionId), question.text);
}

void AgreeingDialog::showQuestion(int position)
{
    const int count = questionCount();
    if (count == 0) {
        m_position = 0;
        m_counter->setText(tr("No question to discuss"));
        m_domain->clear();
        m_question->setText(tr("The board members who finished their ratings answered every question they answered "
                               "alike. Accept those answers below."));
        m_chart->hide();
        for (QAbstractButton *b : m_choiceButtons)
            b->setEnabled(false);
        m_note->setEnabled(false);
        m_agree->setEnabled(false);
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        return;
    }
    m_position = std::clamp(position, 0, count - 1);
    const Disagreement &q = *m_questions[static_cast<std::size_t>(m_position)];
    const Framework &fw = m_session.framework();
    m_counter->setText(count == 1 ? tr("The one question where the board's views differed")
                                  : tr("Question %1 of the %2 where the board's views differed, largest difference "
                                       "first")
                                        .arg(m_position + 1)
                                        .arg(count));
    const Domain *domain = fw.domain(q.domainId);
    m_domain->setText(domain ? domain->title : QString());
    m_question->setText(questionHeading(q));
    m_chart->setQuestion(q, fw);
    m_spreadWords->setText(tr("%1. Difference %2 out of 100.").arg(q.spreadText(fw)).arg(q.measurePercent()));
    QStringList notes;
    for (const Disagreement::Note &n : q.notes)
        notes << tr("%1: %2").arg(n.rater, n.text);
    m_notes->setText(notes.isEmpty() ? tr("No member added a note.") : notes.join(QStringLiteral("\n\n")));

    const Question *question = fw.question(q.questionId);
    const bool allowsNotApplicable = question && question->allowNotApplicable;
    m_choiceButtons.back()->setVisible(allowsNotApplicable);
    m_choices->setExclusive(false);
    for (QAbstractButton *b : m_choiceButtons)
        b->setChecked(false);
    m_choices->setExclusive(true);
    m_note->clear();
    // What the board agreed before (or the assessment held) is where the discussion starts again.
    if (const Answer *held = m_session.answer(q.questionId)) {
        if (QAbstractButton *b = m_choices->button(static_cast<int>(held->value)))
            b->setChecked(true);
        if (held->evidence != ConsensusDraft::note(q, fw))
            m_note->setPlainText(held->evidence);
    }
    m_previous->setEnabled(m_position > 0);
    m_next->setEnabled(m_position + 1 < count);
    refreshAgreed();
}

void AgreeingDialog::choose(AnswerValue value)
{
    if (QAbstractButton *b = m_choices->button(static_cast<int>(value)))
        b->setChecked(true);
}

void AgreeingDialog::setNote(const QString &note)
{
    m_note->setPlainText(note);
}

bool AgreeingDialog::agreeAndNext()
{
    if (m_questions.empty() || m_session.readOnly())
        return false;
    const Disagreement &q = *m_questions[static_cast<std::size_t>(m_position)];
    const int chosen = m_choices->checkedId();
    if (chosen < 0) {
        m_agreedNow->setText(tr("Choose the board's answer first (keys 1 to 4), then agree it."));
        return false;
    }
    Answer agreed;
    agreed.questionId = q.questionId;
    agreed.value = static_cast<AnswerValue>(chosen);
    const QString note = m_note->toPlainText().trimmed();
    // Without the board's own note, the members' answers and notes are what explains it.
    agreed.evidence = note.isEmpty() ? ConsensusDraft::note(q, m_session.framework()) : note;
    const int ratings = static_cast<int>(m_consensus.raters.size());
    m_session.agree({agreed}, ratings,
                    tr("agreed answer to question %1").arg(Texts::questionNumber(m_session.framework(), q.questionId)));
    if (m_position + 1 < questionCount())
        showQuestion(m_position + 1);
    else
        refreshAgreed();
    return true;
}

int AgreeingDialog::acceptAlike()
{
    if (m_session.readOnly())
        return 0;
    std::vector<Answer> agreed;
    for (const Disagreement *q : m_consensus.unanimous()) {
        if (m_session.answer(q->questionId) || !q->agreed())
            continue;
        Answer a;
        a.questionId = q->questionId;
        a.value = *q->agreed();
        a.evidence = ConsensusDraft::note(*q, m_session.framework());
        agreed.push_back(a);
    }
    const int count = static_cast<int>(agreed.size());
    m_session.agree(agreed, static_cast<int>(m_consensus.raters.size()),
                    count == 1 ? tr("the answer every board member gave alike")
                               : tr("the %1 answers every board member gave alike").arg(count));
    refreshAlike();
    return count;
}

void AgreeingDialog::refreshAlike()
{
    int alike = 0;
    int pending = 0;
    for (const Disagreement *q : m_consensus.unanimous()) {
        ++alike;
        if (!m_session.answer(q->questionId))
            ++pending;
    }
    if (pending == 0) {
        m_alikeText->setText(alike == 0 ? tr("No question was answered alike by every board member.")
                                        : tr("The answers every board member gave alike are in the assessment."));
        m_alike->setText(tr("Accept the answers given alike"));
        m_alike->setEnabled(false);
        return;
    }
    m_alikeText->setText(pending == 1
                             ? tr("Every board member gave the same answer to 1 question the assessment has not "
                                  "answered yet.")
                             : tr("Every board member gave the same answer to %1 questions the assessment has not "
                                  "answered yet.")
                                   .arg(pending));
    m_alike->setText(pending == 1 ? tr("A&ccept that answer") : tr("A&ccept these %1 answers").arg(pending));
    m_alike->setEnabled(!m_session.readOnly());
}

void AgreeingDialog::refreshAgreed()
{
    if (m_questions.empty())
        return;
    const Disagreement &q = *m_questions[static_cast<std::size_t>(m_position)];
    const Answer *held = m_session.answer(q.questionId);
    m_agreedNow->setText(held ? tr("The assessment's answer now: %1.")
                                    .arg(held->value == AnswerValue::NotApplicable
                                             ? tr("Not applicable")
                                             : m_session.framework().label(held->value))
                              : tr("Not agreed yet."));
}

} // namespace ahplead
