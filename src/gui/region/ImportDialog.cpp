#include "gui/region/ImportDialog.h"

#include "gui/region/ImportRunner.h"
#include "gui/region/ImportSummaryModel.h"
#include "gui/widgets/ScreenFit.h"
#include "gui/widgets/Theme.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace ahplead {

namespace {

// Rows are measured for wrapped reasons only while that stays quick.
constexpr int MeasuredRows = 500;

} // namespace

ImportDialog::ImportDialog(const QString &storePath, const FrameworkLibrary &library, const QString &actor,
                           QWidget *parent)
    : QDialog(parent), m_runner(new ImportRunner(storePath, library, actor, this)),
      m_model(new ImportSummaryModel(this)), m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import submissions"));
    setWindowModality(Qt::WindowModal);
    const int em = fontMetrics().averageCharWidth();
    setMinimumWidth(em * 72);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 14);
    layout->setSpacing(10);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("importHeadline"));
    Theme::setRole(m_headline, "heading");
    m_headline->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Files read and checked"));
    // The count in words beside the bar, not on it: dark text on the blue would be hard to read.
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(fontMetrics().height());
    m_progressText = new QLabel(this);
    m_progressText->setObjectName(QStringLiteral("importProgressText"));
    auto *progressRow = new QHBoxLayout;
    progressRow->setSpacing(12);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_progressText);
    layout->addWidget(m_headline);
    layout->addWidget(m_status);
    layout->addLayout(progressRow);

    m_problemsOnly = new QCheckBox(tr("Show only the files that were not imported"), this);
    m_problemsOnly->setObjectName(QStringLiteral("importProblemsOnly"));
    m_problemsOnly->setAccessibleDescription(tr("Hides the files that were imported, leaving those that were "
                                                "rejected, skipped or not reached."));
    m_problemsOnly->hide();
    layout->addWidget(m_problemsOnly);

    buildSummary(em);
    layout->addWidget(m_view, 1);

    m_rowDetail = new QLabel(this);
    m_rowDetail->setObjectName(QStringLiteral("importRowDetail"));
    m_rowDetail->setWordWrap(true);
    m_rowDetail->setTextFormat(Qt::PlainText);
    m_rowDetail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    Theme::setRole(m_rowDetail, "secondary");
    m_rowDetail->hide();
    layout->addWidget(m_rowDetail);

    auto *buttons = new QDialogButtonBox(this);
    m_cancel = buttons->addButton(tr("Cancel the import"), QDialogButtonBox::RejectRole);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setAccessibleDescription(tr("Stops after the files being read now. Files already imported stay, "
                                          "each one whole."));
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::AcceptRole);
    m_close->setObjectName(QStringLiteral("closeImport"));
    Theme::setRole(m_close, "primary");
    m_close->hide();
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    connectSignals();
}

// The summary table, hidden until the import has something to show.
void ImportDialog::buildSummary(int em)
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImportSummaryModel::SortRole);
    m_proxy->setFilterRole(ImportSummaryModel::OutcomeRole);
    m_proxy->setFilterKeyColumn(ImportSummaryModel::FileColumn);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("importSummary"));
    m_view->setAccessibleName(tr("Files imported, skipped and rejected"));
    m_view->setAccessibleDescription(tr("One row per file: its name, the result and what happened."));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(true);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(ImportSummaryModel::FileColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ImportSummaryModel::ResultColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(ImportSummaryModel::DetailColumn, QHeaderView::Stretch);
    m_view->setColumnWidth(ImportSummaryModel::FileColumn, em * 34);
    m_view->setColumnWidth(ImportSummaryModel::ResultColumn,
                           fontMetrics().horizontalAdvance(tr("Not imported")) + em * 2 + 28);
    m_view->setSortingEnabled(false);
    m_view->hide();
}

void ImportDialog::connectSignals()
{
    connect(m_runner, &ImportRunner::progress, this, &ImportDialog::showProgress);
    connect(m_runner, &ImportRunner::finished, this, &ImportDialog::finish);
    connect(m_problemsOnly, &QCheckBox::toggled, this, [this](bool on) {
        const int imported = int(Importer::Outcome::Imported);
        m_proxy->setFilterRegularExpression(on ? QStringLiteral("^(?!%1$)").arg(imported) : QString());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const QModelIndex detail = current.siblingAtColumn(ImportSummaryModel::DetailColumn);
                const QModelIndex file = current.siblingAtColumn(ImportSummaryModel::FileColumn);
                // The plain words first; for a refused file, the technical detail after them.
                QString text =
                    current.isValid() ? tr("%1: %2").arg(file.data().toString(), detail.data().toString()) : QString();
                const QString technical = detail.data(ImportSummaryModel::DetailRole).toString();
                if (current.isValid() && technical != detail.data().toString())
                    text += QStringLiteral("\n") + tr("Details: %1").arg(technical);
                m_rowDetail->setText(text);
            });
}

ImportDialog::~ImportDialog() = default;

const Importer::Report &ImportDialog::report() const
{
    return m_runner->report();
}

void ImportDialog::start(const QStringList &files, const QStringList &missing)
{
    m_missing = missing;
    m_total = int(files.size());
    m_headline->setText(m_total == 1 ? tr("Importing 1 file") : tr("Importing %1 files").arg(m_total));
    m_status->setText(tr("Each file is checked before it is added: that it is whole and unchanged since it was "
                         "submitted, and that this version of ahplead knows its questions. A file that fails is "
                         "left out, with the reason, and the others carry on."));
    showProgress(0, m_total);
    m_cancel->setFocus(Qt::OtherFocusReason);
    m_runner->start(files);
}

void ImportDialog::showProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    m_progressText->setText(tr("%1 of %2 files").arg(done).arg(total));
    m_progress->setAccessibleDescription(m_progressText->text());
}

void ImportDialog::reject()
{
    if (!m_finished) {
        if (!m_runner->cancelRequested()) {
            m_runner->cancel();
            m_cancel->setEnabled(false);
            m_status->setText(tr("Stopping: the files being read now are finished first, so every file is imported "
                                 "whole or not at all."));
        }
        return;
    }
    QDialog::reject();
}

void ImportDialog::finish()
{
    m_finished = true;
    const Importer::Report &report = m_runner->report();
    if (!m_runner->failure().isEmpty()) {
        m_headline->setText(tr("Nothing was imported"));
        m_status->setText(tr("The store could not be opened for the import: %1").arg(m_runner->failure()));
    }
    m_model->setReport(report, m_missing);
    if (m_runner->failure().isEmpty()) {
        if (!report.cancelled)
            showProgress(m_total, m_total);
        const int imported = m_model->count(Importer::Outcome::Imported);
        const int skipped = m_model->count(Importer::Outcome::Duplicate);
        const int rejected = m_model->count(Importer::Outcome::Rejected);
        const int notReached = m_model->count(Importer::Outcome::Cancelled);
        m_headline->setText(report.cancelled ? tr("Import cancelled") : tr("Import finished"));
        QStringList parts;
        parts << (imported == 1 ? tr("1 file imported") : tr("%1 files imported").arg(imported));
        if (skipped > 0)
            parts << (skipped == 1 ? tr("1 skipped because it was already imported")
                                   : tr("%1 skipped because they were already imported").arg(skipped));
        if (rejected > 0)
            parts << (rejected == 1 ? tr("1 rejected") : tr("%1 rejected").arg(rejected));
        if (notReached > 0)
            parts << tr("%1 not imported because the import was cancelled").arg(notReached);
        QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
        if (rejected > 0)
            text += QLatin1Char(' ') + tr("Nothing from a rejected file was added; the reasons are below, to pass on "
                                          "to whoever sent it.");
        m_status->setText(text);
    }
    m_progress->setAccessibleDescription(m_status->text());
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_problemsOnly->setVisible(m_model->rowCount() > 0);
    m_view->setVisible(m_model->rowCount() > 0);
    m_rowDetail->setVisible(m_model->rowCount() > 0);
    m_proxy->sort(0, Qt::AscendingOrder);
    // Room for the list, within the screen; the rows are measured once the columns have their widths.
    const int em = fontMetrics().averageCharWidth();
    resize(ScreenFit::bounded(this, QSize(std::max(width(), em * 140), std::max(height(), fontMetrics().height() * 36)),
                              parentWidget()));
    ScreenFit::keepInside(this, parentWidget()); // grown while shown: back over the window, wholly on screen
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    if (m_model->rowCount() <= MeasuredRows)
        m_view->resizeRowsToContents();
    // The first row is where the keyboard starts, without painting it as chosen.
    if (m_proxy->rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::NoUpdate);
    (m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_close)->setFocus(Qt::OtherFocusReason);
    emit importFinished();
}

} // namespace ahplead
