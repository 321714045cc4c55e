#pragma once

#include <QPlainTextEdit>
#include <QTimer>

namespace ahplead {

// The evidence note of one question. What is typed is handed over (committed) after a
// short pause, when the field loses focus, and whenever the app asks (before Undo, on
// leaving a page, on closing), so a note is never lost. Tab moves on rather than typing a
// tab, and Ctrl+Z / Ctrl+Shift+Z go to the assessment's Undo/Redo, so undo works the
// same wherever the focus is.
class NoteEdit : public QPlainTextEdit {
    Q_OBJECT

public:
    static constexpr int PauseMs = 600;

    explicit NoteEdit(QWidget *parent = nullptr);

    // Replaces the text without announcing it as an edit (undo, redo, loading).
    void setNote(const QString &text);
    bool hasPendingEdit() const { return m_pending; }
    QSize sizeHint() const override;

public slots:
    void commit();

signals:
    void committed(const QString &text);

protected:
    bool event(QEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void fitToLines();

    QTimer m_pause;
    bool m_pending = false;
    bool m_loading = false;
};

} // namespace ahplead
