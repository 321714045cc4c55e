#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

class QWidget;

namespace ahplead {

// Hands over what is typed into one field of a business case: after a short pause, when the
// field loses focus, on Enter, and whenever the session asks (before Undo, export, leaving,
// closing), so nothing typed is lost and the figures follow the typing. (Ctrl+Z in the field
// goes to the case's Undo: CaseForm sees to that for every input.)
class CaseEditCommit : public QObject {
    Q_OBJECT

public:
    static constexpr int PauseMs = 600;

    // Watches FIELD (and its inner line edit, for a spin box); COMMIT reads the field and
    // makes the change. Owned by FIELD.
    CaseEditCommit(QWidget *field, std::function<void()> commit);

    // The person changed the field: hand it over after the pause.
    void touch();
    void commit();
    bool pending() const { return m_pending; }

    // Whether EVENT is Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y, which belong to the window.
    static bool isUndoKey(QEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_commit;
    QTimer m_pause;
    bool m_pending = false;
};

} // namespace ahplead
