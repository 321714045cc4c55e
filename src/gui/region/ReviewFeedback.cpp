#include "gui/region/ReviewFeedback.h"

#include "gui/app/Texts.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"
#include "report/region/RegionReportModel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <cmath>

namespace ahplead {

namespace {

// A comment people may want to read closely or copy: reachable with the keyboard, and named
// for screen readers by what it is.
QLabel *commentText(const QString &comment, const QString &name, QWidget *parent)
{
    QLabel *label = Theme::label(comment, parent);
    label->setObjectName(QStringLiteral("reviewComment"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    label->setAccessibleName(name);
    label->setAccessibleDescription(comment);
    return label;
}

QString statusIcon(const QString &status)
{
    if (status == QLatin1String("accepted"))
        return QStringLiteral("status-met");
    if (status == QLatin1String("returned"))
        return QStringLiteral("flag");
    return QStringLiteral("info");
}

QString rounded(double value)
{
    return QString::number(std::lround(value));
}

} // namespace

ReviewFeedback *ReviewFeedback::attach(AssessmentSession &session, const Store &store)
{
    auto *feedback = new ReviewFeedback(&session);
    feedback->setObjectName(QStringLiteral("reviewFeedback"));
    feedback->read(session, store);
    return feedback;
}

const ReviewFeedback *ReviewFeedback::of(const AssessmentSession &session)
{
    return session.findChild<ReviewFeedback *>(QStringLiteral("reviewFeedback"), Qt::FindDirectChildrenOnly);
}

void ReviewFeedback::read(const AssessmentSession &session, const Store &store)
{
    const Assessment &a = session.assessment();
    if (auto sent = store.submissions(QStringLiteral("sent"))) {
        for (const SubmissionRecord &r : sent.value()) {
            if (r.frameworkId != a.frameworkId || r.revision > a.revision || r.assessmentId == 0 ||
                !r.organisation.sameAs(a.organisation))
                continue;
            bool mine = r.assessmentId == a.id;
            if (!mine) {
                auto other = store.assessment(r.assessmentId);
                mine = other && other->lineageId == a.lineageId;
            }
            if (!mine)
                continue;
            if (!m_submission || r.revision > m_submission->revision ||
                (r.revision == m_submission->revision && r.submittedAt > m_submission->submittedAt))
                m_submission = r;
        }
    }
    if (m_submission) {
        if (auto comments = store.reviewComments(m_submission->id))
            m_comments = std::move(comments).value();
    }
    if (auto bytes = store.latestBenchmark(a.frameworkId, a.frameworkVersion); bytes && bytes->has_value()) {
        if (auto parsed = PeerBenchmark::parse(*bytes.value(), QStringLiteral("benchmark")))
            m_benchmark = std::move(parsed).value();
    }
}

QString ReviewFeedback::comment(const QString &domainId) const
{
    for (const ReviewComment &c : m_comments)
        if (c.domainId == domainId)
            return c.comment;
    return {};
}

bool ReviewFeedback::reviewed() const
{
    return m_submission && (m_submission->reviewStatus != QLatin1String("submitted") || !m_comments.empty());
}

QString ReviewFeedback::reviewLine(int openRevision) const
{
    const SubmissionRecord &s = *m_submission;
    QString line;
    if (s.reviewStatus == QLatin1String("submitted") || s.reviewer.isEmpty())
        line = tr("Not reviewed yet.");
    else
        line =
            tr("%1 by %2 on %3.")
                .arg(RegionReportModel::reviewStatusLabel(s.reviewStatus), s.reviewer, Texts::dateTime(s.reviewedAt));
    if (openRevision > s.revision)
        line += QLatin1Char(' ') + tr("The review is of revision %1, submitted %2; you are looking at revision %3.")
                                       .arg(s.revision)
                                       .arg(Texts::dateTime(s.submittedAt))
                                       .arg(openRevision);
    return line;
}

QString ReviewFeedback::position(const std::optional<double> &score, const QuartileStat &stat)
{
    if (stat.suppressed)
        return tr("Too few organisations to compare");
    if (!score)
        return tr("Not scored");
    // Compared as the whole numbers shown beside it, so the words never contradict the figures.
    const long mine = std::lround(*score);
    if (mine >= std::lround(stat.q3))
        return tr("Top quarter");
    if (mine == std::lround(stat.median))
        return tr("At the median");
    if (mine > std::lround(stat.median))
        return tr("Upper middle");
    if (mine >= std::lround(stat.q1))
        return tr("Lower middle");
    return tr("Bottom quarter");
}

const BenchmarkGroup *ReviewFeedback::comparisonGroup(const QString &organisationType) const
{
    if (!m_benchmark)
        return nullptr;
    const BenchmarkGroup *own = organisationType.isEmpty() ? nullptr : m_benchmark->group(organisationType);
    if (own && !own->suppressed)
        return own;
    const BenchmarkGroup *all = m_benchmark->group(QStringLiteral("all"));
    return all && !all->suppressed ? all : nullptr;
}

QWidget *ReviewFeedback::domainPanel(const AssessmentSession &session, const QString &domainId, QWidget *parent)
{
    const ReviewFeedback *feedback = of(session);
    if (!feedback || feedback->comment(domainId).isEmpty())
        return nullptr;
    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("domainReview"));
    Theme::setRole(box, "notice");
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(4);
    const Domain *domain = session.framework().domain(domainId);
    const QString title = tr("The region's comment on this section");
    layout->addWidget(Theme::label(title, box, "subheading"));
    layout->addWidget(commentText(feedback->comment(domainId),
                                  tr("The region's comment on %1").arg(domain ? domain->title : domainId), box));
    layout->addWidget(Theme::label(feedback->reviewLine(session.assessment().revision), box, "secondary"));
    box->setAccessibleName(title);
    return box;
}

QWidget *ReviewFeedback::reviewPanel(const AssessmentSession &session, QWidget *parent)
{
    const ReviewFeedback *feedback = of(session);
    if (!feedback || !feedback->submission())
        return nullptr;
    const SubmissionRecord &s = *feedback->submission();
    const Framework &fw = session.framework();
    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("reviewPanel"));
    Theme::setRole(box, "card");
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    const QString title = feedback->reviewed() ? tr("The region's review") : tr("Submitted to the region");
    layout->addWidget(Theme::label(title, box, "heading"));

    const QString statusWords = s.reviewStatus == QLatin1String("submitted")
                                    ? tr("Submitted, waiting for review")
                                    : RegionReportModel::reviewStatusLabel(s.reviewStatus);
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(8);
    auto *icon = new QLabel(box);
    icon->setPixmap(Icons::pixmap(statusIcon(s.reviewStatus), 20, parent));
    icon->setFixedSize(22, 22);
    icon->setAccessibleName(statusWords);
    auto *status = Theme::label(tr("Status: %1").arg(statusWords), box, "subheading");
    status->setObjectName(QStringLiteral("reviewStatus"));
    statusRow->addWidget(icon, 0, Qt::AlignTop);
    statusRow->addWidget(status, 1);
    layout->addLayout(statusRow);
    layout->addWidget(Theme::label(
        tr("Revision %1 was submitted %2 by %3.")
            .arg(s.revision)
            .arg(Texts::dateTime(s.submittedAt),
                 s.submitter.role.isEmpty() ? s.submitter.name : tr("%1 (%2)").arg(s.submitter.name, s.submitter.role)),
        box));
    layout->addWidget(Theme::label(feedback->reviewLine(session.assessment().revision), box, "secondary"));

    const QString overall = feedback->comment(QString());
    if (!overall.isEmpty()) {
        layout->addSpacing(4);
        layout->addWidget(Theme::label(tr("Overall comment"), box, "subheading"));
        layout->addWidget(commentText(overall, tr("The region's overall comment"), box));
    }
    QStringList sections;
    for (const Domain &d : fw.domains)
        if (!feedback->comment(d.id).isEmpty())
            sections << d.title;
    if (!sections.isEmpty())
        layout->addWidget(Theme::label(
            sections.size() == 1
                ? tr("There is also a comment on one section, shown at the top of it: %1.").arg(sections.first())
                : tr("There are also comments on %1 sections, each shown at the top of its "
                     "section: %2.")
                      .arg(sections.size())
                      .arg(sections.join(QStringLiteral("; "))),
            box));
    if (s.reviewStatus == QLatin1String("returned") && session.locked())
        layout->addWidget(
            Theme::label(tr("To make the changes asked for, choose \"Make a new revision to change it\" at the "
                            "top, change the answers, and submit the new revision."),
                         box, "secondary"));
    box->setAccessibleName(title);
    return box;
}

QWidget *ReviewFeedback::benchmarkPanel(const AssessmentSession &session, const ScoreCard &card, QWidget *parent)
{
    const ReviewFeedback *feedback = of(session);
    if (!feedback || !feedback->benchmark())
        return nullptr;
    const PeerBenchmark &benchmark = *feedback->benchmark();
    const QString type = session.assessment().organisation.type;
    const BenchmarkGroup *group = feedback->comparisonGroup(type);

    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("benchmarkPanel"));
    Theme::setRole(box, "card");
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    const QString title = tr("How you compare with your peers");
    layout->addWidget(Theme::label(title, box, "heading"));
    box->setAccessibleName(title);
    const QString when = benchmark.createdAt.isValid() ? benchmark.createdAt.toString(QStringLiteral("d MMMM yyyy"))
                                                       : tr("an unknown date");
    if (!group) {
        auto *none =
            Theme::label(tr("The region's peer benchmark of %1 has too few organisations to compare with: figures "
                            "drawn from fewer than %2 organisations are left out so no one can be identified.")
                             .arg(when)
                             .arg(PeerBenchmark::MinimumGroup),
                         box);
        none->setObjectName(QStringLiteral("benchmarkIntro"));
        layout->addWidget(none);
        return box;
    }
    auto *introLabel = Theme::label(benchmarkIntro(*group, type, when), box);
    introLabel->setObjectName(QStringLiteral("benchmarkIntro"));
    layout->addWidget(introLabel);

    layout->addLayout(benchmarkGrid(card, *group, box));
    layout->addWidget(
        Theme::label(tr("The lower quartile, median and upper quartile split the organisations into four "
                        "equal groups: a quarter scored below the lower quartile, half below the median and "
                        "a quarter above the upper quartile. The benchmark holds no names, and any group of "
                        "fewer than %1 organisations is left out.")
                         .arg(PeerBenchmark::MinimumGroup),
                     box, "secondary"));
    return box;
}

QString ReviewFeedback::benchmarkIntro(const BenchmarkGroup &group, const QString &type, const QString &when)
{
    if (group.organisationType == QLatin1String("all"))
        return type.isEmpty() || type == QLatin1String("all")
                   ? tr("Compared with the %1 organisations in the region's peer benchmark of %2.")
                         .arg(group.organisations)
                         .arg(when)
                   : tr("Compared with all %1 organisations in the region's peer benchmark of %2: there are too "
                        "few of your type (%3) to compare with them alone.")
                         .arg(group.organisations)
                         .arg(when, Texts::organisationType(type).toLower());
    return tr("Compared with the %1 organisations of your type (%2) in the region's peer benchmark of %3.")
        .arg(group.organisations)
        .arg(Texts::organisationType(type).toLower(), when);
}

// A row per section (and one overall): the score beside the quartiles, and where it falls.
QGridLayout *ReviewFeedback::benchmarkGrid(const ScoreCard &card, const BenchmarkGroup &group, QWidget *box)
{
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(6);
    int col = 0;
    for (const QString &heading : {tr("Section"), tr("Your score"), tr("Lower quartile"), tr("Median"),
                                   tr("Upper quartile"), tr("Where you are")})
        grid->addWidget(Theme::label(heading, box, "subheading", false), 0, col++);
    int row = 1;
    auto addRow = [&](const QString &name, const std::optional<double> &score, const QuartileStat &stat, bool bold) {
        const char *role = bold ? "subheading" : nullptr;
        grid->addWidget(Theme::label(name, box, role), row, 0);
        grid->addWidget(Theme::label(score ? rounded(*score) : tr("Not scored"), box, role, false), row, 1);
        const bool shown = !stat.suppressed;
        grid->addWidget(Theme::label(shown ? rounded(stat.q1) : QStringLiteral("–"), box, role, false), row, 2);
        grid->addWidget(Theme::label(shown ? rounded(stat.median) : QStringLiteral("–"), box, role, false), row, 3);
        grid->addWidget(Theme::label(shown ? rounded(stat.q3) : QStringLiteral("–"), box, role, false), row, 4);
        auto *where = Theme::label(position(score, stat), box, role, false);
        where->setObjectName(QStringLiteral("benchmarkPosition"));
        where->setAccessibleName(tr("%1: %2").arg(name, where->text()));
        grid->addWidget(where, row, 5);
        ++row;
    };
    addRow(tr("Overall"), card.overallScore, group.overall, true);
    for (const DomainScore &d : card.domains) {
        const auto it = std::find_if(group.domains.begin(), group.domains.end(),
                                     [&](const QuartileStat &s) { return s.id == d.id; });
        if (it != group.domains.end())
            addRow(d.title, d.score, *it, false);
    }
    grid->setColumnStretch(0, 1);
    return grid;
}

} // namespace ahplead
