#include "gui/region/ReviewConflictPanel.h"

#include "gui/widgets/Icons.h"
#include "gui/widgets/Theme.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ahplead {

QString ReviewSide::comment(const QString &sectionId) const
{
    for (const auto &[id, text] : comments)
        if (id == sectionId)
            return text;
    return {};
}

ReviewConflictPanel::ReviewConflictPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("reviewConflict"));
    Theme::setRole(this, "banner");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);
    m_headline = Theme::label(QString(), this);
    m_headline->setObjectName(QStringLiteral("reviewConflictHeadline"));
    layout->addWidget(m_headline);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("reviewConflictTable"));
    m_table->setAccessibleName(tr("Their version and yours, part by part"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_keep = new QPushButton(Icons::get(QStringLiteral("saved")), tr("&Keep mine and save it over theirs"), this);
    m_keep->setObjectName(QStringLiteral("keepMyReview"));
    Theme::setRole(m_keep, "primary");
    m_take = new QPushButton(tr("&Take theirs and drop my changes"), this);
    m_take->setObjectName(QStringLiteral("takeTheirReview"));
    buttons->addWidget(m_keep);
    buttons->addWidget(m_take);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_keep, &QPushButton::clicked, this, &ReviewConflictPanel::keepYours);
    connect(m_take, &QPushButton::clicked, this, &ReviewConflictPanel::takeTheirs);
    hide();
}

void ReviewConflictPanel::showVersions(const ReviewSide &theirs, const ReviewSide &yours,
                                       const std::vector<std::pair<QString, QString>> &sections)
{
    const QString who = theirs.reviewer.isEmpty() ? tr("A colleague") : theirs.reviewer;
    m_headline->setText(tr("%1 saved this review on %2, after you opened it, so yours was not saved. Nothing is lost: "
                           "both versions are below, and the parts that differ are marked. Keep yours to save it "
                           "over theirs, or take theirs.")
                            .arg(who, theirs.when));
    m_table->setRowCount(0);
    m_table->setHorizontalHeaderLabels(
        {tr("Part"), tr("Theirs (%1, %2)").arg(who, theirs.when), tr("Yours (%1, not saved)").arg(yours.reviewer)});
    addRow(tr("Status"), theirs.status, yours.status);
    addRow(tr("Overall comment"), theirs.comment({}), yours.comment({}));
    for (const auto &[id, title] : sections)
        if (!theirs.comment(id).isEmpty() || !yours.comment(id).isEmpty())
            addRow(title, theirs.comment(id), yours.comment(id));
    show();
    // As tall as its rows (up to the most set above), with no empty band under them.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    // Room for a few parts; the rest scroll, so the review below stays in sight.
    m_table->setFixedHeight(std::min(height, fontMetrics().lineSpacing() * 12));
    m_keep->setFocus(Qt::OtherFocusReason);
}

void ReviewConflictPanel::addRow(const QString &part, const QString &theirs, const QString &yours)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const bool differs = theirs.trimmed() != yours.trimmed();
    auto *name = new QTableWidgetItem(differs ? tr("%1 (differs)").arg(part) : part);
    QFont font = name->font();
    font.setBold(differs);
    name->setFont(font);
    m_table->setItem(row, 0, name);
    m_table->setItem(row, 1, new QTableWidgetItem(theirs.isEmpty() ? tr("(none)") : theirs));
    m_table->setItem(row, 2, new QTableWidgetItem(yours.isEmpty() ? tr("(none)") : yours));
}

} // namespace ahplead
