#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace ahplead {

// Who a new rating is for: the board member's role (required) and name (optional: the board
// is shown by role and number unless it chooses names).
class RaterDialog : public QDialog {
    Q_OBJECT

public:
    // INTRO says what happens next (the rating is kept here, or saved as a file to send).
    RaterDialog(const QString &title, const QString &intro, QWidget *parent = nullptr);

    QString role() const;
    QString name() const;
    void setRole(const QString &role);
    void setName(const QString &name);

private:
    QComboBox *m_role = nullptr;
    QLineEdit *m_name = nullptr;
};

} // namespace ahplead
