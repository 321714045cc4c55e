#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/ScoreCard.h"

#include <QWidget>

#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;
class QHBoxLayout;
class QToolButton;

namespace ahplead {

class Prompter;

class AssessmentSession;
class DomainNavigator;
class DomainPage;
class ResultsPage;

// The walk-through of one assessment: a header with the organisation and overall
// progress, the sections down the left, one page per section (built on first visit and
// kept), the results as the last page, and Previous / Next at the foot.
class AssessmentView : public QWidget {
    Q_OBJECT

public:
    // Takes SESSION as a child: it lives as long as the view.
    AssessmentView(AssessmentSession *session, QWidget *parent = nullptr);
    ~AssessmentView() override;

    AssessmentSession &session() const { return *m_session; }
    void setPrevious(const Assessment &previous, const ScoreCard &card);
    // How the view asks for files (the organisation's logo, from the board paper's details).
    void setPrompter(Prompter &prompter);

    int pageCount() const;
    int currentPage() const { return m_current; }
    bool onResults() const;
    // Shows page INDEX (sections, then results). With FOCUSFIRST the keyboard moves to
    // the first unanswered question of the section.
    void showPage(int index, bool focusFirst = true);
    void showResults() { showPage(pageCount() - 1); }
    void showQuestion(const QString &questionId);
    DomainPage *domainPage(int index); // built if need be
    DomainPage *currentDomainPage() const;
    ResultsPage *resultsPage() const { return m_results; }
    DomainNavigator *navigator() const { return m_navigator; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *previousButton() const { return m_previous; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QWidget *problemBanner() const { return m_banner; }
    QPushButton *upgradeButton() const { return m_upgrade; }
    // Offers "Move to version N" when the assessment's framework has a newer version to move to.
    void offerUpgrade(const QString &version);
    // Adds WIDGET to the header, before "All assessments": a feature's way in (board ratings).
    void addHeaderWidget(QWidget *widget);
    void commitPendingEdits();

protected:
    void resizeEvent(QResizeEvent *event) override;

public:
    // Sections not yet seen are built and measured while the person reads (on by default),
    // so moving to them is as quick as going back to one already seen.
    void setPrepareAhead(bool on);

public slots:
    void nextPage();
    void previousPage();
    void nextUnanswered();

signals:
    void backRequested();
    void markCompleteRequested();
    void saveReportRequested();
    void printRequested();
    void pageChanged(int index);
    void reviseRequested();
    void upgradeRequested();

private:
    QWidget *buildHeader();
    QWidget *buildBanner();
    QWidget *buildFooter();
    void refreshProgress();
    void refreshHeader();
    void refreshFooter();
    void showSaveProblem(const QString &message);
    void prepareNext();
    void prepare(DomainPage *page);

    AssessmentSession *m_session;
    DomainNavigator *m_navigator = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::vector<DomainPage *> m_pages;
    ResultsPage *m_results = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QPushButton *m_revise = nullptr;
    QHBoxLayout *m_headerTop = nullptr;
    QPushButton *m_upgrade = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    QWidget *m_banner = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterMoved = false;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_position = nullptr;
    int m_current = -1;
    bool m_prepareAhead = true;
    QTimer *m_prepareTimer = nullptr;
};

} // namespace ahplead
