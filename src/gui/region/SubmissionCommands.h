#pragma once

#include "core/region/Importer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace ahplead {

class AppSettings;
class AssessmentSession;
class Prompter;
class Workspace;

// The trust's side of submitting to the region, as File menu commands:
// - "Submit to region…": the open assessment becomes a locked revision and its .ahplead file
//   is written (core's Submitter: all or nothing, through QSaveFile);
// - "Import a review…": the region's review file, whose comments then show beside the answers;
// - "Import a peer benchmark…": the region's anonymised benchmark, shown on the results.
class SubmissionCommands {
    Q_DECLARE_TR_FUNCTIONS(SubmissionCommands)

public:
    // What the commands need of the window they serve, and nothing more (MainWindow is one).
    class Host {
    public:
        virtual ~Host() = default;
        virtual QWidget *dialogParent() = 0;
        virtual AssessmentSession *openSession() = 0; // the open assessment, if any
        virtual QString actorName() const = 0;        // who the audit log names
        // Opens the assessment, on its results page when RESULTS; false when it cannot be opened.
        virtual bool showAssessment(qint64 id, bool results) = 0;
        virtual void showStatus(const QString &message) = 0;
    };

    SubmissionCommands(Host &host, Workspace &workspace, AppSettings &settings, Prompter &prompter);

    // Asks, then submits the open assessment; returns the file written, or empty.
    QString submitOpenAssessment();
    // Asks for a file, imports it and opens what it concerns; true when it landed.
    bool importReview();
    bool importBenchmark();
    // The same for a file already chosen.
    bool importFeedbackFile(const QString &path, const QString &expectedKind);

    static QString suggestedSubmissionName(const QString &organisation, int revision);

private:
    std::optional<Importer::Item> importOne(const QString &path, const QString &expectedKind);

    Host &m_host;
    Workspace &m_workspace;
    AppSettings &m_settings;
    Prompter &m_prompter;
};

} // namespace ahplead
