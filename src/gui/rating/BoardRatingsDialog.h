#pragma once

#include "core/rating/BoardRatings.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace ahplead {

class AssessmentSession;
class Prompter;
class Workspace;

// The board members' own ratings of the open board assessment, and the way to the agreeing
// session. A rating is added for a member who answers in this store, or saved as a file to send
// to one who answers on their own computer; returned files are added here (a member who sends
// twice keeps one rating, and the dialog says which). Only finished ratings are counted, and
// the list shows each member's progress, never their answers.
class BoardRatingsDialog : public QDialog {
    Q_OBJECT

public:
    BoardRatingsDialog(Workspace &workspace, AssessmentSession &board, Prompter &prompter, QString actor,
                       QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // Whether the agreeing session names members by the names they gave (by default by role
    // and number, "Non-executive director 2", so a member's view can be weighed, not its author).
    QCheckBox *namesBox() const { return m_names; }
    // The steps behind the buttons, each asking what it needs through the prompter or a dialog.
    void inviteHere();
    void saveInvitation();
    void addReturned();
    void removeSelected();
    void agree();
    // Reads the ratings again; false (and a message in the dialog) when the store refused.
    bool refresh();

    // Role and name for a new rating; by default asked with RaterDialog, a test answers itself.
    struct Who {
        QString role;
        QString name;
    };
    void setWhoAsker(std::function<std::optional<Who>(const QString &title, const QString &intro)> asker);

private:
    std::optional<Who> askWho(const QString &title, const QString &intro);
    QString labelOf(std::size_t index) const;

    Workspace &m_workspace;
    AssessmentSession &m_board;
    Prompter &m_prompter;
    QString m_actor;
    std::optional<BoardRatings> m_ratings;
    std::function<std::optional<Who>(const QString &, const QString &)> m_askWho;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_agree = nullptr;
    QCheckBox *m_names = nullptr;
};

} // namespace ahplead
