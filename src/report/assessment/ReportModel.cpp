#include "report/assessment/ReportModel.h"

#include "core/assessment/CitationText.h"
#include "core/assessment/Maturity.h"
#include "core/assessment/Scorer.h"

#include <QCollator>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ahplead {

namespace {

// Reports read the same on every machine: UK English, whatever the system locale.
QLocale reportLocale()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString whole(double value)
{
    return QString::number(std::lround(value));
}

QString plural(qsizetype n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString levelText(int level)
{
    return level < 0 ? QStringLiteral("Not assessed")
                     : QStringLiteral("Level %1: %2").arg(level).arg(Maturity::name(level));
}

QString statusWord(const QString &status)
{
    if (status.isEmpty())
        return QStringLiteral("Not stated");
    QString s = status;
    s[0] = s[0].toUpper();
    return s;
}

QString evidenceText(const RecommendationResult &r)
{
    if (r.status == RecommendationStatus::NotAssessed) {
        if (!r.reason.isEmpty())
            return QString(r.reason.left(1).toUpper() + r.reason.mid(1));
        return QStringLiteral("Not assessed: %1 unanswered")
            .arg(plural(r.unansweredQuestions.size(), QStringLiteral("evidence question"),
                        QStringLiteral("evidence questions")));
    }
    if (!r.ratio)
        return QStringLiteral("No applicable evidence");
    return QStringLiteral("%1% of the weighted evidence in place").arg(std::lround(*r.ratio * 100.0));
}

ReportModel::RecommendationRow recommendationRow(const RecommendationResult &r, const Framework &framework)
{
    const Recommendation *rec = framework.recommendation(r.id);
    ReportModel::RecommendationRow row;
    row.id = r.id;
    row.title = r.title;
    row.text = rec ? rec->text : QString();
    row.critical = r.critical;
    row.status = r.status;
    row.statusText = statusLabel(r.status);
    row.statusSymbol = ReportModel::statusSymbol(r.status);
    row.evidenceText = evidenceText(r);
    row.citations = rec ? CitationText::citations(rec->citations) : QString();
    return row;
}

ReportModel::ActionRow actionRow(const Action &a)
{
    ReportModel::ActionRow row;
    row.rank = a.rank;
    row.recommendationId = a.recommendationId;
    row.title = a.title;
    row.action = a.action;
    row.critical = a.critical;
    row.status = a.status;
    row.statusText = statusLabel(a.status);
    row.statusSymbol = ReportModel::statusSymbol(a.status);
    row.citations = CitationText::citations(a.citations);
    return row;
}

// Blank fields stay empty, never "Not given": the printed paper has a space to write in.
std::vector<ReportModel::Detail> coverSheetRows(const CoverSheet &c)
{
    return {
        {QStringLiteral("Meeting"), c.meeting},
        {QStringLiteral("Date of meeting"),
         c.meetingDate.isValid() ? ReportModel::formatDate(c.meetingDate.startOfDay(Qt::UTC)) : QString()},
        {QStringLiteral("Agenda item"), c.agendaItem},
        {QStringLiteral("Report of"), c.reportOf},
        {QStringLiteral("Paper prepared by"), c.preparedBy},
        {QStringLiteral("Purpose"), CoverSheet::purposeLabel(c.purpose)},
        {QStringLiteral("Recommendation to the board"), c.recommendation},
        {QStringLiteral("Board assurance framework"), c.assuranceFramework},
        {QStringLiteral("Corporate risk register"), c.riskRegister},
        {QStringLiteral("Quality and equality impact"), c.qualityEquality},
        {QStringLiteral("Previously considered by"), c.previouslyConsidered},
    };
}

void fillCover(ReportModel &m, const Framework &fw, const Assessment &a)
{
    const QString orgName =
        a.organisation.name.isEmpty() ? QStringLiteral("Organisation not named") : a.organisation.name;
    m.organisation = orgName;
    m.odsCode = a.organisation.odsCode;
    m.title = a.title.isEmpty() ? QString(orgName + QStringLiteral(": ") + fw.title) : a.title;
    m.subtitle = QString(QStringLiteral("Self-assessment report: ") + fw.title);
    m.dateText = ReportModel::formatDate(a.updatedAt.isValid() ? a.updatedAt : a.createdAt);
    m.statusText = statusWord(a.status);
    m.draft = a.status == QStringLiteral("draft");
    m.frameworkText = QStringLiteral("%1, version %2 (%3)").arg(fw.title, fw.version, fw.id);
    const auto orNone = [](const QString &s) { return s.isEmpty() ? QStringLiteral("Not given") : s; };
    QString assessor = a.assessor.name;
    if (!a.assessor.role.isEmpty())
        assessor = assessor.isEmpty() ? a.assessor.role : QString(assessor + QStringLiteral(", ") + a.assessor.role);
    m.details = {
        {QStringLiteral("Organisation"), orgName},
        {QStringLiteral("ODS code"), orNone(a.organisation.odsCode)},
        {QStringLiteral("Integrated care system"), orNone(a.organisation.ics)},
        {QStringLiteral("Region"), orNone(a.organisation.region)},
        {QStringLiteral("Type of organisation"), orNone(ReportModel::organisationTypeLabel(a.organisation.type))},
        {QStringLiteral("Framework"), m.frameworkText},
        {QStringLiteral("Assessed by"), orNone(assessor)},
        {QStringLiteral("Assessment date"), m.dateText},
        {QStringLiteral("Status"), m.statusText},
    };
    if (fw.audience != QLatin1String("individual"))
        m.coverSheet = coverSheetRows(a.cover);
    const QString order = QStringLiteral("In priority order: critical recommendations first, then the largest gaps. ");
    if (fw.audience == QLatin1String("individual")) {
        m.purpose = QStringLiteral("This report sets out a personal self-assessment of chief AHP leadership against "
                                   "national guidance. Use it to agree development priorities with your line manager "
                                   "or mentor: give each action in the action plan an owner and a target date.");
        m.actionPlanIntro = QString(order + QStringLiteral("The owner and target date columns are left blank for you "
                                                           "to agree with your line manager or mentor."));
    } else {
        m.purpose = QStringLiteral("The board is asked to note the maturity level and the critical gaps in this "
                                   "self-assessment, and to agree an owner and a target date for each action in the "
                                   "action plan.");
        m.actionPlanIntro =
            QString(order + QStringLiteral("The owner and target date columns are left blank for the board to agree."));
    }
    // The recommendation the secretary typed on the cover sheet is what the board is asked to
    // do: the box on the cover says it in their words, not ours.
    if (fw.audience != QLatin1String("individual") && !a.cover.recommendation.trimmed().isEmpty()) {
        m.purposeTitle = QStringLiteral("Recommendation to the board");
        m.purpose = a.cover.recommendation.trimmed();
    }
    m.documentTitle = QString(m.title + QStringLiteral(" (") + orgName + QLatin1Char(')'));
    m.author = a.assessor.name;
    m.creator = QStringLiteral("ahplead " AHPLEAD_VERSION);
}

void fillSummary(ReportModel &m, const Framework &fw, const ScoreCard &card)
{
    m.overallScoreText = card.overallScore  ? QStringLiteral("%1 out of 100").arg(whole(*card.overallScore))
                         : card.provisional ? QStringLiteral("Not given yet")
                                            : QStringLiteral("Not scored");
    m.overallLevel = card.overallLevel;
    m.overallLevelText = card.provisional ? card.provisionalText() : levelText(card.overallLevel);
    m.provisional = card.provisional;
    if (card.provisional && m.purpose.contains(QStringLiteral("note the maturity level")))
        m.purpose = QStringLiteral("This self-assessment is not finished, so its result is provisional and gives no "
                                   "maturity level yet. The board is asked to note the answers so far and any critical "
                                   "gap already found, and when the assessment will be completed.");
    if (card.provisional)
        m.provisionalText = QStringLiteral("This result is provisional (%1). The overall score and maturity level are "
                                           "given once every critical recommendation is assessed and every domain "
                                           "is at least half answered.")
                                .arg(card.provisionalReason);
    m.noCriticalGapsText = card.noCriticalGapsText();
    // With no action to introduce, the introduction says why there is none.
    if (card.actions.empty())
        m.actionPlanIntro = Scorer::noActionsText(card);
    if (!card.levelCapReason.isEmpty())
        m.levelCapText =
            QStringLiteral("The score alone gives level %1 (%2); the overall level is %3.")
                .arg(QString::number(card.uncappedLevel), Maturity::name(card.uncappedLevel), card.levelCapReason);
    QString completion = QStringLiteral("%1 of %2 questions answered").arg(card.answered).arg(card.questions);
    if (card.notApplicable > 0)
        completion += QStringLiteral(" (%1 not applicable)").arg(card.notApplicable);
    completion += QStringLiteral("; %1 for review.")
                      .arg(plural(card.flagged, QStringLiteral("answer flagged"), QStringLiteral("answers flagged")));
    m.completionText = completion;
    m.criticalGapCount = static_cast<int>(card.criticalGaps.size());
    for (const QString &id : card.criticalGaps)
        if (const RecommendationResult *r = card.recommendation(id))
            m.criticalGaps.push_back(recommendationRow(*r, fw));
    for (const Action &a : card.actions) {
        m.actions.push_back(actionRow(a));
        if (m.topActions.size() < 5)
            m.topActions.push_back(actionRow(a));
    }
}

// The owners, dates, progress and notes the board recorded against the plan's actions.
void fillTracking(ReportModel &m, const Assessment &a, const QDate &today)
{
    const auto track = [&](ReportModel::ActionRow &row) {
        const auto it = a.actions.constFind(row.recommendationId);
        if (it == a.actions.cend() || it->isBlank())
            return false;
        row.owner = it->owner;
        if (it->targetDate.isValid()) {
            row.targetDateText = ReportModel::formatDate(it->targetDate.startOfDay());
            row.targetDateIso = it->targetDate.toString(Qt::ISODate);
        }
        row.progressText = TrackedAction::statusLabel(it->status);
        row.note = it->note;
        row.overdue = it->overdue(today);
        return true;
    };
    for (ReportModel::ActionRow &row : m.topActions)
        track(row);
    for (ReportModel::ActionRow &row : m.actions)
        if (track(row)) {
            ++m.actionsTracked;
            m.actionsOverdue += row.overdue ? 1 : 0;
        }
    if (m.actionsTracked == 0)
        return;
    // The introduction no longer says the columns are blank for the board to fill in.
    m.actionPlanIntro = QStringLiteral("In priority order: critical recommendations first, then the largest gaps. "
                                       "Owners, target dates and progress are as recorded for %1 of the %2 actions")
                            .arg(m.actionsTracked)
                            .arg(m.actions.size());
    m.actionPlanIntro += m.actionsOverdue == 0 ? QStringLiteral(".")
                         : m.actionsOverdue == 1
                             ? QStringLiteral("; 1 is past its target date.")
                             : QStringLiteral("; %1 are past their target date.").arg(m.actionsOverdue);
}

void fillDomains(ReportModel &m, const ScoreCard &card)
{
    m.radar = RadarChart::axesFrom(card);
    m.bars = ScoreBars::barsFrom(card);
    m.chartDescription = RadarChart::description(m.radar);
    int number = 0;
    for (const DomainScore &d : card.domains) {
        ReportModel::DomainRow row;
        row.id = d.id;
        row.number = QString::number(++number);
        row.title = d.title;
        row.score = d.score;
        row.level = d.level;
        row.scoreText = d.score ? whole(*d.score) : QStringLiteral("Not scored");
        row.levelText = d.level >= 0               ? Maturity::name(d.level)
                        : d.score && d.provisional ? QStringLiteral("Provisional")
                                                   : QStringLiteral("Not assessed");
        QString progress = QStringLiteral("%1 of %2 answered").arg(d.answered).arg(d.questions);
        if (d.notApplicable > 0)
            progress += QStringLiteral(" (%1 not applicable)").arg(d.notApplicable);
        if (d.flagged > 0)
            progress += QStringLiteral(", %1 flagged").arg(d.flagged);
        row.progress = progress;
        m.domains.push_back(row);
    }
}

void fillAnswers(ReportModel &m, const Framework &fw, const Assessment &a, const ScoreCard &card)
{
    // Which recommendations each question evidences, in the framework's order.
    QHash<QString, QStringList> evidenced;
    for (const Recommendation &rec : fw.recommendations) {
        const RecommendationResult *r = card.recommendation(rec.id);
        const QString status = r ? statusLabel(r->status) : statusLabel(RecommendationStatus::NotAssessed);
        for (const EvidenceLink &link : rec.evidence)
            evidenced[link.questionId] << QString(rec.title + QStringLiteral(": ") + status);
    }
    int domainNumber = 0;
    for (const Domain &d : fw.domains) {
        ReportModel::AnswerSection section{QString::number(++domainNumber), d.title, {}};
        int questionNumber = 0;
        for (const Question &q : d.questions) {
            ReportModel::AnswerRow row;
            row.questionId = q.id;
            row.number = QStringLiteral("%1.%2").arg(domainNumber).arg(++questionNumber);
            row.question = q.text;
            const auto it = a.answers.constFind(q.id);
            row.answered = it != a.answers.constEnd();
            row.answerText = row.answered ? fw.label(it->value) : QStringLiteral("Not answered");
            if (row.answered) {
                row.evidence = it->evidence;
                row.flagged = it->flagged;
            }
            row.recommendationStatuses = evidenced.value(q.id).join(QStringLiteral("; "));
            section.answers.push_back(row);
        }
        m.answerSections.push_back(section);
    }
}

void fillSources(ReportModel &m, const Framework &fw, const SourceLibrary &library)
{
    QHash<QString, QStringList> sections;
    QStringList order;
    const auto add = [&](const std::vector<Citation> &citations) {
        for (const Citation &c : citations) {
            if (!sections.contains(c.document))
                order << c.document;
            QStringList &list = sections[c.document];
            if (!list.contains(c.section))
                list << c.section;
        }
    };
    for (const Domain &d : fw.domains)
        for (const Question &q : d.questions)
            add(q.citations);
    for (const Recommendation &r : fw.recommendations)
        add(r.citations);

    QCollator collator(reportLocale());
    collator.setNumericMode(true);
    const auto byCollator = [&](const QString &x, const QString &y) { return collator.compare(x, y) < 0; };
    // Documents in the order of data/sources.json (the product's own ordering), unknown ids last.
    const auto rank = [&](const QString &id) {
        const auto &docs = library.documents();
        for (std::size_t i = 0; i < docs.size(); ++i)
            if (docs[i].id == id)
                return static_cast<int>(i);
        return static_cast<int>(docs.size());
    };
    std::stable_sort(order.begin(), order.end(), [&](const QString &x, const QString &y) { return rank(x) < rank(y); });
    for (const QString &id : order) {
        QStringList list = sections.value(id);
        std::sort(list.begin(), list.end(), byCollator);
        const SourceDocument *doc = library.find(id);
        m.sources.push_back(
            {id, doc ? doc->title : id, CitationText::documentTitle(id), doc ? doc->date : QString(), list});
    }
}

QStringList scoringMethodText()
{
    const auto percent = [](double ratio) { return QString::number(std::lround(ratio * 100.0)); };
    return {
        QStringLiteral("Each answer counts 1 when the statement is in place, 0.5 when it is partly in place and 0 "
                       "when it is not in place. Questions answered not applicable, and questions not yet answered, "
                       "are left out of the calculation rather than counted as zero."),
        QStringLiteral("A domain's score is the weighted average of its applicable answered questions, out of 100. "
                       "The overall score is the weighted average of the domain scores."),
        QStringLiteral("Scores map to maturity levels: 0 Not in place (below 20), 1 Emerging (20 to 39), "
                       "2 Developing (40 to 59), 3 Established (60 to 79) and 4 Embedded (80 and above)."),
        QStringLiteral("A recommendation is met when at least %1% of the weighted evidence for it is in place, not "
                       "met below %2%, and partially met in between. It is not assessed while any question that "
                       "evidences it is unanswered.")
            .arg(percent(Scorer::MetThreshold), percent(Scorer::NotMetThreshold)),
        QStringLiteral("Critical recommendations hold the overall level down: it is at most level %1 while a critical "
                       "recommendation is not met, and at most level %2 while one is only partially met.")
            .arg(Scorer::CapWhenCriticalNotMet)
            .arg(Scorer::CapWhenCriticalPartial),

        QStringLiteral("The action plan lists every recommendation not fully met: critical recommendations first, "
                       "then by the recommendation's weight times the share of its evidence not yet in place."),
    };
}

} // namespace

ReportModel ReportModel::build(const Framework &framework, const Assessment &assessment, const ScoreCard &card,
                               const SourceLibrary &sources, const QDate &today)
{
    ReportModel m;
    fillCover(m, framework, assessment);
    fillSummary(m, framework, card);
    fillDomains(m, card);
    for (const RecommendationResult &r : card.recommendations)
        m.recommendations.push_back(recommendationRow(r, framework));
    fillAnswers(m, framework, assessment, card);
    fillSources(m, framework, sources);
    fillTracking(m, assessment, today);
    m.scoringMethod = scoringMethodText();
    return m;
}

QString ReportModel::statusSymbol(RecommendationStatus status)
{
    switch (status) {
    case RecommendationStatus::Met:
        return QStringLiteral("\u2714"); // heavy check mark
    case RecommendationStatus::PartiallyMet:
        return QStringLiteral("\u25D1"); // circle, right half black
    case RecommendationStatus::NotMet:
        return QStringLiteral("\u2718"); // heavy ballot X
    case RecommendationStatus::NotAssessed:
        break;
    }
    return QStringLiteral("?");
}

QString ReportModel::formatDate(const QDateTime &when)
{
    if (!when.isValid())
        return QStringLiteral("Not recorded");
    // UTC, so the date does not depend on the machine's time zone.
    return reportLocale().toString(when.toUTC().date(), QStringLiteral("d MMMM yyyy"));
}

QString ReportModel::organisationTypeLabel(const QString &type)
{
    static const QHash<QString, QString> labels{
        {QStringLiteral("acute"), QStringLiteral("Acute trust")},
        {QStringLiteral("mental_health"), QStringLiteral("Mental health trust")},
        {QStringLiteral("community"), QStringLiteral("Community trust")},
        {QStringLiteral("ambulance"), QStringLiteral("Ambulance trust")},
        {QStringLiteral("combined"), QStringLiteral("Combined trust")},
        {QStringLiteral("specialist"), QStringLiteral("Specialist trust")},
        {QStringLiteral("integrated_care_board"), QStringLiteral("Integrated care board")},
        {QStringLiteral("region"), QStringLiteral("Region")},
        {QStringLiteral("other"), QStringLiteral("Other")},
    };
    return labels.value(type, type);
}

int ReportModel::answerCount(const ReportModel &model)
{
    int n = 0;
    for (const AnswerSection &s : model.answerSections)
        n += static_cast<int>(s.answers.size());
    return n;
}

} // namespace ahplead
