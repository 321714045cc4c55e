#include "gui/businesscase/BusinessCaseArea.h"

#include "core/base/DataPaths.h"
#include "core/base/SaveFile.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/businesscase/BusinessCaseValidator.h"
#include "core/businesscase/BusinessCaseWriter.h"
#include "gui/app/AppSettings.h"
#include "gui/app/Prompter.h"
#include "gui/app/Texts.h"
#include "gui/app/Workspace.h"
#include "gui/assessment/Exporter.h"
#include "gui/businesscase/BusinessCaseEditor.h"
#include "gui/businesscase/BusinessCaseListPage.h"
#include "gui/businesscase/CaseFiguresPage.h"
#include "gui/businesscase/CaseForm.h"
#include "gui/businesscase/CaseLink.h"
#include "gui/businesscase/CaseNavigator.h"
#include "gui/businesscase/CaseNewDialog.h"
#include "gui/businesscase/CaseSession.h"
#include "gui/businesscase/CaseTexts.h"
#include "report/businesscase/BusinessCaseModel.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QUndoStack>

namespace ahplead {

namespace {

// At most this many of the validator's messages in a message box; the Check page has them all.
constexpr int ShownProblems = 8;

QString problemList(const BusinessCase &bc, const std::vector<FieldProblem> &problems)
{
    QStringList lines;
    for (std::size_t i = 0; i < problems.size() && i < std::size_t(ShownProblems); ++i)
        lines << QStringLiteral("• %1: %2").arg(CaseTexts::place(bc, problems[i].pointer), problems[i].message);
    if (problems.size() > std::size_t(ShownProblems))
        lines << CaseTexts::count(int(problems.size()) - ShownProblems,
                                  BusinessCaseArea::tr("…and 1 more (see \"Check and export\")"),
                                  BusinessCaseArea::tr("…and %1 more (see \"Check and export\")"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

BusinessCaseArea::BusinessCaseArea(Workspace &workspace, AppSettings &settings, Prompter &prompter, Actor actor,
                                   QWidget *parent)
    : QStackedWidget(parent), m_workspace(workspace), m_settings(settings), m_prompter(prompter),
      m_actor(std::move(actor)), m_list(new BusinessCaseListPage(workspace, this))
{
    setObjectName(QStringLiteral("businessCaseArea"));
    addWidget(m_list);
    connect(m_list, &BusinessCaseListPage::newRequested, this, &BusinessCaseArea::newCase);
    connect(m_list, &BusinessCaseListPage::openRequested, this, &BusinessCaseArea::openCase);
    connect(m_list, &BusinessCaseListPage::duplicateRequested, this, &BusinessCaseArea::duplicateCase);
    connect(m_list, &BusinessCaseListPage::importRequested, this, &BusinessCaseArea::importCase);
    connect(m_list, &BusinessCaseListPage::exportRequested, this, &BusinessCaseArea::exportCaseFile);
    connect(m_list, &BusinessCaseListPage::deleteRequested, this, &BusinessCaseArea::deleteCase);
    connect(m_list, &BusinessCaseListPage::exampleRequested, this, &BusinessCaseArea::openExample);
    connect(m_list, &BusinessCaseListPage::backRequested, this, &BusinessCaseArea::backRequested);
    // Another store: the open case belonged to the old one.
    connect(&m_workspace, &Workspace::storeReplaced, this, [this] {
        closeCase();
        m_list->reload();
        setCurrentWidget(m_list);
    });
    connect(&m_workspace, &Workspace::assessmentsChanged, this, [this] {
        if (m_editor)
            m_editor->assessmentsChanged();
    });
}

BusinessCaseArea::~BusinessCaseArea()
{
    if (m_editor) {
        disconnect(&m_editor->session(), nullptr, this, nullptr);
        disconnect(m_editor->session().undoStack(), nullptr, this, nullptr);
        delete m_editor;
    }
}

CaseSession *BusinessCaseArea::session() const
{
    return m_editor ? &m_editor->session() : nullptr;
}

QUndoStack *BusinessCaseArea::activeUndoStack() const
{
    return m_editor && isVisible() && currentWidget() == m_editor ? m_editor->session().undoStack() : nullptr;
}

const PayScales *BusinessCaseArea::payScales()
{
    if (!m_scales && m_scalesError.isEmpty()) {
        auto loaded = PayScales::loadBundled();
        if (loaded)
            m_scales = std::move(loaded.value());
        else
            m_scalesError = loaded.message();
    }
    return m_scales ? &*m_scales : nullptr;
}

int BusinessCaseArea::runDialog(QDialog &dialog)
{
    return m_dialogDriver ? m_dialogDriver(dialog) : dialog.exec();
}

void BusinessCaseArea::hideEvent(QHideEvent *event)
{
    commitPendingEdits();
    QStackedWidget::hideEvent(event);
}

void BusinessCaseArea::commitPendingEdits()
{
    if (m_editor)
        m_editor->commitPendingEdits();
}

void BusinessCaseArea::showList()
{
    closeCase();
    m_list->reload();
    setCurrentWidget(m_list);
    window()->setWindowTitle(tr("Business cases - ahplead"));
    m_list->setFocus(Qt::OtherFocusReason);
}

qint64 BusinessCaseArea::addCase(const BusinessCase &bc, const QString &action)
{
    auto id = m_workspace.store().addBusinessCase(bc, m_actor(), action);
    if (!id) {
        m_prompter.warn(this, tr("The business case was not saved"),
                        tr("The business case could not be added to the "
                           "store."),
                        id.message());
        return 0;
    }
    m_list->reload();
    m_list->select(id.value());
    return id.value();
}

qint64 BusinessCaseArea::newCase()
{
    if (m_workspace.readOnly())
        return 0;
    CaseNewDialog dialog(m_workspace, this);
    // The business case's own author, never the assessor's name borrowed from an assessment.
    dialog.setPreparedBy(m_settings.caseAuthorName(), m_settings.caseAuthorRole());
    if (runDialog(dialog) != QDialog::Accepted)
        return 0;
    m_settings.setCaseAuthor(dialog.preparedByName(), dialog.preparedByRole());
    const qint64 id = addCase(dialog.businessCase(payScales(), QDate::currentDate()), QStringLiteral("create"));
    if (id)
        openCase(id);
    return id;
}

bool BusinessCaseArea::openCase(qint64 id)
{
    auto loaded = m_workspace.store().businessCase(id);
    if (!loaded) {
        m_prompter.warn(this, tr("The business case cannot be opened"), tr("The business case could not be read."),
                        loaded.message());
        return false;
    }
    closeCase();
    auto *session = new CaseSession(m_workspace.store(), id, loaded.value(), m_actor(), payScales());
    m_editor = new BusinessCaseEditor(
        session, [this](const BusinessCase &bc) { return link(bc); }, this);
    connect(session, &CaseSession::saved, this, &BusinessCaseArea::saved);
    connect(session, &CaseSession::saveFailed, this, &BusinessCaseArea::saveFailed);
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &BusinessCaseArea::undoStackChanged);
    connect(m_editor, &BusinessCaseEditor::backRequested, this, &BusinessCaseArea::showList);
    connect(m_editor, &BusinessCaseEditor::exportRequested, this, &BusinessCaseArea::exportDocument);
    connect(m_editor, &BusinessCaseEditor::exportFileRequested, this,
            [this] { exportCaseFile(m_editor ? m_editor->session().id() : 0); });
    addWidget(m_editor);
    setCurrentWidget(m_editor);
    window()->setWindowTitle(tr("%1 - ahplead").arg(loaded->title.isEmpty() ? tr("Business case") : loaded->title));
    if (session->readOnly())
        emit message(tr("Read-only: this business case cannot be changed"));
    emit undoStackChanged();
    if (m_editor->navigator())
        m_editor->navigator()->setFocus(Qt::OtherFocusReason);
    return true;
}

void BusinessCaseArea::closeCase()
{
    if (!m_editor)
        return;
    m_editor->commitPendingEdits();
    const qint64 id = m_editor->session().id();
    disconnect(&m_editor->session(), nullptr, this, nullptr);
    disconnect(m_editor->session().undoStack(), nullptr, this, nullptr);
    disconnect(m_editor, nullptr, this, nullptr);
    removeWidget(m_editor);
    m_editor->hide();
    m_editor->deleteLater();
    m_editor = nullptr;
    m_list->reload();
    m_list->select(id);
    emit undoStackChanged();
}

qint64 BusinessCaseArea::duplicateCase(qint64 id)
{
    if (m_workspace.readOnly())
        return 0;
    commitPendingEdits();
    auto loaded = m_workspace.store().businessCase(id);
    if (!loaded) {
        m_prompter.warn(this, tr("The business case was not copied"), tr("The business case could not be read."),
                        loaded.message());
        return 0;
    }
    BusinessCase copy = loaded.value();
    copy.title = tr("Copy of %1").arg(copy.title);
    const qint64 added = addCase(copy, QStringLiteral("duplicate"));
    if (added)
        emit message(tr("Copied as \"%1\"").arg(copy.title));
    return added;
}

QString BusinessCaseArea::startFolder() const
{
    QString folder = m_settings.lastFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder;
}

qint64 BusinessCaseArea::importCase()
{
    if (m_workspace.readOnly())
        return 0;
    const QString path = m_prompter.chooseOpenFile(this, tr("Import a business case file"), startFolder(),
                                                   tr("Business case files (*.json);;All files (*)"));
    if (path.isEmpty())
        return 0;
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    return importFile(path);
}

qint64 BusinessCaseArea::importFile(const QString &path)
{
    // Read as a draft: a case with figures still to correct comes in and shows its problems;
    // a file that is not a business case at all (or holds text where a number belongs) does not.
    auto read = BusinessCaseReader::readDraft(path);
    if (!read) {
        m_prompter.problem(this, tr("The file was not imported"), Texts::readProblem(read.message(), path),
                           read.message());
        return 0;
    }
    const qint64 id = addCase(read.value(), QStringLiteral("import"));
    if (!id)
        return 0;
    openCase(id);
    const auto problems = BusinessCaseValidator::problems(read.value());
    if (!problems.empty() && m_editor) {
        m_editor->showPage(QStringLiteral("check"));
        m_prompter.inform(this, tr("The business case was imported with problems to fix"),
                          tr("%1 was added, but it has %2 to fix before its document can be written:")
                                  .arg(QDir::toNativeSeparators(path),
                                       CaseTexts::count(int(problems.size()), tr("1 problem"), tr("%1 problems"))) +
                              QStringLiteral("\n\n") + problemList(read.value(), problems));
    }
    return id;
}

qint64 BusinessCaseArea::openExample()
{
    if (m_workspace.readOnly())
        return 0;
    const QString path = DataPaths::examplesDir() + QStringLiteral("/business-case-example.json");
    auto read = BusinessCaseReader::read(path);
    if (!read) {
        m_prompter.warn(this, tr("The example cannot be opened"), tr("The example business case could not be read."),
                        read.message());
        return 0;
    }
    const qint64 id = addCase(read.value(), QStringLiteral("import"));
    if (id)
        openCase(id);
    return id;
}

bool BusinessCaseArea::deleteCase(qint64 id)
{
    if (m_workspace.readOnly())
        return false;
    auto loaded = m_workspace.store().businessCase(id);
    const QString title = loaded ? loaded->title : tr("this business case");
    if (!m_prompter.confirm(this, tr("Delete this business case?"), tr("Delete \"%1\"?").arg(title),
                            tr("Deleting cannot be undone; save it as a file first if you may want it again."),
                            tr("Delete"), tr("Keep it")))
        return false;
    if (m_editor && m_editor->session().id() == id)
        closeCase();
    Status deleted = m_workspace.store().deleteBusinessCase(id, m_actor());
    if (!deleted) {
        m_prompter.warn(this, tr("The business case was not deleted"), tr("\"%1\" could not be deleted.").arg(title),
                        deleted.message());
        return false;
    }
    m_list->reload();
    setCurrentWidget(m_list);
    emit message(tr("Deleted \"%1\"").arg(title));
    return true;
}

QString BusinessCaseArea::suggestedName(const BusinessCase &bc, const QString &extension) const
{
    return Texts::documentFileName(bc.organisation.name.isEmpty() ? bc.title : bc.organisation.name,
                                   tr("business case"), extension);
}

QString BusinessCaseArea::exportCaseFile(qint64 id)
{
    if (!id)
        return {};
    commitPendingEdits();
    std::optional<BusinessCase> bc;
    if (m_editor && m_editor->session().id() == id) {
        bc = m_editor->session().businessCase();
    } else if (auto loaded = m_workspace.store().businessCase(id)) {
        bc = loaded.value();
    } else {
        m_prompter.warn(this, tr("The file was not written"), tr("The business case could not be read."),
                        loaded.message());
        return {};
    }
    QString path = m_prompter.chooseSaveFile(this, tr("Save the business case as a file"),
                                             QDir(startFolder()).filePath(suggestedName(*bc, QStringLiteral("json"))),
                                             tr("Business case files (*.json)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    const Status written = SaveFile::write(path, BusinessCaseWriter::toBytes(*bc));
    if (!written) {
        m_prompter.warn(this, tr("The file was not written"),
                        tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
                        tr("%1\n\nChoose another folder, or check there is space and that you may write there.")
                            .arg(written.message()));
        return {};
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    const auto problems = BusinessCaseValidator::problems(*bc);
    emit message(problems.empty()
                     ? tr("Saved to %1").arg(QDir::toNativeSeparators(path))
                     : tr("Saved to %1; it still has %2 to fix")
                           .arg(QDir::toNativeSeparators(path),
                                CaseTexts::count(int(problems.size()), tr("1 problem"), tr("%1 problems"))));
    return path;
}

CaseLinkResult BusinessCaseArea::link(const BusinessCase &bc)
{
    return CaseLink::find(m_workspace, bc);
}

std::optional<PeerBenchmark> BusinessCaseArea::peerBenchmark(const CaseLinkResult &linked)
{
    QString frameworkId = QStringLiteral("board");
    QString frameworkVersion;
    if (linked.assessmentId != 0) {
        if (auto assessment = m_workspace.store().assessment(linked.assessmentId)) {
            frameworkId = assessment->frameworkId;
            frameworkVersion = assessment->frameworkVersion;
        }
    }
    if (frameworkVersion.isEmpty()) {
        const FrameworkLibrary *library = m_workspace.frameworks();
        const Framework *latest = library ? library->latest(frameworkId) : nullptr;
        if (!latest)
            return std::nullopt;
        frameworkVersion = latest->version;
    }
    auto bytes = m_workspace.store().latestBenchmark(frameworkId, frameworkVersion);
    if (!bytes || !bytes->has_value())
        return std::nullopt;
    // It was checked when imported; one that no longer reads is left out, as the results page does.
    auto parsed = PeerBenchmark::parse(*bytes.value(), QStringLiteral("benchmark"));
    if (!parsed)
        return std::nullopt;
    return std::move(parsed).value();
}

QString BusinessCaseArea::writeDocument(ReportFormat format, const QString &path)
{
    if (!m_editor)
        return tr("No business case is open.");
    commitPendingEdits();
    const BusinessCase &bc = m_editor->session().businessCase();
    const auto problems = BusinessCaseValidator::problems(bc);
    if (!problems.empty())
        return problemList(bc, problems);
    const PayScales *scales = payScales();
    if (!scales)
        return m_scalesError;
    const CaseLinkResult linked = link(bc);
    const std::optional<PeerBenchmark> peers = peerBenchmark(linked);
    auto model =
        BusinessCaseModel::build(bc, *scales, linked.caseForChange,
                                 linked.caseForChange ? QStringList() : linked.warnings, peers ? &*peers : nullptr);
    if (!model)
        return model.message();
    // The organisation's logo, as on its board papers.
    auto logo = m_workspace.store().organisationLogo(bc.organisation);
    if (!logo)
        return logo.message();
    model->logo = logo.value();
    const Status written = ReportWriter::write(model.value(), format, path);
    return written ? QString() : written.message();
}

QString BusinessCaseArea::exportDocument(ReportFormat format)
{
    if (!m_editor)
        return {};
    commitPendingEdits();
    const BusinessCase &bc = m_editor->session().businessCase();
    const auto problems = BusinessCaseValidator::problems(bc);
    if (!problems.empty()) {
        m_prompter.warn(this, tr("The business case document was not written"),
                        tr("The business case has %1 to fix first. Nothing was written.")
                            .arg(CaseTexts::count(int(problems.size()), tr("1 problem"), tr("%1 problems"))),
                        problemList(bc, problems));
        m_editor->showPage(QStringLiteral("check"));
        return {};
    }
    const QString extension = ReportWriter::extension(format);
    const QString filter = Exporter::filter(format);
    QString path = m_prompter.chooseSaveFile(this, tr("Save the business case document"),
                                             QDir(startFolder()).filePath(suggestedName(bc, extension)), filter);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + extension;
    const QString error = writeDocument(format, path);
    if (!error.isEmpty()) {
        m_prompter.warn(
            this, tr("The file was not written"), tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
            tr("%1\n\nChoose another folder, or check there is space and that you may write there.").arg(error));
        return {};
    }
    m_settings.setLastFolder(QFileInfo(path).absolutePath());
    emit message(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    m_prompter.exported(this, tr("Business case document saved"), path);
    return path;
}

QStringList BusinessCaseArea::saveScreenshots(const QDir &dir, QString *error)
{
    QStringList written;
    const qint64 id = openExample();
    if (!id || !m_editor) {
        *error = tr("The example business case could not be opened");
        return written;
    }
    auto settle = [] {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QApplication::processEvents();
        }
    };
    auto save = [&](const QString &name) {
        settle();
        const QString path = dir.filePath(name);
        if (window()->grab().save(path, "PNG"))
            written << path;
        else if (error->isEmpty())
            *error = tr("%1 could not be written").arg(QDir::toNativeSeparators(path));
    };
    m_editor->showPage(QStringLiteral("options"));
    settle();
    if (auto *page = m_editor->page(QStringLiteral("options"))) {
        // The preferred option, with its posts and the annual cost they come to.
        if (QWidget *card = page->findChild<QWidget *>(QStringLiteral("card:/options/2")))
            page->verticalScrollBar()->setValue(card->mapTo(page->widget(), QPoint(0, 0)).y() - 12);
    }
    save(QStringLiteral("business-case-options.png"));
    m_editor->showPage(QStringLiteral("figures"));
    m_editor->figures()->verticalScrollBar()->setValue(0);
    save(QStringLiteral("business-case-figures.png"));
    return written;
}

} // namespace ahplead
