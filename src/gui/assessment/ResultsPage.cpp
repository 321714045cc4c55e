#include "gui/assessment/ResultsPage.h"

#include "core/assessment/CitationText.h"
#include "core/assessment/Maturity.h"
#include "core/assessment/Scorer.h"
#include "gui/app/Texts.h"
#include "gui/assessment/ActionTrackingRow.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/BoardPaperDialog.h"
#include "gui/assessment/RadarChartWidget.h"
#include "gui/region/ReviewFeedback.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <cmath>

namespace ahplead {

namespace {

QLabel *icon(const QString &name, QWidget *parent, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setPixmap(Icons::pixmap(name, 20, parent));
    label->setFixedSize(22, 22);
    label->setAccessibleName(accessibleName);
    return label;
}

// A label beside a 22-pixel icon: one line of it sits level with the icon.
QLabel *besideIcon(QLabel *label)
{
    label->setMinimumHeight(22);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return label;
}

QString roundedScore(const std::optional<double> &score)
{
    return score ? QString::number(std::lround(*score)) : QCoreApplication::translate("ResultsPage", "Not scored");
}

// Takes an out-of-date part of the page out at once; it is deleted once the event that
// led here (perhaps a click inside it) is over.
void retire(QWidget *old)
{
    old->hide();
    old->setParent(nullptr);
    old->deleteLater();
}

} // namespace

ResultsPage::ResultsPage(AssessmentSession &session, QWidget *parent) : QScrollArea(parent), m_session(session)
{
    setObjectName(QStringLiteral("resultsPage"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *page = new QWidget;
    Theme::setRole(page, "page");
    page->setAttribute(Qt::WA_StyledBackground, true);
    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(24, 20, 24, 28);
    auto *column = new QWidget(page);
    m_column = column;
    column->setMaximumWidth(1100);
    outer->addWidget(column, 1);
    m_layout = new QVBoxLayout(column);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(16);

    m_layout->addLayout(buildHeading(column));
    if (QWidget *review = ReviewFeedback::reviewPanel(session, column)) // the region's review, if any
        m_layout->addWidget(review);

    // The overall result and the chart side by side; they stay, their contents change.
    auto *top = new QBoxLayout(QBoxLayout::LeftToRight);
    m_top = top;
    top->setSpacing(16);
    QFrame *overallBox = buildOverallBox(column);

    auto *chartBox = new QFrame(column);
    Theme::setRole(chartBox, "card");
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(12, 12, 12, 12);
    chartLayout->addWidget(Theme::label(tr("Scores by section"), chartBox, "heading"));
    m_chart = new RadarChartWidget(chartBox);
    chartLayout->addWidget(m_chart, 1);
    top->addWidget(overallBox, 2);
    top->addWidget(chartBox, 3);
    m_layout->addLayout(top);
    m_layout->addStretch(1);
    setWidget(page);

    connect(&session, &AssessmentSession::changed, this, &ResultsPage::scheduleRefresh);
    connect(&session, &AssessmentSession::detailsChanged, this, &ResultsPage::scheduleRefresh);
}

// The title and introduction over the report buttons.
QVBoxLayout *ResultsPage::buildHeading(QWidget *column)
{
    auto *eyebrow = Theme::label(tr("Results"), column, "eyebrow");
    auto *title = Theme::label(tr("What your answers show"), column, "title");
    m_intro = Theme::label(QString(), column, "secondary");
    m_intro->setObjectName(QStringLiteral("resultsIntro"));
    auto *heading = new QVBoxLayout;
    heading->setSpacing(4);
    heading->addWidget(eyebrow);
    heading->addWidget(title);
    heading->addWidget(m_intro);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(10);
    auto *save = new QPushButton(Icons::get(QStringLiteral("export")), tr("Save the report as PDF…"), column);
    save->setObjectName(QStringLiteral("saveReport"));
    save->setToolTip(tr("A report for the board with these results, the action plan and every answer (Ctrl+E). "
                        "Other formats are in File > Export."));
    auto *print = new QPushButton(tr("Print preview…"), column);
    print->setObjectName(QStringLiteral("printReport"));
    print->setToolTip(tr("See the report page by page, and print it (Ctrl+P)"));
    connect(save, &QPushButton::clicked, this, &ResultsPage::saveReportRequested);
    connect(print, &QPushButton::clicked, this, &ResultsPage::printRequested);
    auto *paper = new QPushButton(tr("Board paper details…"), column);
    paper->setObjectName(QStringLiteral("boardPaperDetails"));
    paper->setToolTip(tr("The cover sheet of the board paper: meeting, agenda item, report of, purpose, the "
                         "recommendation and its links to the board assurance framework and risk register"));
    connect(paper, &QPushButton::clicked, this, &ResultsPage::editBoardPaper);
    actions->addWidget(save);
    actions->addWidget(print);
    actions->addWidget(paper);
    actions->addStretch(1);
    heading->addSpacing(6);
    heading->addLayout(actions);
    return heading;
}

void ResultsPage::editBoardPaper()
{
    BoardPaperDialog dialog(m_session.cover(), m_session.canTrackActions(), this);
    // The logo is offered where the store can say what it is; a store that cannot is told at export.
    auto logo = m_session.logo();
    if (m_prompter && logo)
        dialog.offerLogo(m_session.assessment().organisation.name, logo.value(), *m_prompter);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The sheet and the organisation's logo change as one step of Undo.
    const QString what = tr("board paper details");
    QUndoStack *undo = m_session.undoStack();
    undo->beginMacro(what);
    m_session.setCover(dialog.cover(), what);
    if (dialog.logoChanged())
        m_session.setLogo(dialog.logo(), tr("the organisation's logo"));
    undo->endMacro();
}

// The overall score and level; its contents change with the answers.
QFrame *ResultsPage::buildOverallBox(QWidget *column)
{
    auto *overallBox = new QFrame(column);
    Theme::setRole(overallBox, "card");
    auto *overallLayout = new QVBoxLayout(overallBox);
    overallLayout->setContentsMargins(20, 16, 20, 16);
    overallLayout->setSpacing(8);
    overallLayout->addWidget(Theme::label(tr("Overall maturity"), overallBox, "heading"));
    m_overall = Theme::label(QString(), overallBox, "score");
    m_overall->setObjectName(QStringLiteral("overallMaturity"));
    m_overallDetail = Theme::label(QString(), overallBox);
    m_overallDetail->setObjectName(QStringLiteral("overallDetail"));
    overallLayout->addWidget(m_overall);
    overallLayout->addWidget(m_overallDetail);
    m_summaryHolder = new QVBoxLayout;
    m_summaryHolder->setContentsMargins(0, 6, 0, 0);
    overallLayout->addLayout(m_summaryHolder);
    overallLayout->addStretch(1);
    auto *levels = Theme::label(tr("Levels: 0 Not in place (under 20), 1 Emerging (20 to 39), 2 Developing (40 to 59), "
                                   "3 Established (60 to 79), 4 Embedded (80 and over)."),
                                overallBox, "secondary");
    overallLayout->addWidget(levels);
    overallBox->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    overallBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    return overallBox;
}

void ResultsPage::setPrevious(const Assessment &previous, const ScoreCard &card)
{
    m_previous = previous;
    m_previousCard = card;
    m_stale = true;
}

void ResultsPage::scheduleRefresh()
{
    m_stale = true;
    // Only a page someone is looking at is rebuilt; several changes in a row cost one rebuild.
    if (!isVisible() || m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        if (m_stale && isVisible())
            refresh();
    });
}

void ResultsPage::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    // Side by side only where the chart keeps room for its labels (not at 200% on a laptop).
    const bool wide = viewport()->width() >= fontMetrics().averageCharWidth() * 150;
    const auto direction = wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_top->direction() != direction)
        m_top->setDirection(direction);
}

void ResultsPage::showEvent(QShowEvent *event)
{
    QScrollArea::showEvent(event);
    if (m_stale)
        refresh();
}

void ResultsPage::refresh()
{
    m_stale = false;
    const ScoreCard &card = m_session.scoreCard();

    QString intro = tr("Based on %1 of %2 questions answered").arg(card.answered).arg(card.questions);
    if (card.notApplicable > 0)
        intro += tr(" (%n not applicable)", nullptr, card.notApplicable);
    if (card.flagged > 0)
        intro += tr(", %n flagged for review", nullptr, card.flagged);
    intro += tr(". These results change as you change your answers.");
    m_intro->setText(intro);

    if (card.overallScore) {
        m_overall->setText(Maturity::name(card.overallLevel));
        QString detail = tr("Level %1 of %2, from a score of %3 out of 100.")
                             .arg(card.overallLevel)
                             .arg(Maturity::MaxLevel)
                             .arg(std::lround(*card.overallScore));
        if (!card.levelCapReason.isEmpty())
            detail += QLatin1Char('\n') + tr("The score alone would give %1, but %2.")
                                              .arg(Maturity::name(card.uncappedLevel), card.levelCapReason);
        m_overallDetail->setText(detail);
    } else if (card.provisional) {
        m_overall->setText(card.provisionalText());
        m_overallDetail->setText(tr("No overall score or level yet: %1. They are given once every critical "
                                    "recommendation is assessed and every section is at least half answered.")
                                     .arg(card.provisionalReason));
    } else {
        m_overall->setText(tr("Not scored yet"));
        m_overallDetail->setText(tr("Answer at least one question to see a score."));
    }
    m_overall->setAccessibleName(tr("Overall maturity: %1").arg(m_overall->text()));

    std::vector<RadarChart::Axis> axes = RadarChart::axesFrom(card);
    if (m_previousCard)
        RadarChart::addPrevious(axes, card, *m_previousCard);
    m_chart->setAxes(std::move(axes));

    // Everything below the chart is rebuilt: cheap next to a person's reading speed, and it
    // keeps the page exactly in step with the answers.
    auto *dynamic = new QWidget(m_column);
    auto *layout = new QVBoxLayout(dynamic);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(buildSections(card));
    if (QWidget *peers = ReviewFeedback::benchmarkPanel(m_session, card, dynamic)) // the peer benchmark, if any
        layout->addWidget(peers);
    layout->addWidget(buildCriticalGaps(card));
    layout->addWidget(buildRecommendations(card));
    layout->addWidget(buildActions(card));
    QWidget *summary = buildSummary(card);
    if (m_summary) {
        delete m_summaryHolder->replaceWidget(m_summary, summary); // the old item is ours to delete
        retire(m_summary);
    } else {
        m_summaryHolder->addWidget(summary);
    }
    m_summary = summary;
    summary->show(); // now, not on the next turn of the event loop
    if (m_dynamic) {
        delete m_layout->replaceWidget(m_dynamic, dynamic);
        retire(m_dynamic);
    } else {
        m_layout->insertWidget(m_layout->count() - 1, dynamic);
    }
    m_dynamic = dynamic;
    dynamic->show();
}

QWidget *ResultsPage::section(const QString &title, QWidget *content)
{
    auto *box = new QFrame;
    Theme::setRole(box, "card");
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    auto *heading = Theme::label(title, box, "heading");
    layout->addWidget(heading);
    layout->addWidget(content);
    box->setAccessibleName(title);
    return box;
}

QWidget *ResultsPage::buildSummary(const ScoreCard &card)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    const Assessment &a = m_session.assessment();
    layout->addWidget(Theme::label(
        tr("Status: %1. Last changed %2.").arg(Texts::status(a.status), Texts::dateTime(a.updatedAt)), content));
    if (!card.unansweredQuestions.isEmpty()) {
        QStringList links;
        const int shown = std::min<int>(card.unansweredQuestions.size(), 20);
        for (int i = 0; i < shown; ++i) {
            const QString &id = card.unansweredQuestions.at(i);
            links << QStringLiteral("<a href=\"question:%1\">%2</a>")
                         .arg(id.toHtmlEscaped(), Texts::questionNumber(m_session.framework(), id));
        }
        const int missing = static_cast<int>(card.unansweredQuestions.size());
        QString html = (missing == 1 ? tr("1 question is not answered yet:")
                                     : tr("%1 questions are not answered yet:").arg(missing)) +
                       QLatin1Char(' ') + links.join(QStringLiteral(", "));
        if (card.unansweredQuestions.size() > shown)
            html += tr(" and %n more", nullptr, static_cast<int>(card.unansweredQuestions.size()) - shown);
        auto *unanswered = new QLabel(html, content);
        unanswered->setObjectName(QStringLiteral("unansweredLinks"));
        unanswered->setWordWrap(true);
        unanswered->setTextFormat(Qt::RichText);
        unanswered->setTextInteractionFlags(Qt::TextBrowserInteraction);
        unanswered->setAccessibleName(tr("Questions not answered yet"));
        connect(unanswered, &QLabel::linkActivated, this,
                [this](const QString &link) { emit questionRequested(link.mid(QStringLiteral("question:").size())); });
        layout->addWidget(unanswered);
    } else {
        layout->addWidget(Theme::label(tr("Every question is answered."), content));
    }
    if (a.status == QLatin1String("draft") && !m_session.readOnly()) {
        auto *row = new QHBoxLayout;
        auto *complete = new QPushButton(Icons::get(QStringLiteral("status-met")), tr("Mark as complete"), content);
        complete->setObjectName(QStringLiteral("markComplete"));
        complete->setAccessibleDescription(
            tr("Records that this assessment is finished. You can still change answers."));
        connect(complete, &QPushButton::clicked, this, &ResultsPage::markCompleteRequested);
        row->addWidget(complete);
        row->addStretch(1);
        layout->addLayout(row);
    }
    return content;
}

QWidget *ResultsPage::buildSections(const ScoreCard &card)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("sectionScores"));
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    const bool compare = m_previousCard.has_value();
    int col = 0;
    auto header = [&](const QString &title) {
        grid->addWidget(Theme::label(title, content, "subheading", false), 0, col++);
    };
    header(tr("Section"));
    header(tr("Score"));
    header(tr("Level"));
    header(tr("Answered"));
    if (compare) {
        header(tr("Previous"));
        header(tr("Change"));
    }
    int row = 1;
    for (const DomainScore &d : card.domains) {
        grid->addWidget(Theme::label(d.title, content), row, 0);
        grid->addWidget(Theme::label(roundedScore(d.score), content, nullptr, false), row, 1);
        const QString level = d.level >= 0               ? Maturity::name(d.level)
                              : d.score && d.provisional ? tr("Provisional")
                                                         : tr("Not assessed");
        grid->addWidget(Theme::label(level, content, nullptr, false), row, 2);
        grid->addWidget(Theme::label(tr("%1 of %2").arg(d.answered).arg(d.questions), content, nullptr, false), row, 3);
        if (compare) {
            const DomainScore *before = m_previousCard->domain(d.id);
            grid->addWidget(
                Theme::label(before ? roundedScore(before->score) : tr("Not asked"), content, nullptr, false), row, 4);
            grid->addWidget(changeCell(d.score, before ? before->score : std::nullopt, content), row, 5);
        }
        ++row;
    }
    auto *overall = Theme::label(tr("Overall"), content, "subheading");
    grid->addWidget(overall, row, 0);
    grid->addWidget(Theme::label(roundedScore(card.overallScore), content, "subheading", false), row, 1);
    const QString overallLevel = card.overallLevel >= 0 ? Maturity::name(card.overallLevel)
                                 : card.provisional     ? tr("Provisional")
                                                        : tr("Not assessed");
    grid->addWidget(Theme::label(overallLevel, content, "subheading", false), row, 2);
    grid->addWidget(Theme::label(tr("%1 of %2").arg(card.answered).arg(card.questions), content, "subheading", false),
                    row, 3);
    if (compare) {
        grid->addWidget(Theme::label(roundedScore(m_previousCard->overallScore), content, "subheading", false), row, 4);
        grid->addWidget(changeCell(card.overallScore, m_previousCard->overallScore, content), row, 5);
    }
    grid->setColumnStretch(0, 1);

    auto *wrapper = new QWidget;
    auto *v = new QVBoxLayout(wrapper);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(10);
    if (m_previous)
        v->addWidget(
            Theme::label(tr("Compared with \"%1\", last changed %2.")
                             .arg(m_previous->title.isEmpty() ? tr("the previous assessment") : m_previous->title,
                                  Texts::dateTime(m_previous->updatedAt)),
                         wrapper, "secondary"));
    v->addWidget(content);
    if (!m_previous)
        v->addWidget(
            Theme::label(tr("There is no earlier assessment of this organisation to compare with. Next time, use "
                            "\"Start from previous\" on the start page and the change in each section will show here."),
                         wrapper, "secondary"));
    return section(m_previous ? tr("Scores by section, and the change since the previous assessment")
                              : tr("Scores by section"),
                   wrapper);
}

// "Up 5" with its arrow, or why there is no change to show.
QWidget *ResultsPage::changeCell(const std::optional<double> &now, const std::optional<double> &before, QWidget *parent)
{
    auto *cell = new QWidget(parent);
    auto *h = new QHBoxLayout(cell);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(6);
    QString words;
    QString iconName;
    if (!now || !before) {
        words = tr("Not comparable");
    } else {
        const long diff = std::lround(*now) - std::lround(*before);
        if (diff > 0) {
            words = tr("Up %1").arg(diff);
            iconName = QStringLiteral("change-up");
        } else if (diff < 0) {
            words = tr("Down %1").arg(-diff);
            iconName = QStringLiteral("change-down");
        } else {
            words = tr("No change");
            iconName = QStringLiteral("change-same");
        }
    }
    if (!iconName.isEmpty())
        h->addWidget(icon(iconName, cell, words));
    h->addWidget(Theme::label(words, cell, nullptr, false));
    h->addStretch(1);
    cell->setAccessibleName(words);
    return cell;
}

QWidget *ResultsPage::buildCriticalGaps(const ScoreCard &card)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("criticalGaps"));
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(10);
    if (card.criticalGaps.isEmpty())
        grid->addWidget(Theme::label(card.noCriticalGapsText(), content), 0, 0);
    int row = 0;
    for (const QString &id : card.criticalGaps) {
        const RecommendationResult *r = card.recommendation(id);
        const Recommendation *rec = m_session.framework().recommendation(id);
        if (!r || !rec)
            continue;
        grid->addWidget(icon(QStringLiteral("critical"), content, tr("Critical")), row, 0, Qt::AlignTop);
        auto *title = besideIcon(
            Theme::label(tr("%1: %2").arg(r->title, statusLabel(r->status).toLower()), content, "subheading"));
        auto *body = Theme::label(rec->text, content);
        auto *source =
            Theme::label(tr("Source: %1").arg(CitationText::citations(rec->citations)), content, "secondary");
        auto *v = new QVBoxLayout;
        v->setSpacing(2);
        v->addWidget(title);
        v->addWidget(body);
        v->addWidget(source);
        grid->addLayout(v, row, 1, Qt::AlignTop);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    return section(tr("Critical gaps (%1)").arg(card.criticalGaps.size()), content);
}

QWidget *ResultsPage::buildRecommendations(const ScoreCard &card)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("recommendations"));
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(8);
    int row = 0;
    for (const RecommendationResult &r : card.recommendations) {
        const QString status = statusLabel(r.status);
        grid->addWidget(icon(Icons::statusIconName(r.status), content, status), row, 0, Qt::AlignTop);
        grid->addWidget(besideIcon(Theme::label(status, content, "subheading", false)), row, 1, Qt::AlignTop);
        QString title = r.title;
        if (r.critical)
            title += tr(" (critical)");
        auto *v = new QVBoxLayout;
        v->setSpacing(2);
        v->addWidget(besideIcon(Theme::label(title, content)));
        if (r.status == RecommendationStatus::NotAssessed && !r.reason.isEmpty())
            v->addWidget(Theme::label(r.reason, content, "secondary"));
        grid->addLayout(v, row, 2, Qt::AlignTop);
        ++row;
    }
    grid->setColumnStretch(2, 1);
    int met = 0;
    for (const RecommendationResult &r : card.recommendations)
        met += r.status == RecommendationStatus::Met ? 1 : 0;
    return section(tr("Recommendations: %1 of %2 met").arg(met).arg(card.recommendations.size()), content);
}

QWidget *ResultsPage::buildActions(const ScoreCard &card)
{
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("actionPlan"));
    auto *grid = new QGridLayout(content);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(14);
    if (card.actions.empty())
        grid->addWidget(Theme::label(Scorer::noActionsText(card), content), 0, 0, 1, 2);
    int row = 0;
    for (const Action &a : card.actions) {
        grid->addWidget(Theme::label(tr("%1.").arg(a.rank), content, "heading", false), row, 0,
                        Qt::AlignTop | Qt::AlignRight);
        auto *v = new QVBoxLayout;
        v->setSpacing(3);
        auto *titleRow = new QHBoxLayout;
        titleRow->setSpacing(6);
        if (a.critical)
            titleRow->addWidget(icon(QStringLiteral("critical"), content, tr("Critical")));
        titleRow->addWidget(Theme::label(a.critical
                                             ? tr("%1 (critical, %2)").arg(a.title, statusLabel(a.status).toLower())
                                             : tr("%1 (%2)").arg(a.title, statusLabel(a.status).toLower()),
                                         content, "subheading"),
                            1);
        v->addLayout(titleRow);
        v->addWidget(Theme::label(a.action, content));
        v->addWidget(Theme::label(tr("Source: %1").arg(CitationText::citations(a.citations)), content, "secondary"));
        v->addWidget(new ActionTrackingRow(m_session, a.recommendationId, a.title, content));
        grid->addLayout(v, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    return section(tr("Prioritised action plan"), content);
}

} // namespace ahplead
