#pragma once

#include "core/assessment/TrackedAction.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace ahplead {

class AssessmentSession;

// Under one action of the plan on the results page: who owns it, by when, how far it has got
// and a note, as the board records them between meetings. Each field is saved when it is left
// (or, for progress, when chosen) as one step Undo takes back; the row follows Undo and Redo.
// A date that is not one is said beside the field and not saved, so nothing typed is lost.
class ActionTrackingRow : public QWidget {
    Q_OBJECT

public:
    ActionTrackingRow(AssessmentSession &session, QString recommendationId, const QString &actionTitle,
                      QWidget *parent = nullptr);

    QLineEdit *ownerEdit() const { return m_owner; }
    QLineEdit *dateEdit() const { return m_date; }
    QComboBox *statusBox() const { return m_status; }
    QLineEdit *noteEdit() const { return m_note; }
    QLabel *problem() const { return m_problem; }

private:
    void show(const TrackedAction &action);
    void commit();

    AssessmentSession &m_session;
    QString m_recommendationId;
    QString m_title;
    QLineEdit *m_owner;
    QLineEdit *m_date;
    QComboBox *m_status;
    QLineEdit *m_note;
    QLabel *m_problem;
    bool m_showing = false;
};

} // namespace ahplead
