#include "tools/screenshots/RegionScreenshots.h"

#include "tools/screenshots/ScreenshotMaker.h"

#include "core/assessment/Framework.h"
#include "core/assessment/Scorer.h"
#include "core/base/SaveFile.h"
#include "core/region/Importer.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/RegionSummary.h"
#include "core/region/ReviewFile.h"
#include "core/region/SubmissionFile.h"
#include "core/region/Submitter.h"
#include "gui/app/AppSettings.h"
#include "gui/app/MainWindow.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/DomainPage.h"
#include "gui/assessment/ResultsPage.h"
#include "gui/region/ImportDialog.h"
#include "gui/region/RegionView.h"
#include "gui/region/SubmissionListModel.h"
#include "gui/region/SubmissionReviewPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QUuid>

#include <functional>

namespace ahplead {

namespace {

struct MadeUp {
    const char *name;
    const char *code;
    const char *type;
    int ics;      // 0: the example's ICS, 1: another
    int strength; // how many answers move up (+) or down (-) from the example's
    int revisions;
};

// Fictional organisations: any likeness to a real trust is chance.
const MadeUp Organisations[] = {
    {"Castlebridge Hospitals NHS Trust", "ZZ2", "acute", 1, -12, 2},
    {"Harrowdale Community Health NHS Trust", "ZZ3", "community", 1, 8, 1},
    {"Wyre Valley Mental Health NHS Foundation Trust", "ZZ4", "mental_health", 0, -4, 3},
    {"North Moorland Ambulance Service NHS Trust", "ZZ5", "ambulance", 1, -20, 1},
    {"St Aldhelm's University Hospitals NHS Foundation Trust", "ZZ6", "acute", 0, 14, 2},
    {"Kestrel Coast Partnership NHS Trust", "ZZ7", "combined", 1, 2, 1},
    {"Dunmere Hospitals NHS Foundation Trust", "ZZ8", "acute", 0, -8, 2},
    {"Fenwick Healthcare NHS Trust", "ZZ9", "acute", 1, 20, 1},
    {"Greystone Care NHS Trust", "ZY1", "community", 0, -16, 1},
};

// The example with STRENGTH answers moved one step up (or down, when negative), chosen by a
// fixed stride so every run draws the same pictures.
Assessment varied(Assessment a, int strength, int seed)
{
    QStringList ids = a.answers.keys();
    ids.sort();
    const int steps = std::abs(strength);
    for (int i = 0, moved = 0; i < ids.size() && moved < steps; ++i) {
        Answer &answer = a.answers[ids[(i * 7 + seed * 5) % ids.size()]];
        if (strength > 0 && answer.value == AnswerValue::NotInPlace)
            answer.value = AnswerValue::Partial;
        else if (strength > 0 && answer.value == AnswerValue::Partial)
            answer.value = AnswerValue::InPlace;
        else if (strength < 0 && answer.value == AnswerValue::InPlace)
            answer.value = AnswerValue::Partial;
        else if (strength < 0 && answer.value == AnswerValue::Partial)
            answer.value = AnswerValue::NotInPlace;
        else
            continue;
        ++moved;
    }
    return a;
}

// Made-up chief AHPs who send the submissions.
const char *const Submitters[] = {"Dr Priya Raman", "Sam Whitfield", "Joanne Okafor", "Gareth Lloyd", "Aisha Karim",
                                  "Tom Brennan",    "Helen Marsh",   "Ravi Patel",    "Claire Dunn",  "Owen Price"};

QString write(const QString &folder, const QString &fileName, const Framework &fw, const Assessment &a, int revision,
              const QDateTime &when, const QString &uuidSeed, int person)
{
    Submission s;
    s.uuid = QUuid::createUuidV5(QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")), uuidSeed)
                 .toString(QUuid::WithoutBraces);
    s.submittedAt = when;
    s.submitter = {QString::fromUtf8(Submitters[person % 10]), QStringLiteral("Chief AHP")};
    s.revision = revision;
    s.assessment = a;
    s.assessment.status = QStringLiteral("submitted");
    const QString path = QDir(folder).filePath(fileName);
    if (!SaveFile::write(path, SubmissionFile::write(s, fw, Scorer::score(fw, a))))
        return {};
    return path;
}

using Saver = std::function<void(const QPixmap &, const QString &)>;

// The trust's side, in a store of its own: the example submitted, then the region's review of
// it and the region's peer benchmark imported, as the trust sees them.
void saveTrustSide(MainWindow &window, Workspace &workspace, Prompter &prompter, const Assessment &example,
                   const QString &scratch, const Saver &save)
{
    const FrameworkLibrary *library = workspace.frameworks();
    auto trustStore = Store::open(QDir(scratch).filePath(QStringLiteral("trust.sqlite")));
    if (!library || !trustStore)
        return;
    Workspace trust(std::move(trustStore.value()));
    AppSettings trustSettings(QDir(scratch).filePath(QStringLiteral("trust.ini")));
    trustSettings.setAssessorName(example.assessor.name);
    trustSettings.setAssessorRole(example.assessor.role);
    auto id = trust.store().addAssessment(example, example.assessor.name, QStringLiteral("import"));
    if (!id)
        return;
    const QString sent = QDir(scratch).filePath(QStringLiteral("northfield-sent.ahplead"));
    auto submission = Submitter::submit(trust.store(), *library, id.value(),
                                        {QStringLiteral("Dr Priya Raman"), QStringLiteral("Chief AHP")}, sent);
    if (!submission)
        return;
    Importer(workspace.store(), *library, QStringLiteral("Morgan Ellis")).run({sent});
    auto received = workspace.store().submissionByUuid(submission->uuid);
    if (!received || !received->has_value())
        return;
    const qint64 receivedId = received->value().id;
    const QDateTime reviewed(QDate(2026, 11, 9), QTime(14, 30), Qt::UTC);
    workspace.store().setReview(
        receivedId, QStringLiteral("returned"),
        {{QString(),
          QStringLiteral("A clear, well-evidenced return. Before we accept it, please say when the chief AHP post will "
                         "be made substantive, and attach the board committee terms of reference."),
          {},
          {}},
         {QStringLiteral("board.structure"),
          QStringLiteral("The interim arrangement is clear; give a date for the substantive appointment."),
          {},
          {}}},
        QStringLiteral("Morgan Ellis"), reviewed);
    auto record = workspace.store().submission(receivedId);
    auto comments = workspace.store().reviewComments(receivedId);
    const Framework *board = library->find(example.frameworkId, example.frameworkVersion);
    auto scores = workspace.store().receivedScores(example.frameworkId, example.frameworkVersion);
    if (!record || !comments || !board || !scores)
        return;
    const QString reviewFile = QDir(scratch).filePath(QStringLiteral("northfield-review.json"));
    const QString benchmarkFile = QDir(scratch).filePath(QStringLiteral("peer-benchmark.json"));
    SaveFile::write(reviewFile, ReviewFile::write({record->uuid, record->organisation, record->reviewStatus,
                                                   record->reviewer, record->reviewedAt, comments.value()}));
    SaveFile::write(benchmarkFile, PeerBenchmark::build(RegionSummary::build(*board, scores.value())).write());
    Importer(trust.store(), *library, example.assessor.name).run({reviewFile, benchmarkFile});

    MainWindow trustWindow(trust, trustSettings, prompter);
    trustWindow.resize(window.size());
    trustWindow.show();
    trustWindow.activateWindow();
    QApplication::setActiveWindow(&trustWindow);
    if (trustWindow.openAssessment(id.value())) {
        AssessmentView *view = trustWindow.assessmentView();
        view->setPrepareAhead(false);
        view->showResults();
        ScreenshotMaker::settle();
        save(trustWindow.grab(), QStringLiteral("trust-review.png"));
        if (QWidget *peers = view->resultsPage()->findChild<QWidget *>(QStringLiteral("benchmarkPanel"))) {
            view->resultsPage()->ensureWidgetVisible(peers, 0, 0);
            ScreenshotMaker::settle();
            save(trustWindow.grab(), QStringLiteral("trust-benchmark.png"));
        }
        view->showPage(0, false);
        view->currentDomainPage()->verticalScrollBar()->setValue(0);
        ScreenshotMaker::settle();
        save(trustWindow.grab(), QStringLiteral("trust-review-section.png"));
    }
    trustWindow.close();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
}

} // namespace

QStringList RegionScreenshots::writeRegion(const Framework &fw, const Assessment &example, const QString &folder)
{
    QStringList files;
    QDir().mkpath(folder);
    const QString otherIcs = QStringLiteral("Castlebridge and Dale ICS");
    // The example trust itself, with an earlier, weaker revision.
    Assessment first = varied(example, -10, 1);
    files << write(folder, QStringLiteral("northfield-revision-1.ahplead"), fw, first, 1,
                   QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC), QStringLiteral("northfield-1"), 0);
    files << write(folder, QStringLiteral("northfield-revision-2.ahplead"), fw, example, 2,
                   QDateTime(QDate(2026, 10, 20), QTime(15, 0), Qt::UTC), QStringLiteral("northfield-2"), 0);
    int seed = 2;
    for (const MadeUp &m : Organisations) {
        Assessment a = example;
        a.organisation = {QString::fromUtf8(m.name), QString::fromLatin1(m.code),
                          m.ics == 0 ? example.organisation.ics : otherIcs, example.organisation.region,
                          QString::fromLatin1(m.type)};
        a.assessor = {QStringLiteral("Board member"), QStringLiteral("Non-executive director")};
        for (int r = 1; r <= m.revisions; ++r) {
            // Each revision a little better than the one before.
            const Assessment version = varied(a, m.strength - (m.revisions - r) * 6, seed);
            const QString base = QString::fromLatin1(m.code).toLower();
            files << write(folder, QStringLiteral("%1-revision-%2.ahplead").arg(base).arg(r), fw, version, r,
                           QDateTime(QDate(2026, 2 + r * 3, 3 + seed), QTime(9, 30), Qt::UTC),
                           QStringLiteral("%1-%2").arg(base).arg(r), seed - 1);
        }
        ++seed;
    }
    files.removeAll(QString());
    return files;
}

namespace {

void damageInbox(const QStringList &files, const QString &inbox)
{
    // What a regional team's inbox holds in real life: one file sent twice, one damaged on the way.
    QFile::copy(files[1], QDir(inbox).filePath(QStringLiteral("northfield-revision-2-copy.ahplead")));
    const QString damaged = QDir(inbox).filePath(QStringLiteral("zz3-revision-1-edited.ahplead"));
    QFile::copy(files[4], damaged);
    QFile file(damaged);
    if (file.open(QIODevice::ReadWrite)) {
        QByteArray bytes = file.readAll();
        const qsizetype at = bytes.indexOf("\"not_in_place\"");
        if (at > 0)
            bytes.replace(at, 14, "\"in_place\"");
        file.resize(0);
        file.write(bytes);
        file.close();
    }
}

// Null when the regional review or its import did not open.
RegionView *importRegion(MainWindow &window, const QString &inbox, const Saver &save)
{
    window.showRegion();
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    ScreenshotMaker::settle();
    RegionView *region = window.regionView();
    if (!region)
        return nullptr;
    ImportDialog *dialog = region->importPaths({inbox});
    if (!dialog)
        return nullptr;
    QElapsedTimer timer;
    timer.start();
    while (!dialog->isFinished() && timer.elapsed() < 60000) {
        QApplication::processEvents();
        QThread::msleep(5);
    }
    ScreenshotMaker::settle();
    save(dialog->grab(), QStringLiteral("region-import.png"));
    dialog->accept();
    ScreenshotMaker::settle();
    return region;
}

void saveDashboard(MainWindow &window, Workspace &workspace, RegionView &region, const Saver &save)
{
    // A few reviews under way, so the statuses differ.
    const auto &records = region.submissionModel();
    for (int row = 0; row < records->rowCount(); ++row) {
        const SubmissionScores *r = records->record(row);
        if (!r)
            continue;
        const QString code = r->organisation.odsCode;
        QString status;
        if (code == QLatin1String("ZZ2") || code == QLatin1String("ZZ6"))
            status = QStringLiteral("accepted");
        else if (code == QLatin1String("ZZ4"))
            status = QStringLiteral("in_review");
        else if (code == QLatin1String("ZZ5"))
            status = QStringLiteral("returned");
        if (!status.isEmpty())
            workspace.store().setReview(r->id, status, {}, QStringLiteral("Morgan Ellis"),
                                        QDateTime(QDate(2026, 11, 2), QTime(11, 0), Qt::UTC));
    }
    region.reload();
    region.tabs()->setCurrentIndex(RegionView::DashboardTab);
    region.heatmap()->setFocus();
    region.heatmap()->selectRow(0);
    ScreenshotMaker::settle();
    save(window.grab(), QStringLiteral("region-dashboard.png"));
    region.tabs()->setCurrentIndex(RegionView::RecommendationsTab);
    ScreenshotMaker::settle();
    save(window.grab(), QStringLiteral("region-recommendations.png"));
    region.tabs()->setCurrentIndex(RegionView::SubmissionsTab);
    ScreenshotMaker::settle();
    save(window.grab(), QStringLiteral("region-submissions.png"));
}

void saveReview(MainWindow &window, RegionView &region, const Assessment &example, const Saver &save)
{
    // The example trust's latest submission, being returned with comments.
    const auto &records = region.submissionModel();
    qint64 latest = 0;
    for (int row = 0; row < records->rowCount(); ++row)
        if (const SubmissionScores *r = records->record(row);
            r && r->organisation.odsCode == example.organisation.odsCode && r->revision == 2)
            latest = r->id;
    if (latest && region.openSubmission(latest)) {
        SubmissionReviewPage *page = region.reviewPage();
        page->statusCombo()->setCurrentIndex(page->statusCombo()->findData(QStringLiteral("returned")));
        page->overallComment()->setPlainText(
            QStringLiteral("A clear, well-evidenced return. Before we accept it, please say when the chief AHP post "
                           "will be made substantive, and attach the board committee terms of reference."));
        if (QPlainTextEdit *structure = page->domainComment(QStringLiteral("board.structure")))
            structure->setPlainText(QStringLiteral("The interim arrangement is clear; give a date for the "
                                                   "substantive appointment."));
        page->overallComment()->setFocus(Qt::TabFocusReason);
        ScreenshotMaker::settle();
        save(window.grab(), QStringLiteral("region-review.png"));
        // Further down: a section's answers with the comment box under them.
        if (QWidget *section = page->body()->findChild<QWidget *>(QStringLiteral("reviewDomain-board.structure"))) {
            if (auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("submissionScroll"))) {
                scroll->verticalScrollBar()->setValue(section->mapTo(page->body(), QPoint(0, 0)).y() - 12);
                ScreenshotMaker::settle();
                save(window.grab(), QStringLiteral("region-review-section.png"));
            }
        }
        page->statusCombo()->setCurrentIndex(0);
        page->overallComment()->clear();
        if (QPlainTextEdit *structure = page->domainComment(QStringLiteral("board.structure")))
            structure->clear();
    }
}

} // namespace

QStringList RegionScreenshots::save(MainWindow &window, Workspace &workspace, Prompter &prompter,
                                    const Assessment &example, const QString &scratch, const QString &dirPath,
                                    QString *error)
{
    QStringList written;
    const QDir dir(dirPath);
    auto save = [&](const QPixmap &pixmap, const QString &name) {
        const QString path = dir.filePath(name);
        if (pixmap.save(path, "PNG"))
            written << path;
        else if (error->isEmpty())
            *error = tr("%1 could not be written").arg(QDir::toNativeSeparators(path));
    };
    const Framework *fw = workspace.framework(example.frameworkId, example.frameworkVersion);
    if (!fw)
        return written;
    const QString inbox = QDir(scratch).filePath(QStringLiteral("region-inbox"));
    const QStringList files = writeRegion(*fw, example, inbox);
    if (files.size() < 3)
        return written;
    damageInbox(files, inbox);

    RegionView *region = importRegion(window, inbox, save);
    if (!region)
        return written;

    saveDashboard(window, workspace, *region, save);
    saveReview(window, *region, example, save);
    region->showOverview();
    saveTrustSide(window, workspace, prompter, example, scratch, save);
    return written;
}

} // namespace ahplead
