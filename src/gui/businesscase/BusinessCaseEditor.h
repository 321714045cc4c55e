#pragma once

#include "gui/businesscase/CaseLinkPage.h"
#include "report/document/ReportWriter.h"

#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;

namespace ahplead {

class CaseCheckPage;
class CaseFiguresPage;
class CaseNavigator;
class CasePage;
class CaseSession;

// The editor of one business case, laid out like the assessment walk-through: a header with
// the case's title and organisation, its parts down the left (each saying in words whether it
// has anything to fix), one page per part, and Previous / Next at the foot. Every change is
// saved as it is made (CaseSession); the figures and the list of problems follow each change.
class BusinessCaseEditor : public QWidget {
    Q_OBJECT

public:
    // Takes SESSION as a child: it lives as long as the editor.
    BusinessCaseEditor(CaseSession *session, CaseLinkPage::Finder finder, QWidget *parent = nullptr);
    ~BusinessCaseEditor() override;

    CaseSession &session() const { return *m_session; }
    int pageCount() const { return int(m_pages.size()); }
    int currentPage() const;
    void showPage(int index);
    void showPage(const QString &id);
    CasePage *page(int index) const;
    CasePage *page(const QString &id) const;
    int indexOf(const QString &id) const;
    CaseFiguresPage *figures() const { return m_figures; }
    CaseCheckPage *check() const { return m_check; }
    CaseLinkPage *link() const { return m_link; }
    CaseNavigator *navigator() const { return m_navigator; }
    QWidget *problemBanner() const { return m_banner; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    // Goes to the page and field of POINTER (a problem's place).
    void showProblem(const QString &pointer);
    void commitPendingEdits();
    // The store's assessments changed: the case for change may have too.
    void assessmentsChanged();

public slots:
    void nextPage();
    void previousPage();

signals:
    void backRequested();
    void exportRequested(ahplead::ReportFormat format);
    void exportFileRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *buildHeader();
    QWidget *buildBanner();
    QWidget *buildFooter();
    void buildPages(const CaseLinkPage::Finder &finder);
    void addShortcuts();
    void refresh();
    void refreshHeader();
    void refreshFooter();

    CaseSession *m_session;
    CaseNavigator *m_navigator = nullptr;
    QStackedWidget *m_stack = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterMoved = false;
    std::vector<CasePage *> m_pages;
    CaseFiguresPage *m_figures = nullptr;
    CaseCheckPage *m_check = nullptr;
    CaseLinkPage *m_link = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_position = nullptr;
};

} // namespace ahplead
