#include "report/assessment/ReportDocument.h"

#include "report/charts/ChartObject.h"
#include "report/document/DocumentBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>
#include <vector>

namespace ahplead {

namespace {

using namespace ReportStyle;

QColor statusFill(RecommendationStatus status)
{
    switch (status) {
    case RecommendationStatus::Met:
        return {0xdf, 0xf0, 0xe2};
    case RecommendationStatus::PartiallyMet:
        return {0xff, 0xf1, 0xc7};
    case RecommendationStatus::NotMet:
        return {0xfa, 0xdc, 0xdc};
    case RecommendationStatus::NotAssessed:
        break;
    }
    return HeaderFill;
}

using Builder = DocumentBuilder;
using Run = DocumentBuilder::Run;

QTextBlockFormat keep()
{
    return DocumentBuilder::keep();
}

// A status as words and a symbol in bold. Qt 6.4's ODF writer drops table cell
// backgrounds, so in the editable document the words carry the tint themselves.
Run statusRun(const Builder &b, const QString &symbol, const QString &text, QColor tint = QColor())
{
    QTextCharFormat f = b.bold();
    if (b.editable() && tint.isValid())
        f.setBackground(tint);
    return {QString(symbol + QLatin1Char(' ') + text), f};
}

std::vector<Run> withCritical(const Builder &b, std::vector<Run> runs, bool critical)
{
    if (critical) {
        runs.push_back({QStringLiteral(" "), b.body()});
        runs.push_back({QStringLiteral("\u00a0CRITICAL\u00a0"), b.tag()});
    }
    return runs;
}

void cover(Builder &b, const ReportModel &m)
{
    QTextBlockFormat top;
    top.setTopMargin(60);
    top.setBottomMargin(10);
    b.paragraph({{m.subtitle, b.sized(b.body(), 11, false, Muted)}}, top);
    b.heading(1, m.title);
    QTextBlockFormat org;
    org.setBottomMargin(18);
    b.paragraph({{m.organisation, b.sized(b.body(), 14, true)}}, org);

    QTextTable *t = b.table(static_cast<int>(m.details.size()), {30, 70}, {});
    for (int i = 0; i < static_cast<int>(m.details.size()); ++i) {
        b.cell(t, i, 0, {{m.details[i].label, b.bold()}}, RowHeadFill);
        b.cell(t, i, 1, {{m.details[i].value, b.body()}});
    }
    QTextBlockFormat gap;
    gap.setTopMargin(10);
    b.paragraph({{QStringLiteral("Purpose of this paper"), b.sized(b.body(), 11, true, HeadingBlue)}}, gap);
    b.paragraph(m.purpose);
}

void summary(Builder &b, const ReportModel &m)
{
    b.heading(2, QStringLiteral("1. Executive summary"), true);
    QTextTable *t = b.table(1, {34, 33, 33}, {});
    const QTextCharFormat label = b.muted();
    const QTextCharFormat value = b.sized(b.body(), 13, true);
    const QString br(QChar::LineSeparator);
    b.cell(t, 0, 0, {{QString(QStringLiteral("Overall maturity") + br), label}, {m.overallLevelText, value}},
           HeaderFill);
    b.cell(t, 0, 1, {{QString(QStringLiteral("Overall score") + br), label}, {m.overallScoreText, value}}, HeaderFill);
    b.cell(t, 0, 2,
           {{QString(QStringLiteral("Critical gaps") + br), label}, {QString::number(m.criticalGapCount), value}},
           HeaderFill);
    if (!m.levelCapText.isEmpty())
        b.paragraph(m.levelCapText);
    b.paragraph(m.completionText);

    b.heading(3, QStringLiteral("Domain scores at a glance"));
    b.chart(ChartObject::Bars);
    b.paragraph({{QStringLiteral("Figure 1. Domain scores out of 100, with the maturity level of each"), b.muted()}});

    b.heading(3, QStringLiteral("Critical gaps"));
    if (m.criticalGaps.empty()) {
        b.paragraph(QStringLiteral("No critical recommendation is partially met or not met."));
    } else {
        std::vector<std::vector<Run>> items;
        for (const auto &g : m.criticalGaps)
            items.push_back({{QString(g.title + QStringLiteral(": ")), b.body()},
                             statusRun(b, g.statusSymbol, g.statusText, statusFill(g.status))});
        b.list(items, QTextListFormat::ListDisc);
    }
    b.heading(3, QStringLiteral("Top five actions"));
    if (m.topActions.empty()) {
        b.paragraph(QStringLiteral("Every assessed recommendation is met; there is no action to take."));
    } else {
        std::vector<std::vector<Run>> items;
        for (const auto &a : m.topActions) {
            auto runs = withCritical(b, {{a.title, b.bold()}}, a.critical);
            runs.push_back({QString(QString(QChar::LineSeparator) + a.action), b.body()});
            items.push_back(runs);
        }
        b.list(items, QTextListFormat::ListDecimal);
    }
}

void domains(Builder &b, const ReportModel &m)
{
    // The executive summary stands on its own page(s), as a board paper's summary does. The
    // break also keeps the tables below from being laid out twice when the heading would
    // otherwise be left alone at the foot of the summary's page.
    b.heading(2, QStringLiteral("2. Domain scores"), true);
    b.paragraph({{QStringLiteral("Scores are out of 100; the rings and ticks mark the maturity levels at 20, 40, 60 "
                                 "and 80. Table 1 gives the same figures with how many questions were answered."),
                  b.body()}},
                keep());
    b.chart(ChartObject::Radar);
    b.paragraph({{QStringLiteral("Figure 2. Domain scores (radar chart)"), b.muted()}});
    b.paragraph({{QStringLiteral("Table 1. Domain scores"), b.bold()}}, keep());
    QTextTable *t = b.table(static_cast<int>(m.domains.size()), {40, 10, 20, 30},
                            {QStringLiteral("Domain"), QStringLiteral("Score"), QStringLiteral("Maturity level"),
                             QStringLiteral("Questions")});
    for (int i = 0; i < static_cast<int>(m.domains.size()); ++i) {
        const auto &d = m.domains[static_cast<std::size_t>(i)];
        b.cell(t, i + 1, 0, {{QString(d.number + QStringLiteral(". ") + d.title), b.bold()}}, RowHeadFill);
        b.cell(t, i + 1, 1, {{d.scoreText, b.body()}});
        b.cell(t, i + 1, 2, {{d.levelText, b.body()}});
        b.cell(t, i + 1, 3, {{d.progress, b.body()}});
    }
}

void recommendations(Builder &b, const ReportModel &m)
{
    b.heading(2, QStringLiteral("3. Recommendations"));
    b.paragraph({{QStringLiteral("Table 2. Every recommendation and its status"), b.bold()}}, keep());
    QTextTable *t = b.table(static_cast<int>(m.recommendations.size()), {54, 19, 27},
                            {QStringLiteral("Recommendation"), QStringLiteral("Status"), QStringLiteral("Evidence")});
    for (int i = 0; i < static_cast<int>(m.recommendations.size()); ++i) {
        const auto &r = m.recommendations[static_cast<std::size_t>(i)];
        auto runs = withCritical(b, {{r.title, b.bold()}}, r.critical);
        runs.push_back({QString(QString(QChar::LineSeparator) + r.text), b.small()});
        b.cell(t, i + 1, 0, runs);
        b.cell(t, i + 1, 1, {statusRun(b, r.statusSymbol, r.statusText, statusFill(r.status))}, statusFill(r.status));
        b.cell(t, i + 1, 2, {{r.evidenceText, b.body()}});
    }
}

void actionPlan(Builder &b, const ReportModel &m)
{
    b.heading(2, QStringLiteral("4. Action plan"));
    if (m.actions.empty()) {
        b.paragraph(QStringLiteral("Every assessed recommendation is met; there is no action to take."));
        return;
    }
    b.paragraph({{m.actionPlanIntro, b.body()}}, keep());
    b.paragraph({{QStringLiteral("Table 3. Action plan"), b.bold()}}, keep());
    QTextTable *t = b.table(static_cast<int>(m.actions.size()), {5, 50, 19, 13, 13},
                            {QStringLiteral("No."), QStringLiteral("Action"), QStringLiteral("Status now"),
                             QStringLiteral("Owner"), QStringLiteral("Target date")});
    for (int i = 0; i < static_cast<int>(m.actions.size()); ++i) {
        const auto &a = m.actions[static_cast<std::size_t>(i)];
        b.cell(t, i + 1, 0, {{QString::number(a.rank), b.bold()}});
        auto runs = withCritical(b, {{a.title, b.bold()}}, a.critical);
        runs.push_back({QString(QString(QChar::LineSeparator) + a.action), b.body()});
        runs.push_back({QString(QString(QChar::LineSeparator) + QStringLiteral("Sources: ") + a.citations), b.small()});
        b.cell(t, i + 1, 1, runs);
        b.cell(t, i + 1, 2, {statusRun(b, a.statusSymbol, a.statusText, statusFill(a.status))}, statusFill(a.status));
    }
}

void answers(Builder &b, const ReportModel &m)
{
    b.heading(2, QStringLiteral("5. Answers and evidence"), true);
    const qreal indent = 30;
    for (const auto &s : m.answerSections) {
        b.heading(3, QString(s.number + QStringLiteral(". ") + s.title));
        for (const auto &a : s.answers) {
            QTextBlockFormat q;
            q.setTopMargin(7);
            q.setBottomMargin(2);
            q.setLeftMargin(indent);
            q.setTextIndent(-indent);
            // Tab positions, unlike margins, are scaled to the device by Qt itself.
            q.setTabPositions({QTextOption::Tab(indent, QTextOption::LeftTab)});
            q.setProperty(ReportDocument::KeepWithNextProperty, true);
            b.paragraph({{QString(a.number + QLatin1Char('\t')), b.muted()}, {a.question, b.bold()}}, q);

            QTextBlockFormat line;
            line.setLeftMargin(indent);
            line.setBottomMargin(1);
            line.setProperty(ReportDocument::KeepWithNextProperty, true);
            std::vector<Run> answer{{QStringLiteral("Answer: "), b.muted()}, {a.answerText, b.bold()}};
            if (a.flagged)
                answer.push_back({QStringLiteral("      \u2691 Flagged for review"), b.bold()});
            b.paragraph(answer, line);

            if (a.recommendationStatuses.isEmpty())
                line.clearProperty(ReportDocument::KeepWithNextProperty);
            b.paragraph(
                {{QStringLiteral("Evidence: "), b.muted()},
                 a.evidence.isEmpty() ? Run{QStringLiteral("None recorded"), b.muted()} : Run{a.evidence, b.body()}},
                line);
            if (!a.recommendationStatuses.isEmpty()) {
                QTextBlockFormat last = line;
                last.clearProperty(ReportDocument::KeepWithNextProperty);
                last.setBottomMargin(3);
                b.paragraph({{QString(QStringLiteral("Evidences: ") + a.recommendationStatuses), b.small()}}, last);
            }
        }
    }
}

void appendices(Builder &b, const ReportModel &m)
{
    b.heading(2, QStringLiteral("Appendix A: sources cited"), true);
    b.paragraph(QStringLiteral("The framework's questions and recommendations cite these public NHS publications by "
                               "the short name in brackets."));
    for (const auto &s : m.sources) {
        QTextBlockFormat title;
        title.setTopMargin(8);
        title.setBottomMargin(2);
        title.setProperty(ReportDocument::KeepWithNextProperty, true);
        std::vector<Run> runs{{s.title, b.sized(b.body(), 10, true)}, {QStringLiteral(" [%1]").arg(s.id), b.muted()}};
        if (!s.date.isEmpty())
            runs.push_back({QString(QStringLiteral(", ") + s.date), b.muted()});
        b.paragraph(runs, title);
        b.paragraph({{QStringLiteral("Sections cited: "), b.sized(b.small(), 7.5, true, Muted)},
                     {s.sections.join(QStringLiteral("; ")), b.small()}});
    }
    b.heading(2, QStringLiteral("Appendix B: how the scores are worked out"));
    for (const QString &p : m.scoringMethod)
        b.paragraph(p);
}

} // namespace

std::unique_ptr<QTextDocument> ReportDocument::build(const ReportModel &model, Charts charts,
                                                     QPaintDevice *layoutDevice, QSizeF pageSize)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    QFont font(charts == Charts::Image ? QStringLiteral("Arial") : QStringLiteral("DejaVu Sans"));
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setPointSizeF(9);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setMetaInformation(QTextDocument::DocumentTitle, model.documentTitle);
    // Device, page size and chart handler before any text: objects are measured by the
    // handler when laid out. Then one edit block around the whole build, because a document
    // with a layout re-lays itself out after every edit outside a block (seconds, not
    // milliseconds, for this report).
    if (layoutDevice)
        doc->documentLayout()->setPaintDevice(layoutDevice);
    if (!pageSize.isEmpty())
        doc->setPageSize(pageSize);
    ChartObject *chartObject = ChartObject::create(doc.get(), model.radar, model.bars);
    chartObject->registerHandler(doc.get());

    QTextCursor batch(doc.get());
    batch.beginEditBlock();
    const qreal unit = layoutDevice ? layoutDevice->logicalDpiY() / 96.0 : 1.0;
    Builder b(*doc, charts == Charts::Image ? Builder::Charts::Image : Builder::Charts::Vector, chartObject, unit);
    cover(b, model);
    summary(b, model);
    domains(b, model);
    recommendations(b, model);
    actionPlan(b, model);
    answers(b, model);
    appendices(b, model);
    batch.endEditBlock();
    return doc;
}

int ReportDocument::keepWithNext(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return 0;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    // The page of a block's line: when a block does not fit, the layout moves its lines to
    // the next page while the block's own rectangle still starts on this one.
    const auto pageOfLine = [&](const QTextBlock &block, bool last) {
        qreal y = layout->blockBoundingRect(block).top();
        if (const QTextLayout *lines = block.layout(); lines && lines->lineCount() > 0)
            y += lines->lineAt(last ? lines->lineCount() - 1 : 0).y();
        // A line the layout pushed to the top of a page sits at k x pageHeight give or take
        // rounding (QFixed), so allow a sliver.
        return static_cast<int>(std::floor(y / pageHeight + 1e-4));
    };
    const auto pageOf = [&](const QTextBlock &block) { return pageOfLine(block, false); };
    const auto inTable = [](const QTextBlock &block) { return QTextCursor(block).currentTable() != nullptr; };
    const auto kept = [&](const QTextBlock &block) {
        return block.isValid() && block.blockFormat().boolProperty(KeepWithNextProperty) && !inTable(block);
    };
    constexpr int ShortBlock = 3; // lines; a paragraph this short is never split over two pages

    // Which block to move to the next page so BLOCK keeps with what follows, or an invalid
    // block when nothing needs to move.
    const auto blockToMove = [&](const QTextBlock &block) {
        const int page = pageOf(block);
        const QTextBlock next = block.next();
        const bool orphaned = kept(block) && next.isValid() && pageOf(next) > page;
        const int lineCount = block.layout() ? block.layout()->lineCount() : 0;
        const bool split = lineCount > 1 && lineCount <= ShortBlock && pageOfLine(block, true) > page;
        if (!orphaned && !split)
            return QTextBlock();
        // Take the run of kept blocks above along (a heading above a question).
        QTextBlock first = block;
        while (kept(first.previous()) && pageOf(first.previous()) == page)
            first = first.previous();
        if (first.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
            return QTextBlock(); // already starts a page: the run is simply longer than a page
        return first;
    };

    // Each move pushes later text down, so only the first move of a run of pages can be
    // decided from the layout as it stands. But text after a forced page break is laid out
    // the same whatever comes before it, so each such section gets its first move in the same
    // round, and the document is laid out again once per round rather than once per move.
    int moved = 0;
    for (;;) {
        std::vector<QTextBlock> moves;
        bool sectionMoved = false;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (inTable(block))
                continue;
            if (block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                sectionMoved = false;
            if (sectionMoved)
                continue;
            if (const QTextBlock first = blockToMove(block); first.isValid()) {
                moves.push_back(first);
                sectionMoved = true;
            }
        }
        if (moves.empty())
            return moved;
        QTextCursor batch(&document);
        batch.beginEditBlock();
        for (const QTextBlock &first : moves) {
            QTextCursor cursor(first);
            QTextBlockFormat f = first.blockFormat();
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(f);
        }
        batch.endEditBlock();
        moved += int(moves.size());
    }
}

} // namespace ahplead
