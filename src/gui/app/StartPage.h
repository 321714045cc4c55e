#pragma once

#include <QWidget>

class QLabel;
class QHBoxLayout;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace ahplead {

class AssessmentListModel;
class Workspace;

// The first thing people see: the organisations in the store with their assessments,
// and what can be done with them (new, open, start from previous, delete). An empty
// store shows a short welcome with the two ways to begin instead of an empty table.
class StartPage : public QWidget {
    Q_OBJECT

public:
    explicit StartPage(Workspace &workspace, QWidget *parent = nullptr);

    // Rereads the list (after a change, or another store).
    void reload();
    qint64 selectedAssessment() const;
    void select(qint64 id);
    QTreeView *list() const { return m_list; }
    AssessmentListModel *model() const { return m_model; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *fromPreviousButton() const { return m_fromPrevious; }
    QPushButton *deleteButton() const { return m_delete; }
    bool showingWelcome() const;

signals:
    void newRequested();
    void openRequested(qint64 id);
    void startFromPreviousRequested(qint64 id);
    void deleteRequested(qint64 id);
    void exampleRequested();
    void changeStoreRequested();
    void importRequested();
    void businessCasesRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildWelcome();
    QHBoxLayout *buildButtons(QWidget *content);
    void buildList(QWidget *content);
    QHBoxLayout *buildStoreRow(QWidget *content);
    void connectButtons();
    void updateButtons();

    Workspace &m_workspace;
    AssessmentListModel *m_model;
    QStackedWidget *m_body = nullptr;
    QWidget *m_welcome = nullptr;
    QTreeView *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_fromPrevious = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace ahplead
