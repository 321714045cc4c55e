#include "gui/businesscase/CaseEditCommit.h"

#include <QAbstractSpinBox>
#include <QKeyEvent>
#include <QLineEdit>

namespace ahplead {

CaseEditCommit::CaseEditCommit(QWidget *field, std::function<void()> commit)
    : QObject(field), m_commit(std::move(commit))
{
    m_pause.setSingleShot(true);
    m_pause.setInterval(PauseMs);
    connect(&m_pause, &QTimer::timeout, this, &CaseEditCommit::commit);
    field->installEventFilter(this);
    if (auto *spin = qobject_cast<QAbstractSpinBox *>(field))
        if (QLineEdit *inner = spin->findChild<QLineEdit *>())
            inner->installEventFilter(this);
}

void CaseEditCommit::touch()
{
    m_pending = true;
    m_pause.start();
}

void CaseEditCommit::commit()
{
    m_pause.stop();
    if (!m_pending)
        return;
    m_pending = false;
    m_commit();
}

bool CaseEditCommit::isUndoKey(QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride && event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    return key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
           key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z) ||
           key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Y);
}

bool CaseEditCommit::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::FocusOut:
        commit();
        break;
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter)
            commit();
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ahplead
