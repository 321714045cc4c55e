#include "gui/region/SubmissionReviewPage.h"

#include "core/assessment/Framework.h"
#include "core/assessment/Maturity.h"
#include "core/assessment/Scorer.h"
#include "core/base/SaveFile.h"
#include "core/region/ReviewFile.h"
#include "core/region/SubmissionFile.h"
#include "gui/app/AppSettings.h"
#include "gui/app/Prompter.h"
#include "gui/app/Texts.h"
#include "gui/app/Workspace.h"
#include "gui/region/ReviewConflictPanel.h"
#include "gui/widgets/Icons.h"
#include "gui/widgets/PageParts.h"
#include "gui/widgets/Theme.h"
#include "gui/widgets/WrapLabel.h"
#include "report/region/RegionReportModel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace ahplead {

namespace {

QString statusWords(const QString &status)
{
    if (status == QLatin1String("submitted"))
        return SubmissionReviewPage::tr("Submitted: not reviewed yet");
    if (status == QLatin1String("returned"))
        return SubmissionReviewPage::tr("Returned to the trust for changes");
    return RegionReportModel::reviewStatusLabel(status);
}

QPlainTextEdit *commentBox(const QString &comment, const QString &name, const QString &description, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(comment, parent);
    edit->setTabChangesFocus(true); // Tab moves on, as in every other box
    edit->setAccessibleName(name);
    edit->setAccessibleDescription(description);
    edit->setPlaceholderText(SubmissionReviewPage::tr("No comment"));
    const int lines = 4;
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QString scoreWords(const std::optional<double> &score)
{
    return score ? QString::number(std::lround(*score)) : SubmissionReviewPage::tr("not scored");
}

} // namespace

SubmissionReviewPage::SubmissionReviewPage(Workspace &workspace, AppSettings &settings, Prompter &prompter,
                                           QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_prompter(prompter), m_settings(settings)
{
    setObjectName(QStringLiteral("submissionReviewPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(buildHeader());
    m_conflict = new ReviewConflictPanel(this);
    layout->addWidget(m_conflict);
    connect(m_conflict, &ReviewConflictPanel::keepYours, this, &SubmissionReviewPage::keepMyReview);
    connect(m_conflict, &ReviewConflictPanel::takeTheirs, this, [this] {
        if (m_record)
            showSubmission(m_record->id); // their review, from the store; mine is dropped as asked
    });
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("submissionScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buildFooter());
}

SubmissionReviewPage::~SubmissionReviewPage() = default;

// The save and export buttons sit in a bar under the scrolling answers, so "Save the review"
// is in reach from every comment box, not only from the top of the page.
QWidget *SubmissionReviewPage::buildFooter()
{
    auto *footer = new QFrame(this);
    footer->setObjectName(QStringLiteral("reviewFooter"));
    Theme::setRole(footer, "footer");
    auto *buttons = new QHBoxLayout(footer);
    buttons->setContentsMargins(16, 8, 16, 8);
    buttons->setSpacing(10);
    m_save = new QPushButton(Icons::get(QStringLiteral("saved")), tr("Save the review"), footer);
    m_save->setObjectName(QStringLiteral("saveReview"));
    Theme::setRole(m_save, "primary");
    m_save->setAccessibleDescription(tr("Saves the status and every comment; your name and the time go in the "
                                        "store's change log."));
    m_export = new QPushButton(Icons::get(QStringLiteral("export")), tr("Export review file…"), footer);
    m_export->setObjectName(QStringLiteral("exportReview"));
    m_export->setAccessibleDescription(tr("Writes the review file to send back to the trust. Available once the "
                                          "submission is returned or accepted."));
    m_unsaved = Theme::label(tr("Not saved yet"), footer, "unsaved", false);
    m_unsaved->setObjectName(QStringLiteral("reviewUnsaved"));
    m_unsaved->setVisible(false);
    m_reviewState = Theme::label(QString(), footer, "secondary", false);
    m_reviewState->setObjectName(QStringLiteral("reviewState"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_export);
    buttons->addWidget(m_unsaved);
    buttons->addStretch(1);
    buttons->addWidget(m_reviewState);
    connect(m_save, &QPushButton::clicked, this, &SubmissionReviewPage::saveReview);
    // Ctrl+S from any comment box, as people expect of anything they write in.
    auto *save = new QShortcut(QKeySequence::Save, this, this, [this] { saveReview(); });
    save->setContext(Qt::WidgetWithChildrenShortcut);
    m_save->setToolTip(
        tr("Save the status and every comment (%1)").arg(save->key().toString(QKeySequence::NativeText)));
    connect(m_export, &QPushButton::clicked, this, &SubmissionReviewPage::exportReviewFile);
    return footer;
}

QWidget *SubmissionReviewPage::buildHeader()
{
    auto *header = new QFrame(this);
    Theme::setRole(header, "header");
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(16, 10, 16, 12);
    layout->setSpacing(12);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("submissionTitle"));
    Theme::setRole(m_title, "heading");
    m_title->setWordWrap(true);
    m_subtitle = new QLabel(header);
    m_subtitle->setObjectName(QStringLiteral("submissionSubtitle"));
    Theme::setRole(m_subtitle, "secondary");
    m_subtitle->setWordWrap(true);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_back = new QToolButton(header);
    m_back->setObjectName(QStringLiteral("backToRegion"));
    m_back->setText(tr("Back to the regional review"));
    m_back->setIcon(Icons::get(QStringLiteral("go-previous")));
    m_back->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_back->setAutoRaise(true);
    m_back->setFocusPolicy(Qt::StrongFocus);
    Theme::setRole(m_back, "link");
    m_back->setAccessibleName(tr("Back to the regional review"));
    connect(m_back, &QToolButton::clicked, this, [this] {
        if (maybeSave())
            emit backRequested();
    });
    layout->addLayout(titles, 1);
    layout->addWidget(m_back, 0, Qt::AlignTop);
    return header;
}

bool SubmissionReviewPage::showSubmission(qint64 id)
{
    const QString title = tr("The submission cannot be opened");
    Store &store = m_workspace.store();
    auto record = store.submission(id);
    if (!record) {
        m_prompter.warn(this, title, tr("The submission could not be read."), record.message());
        return false;
    }
    const FrameworkLibrary *library = m_workspace.frameworks();
    if (!library) {
        m_prompter.warn(this, title, tr("The frameworks cannot be read."), m_workspace.frameworksError());
        return false;
    }
    auto content = store.submissionContent(id);
    if (!content) {
        m_prompter.warn(this, title, tr("The submission's answers could not be read."), content.message());
        return false;
    }
    auto submission =
        SubmissionFile::fromContent(content.value(), record->digest, tr("submission %1").arg(id), *library);
    if (!submission) {
        m_prompter.warn(this, title, tr("The submission's answers could not be read."), submission.message());
        return false;
    }
    const Framework *fw = library->find(submission->assessment.frameworkId, submission->assessment.frameworkVersion);
    if (!fw) {
        m_prompter.warn(this, title, tr("This version of ahplead does not have the framework it was answered against."),
                        QStringLiteral("%1 %2").arg(record->frameworkId, record->frameworkVersion));
        return false;
    }
    auto comments = store.reviewComments(id);
    if (!comments) {
        m_prompter.warn(this, title, tr("The review comments could not be read."), comments.message());
        return false;
    }
    m_record = record.value();
    m_conflict->hide();
    m_sections.clear();
    for (const Domain &d : fw->domains)
        m_sections.emplace_back(d.id, d.title);
    const Assessment &a = submission->assessment;
    const ScoreCard card = Scorer::score(*fw, a);

    m_loading = true;
    m_domainComments.clear();
    m_title->setText(a.organisation.name);
    QStringList sub;
    sub << tr("Revision %1").arg(m_record->revision)
        << tr("submitted %1 by %2")
               .arg(Texts::dateTime(m_record->submittedAt),
                    m_record->submitter.role.isEmpty()
                        ? m_record->submitter.name
                        : tr("%1 (%2)").arg(m_record->submitter.name, m_record->submitter.role));
    sub << Texts::organisationType(a.organisation.type);
    if (!a.organisation.ics.isEmpty())
        sub << a.organisation.ics;
    if (!a.organisation.odsCode.isEmpty())
        sub << a.organisation.odsCode;
    sub << tr("the answers are read-only");
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));
    QWidget *old = m_scroll->takeWidget();
    m_body = buildBody(*fw, a, card, comments.value());
    m_scroll->setWidget(m_body);
    if (old)
        old->deleteLater();
    m_loading = false;
    setDirty(false);
    refreshReviewState();
    return true;
}

QWidget *SubmissionReviewPage::buildBody(const Framework &fw, const Assessment &a, const ScoreCard &card,
                                         const std::vector<ReviewComment> &comments)
{
    auto *page = new QWidget;
    page->setObjectName(QStringLiteral("submissionBody"));
    Theme::setRole(page, "page");
    page->setAttribute(Qt::WA_StyledBackground, true);
    auto *outer = new QHBoxLayout(page);
    outer->setContentsMargins(24, 20, 24, 28);
    auto *column = new QWidget(page);
    column->setMaximumWidth(1100);
    outer->addWidget(column, 1);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    layout->addWidget(buildReviewCard(comments, column));
    layout->addWidget(buildScoresCard(fw, card, column));
    QHash<QString, QString> byDomain;
    for (const ReviewComment &c : comments)
        byDomain.insert(c.domainId, c.comment);
    for (std::size_t d = 0; d < fw.domains.size(); ++d) {
        const DomainScore *score = card.domain(fw.domains[d].id);
        if (score)
            layout->addWidget(buildDomainCard(fw, a, *score, int(d), byDomain.value(fw.domains[d].id), column));
    }
    layout->addStretch(1);
    return page;
}

QWidget *SubmissionReviewPage::buildReviewCard(const std::vector<ReviewComment> &comments, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("reviewCard"));
    QVBoxLayout *layout = PageParts::card(
        box, tr("Your review"),
        tr("Set where the review stands and write an overall comment. A comment on a section goes in the box under "
           "that section's answers; \"Save the review\" at the foot of the window saves them all. When you return "
           "a submission (or accept it), export the review file and send it to the trust: they see your comments "
           "beside their answers."),
        QMargins(20, 16, 20, 16), "secondary");

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status = new QComboBox(box);
    m_status->setObjectName(QStringLiteral("reviewStatusCombo"));
    for (const QString &status : SubmissionRecord::reviewStatuses())
        m_status->addItem(statusWords(status), status);
    m_status->setCurrentIndex(std::max(0, m_status->findData(m_record->reviewStatus)));
    m_status->setAccessibleName(tr("Review status"));
    m_status->setAccessibleDescription(tr("Submitted, in review, accepted, or returned to the trust for changes."));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *statusLabel = new QLabel(tr("&Status"), box);
    statusLabel->setBuddy(m_status);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    form->addRow(statusLabel, statusRow);

    m_reviewer = new QLineEdit(m_settings.reviewerName(m_workspace.store().path()), box);
    m_reviewer->setObjectName(QStringLiteral("reviewerName"));
    m_reviewer->setMaxLength(200);
    m_reviewer->setPlaceholderText(tr("Your name, as the trust will see it"));
    m_reviewer->setAccessibleName(tr("Reviewer"));
    m_reviewer->setAccessibleDescription(
        tr("Your name as the reviewer. It goes in the review file and the store's change log, and is remembered "
           "for this store."));
    auto *reviewerLabel = new QLabel(tr("Re&viewer"), box);
    reviewerLabel->setBuddy(m_reviewer);
    form->addRow(reviewerLabel, m_reviewer);

    QString overall;
    for (const ReviewComment &c : comments)
        if (c.domainId.isEmpty())
            overall = c.comment;
    m_overall = commentBox(overall, tr("Overall comment"),
                           tr("Your comment on the submission as a whole, sent to the trust in the review file."), box);
    m_overall->setObjectName(QStringLiteral("overallReviewComment"));
    auto *overallLabel = new QLabel(tr("&Overall comment"), box);
    overallLabel->setBuddy(m_overall);
    form->addRow(overallLabel, m_overall);
    layout->addLayout(form);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
    connect(m_reviewer, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_overall, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    box->setAccessibleName(tr("Your review"));
    return box;
}

namespace {

// The overall verdict in one sentence: the level with its score, or why there is none.
QString reviewOverallWords(const ScoreCard &card)
{
    if (card.overallScore)
        return SubmissionReviewPage::tr("%1: level %2 of %3, from a score of %4 out of 100.")
            .arg(Maturity::name(card.overallLevel))
            .arg(card.overallLevel)
            .arg(Maturity::MaxLevel)
            .arg(std::lround(*card.overallScore));
    if (card.provisional)
        return SubmissionReviewPage::tr("%1: no level yet, because %2.")
            .arg(card.provisionalText(), card.provisionalReason);
    return SubmissionReviewPage::tr("Not scored: nothing that counts was answered.");
}

} // namespace

QWidget *SubmissionReviewPage::buildScoresCard(const Framework &fw, const ScoreCard &card, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("scoresCard"));
    Theme::setRole(box, "card");
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(8);
    layout->addWidget(Theme::label(tr("What the answers show"), box, "heading"));
    auto *overall = Theme::label(reviewOverallWords(card), box, "subheading");
    overall->setObjectName(QStringLiteral("submissionOverall"));
    layout->addWidget(overall);
    if (!card.levelCapReason.isEmpty())
        layout->addWidget(Theme::label(
            tr("The score alone would give %1, but %2.").arg(Maturity::name(card.uncappedLevel), card.levelCapReason),
            box));
    int met = 0;
    for (const RecommendationResult &r : card.recommendations)
        met += r.status == RecommendationStatus::Met ? 1 : 0;
    layout->addWidget(Theme::label(tr("%1 of %2 recommendations met in full; %3 of %4 questions answered.")
                                       .arg(met)
                                       .arg(card.recommendations.size())
                                       .arg(card.answered)
                                       .arg(card.questions),
                                   box));

    auto *gapsTitle = Theme::label(tr("Critical gaps (%1)").arg(card.criticalGaps.size()), box, "subheading");
    layout->addSpacing(4);
    layout->addWidget(gapsTitle);
    if (card.criticalGaps.isEmpty())
        layout->addWidget(Theme::label(card.noCriticalGapsText(), box));
    auto *gaps = new QGridLayout;
    gaps->setHorizontalSpacing(8);
    gaps->setVerticalSpacing(6);
    int row = 0;
    for (const QString &id : card.criticalGaps) {
        const RecommendationResult *r = card.recommendation(id);
        if (!r)
            continue;
        auto *icon = new QLabel(box);
        icon->setPixmap(Icons::pixmap(QStringLiteral("critical"), 20, this));
        icon->setFixedSize(22, 22);
        icon->setAccessibleName(tr("Critical"));
        gaps->addWidget(icon, row, 0, Qt::AlignTop);
        gaps->addWidget(Theme::label(tr("%1: %2").arg(r->title, statusLabel(r->status).toLower()), box), row, 1);
        ++row;
    }
    gaps->setColumnStretch(1, 1);
    layout->addLayout(gaps);

    // The sections at a glance; each has its answers and comment box below.
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(4);
    int col = 0;
    for (const QString &h : {tr("Section"), tr("Score"), tr("Level"), tr("Answered")})
        grid->addWidget(Theme::label(h, box, "subheading", false), 0, col++);
    row = 1;
    for (const DomainScore &d : card.domains) {
        // Whole on one line: a wrapped name in a narrow column beside free space reads badly.
        grid->addWidget(Theme::label(d.title, box, nullptr, false), row, 0);
        grid->addWidget(Theme::label(scoreWords(d.score), box, nullptr, false), row, 1);
        const QString level = d.level >= 0               ? Maturity::name(d.level)
                              : d.score && d.provisional ? tr("Provisional")
                                                         : tr("Not assessed");
        grid->addWidget(Theme::label(level, box, nullptr, false), row, 2);
        grid->addWidget(Theme::label(tr("%1 of %2").arg(d.answered).arg(d.questions), box, nullptr, false), row, 3);
        ++row;
    }
    grid->setColumnStretch(4, 1); // the figures stay beside the section names
    layout->addSpacing(4);
    layout->addLayout(grid);
    Q_UNUSED(fw);
    box->setAccessibleName(tr("What the answers show"));
    return box;
}

QWidget *SubmissionReviewPage::buildDomainCard(const Framework &fw, const Assessment &a, const DomainScore &score,
                                               int index, const QString &comment, QWidget *parent)
{
    const Domain &domain = fw.domains[std::size_t(index)];
    auto *box = new QFrame(parent);
    box->setObjectName(QStringLiteral("reviewDomain-") + domain.id);
    Theme::setRole(box, "card");
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addWidget(Theme::label(tr("%1. %2").arg(index + 1).arg(domain.title), box, "heading"));
    layout->addWidget(Theme::label(
        tr("Score %1%2; %3 of %4 answered.")
            .arg(scoreWords(score.score), score.level < 0 ? QString() : tr(" (%1)").arg(Maturity::name(score.level)))
            .arg(score.answered)
            .arg(score.questions),
        box, "secondary"));

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    int row = 0;
    int n = 0;
    for (const Question &q : domain.questions) {
        ++n;
        grid->addWidget(Theme::label(QStringLiteral("%1.%2").arg(index + 1).arg(n), box, "questionNumber", false), row,
                        0, Qt::AlignTop);
        auto *v = new QVBoxLayout;
        v->setSpacing(3);
        v->addWidget(new WrapLabel(q.text, box));
        const auto it = a.answers.constFind(q.id);
        QString answer = it == a.answers.constEnd() ? tr("Not answered") : fw.label(it->value);
        if (it != a.answers.constEnd() && it->flagged)
            answer += tr(" · flagged by the trust for review");
        auto *answerLabel = Theme::label(tr("Answer: %1").arg(answer), box, "subheading");
        answerLabel->setObjectName(QStringLiteral("answer-") + q.id);
        v->addWidget(answerLabel);
        if (it != a.answers.constEnd() && !it->evidence.trimmed().isEmpty())
            v->addWidget(Theme::label(tr("Evidence: %1").arg(it->evidence.trimmed()), box, "secondary"));
        grid->addLayout(v, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);

    auto *commentLabel = new QLabel(tr("Your comment on %1").arg(domain.title), box);
    Theme::setRole(commentLabel, "subheading");
    QPlainTextEdit *edit =
        commentBox(comment, tr("Comment on %1").arg(domain.title),
                   tr("Your comment on this section, shown to the trust at the top of the section."), box);
    edit->setObjectName(QStringLiteral("domainReviewComment-") + domain.id);
    commentLabel->setBuddy(edit);
    layout->addSpacing(4);
    layout->addWidget(commentLabel);
    layout->addWidget(edit);
    connect(edit, &QPlainTextEdit::textChanged, this, [this] { setDirty(true); });
    m_domainComments.insert(domain.id, edit);
    box->setAccessibleName(domain.title);
    return box;
}

void SubmissionReviewPage::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    if (m_unsaved)
        m_unsaved->setVisible(dirty);
}

void SubmissionReviewPage::refreshReviewState()
{
    if (!m_record || !m_reviewState)
        return;
    const QString status = m_record->reviewStatus;
    if (m_record->reviewer.isEmpty())
        m_reviewState->setText(tr("Not reviewed yet."));
    else
        m_reviewState->setText(
            tr("Last saved by %1 on %2: %3.")
                .arg(m_record->reviewer, Texts::dateTime(m_record->reviewedAt), statusWords(status).toLower()));
    const bool exportable = status == QLatin1String("returned") || status == QLatin1String("accepted");
    m_export->setEnabled(exportable);
    m_export->setToolTip(exportable ? tr("Write the review file to send back to the trust")
                                    : tr("Set the status to Returned or Accepted and save the review first"));
}

bool SubmissionReviewPage::saveReview()
{
    if (!m_record)
        return false;
    const QString reviewer = m_reviewer->text().simplified();
    if (reviewer.isEmpty()) {
        m_prompter.warn(this, tr("Who is reviewing?"),
                        tr("Type your name as the reviewer, then save again. The trust sees it in the review file."),
                        QString());
        m_reviewer->setFocus(Qt::OtherFocusReason);
        return false;
    }
    std::vector<ReviewComment> comments;
    comments.push_back({QString(), m_overall->toPlainText().trimmed(), reviewer, {}});
    for (auto it = m_domainComments.constBegin(); it != m_domainComments.constEnd(); ++it)
        comments.push_back({it.key(), it.value()->toPlainText().trimmed(), reviewer, {}});
    const QString status = m_status->currentData().toString();
    // Over the review as it was opened: a colleague's save since is refused, saying who and when,
    // and what this reviewer wrote stays on the page.
    const Status saved =
        m_workspace.store().setReview(m_record->id, status, comments, reviewer, {}, m_record->reviewVersion);
    if (!saved) {
        if (auto now = m_workspace.store().submission(m_record->id);
            now && now->reviewVersion != m_record->reviewVersion) {
            showConflict(now.value(), status, comments, reviewer);
            return false;
        }
        m_prompter.warn(
            this, tr("The review was not saved"),
            tr("The review of %1 could not be saved; what you wrote is still here.").arg(m_record->organisation.name),
            saved.message());
        return false;
    }
    m_settings.setReviewerName(m_workspace.store().path(), reviewer);
    if (auto fresh = m_workspace.store().submission(m_record->id))
        m_record = fresh.value();
    setDirty(false);
    refreshReviewState();
    emit reviewSaved(m_record->id);
    return true;
}

// A colleague saved the review after it was opened here: their version beside this one, from
// the store as it is now, and what was typed here left on the page.
void SubmissionReviewPage::showConflict(const SubmissionRecord &now, const QString &status,
                                        const std::vector<ReviewComment> &mine, const QString &reviewer)
{
    ReviewSide theirs{statusWords(now.reviewStatus), now.reviewer, Texts::dateTime(now.reviewedAt), {}};
    if (auto saved = m_workspace.store().reviewComments(now.id))
        for (const ReviewComment &c : saved.value())
            theirs.comments.emplace_back(c.domainId, c.comment);
    ReviewSide yours{statusWords(status), reviewer, QString(), {}};
    for (const ReviewComment &c : mine)
        yours.comments.emplace_back(c.domainId, c.comment);
    m_theirVersion = now.reviewVersion;
    m_conflict->showVersions(theirs, yours, m_sections);
}

bool SubmissionReviewPage::keepMyReview()
{
    if (!m_record)
        return false;
    // Saved over the version that was shown, not over one saved since: a third save is caught too.
    m_record->reviewVersion = m_theirVersion;
    m_conflict->hide();
    return saveReview();
}

QString SubmissionReviewPage::suggestedReviewName(const SubmissionRecord &record)
{
    return Texts::documentFileName(record.organisation.name, tr("review of revision %1").arg(record.revision),
                                   QStringLiteral("json"));
}

QString SubmissionReviewPage::exportReviewFile()
{
    if (!m_record)
        return {};
    if (m_dirty && !saveReview())
        return {};
    const QString status = m_record->reviewStatus;
    if (status != QLatin1String("returned") && status != QLatin1String("accepted")) {
        m_prompter.warn(this, tr("There is no review to send yet"),
                        tr("Set the status to \"Returned to the trust for changes\" or \"Accepted\" and save the "
                           "review first."),
                        QString());
        return {};
    }
    auto comments = m_workspace.store().reviewComments(m_record->id);
    if (!comments) {
        m_prompter.warn(this, tr("The review file was not written"), tr("The comments could not be read."),
                        comments.message());
        return {};
    }
    QString path = m_prompter.chooseSaveFile(this, tr("Export the review file"),
                                             QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                                 .filePath(suggestedReviewName(*m_record)),
                                             tr("Review files (*.json)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    const Review review{m_record->uuid,
                        m_record->organisation,
                        status,
                        m_record->reviewer,
                        m_record->reviewedAt.isValid() ? m_record->reviewedAt : QDateTime::currentDateTimeUtc(),
                        comments.value()};
    const Status written = SaveFile::write(path, ReviewFile::write(review));
    if (!written) {
        m_prompter.warn(this, tr("The review file was not written"),
                        tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)), written.message());
        return {};
    }
    m_prompter.inform(this, tr("Review file written"),
                      tr("Send %1 to %2. When they import it (File > Import a review…), your comments show beside "
                         "their answers.")
                          .arg(QDir::toNativeSeparators(path), m_record->organisation.name));
    return path;
}

bool SubmissionReviewPage::maybeSave()
{
    if (!m_dirty || !m_record)
        return true;
    switch (
        m_prompter.askToSave(this, tr("Save your review?"),
                             tr("You have changed the review of %1 but not saved it.").arg(m_record->organisation.name),
                             tr("Save it now, leave without saving and lose the changes, or cancel to go on writing."),
                             tr("Save the review"), tr("Leave without saving"))) {
    case SaveChoice::Save:
        return saveReview();
    case SaveChoice::Discard:
        setDirty(false);
        return true;
    case SaveChoice::Stay:
        break;
    }
    return false;
}

} // namespace ahplead
