#include "gui/region/SubmissionCommands.h"

#include "core/base/JsonFile.h"
#include "core/region/Submitter.h"
#include "gui/app/AppSettings.h"
#include "gui/app/Prompter.h"
#include "gui/app/Texts.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/region/ImportSummaryModel.h"
#include "report/region/RegionReportModel.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ahplead {

namespace {

// The kind of ahplead file at PATH by its `format` ("review", "submission"...), or empty.
QString kindOf(const nlohmann::json &doc)
{
    const auto it = doc.is_object() ? doc.find("format") : doc.end();
    if (it == doc.end() || !it->is_string())
        return {};
    const QString format = QString::fromStdString(it->get<std::string>());
    return format.startsWith(QLatin1String("ahplead.")) ? format.mid(8) : QString();
}

QString kindInWords(const QString &kind)
{
    if (kind == QLatin1String("review"))
        return SubmissionCommands::tr("a review from the region");
    if (kind == QLatin1String("benchmark"))
        return SubmissionCommands::tr("a peer benchmark");
    if (kind == QLatin1String("submission"))
        return SubmissionCommands::tr("a submission (regional teams import those under Region > Import submissions)");
    if (kind == QLatin1String("assessment"))
        return SubmissionCommands::tr("an assessment file (File > Import an assessment file imports it)");
    return SubmissionCommands::tr("not an ahplead file");
}

// The confirmation says whether business-case metrics went with the assessment, since the
// region's peer benchmark can only include what was sent.
QString metricsSentence(const Submission &submitted)
{
    if (!submitted.businessCaseTitle)
        return SubmissionCommands::tr("No business case of this organisation is in ahplead, so the submission "
                                      "carries no business-case metrics.");
    return SubmissionCommands::tr("The submission carries the %n metric(s) of the business case \"%1\", the one "
                                  "changed most recently, for the region's peer benchmark.",
                                  nullptr, int(submitted.businessCaseMetrics.size()))
        .arg(*submitted.businessCaseTitle);
}

} // namespace

SubmissionCommands::SubmissionCommands(Host &host, Workspace &workspace, AppSettings &settings, Prompter &prompter)
    : m_host(host), m_workspace(workspace), m_settings(settings), m_prompter(prompter)
{
}

QString SubmissionCommands::suggestedSubmissionName(const QString &organisation, int revision)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9 ._-]+"));
    QString base = QString(organisation).replace(unsafe, QStringLiteral(" ")).simplified();
    base = base.replace(QLatin1Char(' '), QLatin1Char('-')).toLower();
    if (base.isEmpty())
        base = QStringLiteral("assessment");
    return QStringLiteral("%1-revision-%2.ahplead").arg(base).arg(revision);
}

QString SubmissionCommands::submitOpenAssessment()
{
    AssessmentSession *s = m_host.openSession();
    if (!s || s->locked() || m_workspace.readOnly())
        return {};
    s->commitPendingEdits();
    if (!s->unsaved().isEmpty()) {
        m_prompter.warn(m_host.dialogParent(), tr("The assessment was not submitted"),
                        tr("Some answers have not been saved yet, so the assessment cannot be submitted."),
                        tr("Press \"Try again\" at the top of the page to save them first."));
        return {};
    }
    const FrameworkLibrary *library = m_workspace.frameworks();
    if (!library) {
        m_prompter.warn(m_host.dialogParent(), tr("The assessment was not submitted"),
                        tr("The frameworks cannot be read."), m_workspace.frameworksError());
        return {};
    }
    const Assessment &a = s->assessment();
    const int missing = s->framework().questionCount() - s->answeredCount();
    QString details = tr("The answers are locked as they are now, so the region sees exactly what you send. Next "
                         "you choose where to save the submission file (.ahplead) to send to your region.\n\nTo "
                         "change anything afterwards, make a new revision: it starts with the same answers and "
                         "can be submitted again when it is ready.");
    if (missing > 0)
        details += QStringLiteral("\n\n") + (missing == 1 ? tr("1 question is not answered yet.")
                                                          : tr("%1 questions are not answered yet.").arg(missing));
    if (!m_prompter.confirm(
            m_host.dialogParent(), tr("Submit to your region?"),
            tr("Submit revision %1 of \"%2\" for %3 to your region?")
                .arg(a.revision)
                .arg(a.title.isEmpty() ? Texts::frameworkLongName(a.frameworkId) : a.title, a.organisation.name),
            details, tr("Submit"), tr("Not yet")))
        return {};

    QString folder = m_settings.lastFolder();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path =
        m_prompter.chooseSaveFile(m_host.dialogParent(), tr("Save the submission file"),
                                  QDir(folder).filePath(suggestedSubmissionName(a.organisation.name, a.revision)),
                                  tr("Submission files (*.ahplead)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".ahplead");

    const Assessor submitter{m_settings.assessorName().isEmpty() ? a.assessor.name : m_settings.assessorName(),
                             m_settings.assessorName().isEmpty() ? a.assessor.role : m_settings.assessorRole()};
    const qint64 id = a.id;
    auto submitted = Submitter::submit(m_workspace.store(), *library, id, submitter, path);
    if (!submitted) {
        m_prompter.warn(m_host.dialogParent(), tr("The assessment was not submitted"),
                        tr("Nothing was changed: the assessment is still open for editing, and no file was written."),
                        submitted.message());
        return {};
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    m_workspace.notifyAssessmentsChanged();
    // Opened again, it shows as submitted and locked, with the way to a new revision.
    m_host.showAssessment(id, false);
    m_prompter.inform(m_host.dialogParent(), tr("Submitted"),
                      tr("Revision %1 is submitted and locked. Send the file\n%2\nto your region, for example by "
                         "secure email.\n\nTo change an answer now, choose \"Make a new revision to change it\" at "
                         "the top of the page.")
                              .arg(submitted->revision)
                              .arg(QDir::toNativeSeparators(path)) +
                          QStringLiteral("\n\n") + metricsSentence(submitted.value()));
    return path;
}

bool SubmissionCommands::importReview()
{
    const QString path = m_prompter.chooseOpenFile(m_host.dialogParent(), tr("Import a review from the region"),
                                                   m_settings.lastFolder(), tr("Review files (*.json);;All files (*)"));
    return !path.isEmpty() && importFeedbackFile(path, QStringLiteral("review"));
}

bool SubmissionCommands::importBenchmark()
{
    const QString path =
        m_prompter.chooseOpenFile(m_host.dialogParent(), tr("Import a peer benchmark"), m_settings.lastFolder(),
                                  tr("Benchmark files (*.json);;All files (*)"));
    return !path.isEmpty() && importFeedbackFile(path, QStringLiteral("benchmark"));
}

std::optional<Importer::Item> SubmissionCommands::importOne(const QString &path, const QString &expectedKind)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QString title = expectedKind == QLatin1String("review") ? tr("The review was not imported")
                                                                  : tr("The peer benchmark was not imported");
    const FrameworkLibrary *library = m_workspace.frameworks();
    if (!library) {
        m_prompter.warn(m_host.dialogParent(), title, tr("The frameworks cannot be read."),
                        m_workspace.frameworksError());
        return std::nullopt;
    }
    // Looked at first, so a submission or assessment chosen here by mistake is not imported as one.
    auto doc = JsonFile::read(path);
    if (!doc) {
        m_prompter.problem(m_host.dialogParent(), title, Texts::readProblem(doc.message(), path), doc.message());
        return std::nullopt;
    }
    const QString kind = kindOf(doc.value());
    if (kind != expectedKind) {
        m_prompter.warn(
            m_host.dialogParent(), title,
            tr("%1 is %2, not %3; nothing was added.").arg(shown, kindInWords(kind), kindInWords(expectedKind)),
            QString());
        return std::nullopt;
    }
    Importer importer(m_workspace.store(), *library, m_host.actorName());
    const Importer::Report report = importer.run({path});
    if (report.items.empty())
        return std::nullopt;
    const Importer::Item item = report.items.front();
    if (item.outcome == Importer::Outcome::Rejected) {
        m_prompter.problem(m_host.dialogParent(), title, Texts::readProblem(item.message, path), item.message);
        return std::nullopt;
    }
    if (item.outcome != Importer::Outcome::Imported) {
        m_prompter.warn(m_host.dialogParent(), title, tr("%1 could not be imported; nothing was added.").arg(shown),
                        ImportSummaryModel::reason(item));
        return std::nullopt;
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    return item;
}

bool SubmissionCommands::importFeedbackFile(const QString &path, const QString &expectedKind)
{
    const std::optional<Importer::Item> item = importOne(path, expectedKind);
    if (!item)
        return false;
    Store &store = m_workspace.store();
    qint64 target = 0;
    if (expectedKind == QLatin1String("review")) {
        // The review is of a submission sent from here: open the assessment it concerns, or
        // stay on the open one when that is a later revision of it.
        auto record = store.submission(item->id);
        if (record) {
            target = record->assessmentId;
            if (AssessmentSession *s = m_host.openSession()) {
                auto reviewed = store.assessment(record->assessmentId);
                if (reviewed && reviewed->lineageId == s->assessment().lineageId &&
                    s->assessment().revision >= reviewed->revision)
                    target = s->assessment().id;
            }
        }
        m_host.showStatus(record ? tr("Imported the region's review: %1")
                                       .arg(RegionReportModel::reviewStatusLabel(record->reviewStatus).toLower())
                                 : tr("Imported the region's review"));
    } else if (AssessmentSession *s = m_host.openSession()) {
        target = s->assessment().id;
        m_host.showStatus(tr("Imported the peer benchmark"));
    } else {
        m_prompter.inform(m_host.dialogParent(), tr("Peer benchmark imported"),
                          tr("Open an assessment and look at its results to see how it compares with its peers. "
                             "A business case document written now shows its metrics beside the peers' too."));
    }
    m_workspace.notifyAssessmentsChanged();
    if (target)
        m_host.showAssessment(target, true);
    return true;
}

} // namespace ahplead
