#include "gui/widgets/NoteEdit.h"

#include <QKeyEvent>

namespace ahplead {

NoteEdit::NoteEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    // The assessment's Undo stack covers notes; the editor's own would compete with it.
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    fitToLines();
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &NoteEdit::commit);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        m_pending = true;
        m_pause.start();
    });
}

QSize NoteEdit::sizeHint() const
{
    return {300, height()};
}

void NoteEdit::setNote(const QString &text)
{
    if (text == toPlainText())
        return;
    m_loading = true;
    setPlainText(text);
    m_loading = false;
    m_pending = false;
    m_pause.stop();
}

void NoteEdit::commit()
{
    m_pause.stop();
    if (!m_pending)
        return;
    m_pending = false;
    emit committed(toPlainText());
}

bool NoteEdit::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeyCombination combo = key->keyCombination();
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
            combo == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)) {
            // Not accepted: the window's Undo/Redo shortcut fires instead of the editor's.
            event->ignore();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void NoteEdit::fitToLines()
{
    // Three lines of text whatever the font size and scaling; longer notes scroll.
    const int lines = 3;
    const QMargins margins = contentsMargins();
    setFixedHeight(fontMetrics().lineSpacing() * lines + 2 * static_cast<int>(document()->documentMargin()) +
                   margins.top() + margins.bottom() + 4);
}

void NoteEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange)
        fitToLines();
}

void NoteEdit::focusOutEvent(QFocusEvent *event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

} // namespace ahplead
