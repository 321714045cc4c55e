#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/ScoreCard.h"

#include <QScrollArea>

#include <optional>

class QLabel;
class QPushButton;
class QBoxLayout;
class QVBoxLayout;

namespace ahplead {

class Prompter;

class AssessmentSession;
class RadarChartWidget;

// What the answers add up to: the overall maturity, the radar chart, the scores by
// section (with the change since the previous assessment of the same organisation, where
// there is one), the critical gaps, every recommendation's status in words and a shape,
// and the prioritised action plan with its sources. It follows the answers as they change.
class ResultsPage : public QScrollArea {
    Q_OBJECT

public:
    explicit ResultsPage(AssessmentSession &session, QWidget *parent = nullptr);

    // The earlier assessment to compare with, and its scores.
    void setPrevious(const Assessment &previous, const ScoreCard &card);
    // Rebuilds from the session now.
    void refresh();
    bool isStale() const { return m_stale; }
    // "Board paper details…": the cover sheet's dialog; OK saves it as one undoable step.
    void editBoardPaper();
    // Asks for files (the organisation's logo in the board paper's dialog); none: no logo offered.
    void setPrompter(Prompter &prompter) { m_prompter = &prompter; }

    QLabel *overallLabel() const { return m_overall; }
    RadarChartWidget *chart() const { return m_chart; }

signals:
    void questionRequested(const QString &questionId);
    void markCompleteRequested();
    void saveReportRequested();
    void printRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QWidget *section(const QString &title, QWidget *content);
    QVBoxLayout *buildHeading(QWidget *column);
    QFrame *buildOverallBox(QWidget *column);
    QWidget *buildSummary(const ScoreCard &card);
    QWidget *buildSections(const ScoreCard &card);
    QWidget *changeCell(const std::optional<double> &now, const std::optional<double> &before, QWidget *parent);
    QWidget *buildCriticalGaps(const ScoreCard &card);
    QWidget *buildRecommendations(const ScoreCard &card);
    QWidget *buildActions(const ScoreCard &card);
    void scheduleRefresh();

    AssessmentSession &m_session;
    Prompter *m_prompter = nullptr;
    std::optional<Assessment> m_previous;
    std::optional<ScoreCard> m_previousCard;
    QLabel *m_overall = nullptr;
    QLabel *m_overallDetail = nullptr;
    QLabel *m_intro = nullptr;
    RadarChartWidget *m_chart = nullptr;
    QWidget *m_column = nullptr;
    QBoxLayout *m_top = nullptr;
    QVBoxLayout *m_summaryHolder = nullptr;
    QWidget *m_summary = nullptr;
    QWidget *m_dynamic = nullptr;
    QVBoxLayout *m_layout = nullptr;
    bool m_stale = true;
    bool m_scheduled = false;
};

} // namespace ahplead
