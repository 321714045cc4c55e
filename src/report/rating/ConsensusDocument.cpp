#include "report/rating/ConsensusDocument.h"

#include "report/assessment/ReportModel.h"
#include "report/region/RegionReportModel.h"

namespace ahplead {

namespace {

using CD = Document;

QString consensusScoreText(const std::optional<double> &score)
{
    return score ? RegionReportModel::scoreText(score) : QStringLiteral("not scored");
}

QString consensusDomainTitle(const Framework &framework, const QString &id)
{
    const Domain *domain = framework.domain(id);
    return domain ? domain->title : id;
}

CD::Table consensusRanges(const Consensus &c)
{
    CD::Table t;
    t.id = QStringLiteral("consensus-ranges");
    t.caption = QStringLiteral("Domain scores out of 100: the lowest and highest of the raters' own scores");
    t.headers = {QStringLiteral("Domain"), QStringLiteral("Lowest"), QStringLiteral("Highest"),
                 QStringLiteral("Raters with a score")};
    t.widths = {49, 15, 15, 21};
    t.wholeRows = true;
    for (const Consensus::DomainRange &d : c.domains) {
        CD::Cell title = CD::cell({CD::plain(d.title)});
        title.strong = true;
        if (d.lowest && d.highest)
            title.text.push_back(CD::detail(
                QStringLiteral("A range of %1 points").arg(RegionReportModel::scoreText(*d.highest - *d.lowest))));
        t.rows.push_back(
            {title, CD::cell({CD::plain(consensusScoreText(d.lowest))}, true),
             CD::cell({CD::plain(consensusScoreText(d.highest))}, true),
             CD::cell({CD::plain(QStringLiteral("%1 of %2").arg(d.scored).arg(d.scored + d.unscored))}, true)});
    }
    return t;
}

// "1 in place; 1 not in place": how many raters gave each answer.
QString consensusSpread(const Disagreement &d, const Framework &framework)
{
    QStringList parts;
    const auto add = [&](int count, const QString &words) {
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(count).arg(words);
    };
    add(d.count(AnswerValue::InPlace), framework.label(AnswerValue::InPlace).toLower());
    add(d.count(AnswerValue::Partial), framework.label(AnswerValue::Partial).toLower());
    add(d.count(AnswerValue::NotInPlace), framework.label(AnswerValue::NotInPlace).toLower());
    add(d.count(AnswerValue::NotApplicable), QStringLiteral("not applicable"));
    add(d.unanswered, QStringLiteral("not answered"));
    return parts.join(QStringLiteral("; "));
}

// Each question the raters answered differently as an entry (number, question, then its
// lines), not a table row: a rater's note can run to pages, and an entry flows over a page
// break as a paragraph does, where a table cell would be cut under a repeated header row.
std::vector<CD::Block> consensusDiffering(const std::vector<const Disagreement *> &list, const Framework &framework)
{
    std::vector<CD::Block> blocks;
    int number = 0;
    for (const Disagreement *d : list) {
        CD::Block b;
        b.kind = CD::Block::Kind::Entry;
        b.label = QString::number(++number);
        b.text = d->text;
        b.fields.push_back({QStringLiteral("Domain"), {CD::plain(consensusDomainTitle(framework, d->domainId))}});
        b.fields.push_back({QStringLiteral("Answers"), {CD::plain(consensusSpread(*d, framework))}});
        b.fields.push_back(
            {QStringLiteral("Disagreement"), {CD::strong(QStringLiteral("%1 out of 100").arg(d->measurePercent()))}});
        for (const Disagreement::Note &n : d->notes)
            b.fields.push_back({n.rater, {CD::plain(n.text)}});
        blocks.push_back(std::move(b));
    }
    return blocks;
}

CD::Block consensusAlike(const std::vector<const Disagreement *> &list, const Framework &framework)
{
    CD::Block b;
    b.kind = CD::Block::Kind::Bullets;
    for (const Disagreement *d : list) {
        const QString answer = *d->agreed() == AnswerValue::NotApplicable ? QStringLiteral("Not applicable")
                                                                          : framework.label(*d->agreed());
        b.bullets.emplace_back(QString(answer + QStringLiteral(": ")), d->text);
    }
    return b;
}

// The spreadsheet: one row per question, in the report's order, with the count of each answer.
void consensusData(CD &doc, const Consensus &c, const Framework &framework)
{
    doc.dataHeaders = {QStringLiteral("Question id"),
                       QStringLiteral("Domain"),
                       QStringLiteral("Question"),
                       QStringLiteral("Disagreement (0 to 100)"),
                       QStringLiteral("All answered alike"),
                       framework.label(AnswerValue::InPlace),
                       framework.label(AnswerValue::Partial),
                       framework.label(AnswerValue::NotInPlace),
                       QStringLiteral("Not applicable"),
                       QStringLiteral("Not answered")};
    const auto row = [&](const Disagreement &d) {
        doc.dataRows.push_back(
            {d.questionId, consensusDomainTitle(framework, d.domainId), d.text, QString::number(d.measurePercent()),
             d.unanimous() ? QStringLiteral("Yes") : QStringLiteral("No"),
             QString::number(d.count(AnswerValue::InPlace)), QString::number(d.count(AnswerValue::Partial)),
             QString::number(d.count(AnswerValue::NotInPlace)), QString::number(d.count(AnswerValue::NotApplicable)),
             QString::number(d.unanswered)});
    };
    for (const Disagreement *d : c.byDisagreement())
        row(*d);
    for (const Disagreement *d : c.unanimous())
        row(*d);
    for (const Disagreement &d : c.questions)
        if (d.answered() == 0)
            row(d);
}

} // namespace

void ConsensusDocument::appendSection(Document &doc, const Consensus &c, const Framework &framework,
                                      const QString &number)
{
    CD::Section s{QStringLiteral("consensus"),
                  number.isEmpty() ? title() : QString(number + QLatin1Char(' ') + title()),
                  {},
                  true};
    s.blocks.push_back(CD::paragraph(
        QStringLiteral("%1 board members rated the trust on their own before the board met: %2. This section shows "
                       "where their answers differed, so the board can discuss those questions first.")
            .arg(c.raters.size())
            .arg(c.raters.join(QStringLiteral(", ")))));
    for (const QString &notice : c.notices)
        s.blocks.push_back(CD::paragraph(notice));
    s.blocks.push_back(CD::heading(QStringLiteral("The range of the raters' domain scores")));
    s.blocks.push_back(CD::paragraph(QStringLiteral("Each rating scored on its own. A wide range shows a domain where "
                                                    "the board does not yet share one view."),
                                     true));
    s.blocks.push_back(CD::table(consensusRanges(c)));

    const auto differing = c.byDisagreement();
    s.blocks.push_back(CD::heading(QStringLiteral("Questions the raters answered differently")));
    if (differing.empty()) {
        s.blocks.push_back(CD::paragraph(QStringLiteral("None: every question answered was answered alike.")));
    } else {
        s.blocks.push_back(CD::paragraph(QStringLiteral("%1 of %2 questions, the largest disagreement first.")
                                             .arg(differing.size())
                                             .arg(c.questions.size()),
                                         true));
        s.blocks.push_back(CD::paragraph(
            QStringLiteral("Disagreement runs from 0 (all gave the same answer) to 100 (the raters split down the "
                           "middle between \"in place\" and \"not in place\")."),
            true));
        for (CD::Block &b : consensusDiffering(differing, framework))
            s.blocks.push_back(std::move(b));
    }

    const auto alike = c.unanimous();
    s.blocks.push_back(CD::heading(QStringLiteral("Questions every rater answered alike")));
    if (alike.empty()) {
        s.blocks.push_back(CD::paragraph(QStringLiteral("None.")));
    } else {
        s.blocks.push_back(CD::paragraph(QStringLiteral("%1 of %2 questions. The merged draft takes these answers.")
                                             .arg(alike.size())
                                             .arg(c.questions.size()),
                                         true));
        s.blocks.push_back(consensusAlike(alike, framework));
    }
    const auto none =
        std::count_if(c.questions.begin(), c.questions.end(), [](const Disagreement &d) { return d.answered() == 0; });
    if (none > 0)
        s.blocks.push_back(CD::paragraph(
            QStringLiteral("No rater answered %1 of the %2 questions.").arg(none).arg(c.questions.size())));
    doc.sections.push_back(std::move(s));
}

Document ConsensusDocument::build(const Consensus &c, const Framework &framework, const QDateTime &producedAt)
{
    Document d;
    d.kicker = QStringLiteral("Board self-assessment: the raters' own views");
    d.title = title();
    d.organisation = c.organisation.name;
    d.detailsCaption = QStringLiteral("Paper details");
    const QString dateText = ReportModel::formatDate(producedAt);
    d.details = {
        {QStringLiteral("Assessment"), c.title.isEmpty() ? QStringLiteral("Board self-assessment") : c.title},
        {QStringLiteral("Framework"), QStringLiteral("%1, version %2").arg(framework.title, framework.version)},
        {QStringLiteral("Raters"), QString::number(c.raters.size())},
        {QStringLiteral("Produced"), dateText}};
    const auto differing = c.byDisagreement();
    d.glanceTitle = QStringLiteral("At a glance");
    d.glance
        << QStringLiteral("%1 of %2 questions were answered differently.").arg(differing.size()).arg(c.questions.size())
        << QStringLiteral("%1 were answered alike by every rater.").arg(c.unanimous().size());
    if (!differing.empty())
        d.glance << QString(QStringLiteral("The largest disagreement: ") + differing.front()->text);
    d.purposeTitle = QStringLiteral("Purpose of this paper");
    d.purpose = QStringLiteral("For the board's discussion before it agrees its self-assessment. Start with the "
                               "questions at the top of the list: there the raters' views were furthest apart.");
    appendSection(d, c, framework, QStringLiteral("1."));
    d.headerLeft = QString(title() + QStringLiteral(": ") + c.organisation.name);
    d.headerRight = QString(QStringLiteral("Produced ") + dateText);
    d.footer = title();
    d.dateText = dateText;
    consensusData(d, c, framework);
    d.editable = false;
    d.documentTitle = QString(title() + QStringLiteral(": ") + c.organisation.name);
    d.author = c.organisation.name;
    d.creator = QStringLiteral("ahplead " AHPLEAD_VERSION);
    return d;
}

} // namespace ahplead
