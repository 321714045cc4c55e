#pragma once

#include "core/region/Importer.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ahplead {

class FrameworkLibrary;
class ImportRunner;
class ImportSummaryModel;

// "Import submissions": a progress bar and Cancel while the files are read (on a thread of
// their own, ImportRunner), then the summary: each file imported, skipped or rejected, with
// the reason. Window-modal and opened with open(), so the window behind keeps painting.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    ImportDialog(const QString &storePath, const FrameworkLibrary &library, const QString &actor,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Imports FILES (expanded from what the person chose; MISSING did not exist).
    void start(const QStringList &files, const QStringList &missing = {});
    bool isFinished() const { return m_finished; }
    const Importer::Report &report() const;

    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *closeButton() const { return m_close; }
    QLabel *headline() const { return m_headline; }
    QTableView *summaryView() const { return m_view; }
    ImportSummaryModel *summary() const { return m_model; }
    QCheckBox *problemsOnly() const { return m_problemsOnly; }

signals:
    // The import is over (finished or cancelled): the store holds whatever landed.
    void importFinished();

public slots:
    void reject() override; // Escape or the window's close: cancels first, closes once over

private:
    void buildSummary(int em);
    void connectSignals();
    void showProgress(int done, int total);
    void finish();

    ImportRunner *m_runner;
    QStringList m_missing;
    int m_total = 0;
    bool m_finished = false;
    QLabel *m_headline = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_rowDetail = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QCheckBox *m_problemsOnly = nullptr;
    QTableView *m_view = nullptr;
    ImportSummaryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace ahplead
