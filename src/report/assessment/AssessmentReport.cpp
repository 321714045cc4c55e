#include "report/assessment/AssessmentReport.h"

namespace ahplead {

namespace {

using D = Document;
using Block = D::Block;

// A recommendation's or action's title, "Critical" beside it when it is.
D::Text titled(const QString &title, bool critical)
{
    D::Text text{D::strong(title)};
    if (critical)
        text.push_back(D::tag(QStringLiteral("Critical")));
    return text;
}

// "Owner: Director of nursing; target 31 March 2027 (overdue); in progress."
QString trackedLine(const ReportModel::ActionRow &a)
{
    QStringList parts;
    if (!a.owner.isEmpty())
        parts << QString(QStringLiteral("Owner: ") + a.owner);
    if (!a.targetDateText.isEmpty())
        parts << QString(QStringLiteral("target ") + a.targetDateText +
                         (a.overdue ? QStringLiteral(" (overdue)") : QString()));
    parts << a.progressText.toLower();
    QString line = parts.join(QStringLiteral("; "));
    line[0] = line[0].toUpper();
    return QString(line + QLatin1Char('.'));
}

D::Section summary(const ReportModel &m)
{
    D::Section s{QStringLiteral("summary"), QStringLiteral("1. Executive summary"), {}, true};
    Block figures;
    figures.kind = Block::Kind::Figures;
    figures.figures = {{QStringLiteral("Overall maturity"), m.overallLevelText},
                       {QStringLiteral("Overall score"), m.overallScoreText},
                       {QStringLiteral("Critical gaps"), m.provisional
                                                             ? QStringLiteral("%1 so far").arg(m.criticalGapCount)
                                                             : QString::number(m.criticalGapCount)}};
    s.blocks.push_back(figures);
    if (!m.provisionalText.isEmpty()) {
        Block note;
        note.kind = Block::Kind::Callout;
        note.label = QStringLiteral("Provisional result");
        note.text = m.provisionalText;
        s.blocks.push_back(note);
    }
    if (!m.levelCapText.isEmpty())
        s.blocks.push_back(D::paragraph(m.levelCapText));
    s.blocks.push_back(D::paragraph(m.completionText));
    s.blocks.push_back(D::heading(QStringLiteral("Domain scores at a glance")));
    s.blocks.push_back(
        D::chart({D::Chart::Kind::ScoreBars, QStringLiteral("score-bars"),
                  QString(QStringLiteral("Bar chart. ") + m.chartDescription),
                  QStringLiteral("Figure 1. Domain scores out of 100, with the maturity level of each")}));
    s.blocks.push_back(D::heading(QStringLiteral("Critical gaps")));
    if (m.criticalGaps.empty()) {
        s.blocks.push_back(D::paragraph(m.noCriticalGapsText));
    } else {
        Block list;
        list.kind = Block::Kind::Bullets;
        for (const auto &g : m.criticalGaps)
            list.bullets.emplace_back(D::Text{D::plain(QString(g.title + QStringLiteral(": "))),
                                              D::status(g.statusSymbol, g.statusText, D::statusTone(g.status))});
        s.blocks.push_back(list);
    }
    s.blocks.push_back(D::heading(QStringLiteral("Top five actions")));
    if (m.topActions.empty()) {
        s.blocks.push_back(D::paragraph(m.actionPlanIntro));
    } else {
        Block list;
        list.kind = Block::Kind::Numbered;
        for (const auto &a : m.topActions) {
            D::Text text = titled(a.title, a.critical);
            text.push_back(D::line(D::plain(a.action)));
            if (!a.progressText.isEmpty())
                text.push_back(D::line(D::muted(trackedLine(a))));
            list.bullets.emplace_back(text);
        }
        s.blocks.push_back(list);
    }
    return s;
}

D::Section domains(const ReportModel &m)
{
    D::Section s{QStringLiteral("domains"), QStringLiteral("2. Domain scores"), {}, true};
    s.blocks.push_back(
        D::paragraph(QStringLiteral("Scores are out of 100; the rings and ticks mark the maturity levels at "
                                    "20, 40, 60 and 80. Table 1 gives the same figures with how many "
                                    "questions were answered."),
                     true));
    s.blocks.push_back(D::chart({D::Chart::Kind::Radar, QStringLiteral("radar-chart"), m.chartDescription,
                                 QStringLiteral("Figure 2. Domain scores (radar chart)")}));
    D::Table t;
    t.caption = QStringLiteral("Table 1. Domain scores");
    t.headers = {QStringLiteral("Domain"), QStringLiteral("Score"), QStringLiteral("Maturity level"),
                 QStringLiteral("Questions")};
    t.widths = {40, 10, 20, 30};
    for (const auto &d : m.domains) {
        t.rows.push_back({D::cell({D::plain(QString(d.number + QStringLiteral(". ") + d.title))}, false, true),
                          D::cell({D::plain(d.scoreText)}, true), D::cell({D::plain(d.levelText)}),
                          D::cell({D::plain(d.progress)})});
    }
    s.blocks.push_back(D::table(std::move(t)));
    return s;
}

D::Section recommendations(const ReportModel &m)
{
    D::Section s{QStringLiteral("recommendations"), QStringLiteral("3. Recommendations"), {}, false};
    D::Table t;
    t.caption = QStringLiteral("Table 2. Every recommendation and its status");
    t.headers = {QStringLiteral("Recommendation"), QStringLiteral("Status"), QStringLiteral("Evidence")};
    t.id = QStringLiteral("recommendations");
    t.widths = {54, 19, 27};
    t.wholeRows = true;
    for (const auto &r : m.recommendations) {
        D::Text title = titled(r.title, r.critical);
        title.push_back(D::detail(r.text));
        t.rows.push_back({D::cell(title, false, true),
                          D::cell({D::status(r.statusSymbol, r.statusText, D::statusTone(r.status))}),
                          D::cell({D::plain(r.evidenceText)})});
    }
    s.blocks.push_back(D::table(std::move(t)));
    return s;
}

D::Section actionPlan(const ReportModel &m)
{
    D::Section s{QStringLiteral("action-plan"), QStringLiteral("4. Action plan"), {}, false};
    if (m.actions.empty()) {
        s.blocks.push_back(D::paragraph(m.actionPlanIntro));
        return s;
    }
    s.blocks.push_back(D::paragraph(m.actionPlanIntro, true));
    D::Table t;
    t.caption = QStringLiteral("Table 3. Action plan");
    t.headers = {QStringLiteral("No."),   QStringLiteral("Action"),      QStringLiteral("Status now"),
                 QStringLiteral("Owner"), QStringLiteral("Target date"), QStringLiteral("Progress")};
    t.id = QStringLiteral("actions");
    t.widths = {5, 41, 15, 13, 13, 13};
    t.wholeRows = true;
    for (const auto &a : m.actions) {
        const D::Cell rank = D::cell({D::strong(QString::number(a.rank))}, true);
        D::Text action = titled(a.title, a.critical);
        action.push_back(D::line(D::plain(a.action)));
        action.push_back(D::detail(QString(QStringLiteral("Sources: ") + a.citations)));
        if (!a.note.isEmpty())
            action.push_back(D::line(D::muted(QString(QStringLiteral("Note: ") + a.note))));
        // Owner, date and progress stay blank for the board to fill in until it records them.
        D::Text due{D::plain(a.targetDateText)};
        if (a.overdue)
            due.push_back(D::line(D::strong(QStringLiteral("Overdue"))));
        t.rows.push_back({rank, D::cell(action),
                          D::cell({D::status(a.statusSymbol, a.statusText, D::statusTone(a.status))}),
                          D::cell({D::plain(a.owner)}), D::cell(due), D::cell({D::plain(a.progressText)})});
    }
    s.blocks.push_back(D::table(std::move(t)));
    return s;
}

Block answer(const ReportModel::AnswerRow &a)
{
    Block b;
    b.kind = Block::Kind::Entry;
    b.label = a.number;
    b.text = a.question;
    D::Text given{D::strong(a.answerText)};
    if (a.flagged) {
        given.push_back(D::plain(QStringLiteral("      ")));
        given.push_back(D::status(QStringLiteral("\u2691"), QStringLiteral("Flagged for review"), D::Tone::None));
    }
    b.fields.push_back({QStringLiteral("Answer"), given});
    b.fields.push_back({QStringLiteral("Evidence"),
                        {a.evidence.isEmpty() ? D::muted(QStringLiteral("None recorded")) : D::plain(a.evidence)}});
    if (!a.recommendationStatuses.isEmpty())
        b.fields.push_back({QStringLiteral("Recommendations it evidences"), {D::muted(a.recommendationStatuses)}});
    return b;
}

// The answers as an appendix, so the paper itself stays short. A draft's unanswered questions
// would fill pages with "Not answered", so they are left out (and counted) unless asked for.
D::Section answers(const ReportModel &m, AssessmentReport::Questions questions)
{
    D::Section s{QStringLiteral("answers"), QStringLiteral("Appendix A: answers and evidence"), {}, true};
    const bool all = questions == AssessmentReport::Questions::All;
    int left = 0;
    for (const auto &section : m.answerSections)
        for (const auto &a : section.answers)
            left += a.answered ? 0 : 1;
    if (!all && left > 0)
        s.blocks.push_back(
            D::paragraph(left == 1 ? QStringLiteral("The 1 question not yet answered is left out.")
                                   : QStringLiteral("The %1 questions not yet answered are left out.").arg(left)));
    for (const auto &section : m.answerSections) {
        std::vector<Block> entries;
        for (const auto &a : section.answers)
            if (all || a.answered)
                entries.push_back(answer(a));
        if (entries.empty())
            continue;
        s.blocks.push_back(D::heading(QString(section.number + QStringLiteral(". ") + section.title)));
        s.blocks.insert(s.blocks.end(), entries.begin(), entries.end());
    }
    return s;
}

D::Section sources(const ReportModel &m)
{
    D::Section s{QStringLiteral("sources"), QStringLiteral("Appendix B: sources cited"), {}, true};
    s.blocks.push_back(
        D::paragraph(QStringLiteral("The framework's questions and recommendations cite these public NHS "
                                    "publications by the short name in brackets.")));
    for (const auto &source : m.sources) {
        Block title = D::heading(source.title);
        title.rich = {D::plain(source.title), D::muted(QStringLiteral(" [%1]").arg(source.shortTitle))};
        s.blocks.push_back(title);
        if (!source.date.isEmpty()) {
            Block published = D::paragraph(QString(QStringLiteral("Published ") + source.date));
            published.muted = true;
            s.blocks.push_back(published);
        }
        Block cited = D::paragraph(source.sections.join(QStringLiteral("; ")));
        cited.label = QStringLiteral("Sections cited: ");
        s.blocks.push_back(cited);
    }
    return s;
}

D::Section method(const ReportModel &m)
{
    D::Section s{QStringLiteral("method"), QStringLiteral("Appendix C: how the scores are worked out"), {}, false};
    for (const QString &p : m.scoringMethod)
        s.blocks.push_back(D::paragraph(p));
    return s;
}

} // namespace

QStringList AssessmentReport::dataHeaders()
{
    return {QStringLiteral("Organisation"),
            QStringLiteral("ODS code"),
            QStringLiteral("Assessment date"),
            QStringLiteral("Domain"),
            QStringLiteral("Question ID"),
            QStringLiteral("Question number"),
            QStringLiteral("Question"),
            QStringLiteral("Answer"),
            QStringLiteral("Evidence note"),
            QStringLiteral("Flagged for review"),
            QStringLiteral("Recommendations evidenced (status)")};
}

Document AssessmentReport::build(const ReportModel &m, Questions questions)
{
    Document d;
    d.kicker = m.subtitle;
    d.title = m.title;
    d.organisation = m.organisation;
    d.detailsCaption = QStringLiteral("Assessment details");
    for (const auto &detail : m.coverSheet)
        d.coverSheet.push_back({detail.label, detail.value});
    for (const auto &detail : m.details)
        d.details.push_back({detail.label, detail.value});
    d.purposeTitle = m.purposeTitle;
    d.purpose = m.purpose;
    d.sections = {summary(m), domains(m), recommendations(m), actionPlan(m), answers(m, questions),
                  sources(m), method(m)};
    d.headerLeft = m.organisation;
    d.headerRight = QString(QStringLiteral("Assessment date: ") + m.dateText);
    d.footer = m.title;
    d.dateText = m.dateText;
    d.charts.radar = m.radar;
    d.charts.bars = m.bars;
    // The answers for spreadsheets, with identifying columns so rows from many organisations
    // can be pooled.
    d.dataHeaders = dataHeaders();
    for (const auto &section : m.answerSections)
        for (const auto &a : section.answers)
            d.dataRows.push_back({m.organisation, m.odsCode, m.dateText, section.title, a.questionId, a.number,
                                  a.question, a.answerText, a.evidence,
                                  a.flagged ? QStringLiteral("Yes") : QStringLiteral("No"), a.recommendationStatuses});
    d.documentTitle = m.documentTitle;
    d.author = m.author;
    d.creator = m.creator;
    d.draft = m.draft;
    return d;
}

} // namespace ahplead
