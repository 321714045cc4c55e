#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/ScoreCard.h"
#include "core/store/Store.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QToolButton;

namespace ahplead {

class AppSettings;
class Framework;
class Prompter;
class ReviewConflictPanel;
class Workspace;

// One received submission, opened from the regional review: what the trust answered (read
// only) with its scores, and the region's review of it: the status, a comment on each
// section under that section's answers, and an overall comment. Saving records the reviewer
// and the time in the store's audit log (Store::setReview); a returned or accepted
// submission's review can be exported as the review file the trust imports. The reviewer is
// the name typed on the page for this store, never the assessor's name from Settings.
class SubmissionReviewPage : public QWidget {
    Q_OBJECT

public:
    SubmissionReviewPage(Workspace &workspace, AppSettings &settings, Prompter &prompter, QWidget *parent = nullptr);
    ~SubmissionReviewPage() override;

    // Shows submission ID; false (the person is told why) when it cannot be read.
    bool showSubmission(qint64 id);
    qint64 submissionId() const { return m_record ? m_record->id : 0; }
    const std::optional<SubmissionRecord> &record() const { return m_record; }

    bool hasUnsavedChanges() const { return m_dirty; }
    // Saves the status and every comment; true when saved.
    bool saveReview();
    // Saves, asks where, and writes the review file; returns the path written, or empty.
    QString exportReviewFile();
    // Before leaving: offers to save a changed review (Save is the default). False to stay on the page.
    bool maybeSave();

    QComboBox *statusCombo() const { return m_status; }
    // Who is reviewing: asked once for each store (remembered in Settings), changeable here.
    QLineEdit *reviewerEdit() const { return m_reviewer; }
    QPlainTextEdit *overallComment() const { return m_overall; }
    QPlainTextEdit *domainComment(const QString &domainId) const { return m_domainComments.value(domainId); }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *exportButton() const { return m_export; }
    QToolButton *backButton() const { return m_back; }
    QLabel *titleLabel() const { return m_title; }
    // The body: answers, scores and comment boxes (rebuilt for each submission).
    QWidget *body() const { return m_body; }
    // Shown when a colleague saved the review after it was opened here: both versions side by side.
    ReviewConflictPanel *conflictPanel() const { return m_conflict; }
    // After a conflict: saves this page's review over the colleague's version that was shown.
    bool keepMyReview();

    static QString suggestedReviewName(const SubmissionRecord &record);

signals:
    void backRequested();
    void reviewSaved(qint64 submissionId);

private:
    QWidget *buildHeader();
    QWidget *buildFooter();
    QWidget *buildBody(const Framework &framework, const Assessment &assessment, const ScoreCard &card,
                       const std::vector<ReviewComment> &comments);
    QWidget *buildReviewCard(const std::vector<ReviewComment> &comments, QWidget *parent);
    QWidget *buildScoresCard(const Framework &framework, const ScoreCard &card, QWidget *parent);
    QWidget *buildDomainCard(const Framework &framework, const Assessment &assessment, const DomainScore &score,
                             int index, const QString &comment, QWidget *parent);
    void setDirty(bool dirty);
    void refreshReviewState();
    void showConflict(const SubmissionRecord &now, const QString &status, const std::vector<ReviewComment> &mine,
                      const QString &reviewer);

    Workspace &m_workspace;
    Prompter &m_prompter;
    AppSettings &m_settings;
    std::optional<SubmissionRecord> m_record;
    QToolButton *m_back = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_body = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_reviewer = nullptr;
    QPlainTextEdit *m_overall = nullptr;
    QHash<QString, QPlainTextEdit *> m_domainComments;
    QPushButton *m_save = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_reviewState = nullptr;
    QLabel *m_unsaved = nullptr;
    ReviewConflictPanel *m_conflict = nullptr;
    std::vector<std::pair<QString, QString>> m_sections; // the framework's sections: id, title
    int m_theirVersion = 0;                              // the colleague's version the panel shows
    bool m_dirty = false;
    bool m_loading = false;
};

} // namespace ahplead
