#pragma once

#include "core/base/Result.h"
#include "report/assessment/AssessmentReport.h"
#include "report/document/Document.h"

#include <QCoreApplication>
#include <QString>

class QAction;
class QObject;
class QWidget;

namespace ahplead {

enum class ReportFormat;

class AppSettings;
class AssessmentSession;
class Prompter;
struct ReportModel;

// File > Export: the open assessment as a report (PDF, web page, editable document, Word),
// its answers or its action plan as a spreadsheet (CSV), or the assessment file itself (JSON), and a print
// preview. The reports come from the report library, the same as `ahplead-cli report`;
// every file goes through QSaveFile (written whole or not at all) and a failure is
// reported at once with the file and the reason.
class Exporter {
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    enum class Format { Pdf, Html, Odt, Docx, Csv, ActionsCsv, AssessmentFile };

    Exporter(Prompter &prompter, AppSettings &settings);

    // Asks where, then writes; returns the path written, or empty (cancelled or failed).
    QString exportTo(Format format, AssessmentSession &session, QWidget *parent);
    // Shows the report in a print preview, from which it can be printed.
    void printPreview(AssessmentSession &session, QWidget *parent);
    // File > Export's choice, kept in the settings, of whether a report's appendix lists the
    // questions not answered too: a checkable action for the menu, owned by PARENT.
    QAction *allQuestionsAction(QObject *parent);
    // Writes without asking; returns an error message, or empty on success.
    static QString write(Format format, AssessmentSession &session, const QString &path,
                         AssessmentReport::Questions questions = AssessmentReport::Questions::Answered);
    static QString suggestedFileName(const AssessmentSession &session, Format format);
    static QString extension(Format format);
    static QString filter(Format format);
    // The save dialog's filter for a report in FORMAT, for every document the app writes.
    static QString filter(ReportFormat format);
    static ReportModel reportModel(AssessmentSession &session);
    // The board report of SESSION, with the section on where the board's views differed when
    // its members rated it first (BoardRatingsSection).
    static Result<Document>
    reportDocument(AssessmentSession &session,
                   AssessmentReport::Questions questions = AssessmentReport::Questions::Answered);

private:
    AssessmentReport::Questions questions() const;

    Prompter &m_prompter;
    AppSettings &m_settings;
};

} // namespace ahplead
