#include "gui/businesscase/CaseForm.h"

#include "core/businesscase/BusinessRules.h"
#include "gui/businesscase/CaseEditCommit.h"
#include "gui/businesscase/CaseSession.h"
#include "gui/widgets/NoteEdit.h"
#include "gui/widgets/Theme.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace ahplead {

namespace {

// A number box or list turned by the mouse wheel while the page scrolls past it would change
// a figure by accident: the wheel scrolls the page unless the box has the keyboard focus.
class WheelGuard : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Wheel) {
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && !w->hasFocus()) {
                event->ignore();
                return true; // not accepted: the scroll area behind gets it
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

void guardWheel(QWidget *w)
{
    w->setFocusPolicy(Qt::StrongFocus);
    w->installEventFilter(new WheelGuard(w));
}

// Figures are typed and shown the UK way (12,345.5) whatever the computer's own settings.
QLocale ukLocale()
{
    QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    uk.setNumberOptions(QLocale::DefaultNumberOptions);
    return uk;
}

// Every figure box behaves alike: UK digits, commas in large figures, quick steps when an arrow
// is held, a typed value beyond the range pulled back into it, and no change by a passing wheel.
template <typename Spin, typename T> void setUpSpin(Spin *spin, T min, T max)
{
    spin->setLocale(ukLocale());
    spin->setRange(min, max);
    spin->setGroupSeparatorShown(max >= 10000);
    spin->setAccelerated(true);
    spin->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    guardWheel(spin);
}

// A spin box cannot show a value outside its range (it would show the nearest end), so one
// read from a file with a figure out of range (a negative WTE) widens the range to show it as
// it is, with its problem beside it; the normal range comes back once the figure is corrected.
template <typename Spin, typename T> void showValue(Spin *spin, T value, T min, T max)
{
    const T low = std::min(min, value);
    const T high = std::max(max, value);
    if (spin->minimum() != low || spin->maximum() != high)
        spin->setRange(low, high);
    if (spin->value() != value)
        spin->setValue(value);
}

} // namespace

namespace {

// Ctrl+Z and Ctrl+Shift+Z in a field of the case always undo and redo changes to the case, the
// same as Edit > Undo: typing not yet handed over is handed over first, so it is the step
// undone. The window's shortcut takes the keys when it can; when it cannot (nothing had been
// saved yet, so Undo was off) the key comes here instead of going to the field's own undo.
class UndoKeys : public QObject {
public:
    UndoKeys(CaseSession &session, QObject *parent) : QObject(parent), m_session(session) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!CaseEditCommit::isUndoKey(event))
            return QObject::eventFilter(watched, event);
        if (event->type() == QEvent::ShortcutOverride) {
            event->ignore(); // not the field's: the window's shortcut may take it
            return true;
        }
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool redo =
            key->matches(QKeySequence::Redo) || (key->modifiers() & Qt::ShiftModifier) || key->key() == Qt::Key_Y;
        m_session.commitPendingEdits();
        if (redo)
            m_session.undoStack()->redo();
        else
            m_session.undoStack()->undo();
        return true;
    }

private:
    CaseSession &m_session;
};

} // namespace

CaseForm::CaseForm(CaseSession &session, QObject *parent)
    : QObject(parent), m_session(session), m_undoKeys(new UndoKeys(session, this))
{
    connect(&session, &QObject::destroyed, this, [this] { m_sessionGone = true; });
}

QString CaseForm::problemText(const QStringList &messages)
{
    QStringList sentences;
    for (QString m : messages) {
        // "is missing; name the metric" reads as a sentence once it has a subject.
        if (m.startsWith(QLatin1String("is ")))
            m.prepend(QStringLiteral("This "));
        else if (!m.isEmpty())
            m[0] = m[0].toUpper();
        sentences << m;
    }
    return tr("Problem: %1").arg(sentences.join(QStringLiteral(". ")));
}

QString CaseForm::spokenName(const QString &label, const Options &options) const
{
    if (!options.name.isEmpty())
        return options.name;
    return m_context.isEmpty() ? label : tr("%1: %2").arg(m_context, label);
}

QString CaseForm::what(const QString &label) const
{
    return m_context.isEmpty() ? label : tr("%1: %2").arg(m_context, label);
}

void CaseForm::edit(const QString &step, const QString &pointer, const std::function<void(BusinessCase &)> &change)
{
    if (m_loading)
        return;
    m_session.edit(step, change, pointer);
}

QWidget *CaseForm::box(QWidget *parent, const QString &label, QWidget *input, const QString &pointer,
                       const Options &options, Binding &binding)
{
    auto *holder = new QWidget(parent);
    auto *layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    if (!options.compact && !label.isEmpty()) {
        auto *caption = new QLabel(label, holder);
        caption->setWordWrap(true);
        Theme::setRole(caption, "subheading");
        caption->setBuddy(input);
        layout->addWidget(caption);
    }
    input->setParent(holder);
    layout->addWidget(input);
    auto *problem = new QLabel(holder);
    problem->setObjectName(QStringLiteral("problem:") + pointer);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    Theme::setRole(problem, "unsaved");
    problem->hide();
    layout->addWidget(problem);

    input->setObjectName(pointer);
    input->installEventFilter(m_undoKeys);
    input->installEventFilter(this); // leaving the field releases its held problems
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(input))
        if (QLineEdit *inner = spin->findChild<QLineEdit *>())
            inner->installEventFilter(m_undoKeys);
    input->setAccessibleName(spokenName(label, options));
    if (!options.hint.isEmpty())
        input->setToolTip(options.hint);
    binding.pointer = pointer;
    binding.pointerOf = options.pointerOf;
    binding.enabledIf = options.enabledIf;
    binding.input = input;
    binding.problem = problem;
    binding.hint = options.hint;
    if (m_session.readOnly())
        input->setEnabled(false);
    return holder;
}

QWidget *CaseForm::text(QWidget *parent, const QString &label, const QString &pointer, TextGet get, TextSet set,
                        const Options &options, int maxLength)
{
    auto *edit = new QLineEdit;
    // The store reads back no more than the file format allows, so no more can be typed.
    edit->setMaxLength(maxLength);
    edit->setPlaceholderText(options.placeholder);
    edit->setClearButtonEnabled(false);
    Binding binding;
    QWidget *holder = box(parent, label, edit, pointer, options, binding);
    binding.commit = new CaseEditCommit(edit, [this, edit, step = what(label), pointer, set, get] {
        const QString value = edit->text();
        this->edit(step, pointer, [&](BusinessCase &bc) { set(bc, value); });
        // Once the person has left the field, it shows what was kept, in its own form (a date
        // typed 05/12/2026 reads 5 December 2026); never while they are still typing.
        if (const QString kept = get(m_session.businessCase()); !edit->hasFocus() && kept != edit->text()) {
            edit->setText(kept);
            edit->setCursorPosition(0);
        }
    });
    CaseEditCommit *commit = binding.commit;
    connect(edit, &QLineEdit::textEdited, commit, &CaseEditCommit::touch);
    connect(&m_session, &CaseSession::commitRequested, commit, &CaseEditCommit::commit);
    binding.load = [this, edit, get] {
        const QString value = get(m_session.businessCase());
        if (edit->text() != value) {
            edit->setText(value);
            edit->setCursorPosition(0);
        }
    };
    m_bindings.push_back(binding);
    return holder;
}

QWidget *CaseForm::longText(QWidget *parent, const QString &label, const QString &pointer, TextGet get, TextSet set,
                            const Options &options)
{
    auto *edit = new NoteEdit;
    edit->setPlaceholderText(options.placeholder);
    Binding binding;
    QWidget *holder = box(parent, label, edit, pointer, options, binding);
    connect(edit, &NoteEdit::committed, this, [this, step = what(label), pointer, set](const QString &typed) {
        // The store reads back no more than the file format allows.
        const QString value = typed.left(BusinessRules::MaxLongText);
        this->edit(step, pointer, [&](BusinessCase &bc) { set(bc, value); });
    });
    connect(&m_session, &CaseSession::commitRequested, edit, &NoteEdit::commit);
    binding.load = [this, edit, get] {
        if (!edit->hasPendingEdit())
            edit->setNote(get(m_session.businessCase()));
    };
    m_bindings.push_back(binding);
    return holder;
}

template <typename Spin> void CaseForm::commitOnChange(Spin *spin, Binding &binding, std::function<void()> write)
{
    binding.commit = new CaseEditCommit(spin, std::move(write));
    CaseEditCommit *commit = binding.commit;
    // Values shown while loading are the case's own, not the person's changes.
    connect(spin, &Spin::valueChanged, commit, [this, commit] {
        if (!m_loading)
            commit->touch();
    });
    connect(&m_session, &CaseSession::commitRequested, commit, &CaseEditCommit::commit);
}

QWidget *CaseForm::number(QWidget *parent, const QString &label, const QString &pointer, NumberGet get, NumberSet set,
                          double min, double max, int decimals, const QString &prefix, const QString &suffix,
                          const Options &options)
{
    auto *spin = new QDoubleSpinBox;
    spin->setDecimals(decimals); // before the range, which is rounded to it
    setUpSpin(spin, min, max);
    spin->setPrefix(prefix);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(true);
    Binding binding;
    QWidget *holder = box(parent, label, spin, pointer, options, binding);
    commitOnChange(spin, binding, [this, spin, step = what(label), pointer, set] {
        const double value = spin->value();
        edit(step, pointer, [&](BusinessCase &bc) { set(bc, value); });
    });
    binding.load = [this, spin, get, min, max] {
        const double value = get(m_session.businessCase());
        if (std::isfinite(value))
            showValue(spin, value, min, max);
    };
    m_bindings.push_back(binding);
    return holder;
}

QWidget *CaseForm::integer(QWidget *parent, const QString &label, const QString &pointer,
                           std::function<int(const BusinessCase &)> get, std::function<void(BusinessCase &, int)> set,
                           int min, int max, const QString &suffix, const Options &options)
{
    auto *spin = new QSpinBox;
    setUpSpin(spin, min, max);
    spin->setSuffix(suffix);
    Binding binding;
    QWidget *holder = box(parent, label, spin, pointer, options, binding);
    commitOnChange(spin, binding, [this, spin, step = what(label), pointer, set] {
        const int value = spin->value();
        edit(step, pointer, [&](BusinessCase &bc) { set(bc, value); });
    });
    binding.load = [this, spin, get, min, max] { showValue(spin, get(m_session.businessCase()), min, max); };
    m_bindings.push_back(binding);
    return holder;
}

QWidget *CaseForm::optionalNumber(QWidget *parent, const QString &label, const QString &pointer, OptionalGet get,
                                  OptionalSet set, double min, double max, int decimals, const QString &prefix,
                                  const QString &suffix, const QString &noneText, const Options &options)
{
    // One step below MIN stands for "none": the box then reads NONETEXT.
    const double none = min - std::pow(10.0, -decimals);
    auto *spin = new QDoubleSpinBox;
    spin->setDecimals(decimals); // before the range, which is rounded to it
    setUpSpin(spin, none, max);
    spin->setPrefix(prefix);
    spin->setSuffix(suffix);
    spin->setSpecialValueText(noneText);
    Options withHint = options;
    withHint.hint = options.hint.isEmpty()
                        ? tr("Go below %1 for \"%2\".").arg(ukLocale().toString(min), noneText)
                        : tr("%1 Go below %2 for \"%3\".").arg(options.hint, ukLocale().toString(min), noneText);
    Binding binding;
    QWidget *holder = box(parent, label, spin, pointer, withHint, binding);
    commitOnChange(spin, binding, [this, spin, step = what(label), pointer, set, min] {
        const std::optional<double> value = spin->value() < min ? std::nullopt : std::optional<double>(spin->value());
        edit(step, pointer, [&](BusinessCase &bc) { set(bc, value); });
    });
    binding.load = [this, spin, get, none, max] {
        const std::optional<double> value = get(m_session.businessCase());
        showValue(spin, value && std::isfinite(*value) ? *value : none, none, max);
    };
    m_bindings.push_back(binding);
    return holder;
}

QWidget *CaseForm::choice(QWidget *parent, const QString &label, const QString &pointer, const Choices &choices,
                          TextGet get, TextSet set, const Options &options)
{
    auto *combo = new QComboBox;
    for (const auto &[text, value] : choices)
        combo->addItem(text, value);
    // Narrow enough for a table's column: the open list shows the long entries whole.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    combo->view()->setTextElideMode(Qt::ElideNone);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0));
    guardWheel(combo);
    Binding binding;
    QWidget *holder = box(parent, label, combo, pointer, options, binding);
    connect(combo, &QComboBox::activated, this, [this, combo, step = what(label), pointer, set](int index) {
        const QString value = combo->itemData(index).toString();
        edit(step, pointer, [&](BusinessCase &bc) { set(bc, value); });
    });
    binding.load = [this, combo, get] {
        const QString value = get(m_session.businessCase());
        int index = combo->findData(value);
        if (index < 0 && value.isEmpty()) {
            // Nothing chosen yet (a post just added): the list says so instead of offering a band.
            combo->setPlaceholderText(tr("Choose…"));
        } else if (index < 0) {
            // A value read from a file that the list does not offer is shown as it is.
            combo->addItem(value, value);
            index = combo->count() - 1;
        }
        if (combo->currentIndex() != index)
            combo->setCurrentIndex(index);
    };
    m_bindings.push_back(binding);
    return holder;
}

QWidget *CaseForm::check(QWidget *parent, const QString &label, const QString &pointer, BoolGet get, BoolSet set,
                         const Options &options)
{
    auto *box = new QCheckBox(label);
    Options unlabelled = options;
    unlabelled.compact = true; // the tick box carries its own label
    Binding binding;
    QWidget *holder = this->box(parent, label, box, pointer, unlabelled, binding);
    connect(box, &QCheckBox::clicked, this, [this, step = what(label), pointer, set](bool on) {
        edit(step, pointer, [&](BusinessCase &bc) { set(bc, on); });
    });
    binding.load = [this, box, get] {
        const bool on = get(m_session.businessCase());
        if (box->isChecked() != on)
            box->setChecked(on);
    };
    m_bindings.push_back(binding);
    return holder;
}

QLabel *CaseForm::computed(QWidget *parent, const QString &name, std::function<QString(const BusinessCase &)> get)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    Theme::setRole(label, "secondary");
    Binding binding;
    binding.input = label;
    binding.load = [this, label, name, get] {
        const QString text = get(m_session.businessCase());
        label->setText(text);
        label->setAccessibleName(tr("%1: %2").arg(name, text));
    };
    m_bindings.push_back(binding);
    return label;
}

QLabel *CaseForm::problemLine(QWidget *parent, const QString &pointer)
{
    auto *problem = new QLabel(parent);
    problem->setObjectName(QStringLiteral("problem:") + pointer);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    Theme::setRole(problem, "unsaved");
    problem->hide();
    Binding binding;
    binding.pointer = pointer;
    binding.problem = problem;
    m_bindings.push_back(binding);
    return problem;
}

QString CaseForm::pointerOf(const Binding &b) const
{
    return b.pointerOf ? b.pointerOf(m_session.businessCase()) : b.pointer;
}

void CaseForm::showProblems(Binding &b)
{
    if (b.pointer.isEmpty() || !b.problem)
        return;
    const QString at = pointerOf(b);
    const QStringList messages = at.isEmpty() || held(at) ? QStringList() : m_session.problemsAt(at);
    const QString text = messages.isEmpty() ? QString() : problemText(messages);
    if (b.problem->text() != text)
        b.problem->setText(text);
    b.problem->setVisible(!text.isEmpty());
    if (b.input) {
        // The field's own frame turns red too, but the words above are what say it.
        const bool flagged = !text.isEmpty();
        if (b.input->property("problem").toBool() != flagged) {
            b.input->setProperty("problem", flagged);
            b.input->style()->unpolish(b.input);
            b.input->style()->polish(b.input);
        }
        const QString description = flagged ? (b.hint.isEmpty() ? text : b.hint + QLatin1Char(' ') + text) : b.hint;
        if (b.input->accessibleDescription() != description)
            b.input->setAccessibleDescription(description);
    }
}

void CaseForm::holdProblems(const QString &prefix)
{
    m_held.insert(prefix);
}

bool CaseForm::held(const QString &pointer) const
{
    if (m_left.contains(pointer))
        return false;
    for (const QString &prefix : m_held)
        if (pointer == prefix || pointer.startsWith(prefix + QLatin1Char('/')))
            return true;
    return false;
}

bool CaseForm::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving a field of a row just added is when it is judged: its problems show from then on.
    if (event->type() == QEvent::FocusOut && !m_held.isEmpty() && !m_sessionGone) {
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            for (Binding &b : m_bindings)
                if (b.input == watched) {
                    m_left.insert(pointerOf(b));
                    showProblems(b);
                }
    }
    return QObject::eventFilter(watched, event);
}

void CaseForm::refresh()
{
    m_loading = true;
    for (Binding &b : m_bindings) {
        if (b.load && b.input && !(b.commit && b.commit->pending())) {
            const QSignalBlocker block(b.input);
            b.load();
        }
        if (b.enabledIf && b.input)
            b.input->setEnabled(!m_session.readOnly() && b.enabledIf(m_session.businessCase()));
        showProblems(b);
    }
    m_loading = false;
}

void CaseForm::clear()
{
    m_bindings.clear();
}

QWidget *CaseForm::widgetFor(const QString &pointer) const
{
    // The field itself, else the nearest enclosing part of the case that has an input or a
    // problem line ("/options/2/posts" leads to the option's first field).
    for (QString p = pointer; !p.isEmpty(); p = p.left(p.lastIndexOf(QLatin1Char('/')))) {
        for (const Binding &b : m_bindings)
            if (pointerOf(b) == p && b.input && b.input->isEnabled())
                return b.input;
        for (const Binding &b : m_bindings)
            if (pointerOf(b) == p && b.problem)
                return b.problem;
        for (const Binding &b : m_bindings)
            if (b.input && CaseSession::isUnder(pointerOf(b), p) && b.input->focusPolicy() != Qt::NoFocus)
                return b.input;
    }
    return nullptr;
}

bool CaseForm::hasPendingEdit() const
{
    for (const Binding &b : m_bindings)
        if (b.commit && b.commit->pending())
            return true;
    return false;
}

} // namespace ahplead
