#pragma once

#include "core/base/Result.h"
#include "core/businesscase/BusinessCase.h"
#include "core/businesscase/PayScales.h"
#include "core/region/PeerBenchmark.h"
#include "report/document/ReportWriter.h"

#include <QDateTime>
#include <QStackedWidget>

#include <functional>
#include <optional>

class QDialog;
class QDir;
class QUndoStack;

namespace ahplead {

class AppSettings;
class BusinessCaseEditor;
class BusinessCaseListPage;
class CaseSession;
class Prompter;
class Workspace;
struct CaseLinkResult;

// Everything about business cases in the desktop app: the list of cases in the store and the
// editor of one, with the person's commands (new, open, duplicate, import, save as a file,
// delete, write the document). MainWindow shows it as one page of its stack and routes Undo
// and Redo to the open case. Cases live in the store, so nothing is lost; every file written
// goes through QSaveFile, and the document comes from the report library, as from the CLI.
class BusinessCaseArea : public QStackedWidget {
    Q_OBJECT

public:
    using Actor = std::function<QString()>;

    BusinessCaseArea(Workspace &workspace, AppSettings &settings, Prompter &prompter, Actor actor,
                     QWidget *parent = nullptr);
    ~BusinessCaseArea() override;

    BusinessCaseListPage *list() const { return m_list; }
    BusinessCaseEditor *editor() const { return m_editor; }
    CaseSession *session() const;
    // The open case's Undo stack while its editor is on screen, else null.
    QUndoStack *activeUndoStack() const;
    // The bundled pay scales (and the person's own), loaded at first use; null when none load.
    const PayScales *payScales();

    // Dialogs are shown through this, so tests can fill them in: by default exec().
    using DialogDriver = std::function<int(QDialog &)>;
    void setDialogDriver(DialogDriver driver) { m_dialogDriver = std::move(driver); }

    // The person's commands, callable directly (tests, screenshots).
    void showList();
    qint64 newCase();
    qint64 addCase(const BusinessCase &businessCase, const QString &action);
    bool openCase(qint64 id);
    void closeCase();
    qint64 duplicateCase(qint64 id);
    qint64 importCase();
    qint64 importFile(const QString &path);
    qint64 openExample();
    bool deleteCase(qint64 id);
    // Asks where, then writes; the path written, or empty.
    QString exportCaseFile(qint64 id);
    QString exportDocument(ReportFormat format);
    // Writes the open case's document without asking: empty, or why it was not written (the
    // validator's messages when the case has problems, and then nothing is written).
    QString writeDocument(ReportFormat format, const QString &path);
    void commitPendingEdits();

    // `ahplead-screenshots` (tools/screenshots): the example case's options and figures pages as PNG files in DIR.
    QStringList saveScreenshots(const QDir &dir, QString *error);

signals:
    void saved(const QDateTime &when);
    void saveFailed(const QString &message);
    void undoStackChanged();
    void backRequested();
    void message(const QString &text);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    int runDialog(QDialog &dialog);
    QString suggestedName(const BusinessCase &bc, const QString &extension) const;
    QString startFolder() const;
    CaseLinkResult link(const BusinessCase &bc);
    // The peer benchmark the trust imported for the framework of the linked board assessment
    // (else the latest board framework), so the document shows where its metrics sit.
    std::optional<PeerBenchmark> peerBenchmark(const CaseLinkResult &linked);

    Workspace &m_workspace;
    AppSettings &m_settings;
    Prompter &m_prompter;
    Actor m_actor;
    BusinessCaseListPage *m_list;
    BusinessCaseEditor *m_editor = nullptr;
    std::optional<PayScales> m_scales;
    QString m_scalesError;
    DialogDriver m_dialogDriver;
};

} // namespace ahplead
