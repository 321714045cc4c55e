#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace ahplead {

class Workspace;

// The business cases in the store, with what can be done with them: start a new one, open,
// duplicate, import a case file, save one as a file, delete. An empty store shows how to begin
// instead of an empty table.
class BusinessCaseListPage : public QWidget {
    Q_OBJECT

public:
    explicit BusinessCaseListPage(Workspace &workspace, QWidget *parent = nullptr);

    // Reads the list again (after a change, or another store).
    void reload();
    qint64 selectedCase() const;
    void select(qint64 id);
    QTreeWidget *list() const { return m_list; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *duplicateButton() const { return m_duplicate; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *deleteButton() const { return m_delete; }
    bool showingWelcome() const;
    int caseCount() const;

signals:
    void newRequested();
    void openRequested(qint64 id);
    void duplicateRequested(qint64 id);
    void importRequested();
    void exportRequested(qint64 id);
    void deleteRequested(qint64 id);
    void exampleRequested();
    void backRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildWelcome();
    QHBoxLayout *buildButtons(QWidget *content);
    void buildList(QWidget *content);
    void connectButtons();
    void updateButtons();

    Workspace &m_workspace;
    QStackedWidget *m_body = nullptr;
    QWidget *m_welcome = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace ahplead
