#include "gui/assessment/Exporter.h"

#include "core/assessment/AssessmentWriter.h"
#include "core/base/SaveFile.h"
#include "core/store/Store.h"
#include "gui/app/AppSettings.h"
#include "gui/app/Prompter.h"
#include "gui/app/Texts.h"
#include "gui/assessment/AssessmentSession.h"
#include "report/assessment/ActionPlanSheet.h"
#include "report/assessment/AssessmentReport.h"
#include "report/assessment/ReportModel.h"
#include "report/document/ReportPages.h"
#include "report/document/ReportWriter.h"
#include "report/rating/BoardRatingsSection.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>

namespace ahplead {

namespace {

std::optional<ReportFormat> reportFormat(Exporter::Format format)
{
    switch (format) {
    case Exporter::Format::Pdf:
        return ReportFormat::Pdf;
    case Exporter::Format::Html:
        return ReportFormat::Html;
    case Exporter::Format::Odt:
        return ReportFormat::Odt;
    case Exporter::Format::Docx:
        return ReportFormat::Docx;
    case Exporter::Format::Csv:
    case Exporter::Format::ActionsCsv:
        return ReportFormat::Csv;
    case Exporter::Format::AssessmentFile:
        break;
    }
    return std::nullopt;
}

} // namespace

Exporter::Exporter(Prompter &prompter, AppSettings &settings) : m_prompter(prompter), m_settings(settings) {}

QString Exporter::extension(Format format)
{
    if (auto report = reportFormat(format))
        return ReportWriter::extension(*report);
    return QStringLiteral("json");
}

QString Exporter::filter(Format format)
{
    if (auto report = reportFormat(format))
        return filter(*report);
    return tr("Assessment files (*.json)");
}

QString Exporter::filter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Pdf:
        return tr("PDF documents (*.pdf)");
    case ReportFormat::Html:
        return tr("Web pages (*.html)");
    case ReportFormat::Odt:
        return tr("Editable documents for LibreOffice or Word (*.odt)");
    case ReportFormat::Docx:
        return tr("Word document (*.docx)");
    case ReportFormat::Csv:
        break;
    }
    return tr("Spreadsheets (*.csv)");
}

QString Exporter::suggestedFileName(const AssessmentSession &session, Format format)
{
    // The organisation, what the file is and today's date, so a folder of board papers sorts
    // itself out by name.
    const Assessment &a = session.assessment();
    const QString kind = Texts::frameworkKind(a.frameworkId);
    const QString what = format == Format::AssessmentFile ? tr("%1 assessment").arg(kind)
                         : format == Format::ActionsCsv   ? tr("%1 action plan").arg(kind)
                                                          : tr("%1 report").arg(kind);
    return Texts::documentFileName(a.organisation.name, what, extension(format));
}

ReportModel Exporter::reportModel(AssessmentSession &session)
{
    session.commitPendingEdits();
    return ReportModel::build(session.framework(), session.assessment(), session.scoreCard());
}

AssessmentReport::Questions Exporter::questions() const
{
    return m_settings.reportAllQuestions() ? AssessmentReport::Questions::All : AssessmentReport::Questions::Answered;
}

QAction *Exporter::allQuestionsAction(QObject *parent)
{
    auto *action = new QAction(tr("Appendix &lists unanswered questions too"), parent);
    action->setObjectName(QStringLiteral("exportAllQuestionsAction"));
    action->setCheckable(true);
    action->setChecked(m_settings.reportAllQuestions());
    action->setToolTip(tr("The report's appendix of answers leaves out questions not yet answered unless this is "
                          "ticked."));
    QObject::connect(action, &QAction::toggled, action, [this](bool all) { m_settings.setReportAllQuestions(all); });
    return action;
}

Result<Document> Exporter::reportDocument(AssessmentSession &session, AssessmentReport::Questions questions)
{
    Document document = AssessmentReport::build(reportModel(session), questions);
    if (Status rated = BoardRatingsSection::addTo(document, session.store(), session.assessment(), session.framework());
        !rated)
        return rated.error();
    auto logo = session.store().organisationLogo(session.assessment().organisation);
    if (!logo)
        return logo.error();
    document.logo = logo.value();
    return document;
}

QString Exporter::write(Format format, AssessmentSession &session, const QString &path,
                        AssessmentReport::Questions questions)
{
    session.commitPendingEdits();
    Status written = success();
    if (format == Format::ActionsCsv) {
        written = ReportWriter::write(ActionPlanSheet::build(reportModel(session)), ReportFormat::Csv, path);
    } else if (auto report = reportFormat(format)) {
        auto document = reportDocument(session, questions);
        written = document ? ReportWriter::write(document.value(), *report, path) : Status(document.error());
    } else {
        written = SaveFile::write(path, AssessmentWriter::toBytes(session.assessment(), session.framework()));
    }
    return written ? QString() : written.message();
}

QString Exporter::exportTo(Format format, AssessmentSession &session, QWidget *parent)
{
    QString folder = m_settings.lastFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString caption =
        format == Format::AssessmentFile ? tr("Export the assessment file") : tr("Export the report");
    QString path = m_prompter.chooseSaveFile(parent, caption, QDir(folder).filePath(suggestedFileName(session, format)),
                                             filter(format));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension(format);
    const QString error = write(format, session, path, questions());
    if (!error.isEmpty()) {
        m_prompter.warn(
            parent, tr("The file was not written"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
            tr("%1\n\nChoose another folder, or check there is space and that you may write there.").arg(error));
        return {};
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    m_prompter.exported(parent, format == Format::AssessmentFile ? tr("Assessment file saved") : tr("Report saved"),
                        path);
    return path;
}

void Exporter::printPreview(AssessmentSession &session, QWidget *parent)
{
    // The preview shows what can be read; a store that refuses the ratings or the logo is told
    // at export.
    auto whole = reportDocument(session, questions());
    const Document document =
        whole ? std::move(whole).value() : AssessmentReport::build(reportModel(session), questions());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(ReportPages::defaultMarginsMm(), QPageLayout::Millimeter);
    printer.setDocName(document.title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(tr("Print preview: %1").arg(document.title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, parent, [&](QPrinter *device) {
        auto pages = ReportPages::print(document, *device);
        if (!pages)
            m_prompter.warn(parent, tr("The report cannot be shown"), tr("The report could not be laid out."),
                            pages.message());
    });
    preview.resize(parent ? parent->size() * 0.9 : QSize(900, 700));
    preview.exec();
}

} // namespace ahplead
