#include "gui/rating/BoardRatingsDialog.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/base/SaveFile.h"
#include "core/rating/RatingInvitation.h"
#include "gui/app/Prompter.h"
#include "gui/app/Texts.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/rating/AgreeingDialog.h"
#include "gui/rating/RaterDialog.h"
#include "gui/widgets/ScreenFit.h"
#include "gui/widgets/Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ahplead {

BoardRatingsDialog::BoardRatingsDialog(Workspace &workspace, AssessmentSession &board, Prompter &prompter,
                                       QString actor, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_board(board), m_prompter(prompter), m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("boardRatingsDialog"));
    setWindowTitle(tr("Board members' ratings"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(Theme::label(
        tr("Each board member rates the trust on their own; the board then discusses where their answers differ and "
           "agrees its own. A member answers here in ahplead, or on their own computer from a rating file you send "
           "them and they send back. Nobody sees a member's answers until they have finished."),
        this));
    m_summary = Theme::label(QString(), this, "secondary");
    m_summary->setObjectName(QStringLiteral("ratingsSummary"));
    layout->addWidget(m_summary);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("ratingsList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Board member"), tr("Name"), tr("Answered"), tr("State")});
    for (int column = 0; column < 3; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setAccessibleName(tr("Board members' ratings"));
    layout->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    auto *here = new QPushButton(tr("Add a member who &answers here…"), this);
    here->setObjectName(QStringLiteral("inviteHere"));
    auto *send = new QPushButton(tr("&Save a rating file to send…"), this);
    send->setObjectName(QStringLiteral("saveInvitation"));
    auto *returned = new QPushButton(tr("Add &returned rating files…"), this);
    returned->setObjectName(QStringLiteral("addReturned"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeRating"));
    row->addWidget(here);
    row->addWidget(send);
    row->addWidget(returned);
    row->addStretch(1);
    row->addWidget(m_remove);
    layout->addLayout(row);

    m_names = new QCheckBox(tr("Show members by &name in the discussion (otherwise by role and number)"), this);
    m_names->setObjectName(QStringLiteral("ratingNames"));
    layout->addWidget(m_names);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_agree = buttons->addButton(tr("A&gree the board's answers…"), QDialogButtonBox::ActionRole);
    m_agree->setObjectName(QStringLiteral("startAgreeing"));
    layout->addWidget(buttons);

    const bool canChange = !m_workspace.readOnly() && !m_board.readOnly();
    for (QPushButton *b : {here, returned, m_remove})
        b->setEnabled(canChange);
    connect(here, &QPushButton::clicked, this, &BoardRatingsDialog::inviteHere);
    connect(send, &QPushButton::clicked, this, &BoardRatingsDialog::saveInvitation);
    connect(returned, &QPushButton::clicked, this, &BoardRatingsDialog::addReturned);
    connect(m_remove, &QPushButton::clicked, this, &BoardRatingsDialog::removeSelected);
    connect(m_agree, &QPushButton::clicked, this, &BoardRatingsDialog::agree);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this, canChange] { m_remove->setEnabled(canChange && !m_list->selectedItems().isEmpty()); });
    m_askWho = [this](const QString &title, const QString &intro) -> std::optional<Who> {
        RaterDialog dialog(title, intro, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return Who{dialog.role(), dialog.name()};
    };
    refresh();
    ScreenFit::place(this, QSize(900, 520));
}

void BoardRatingsDialog::setWhoAsker(std::function<std::optional<Who>(const QString &, const QString &)> asker)
{
    m_askWho = std::move(asker);
}

std::optional<BoardRatingsDialog::Who> BoardRatingsDialog::askWho(const QString &title, const QString &intro)
{
    return m_askWho(title, intro);
}

// "Non-executive director 2": numbered when the board has more than one of the role, in the
// order the ratings were added, as the reports number them.
QString BoardRatingsDialog::labelOf(std::size_t index) const
{
    QStringList roles;
    for (const BoardRatings::Entry &e : m_ratings->entries())
        roles << e.rating.rating->role;
    return RatingSet::roleNumbered(roles, static_cast<qsizetype>(index));
}

bool BoardRatingsDialog::refresh()
{
    auto read = BoardRatings::read(m_workspace.store(), m_board.assessment());
    m_list->clear();
    if (!read) {
        m_ratings.reset();
        m_summary->setText(tr("The ratings could not be read: %1").arg(read.message()));
        m_agree->setEnabled(false);
        return false;
    }
    m_ratings = std::move(read).value();
    const int total = m_board.framework().questionCount();
    for (std::size_t i = 0; i < m_ratings->entries().size(); ++i) {
        const BoardRatings::Entry &e = m_ratings->entries()[i];
        auto *item =
            new QTreeWidgetItem(m_list, {labelOf(i), e.rating.rating->name,
                                         Texts::answeredCount(static_cast<int>(e.rating.answers.size()), total),
                                         e.finished ? tr("Finished") : tr("Still answering")});
        item->setData(0, Qt::UserRole, e.rating.id);
    }
    const int count = static_cast<int>(m_ratings->entries().size());
    const int finished = m_ratings->finishedCount();
    if (count == 0)
        m_summary->setText(tr("No board member has a rating yet. Add one for each member."));
    else
        m_summary->setText(
            tr("%1 of %2 finished. The board's discussion uses the finished ratings.").arg(finished).arg(count));
    m_agree->setEnabled(finished > 0);
    m_remove->setEnabled(false);
    return true;
}

void BoardRatingsDialog::inviteHere()
{
    const auto who = askWho(tr("Add a board member who answers here"),
                            tr("Their rating is added to the list of assessments. They open it there, answer on "
                               "their own and mark it complete on its results page when they have finished."));
    if (!who)
        return;
    auto added = BoardRatings::invite(m_workspace.store(), m_board.assessment(), m_board.framework(), who->role,
                                      who->name, m_actor);
    if (!added) {
        m_prompter.warn(this, tr("The rating was not added"), tr("The store did not take the new rating."),
                        added.message());
        return;
    }
    m_workspace.notifyAssessmentsChanged();
    refresh();
}

void BoardRatingsDialog::saveInvitation()
{
    const auto who = askWho(tr("Save a rating file to send"),
                            tr("The file holds the board assessment's questions and nothing of its answers. The board "
                               "member opens it in ahplead on their own computer, answers, and sends it back."));
    if (!who)
        return;
    const QString suggested = QDir::home().filePath(
        Texts::documentFileName(m_board.assessment().organisation.name,
                                QStringLiteral("rating-%1").arg(Rater::roleLabel(who->role)), QStringLiteral("json")));
    const QString path =
        m_prompter.chooseSaveFile(this, tr("Save the rating file"), suggested, tr("ahplead rating files (*.json)"));
    if (path.isEmpty())
        return;
    const Assessment rating = RatingInvitation::invite(m_board.assessment(), m_board.framework(), who->role, who->name);
    const Status written = SaveFile::write(path, AssessmentWriter::toBytes(rating, m_board.framework()));
    if (!written) {
        m_prompter.warn(this, tr("The rating file was not saved"),
                        tr("Choose another folder, or check there is room on the disk."), written.message());
        return;
    }
    m_prompter.exported(this, tr("Rating file saved"), path);
}

void BoardRatingsDialog::addReturned()
{
    const FrameworkLibrary *library = m_workspace.frameworks();
    if (!library)
        return;
    const QStringList paths = m_prompter.chooseOpenFiles(this, tr("Add returned rating files"), QDir::homePath(),
                                                         tr("ahplead rating files (*.json);;All files (*)"));
    if (paths.isEmpty())
        return;
    QStringList added;
    QStringList notices;
    QStringList problems;
    QStringList refusedFiles;
    for (const QString &path : paths) {
        auto read = AssessmentReader::read(path, *library);
        if (!read) {
            problems << Texts::readProblem(read.message(), path);
            refusedFiles << path;
            continue;
        }
        auto result = BoardRatings::addReturned(m_workspace.store(), m_board.assessment(), m_board.framework(),
                                                std::move(read).value(), QFileInfo(path).fileName(), m_actor);
        if (!result) {
            problems << result.message();
            refusedFiles << path;
            continue;
        }
        if (result.value().added)
            added << QFileInfo(path).fileName();
        if (!result.value().message.isEmpty())
            notices << result.value().message;
    }
    m_workspace.notifyAssessmentsChanged();
    refresh();
    QStringList lines;
    if (!added.isEmpty())
        lines << (added.size() == 1 ? tr("1 rating was added.") : tr("%1 ratings were added.").arg(added.size()));
    lines << notices;
    if (!problems.isEmpty()) {
        lines << (problems.size() == 1 ? tr("1 file was not added:")
                                       : tr("%1 files were not added:").arg(problems.size()));
        lines << problems;
        m_prompter.problem(this, tr("Not every rating was added"), lines.join(QStringLiteral("\n\n")),
                           refusedFiles.join(QLatin1Char('\n')));
        return;
    }
    m_prompter.inform(this, tr("Ratings added"), lines.join(QStringLiteral("\n\n")));
}

void BoardRatingsDialog::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const qint64 id = selected.first()->data(0, Qt::UserRole).toLongLong();
    const QString who = selected.first()->text(0);
    if (!m_prompter.confirm(this, tr("Remove this rating?"),
                            tr("The %1's rating and its answers are removed from the store. This cannot be undone; a "
                               "rating file they sent can be added again.")
                                .arg(Rater::roleInSentence(who)),
                            {}, tr("Remove"), tr("Keep it")))
        return;
    if (Status removed = m_workspace.store().deleteAssessment(id, m_actor); !removed) {
        m_prompter.warn(this, tr("The rating was not removed"), tr("The store did not remove it."), removed.message());
        return;
    }
    m_workspace.notifyAssessmentsChanged();
    refresh();
}

void BoardRatingsDialog::agree()
{
    if (!m_ratings || !refresh())
        return;
    auto set = m_ratings->finished();
    if (!set || !set.value()) {
        m_prompter.warn(this, tr("The discussion cannot start"), tr("No board member has finished their rating yet."),
                        set ? QString() : set.message());
        return;
    }
    AgreeingDialog dialog(m_board, Consensus::build(m_board.framework(), *set.value(), m_names->isChecked()), this);
    dialog.exec();
}

} // namespace ahplead
