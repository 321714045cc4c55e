#pragma once

#include "core/assessment/ScoreCard.h"
#include "core/region/PeerBenchmark.h"
#include "core/store/Store.h"

#include <QObject>

#include <optional>
#include <vector>

class QGridLayout;
class QWidget;

namespace ahplead {

class AssessmentSession;

// What the region has sent back about the open assessment, read once when it opens and kept
// with its session: the newest submission of this assessment or an earlier revision of it,
// with the region's review (status and comments per section and overall), and the newest
// peer benchmark for its framework. The section pages and the results show it beside the
// answers; nothing here is shown when there is nothing to show.
class ReviewFeedback : public QObject {
    Q_OBJECT

public:
    // Reads the feedback for SESSION's assessment from STORE and keeps it with the session.
    static ReviewFeedback *attach(AssessmentSession &session, const Store &store);
    static const ReviewFeedback *of(const AssessmentSession &session);

    const std::optional<SubmissionRecord> &submission() const { return m_submission; }
    const std::vector<ReviewComment> &comments() const { return m_comments; }
    const std::optional<PeerBenchmark> &benchmark() const { return m_benchmark; }
    // The region's comment on DOMAINID (empty for the overall comment), or empty.
    QString comment(const QString &domainId) const;
    bool reviewed() const;

    // Where SCORE sits among the peers' quartiles, in words: "Top quarter", "Upper middle",
    // "At the median", "Lower middle", "Bottom quarter" (compared as the whole numbers shown).
    static QString position(const std::optional<double> &score, const QuartileStat &stat);
    // The group SESSION's organisation is compared with: its own type, or all organisations
    // when its type's group is suppressed or absent.
    const BenchmarkGroup *comparisonGroup(const QString &organisationType) const;

    // The parts of the pages (null when there is nothing to show):
    // on a section page, the region's comment on that section;
    static QWidget *domainPanel(const AssessmentSession &session, const QString &domainId, QWidget *parent);
    // on the results, the submission, its review status and the overall comment;
    static QWidget *reviewPanel(const AssessmentSession &session, QWidget *parent);
    // on the results, how the scores compare with the peer benchmark.
    static QWidget *benchmarkPanel(const AssessmentSession &session, const ScoreCard &card, QWidget *parent);

private:
    explicit ReviewFeedback(QObject *parent) : QObject(parent) {}
    void read(const AssessmentSession &session, const Store &store);
    // "Returned by Jo Smith on 3 March 2026, on revision 1 (submitted 1 March 2026)"
    QString reviewLine(int openRevision) const;
    static QString benchmarkIntro(const BenchmarkGroup &group, const QString &type, const QString &when);
    static QGridLayout *benchmarkGrid(const ScoreCard &card, const BenchmarkGroup &group, QWidget *box);

    std::optional<SubmissionRecord> m_submission;
    std::vector<ReviewComment> m_comments;
    std::optional<PeerBenchmark> m_benchmark;
};

} // namespace ahplead
