// The business case editor beyond typing: Undo and Redo, the validator's messages beside the
// fields (also for a file with figures out of range), the document written through the report
// library (and refused while there are problems), the list's commands, the case for change
// from the board assessment, names for screen readers, and the screenshots.
#include "gui/businesscase/CaseTestSupport.h"

#include "core/businesscase/BusinessCaseReader.h"
#include "core/businesscase/BusinessCaseValidator.h"
#include "core/businesscase/BusinessCaseWriter.h"
#include "core/store/Store.h"
#include "gui/businesscase/BusinessCaseListPage.h"
#include "gui/businesscase/CaseCheckPage.h"
#include "gui/businesscase/CaseForm.h"
#include "gui/businesscase/CaseLinkPage.h"
#include "gui/businesscase/CaseNavigator.h"
#include "gui/businesscase/CaseNewDialog.h"
#include "gui/businesscase/CaseSession.h"
#include "report/document/LogoImage.h"

#include <catch2/catch.hpp>

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>

#include <sqlite3.h>

#include <memory>

using namespace ahplead;
using namespace ahplead::test;

namespace {

QString examplePath()
{
    return dataDir() + QStringLiteral("/examples/business-case-example.json");
}

// The example case with the preferred option's chief AHP at -1 WTE and sickness absence at
// 104%: well-formed JSON the validator refuses.
QString writeBadCase(GuiFixture &f)
{
    auto bc = BusinessCaseReader::read(examplePath());
    REQUIRE(bc.ok());
    BusinessCase bad = bc.value();
    bad.options[2].posts[0].wte = -1;
    bad.workforceMetrics[0].value = 104;
    const QString path = f.path(QStringLiteral("bad-case.json"));
    writeFile(path, BusinessCaseWriter::toBytes(bad));
    return path;
}

QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

QStringList unnamedInputs(QWidget *root)
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        // A spin box's own line edit is spoken as the spin box, whose name it has.
        if (!(w->focusPolicy() & Qt::TabFocus) || w->isHidden() || w->window() != root->window() ||
            w->inherits("QScrollBar") || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            (w->inherits("QAbstractScrollArea") && !w->inherits("QAbstractItemView") && !w->inherits("QPlainTextEdit")))
            continue;
        if (spokenName(w).trimmed().isEmpty())
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    }
    return missing;
}

} // namespace

TEST_CASE("Undo and Redo take back changes to a business case in the form and in the store", "[gui][business][undo]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    const BusinessCase start = readCase(f, id);

    typeInto(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/title")), QStringLiteral("Second title"));
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("options"), QStringLiteral("/options/2/posts/0/wte")),
             QStringLiteral("0.8"));
    click(input<QPushButton>(f, QStringLiteral("options"), QStringLiteral("add:/options/2/posts")));
    settle();
    REQUIRE(readCase(f, id).options[2].posts.size() == 2);
    QAction *undo = f.window().action(QStringLiteral("undoAction"));
    REQUIRE(undo->isEnabled());
    CHECK(undo->text().startsWith(QStringLiteral("&Undo add a post to Option 3")));

    // Ctrl+Z with the keyboard wherever the focus is, here in a number box.
    input<QDoubleSpinBox>(f, QStringLiteral("options"), QStringLiteral("/options/2/posts/0/wte"))->setFocus();
    key(Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK(readCase(f, id).options[2].posts.size() == 1);
    CHECK(
        editor(f).page(QStringLiteral("options"))->findChild<QLineEdit *>(QStringLiteral("/options/2/posts/1/title")) ==
        nullptr);
    key(Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK(readCase(f, id).options[2].posts[0].wte == Approx(1.0));
    CHECK(input<QDoubleSpinBox>(f, QStringLiteral("options"), QStringLiteral("/options/2/posts/0/wte"))->value() ==
          Approx(1.0));
    key(Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK(readCase(f, id) == start);
    CHECK(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/title"))->text() == start.title);
    CHECK_FALSE(undo->isEnabled());

    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    const BusinessCase redone = readCase(f, id);
    CHECK(redone.title == QStringLiteral("Second title"));
    CHECK(redone.options[2].posts[0].wte == Approx(0.8));
    CHECK(redone.options[2].posts.size() == 2);
    CHECK(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/title"))->text() ==
          QStringLiteral("Second title"));
}

TEST_CASE("Ctrl+Z while typing in a field of the case undoes the whole edit of that field", "[gui][business][undo]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    const QString before = readCase(f, id).title;
    QLineEdit *title = input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/title"));
    click(title);
    key(Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(", second draft"));
    REQUIRE(title->hasFocus());
    key(Qt::Key_Z, Qt::ControlModifier); // before the pause is over
    settle();
    CHECK(title->text() == before);
    CHECK(readCase(f, id).title == before);
    key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    CHECK(readCase(f, id).title == before + QStringLiteral(", second draft"));
}

TEST_CASE("A change the store refuses stays in the editor, is said so, and Try again saves it", "[gui][business][save]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    // Another program holds the store's write lock (for longer than the store waits). It uses
    // SQLite's C API: Qt SQL is private to core.
    sqlite3 *handle = nullptr;
    const int opened = sqlite3_open_v2(f.storePath().toUtf8().constData(), &handle, SQLITE_OPEN_READWRITE, nullptr);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> blocker(handle, sqlite3_close);
    REQUIRE(opened == SQLITE_OK);
    sqlite3_busy_timeout(blocker.get(), 5000); // as Qt's driver waited
    REQUIRE(sqlite3_exec(blocker.get(), "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);

    typeInto(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/version")), QStringLiteral("0.9"));
    CHECK(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/version"))->text() == QStringLiteral("0.9"));
    CHECK(editor(f).session().unsaved());
    CHECK(editor(f).problemBanner()->isVisible());
    CHECK(f.window().saveStatus()->text().startsWith(QStringLiteral("Not saved")));

    REQUIRE(sqlite3_exec(blocker.get(), "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK);
    blocker.reset();
    click(editor(f).problemBanner()->findChild<QPushButton *>(QStringLiteral("retryCaseSave")));
    settle();
    CHECK_FALSE(editor(f).session().unsaved());
    CHECK_FALSE(editor(f).problemBanner()->isVisible());
    CHECK(readCase(f, id).version == QStringLiteral("0.9"));
    CHECK(f.window().saveStatus()->text().startsWith(QStringLiteral("Saved at ")));
}

TEST_CASE("A file with a negative WTE and a percentage above 100 is imported with its problems shown beside the fields",
          "[gui][business][validation]")
{
    GuiFixture f;
    const QString path = writeBadCase(f);
    cases(f);
    f.prompter().files.push_back(path);
    click(cases(f).list()->importButton());
    settle();
    REQUIRE(cases(f).editor());
    const qint64 id = editor(f).session().id();
    REQUIRE(f.prompter().count(QStringLiteral("inform")) == 1);
    CHECK(f.prompter().last(QStringLiteral("inform"))->text.contains(QStringLiteral("-1 must not be negative")));
    // The editor opens on the list of problems, each with its place in words.
    CHECK(editor(f).currentPage() == editor(f).indexOf(QStringLiteral("check")));
    QListWidget *list = editor(f).check()->problems();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().contains(QStringLiteral("104 is above 100")));
    CHECK(list->item(1)->text().contains(QStringLiteral("post 1: WTE")));

    // Beside the field: the WTE as it is in the file, and what is wrong with it.
    CHECK(problemShown(f, QStringLiteral("options"), QStringLiteral("/options/2/posts/0/wte")) ==
          QStringLiteral("Problem: -1 must not be negative"));
    auto *wte = input<QDoubleSpinBox>(f, QStringLiteral("options"), QStringLiteral("/options/2/posts/0/wte"));
    CHECK(wte->value() == Approx(-1));
    CHECK(wte->accessibleDescription().contains(QStringLiteral("-1 must not be negative")));
    CHECK(problemShown(f, QStringLiteral("workforce-metrics"), QStringLiteral("/workforceMetrics/0/value")) ==
          QStringLiteral("Problem: 104 is above 100; a percentage must be between 0 and 100"));
    // The navigator says which parts have something to fix, in words.
    CHECK(editor(f)
              .navigator()
              ->item(editor(f).indexOf(QStringLiteral("options")))
              ->data(Qt::AccessibleTextRole)
              .toString()
              .contains(QStringLiteral("1 problem to fix")));

    // Enter on a problem goes to its field.
    editor(f).showPage(QStringLiteral("check"));
    list->setFocus();
    list->setCurrentRow(1);
    key(Qt::Key_Return);
    settle();
    CHECK(editor(f).currentPage() == editor(f).indexOf(QStringLiteral("options")));
    CHECK((focused() == wte || wte->isAncestorOf(focused())));

    // Corrected, the problem goes and the store has the new figure.
    typeInto(wte, QStringLiteral("1"));
    CHECK(problemShown(f, QStringLiteral("options"), QStringLiteral("/options/2/posts/0/wte")).isEmpty());
    CHECK(readCase(f, id).options[2].posts[0].wte == Approx(1));
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("workforce-metrics"), QStringLiteral("/workforceMetrics/0/value")),
             QStringLiteral("5.4"));
    CHECK(BusinessCaseValidator::problems(readCase(f, id)).empty());
    CHECK(editor(f).check()->status()->text().startsWith(QStringLiteral("No problems")));
}

TEST_CASE("A business case without a do-nothing option says so and its document is not written",
          "[gui][business][validation]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    click(input<QPushButton>(f, QStringLiteral("options"), QStringLiteral("remove:/options/0")));
    settle();
    REQUIRE(readCase(f, id).options.size() == 3);
    CHECK(problemShown(f, QStringLiteral("options"), QStringLiteral("/options"))
              .startsWith(QStringLiteral("Problem: There is no do-nothing option")));

    const QString pdf = f.path(QStringLiteral("refused.pdf"));
    f.prompter().files.push_back(pdf);
    click(editor(f).findChild<QPushButton *>(QStringLiteral("headerExportPdf")));
    settle();
    REQUIRE(f.prompter().count(QStringLiteral("warn")) == 1);
    const auto *warned = f.prompter().last(QStringLiteral("warn"));
    CHECK(warned->title == QStringLiteral("The business case document was not written"));
    CHECK(warned->details.contains(QStringLiteral("there is no do-nothing option")));
    CHECK(f.prompter().count(QStringLiteral("chooseSaveFile")) == 0);
    CHECK_FALSE(QFileInfo::exists(pdf));
    CHECK(editor(f).currentPage() == editor(f).indexOf(QStringLiteral("check")));
    CHECK(cases(f)
              .writeDocument(ReportFormat::Html, f.path(QStringLiteral("refused.html")))
              .contains(QStringLiteral("there is no do-nothing option")));
    CHECK_FALSE(QFileInfo::exists(f.path(QStringLiteral("refused.html"))));

    // Undo brings do nothing back, and the case can be written.
    key(Qt::Key_Z, Qt::ControlModifier);
    settle();
    CHECK(problemShown(f, QStringLiteral("options"), QStringLiteral("/options")).isEmpty());
}

TEST_CASE("The business case document is written as PDF, web page and editable document", "[gui][business][export]")
{
    GuiFixture f;
    const qint64 board = f.importExample(); // the case for change comes from this assessment
    cases(f);
    REQUIRE(cases(f).openExample());
    const QString pdf = f.path(QStringLiteral("case.pdf"));
    f.prompter().files.push_back(pdf);
    editor(f).showPage(QStringLiteral("check"));
    click(editor(f).check()->exportButton(ReportFormat::Pdf));
    settle();
    REQUIRE(f.prompter().count(QStringLiteral("warn")) == 0);
    // Named for the organisation, what it is and today's date; the confirmation names the file.
    const QString today = QLocale(QLocale::English, QLocale::UnitedKingdom)
                              .toString(QDate::currentDate(), QStringLiteral("d-MMMM-yyyy"))
                              .toLower();
    CHECK(QFileInfo(f.prompter().last(QStringLiteral("chooseSaveFile"))->text).fileName() ==
          QStringLiteral("northfield-and-riverside-nhs-foundation-trust-business-case-%1.pdf").arg(today));
    REQUIRE(f.prompter().last(QStringLiteral("exported")));
    CHECK(f.prompter().last(QStringLiteral("exported"))->text == pdf);
    REQUIRE(readFile(pdf).startsWith("%PDF"));
    const ProcessResult text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    REQUIRE(text.exitCode == 0);
    for (const char *words : {"Strategic case", "Economic case", "Commercial case", "Financial case", "Management case",
                              "Do nothing", "£183,157", "Case for change"}) {
        INFO(words);
        CHECK(text.out.contains(QString::fromUtf8(words), Qt::CaseInsensitive));
    }
    // The case for change is the board assessment's, from the store.
    CHECK(editor(f).link()->result().assessmentId == board);
    CHECK(editor(f).link()->result().caseForChange.has_value());
    CHECK(text.out.contains(QStringLiteral("critical"), Qt::CaseInsensitive));

    // The organisation's logo, chosen for its board papers, is on its business case too.
    const Organisation trust = f.readBack(board).organisation;
    auto logo = LogoImage::fromData("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 40 10\"><rect "
                                    "width=\"40\" height=\"10\" fill=\"#005eb8\"/></svg>",
                                    QStringLiteral("trust.svg"));
    REQUIRE(logo.ok());
    REQUIRE(f.workspace().store().setOrganisationLogo(trust, logo.value(), QStringLiteral("t")).ok());
    CHECK(cases(f).writeDocument(ReportFormat::Html, f.path(QStringLiteral("case.html"))).isEmpty());
    const QString html = QString::fromUtf8(readFile(f.path(QStringLiteral("case.html"))));
    CHECK(html.contains(QStringLiteral("Northfield and Riverside NHS Foundation Trust")));
    CHECK(html.contains(QStringLiteral("<img class=\"logo\" src=\"data:image/png;base64,")));
    CHECK(cases(f).writeDocument(ReportFormat::Odt, f.path(QStringLiteral("case.odt"))).isEmpty());
    CHECK(readFile(f.path(QStringLiteral("case.odt"))).startsWith("PK"));
}

TEST_CASE("Business cases are duplicated, saved as files, imported and deleted from the list", "[gui][business][list]")
{
    GuiFixture f;
    BusinessCaseArea &area = cases(f);
    const qint64 example = area.openExample();
    REQUIRE(example);
    area.showList();
    BusinessCaseListPage *list = area.list();
    REQUIRE(list->caseCount() == 1);

    list->select(example);
    click(list->duplicateButton());
    settle();
    REQUIRE(list->caseCount() == 2);
    const qint64 copy = list->selectedCase();
    REQUIRE(copy != example);
    CHECK(readCase(f, copy).title.startsWith(QStringLiteral("Copy of ")));
    BusinessCase copied = readCase(f, copy);
    copied.title = readCase(f, example).title;
    CHECK(copied == readCase(f, example));

    const QString json = f.path(QStringLiteral("exported.json"));
    f.prompter().files.push_back(json);
    list->select(example);
    click(list->exportButton());
    settle();
    REQUIRE(QFileInfo::exists(json));
    CHECK(readFile(json) == readFile(examplePath())); // the canonical file, byte for byte
    const ProcessResult valid =
        run(QStringLiteral("python3"), {sourceDir() + QStringLiteral("/tests/data/validate_json.py"),
                                        dataDir() + QStringLiteral("/schema/businesscase.schema.json"), json});
    INFO(valid.out.toStdString() + valid.err.toStdString());
    CHECK(valid.exitCode == 0);

    // A file that is not a business case is refused with its reason, and nothing is added.
    const QString notCase = f.path(QStringLiteral("notes.json"));
    writeFile(notCase, "{\"format\": \"ahplead.businesscase\", \"formatVersion\": 1, \"title\": 12}");
    f.prompter().files.push_back(notCase);
    click(list->importButton());
    settle();
    REQUIRE(f.prompter().count(QStringLiteral("warn")) == 1);
    CHECK(f.prompter().last(QStringLiteral("warn"))->details.contains(QStringLiteral("/title")));
    CHECK(list->caseCount() == 2);

    f.prompter().files.push_back(json);
    click(list->importButton());
    settle();
    REQUIRE(area.editor());
    CHECK(area.editor()->session().businessCase() == readCase(f, example));
    area.showList();
    REQUIRE(list->caseCount() == 3);

    // Deleting asks first; "Keep it" keeps it.
    list->select(copy);
    f.prompter().confirmations.push_back(false);
    click(list->deleteButton());
    CHECK(list->caseCount() == 3);
    f.prompter().confirmations.push_back(true);
    click(list->deleteButton());
    settle();
    CHECK(list->caseCount() == 2);
    CHECK(f.prompter().last(QStringLiteral("confirm"))->text.contains(QStringLiteral("Copy of ")));
    auto store = Store::open(f.storePath(), Store::Mode::ReadOnly);
    CHECK_FALSE(store.value()->businessCase(copy).ok());
    CHECK(store.value()->businessCaseLog(copy)->back().action == QStringLiteral("case_delete"));
}

TEST_CASE("Every input of every part of the business case editor has a name a screen reader can speak",
          "[gui][business][a11y]")
{
    GuiFixture f;
    cases(f);
    REQUIRE(cases(f).openExample());
    CHECK(unnamedInputs(cases(f).list()).join(QStringLiteral("; ")) == QString());
    for (int i = 0; i < editor(f).pageCount(); ++i) {
        editor(f).showPage(i);
        settle();
        INFO(editor(f).page(i)->id().toStdString());
        CHECK(unnamedInputs(editor(f).page(i)).join(QStringLiteral("; ")) == QString());
    }
    CHECK(unnamedInputs(&editor(f)).join(QStringLiteral("; ")) == QString());
    // A field's spoken name says which part of the case it belongs to.
    auto *wte = input<QDoubleSpinBox>(f, QStringLiteral("options"), QStringLiteral("/options/2/posts/0/wte"));
    CHECK(spokenName(wte) == QStringLiteral("Option 3, post 1: WTE"));
    auto *cell =
        input<QDoubleSpinBox>(f, QStringLiteral("workforce"), QStringLiteral("workforce:dietitian:registeredWte"));
    CHECK(spokenName(cell) == QStringLiteral("Dietitians: Registered: WTE"));
}

TEST_CASE("The case for change follows the organisation's latest board assessment in the store", "[gui][business]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Northfield and Riverside NHS Foundation Trust"));
    CaseLinkPage *link = editor(f).link();
    CHECK_FALSE(link->result().caseForChange);
    CHECK(link->result().warnings.join(QLatin1Char(' ')).contains(QStringLiteral("There is no board self-assessment")));
    // The example board assessment arrives (ODS code ZZ1): the case is matched once it has the code.
    f.importExample();
    f.workspace().notifyAssessmentsChanged();
    typeInto(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/organisation/odsCode")),
             QStringLiteral("ZZ1"));
    REQUIRE(readCase(f, id).organisation.odsCode == QStringLiteral("ZZ1"));
    REQUIRE(link->result().caseForChange);
    CHECK(link->result().caseForChange->criticalGaps.size() == 3);
    editor(f).showPage(QStringLiteral("case-for-change"));
    settle();
    auto *title = link->findChild<QLabel *>(QStringLiteral("criticalGapsTitle"));
    REQUIRE(title);
    CHECK(title->text() == QStringLiteral("Critical gaps (3)"));
}

TEST_CASE("The screenshots include the business case editor's options and figures", "[gui][business][screenshot]")
{
    QTemporaryDir dir;
    const ProcessResult result = run(QStringLiteral(AHPLEAD_SCREENSHOTS_PATH), {dir.path()}, {});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    for (const QString &name :
         {QStringLiteral("business-case-options.png"), QStringLiteral("business-case-figures.png")}) {
        INFO(name.toStdString());
        const QImage image(dir.filePath(name));
        REQUIRE_FALSE(image.isNull());
        CHECK(image.size() == QSize(1200, 820));
        CHECK(result.out.contains(name));
    }
}

// Not run by default: every part of the editor as PNG files in $AHPLEAD_CASE_SHOTS, to look at
// (run with QT_SCALE_FACTOR=2 for 200%).
TEST_CASE("Every part of the business case editor renders to PNG files", "[.][shots]")
{
    const QString out = qEnvironmentVariable("AHPLEAD_CASE_SHOTS");
    if (out.isEmpty())
        return;
    QDir().mkpath(out);
    GuiFixture f;
    f.importExample();
    cases(f);
    REQUIRE(cases(f).openExample());
    // A window of WIDTHxHEIGHT (logical pixels), say 960x540 for a 1920x1080 screen at 200%.
    const QStringList size = qEnvironmentVariable("AHPLEAD_CASE_SHOTS_SIZE").split(QLatin1Char('x'));
    if (size.size() == 2)
        f.window().resize(size[0].toInt(), size[1].toInt());
    activate(&f.window());
    for (int i = 0; i < editor(f).pageCount(); ++i) {
        editor(f).showPage(i);
        settle();
        const QString name =
            QStringLiteral("%1/%2-%3").arg(out).arg(i + 1, 2, 10, QLatin1Char('0')).arg(editor(f).page(i)->id());
        f.window().grab().save(name + QStringLiteral(".png"));
        // The whole page in pieces a screen high, to look at one by one.
        if (QWidget *content = editor(f).page(i)->widget())
            for (int y = 0, n = 1; y < content->height(); y += 900, ++n)
                content->grab(QRect(0, y, content->width(), 900)).save(name + QStringLiteral("-part%1.png").arg(n));
    }
    cases(f).showList();
    settle();
    f.window().grab().save(out + QStringLiteral("/list.png"));
}

TEST_CASE("A new business case is never signed with the assessor's name; its own author is remembered",
          "[gui][businesscase]")
{
    GuiFixture f;
    f.settings().setAssessorName(QStringLiteral("Dr Priya Shah")); // the NED who did an assessment here
    f.settings().setAssessorRole(QStringLiteral("Non-executive director"));
    BusinessCaseArea &area = cases(f);
    QString offered = QStringLiteral("not asked");
    area.setDialogDriver([&](QDialog &d) {
        auto *dialog = qobject_cast<CaseNewDialog *>(&d);
        REQUIRE(dialog);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        offered = dialog->nameEdit()->text();
        dialog->organisationBox()->lineEdit()->selectAll();
        QTest::keyClicks(dialog->organisationBox()->lineEdit(), QStringLiteral("Northfield NHS Trust"));
        dialog->nameEdit()->setText(QStringLiteral("Sam Okafor"));
        dialog->findChild<QLineEdit *>(QStringLiteral("casePreparedByRole"))
            ->setText(QStringLiteral("Head of Physiotherapy"));
        click(dialog->createButton());
        return dialog->result();
    });
    click(area.list()->newButton());
    settle();
    activate(&f.window());
    CHECK(offered.isEmpty());
    REQUIRE(area.editor());
    CHECK(area.editor()->session().businessCase().preparedBy.name == QStringLiteral("Sam Okafor"));
    CHECK(f.settings().caseAuthorName() == QStringLiteral("Sam Okafor"));
    CHECK(f.settings().assessorName() == QStringLiteral("Dr Priya Shah")); // the assessor is left alone
    // The change log names the case's author for its creation, not the assessor in Settings.
    auto log = f.workspace().store().businessCaseLog(area.editor()->session().id());
    REQUIRE(log.ok());
    REQUIRE_FALSE(log->empty());
    for (const AuditEntry &entry : log.value())
        CHECK(entry.actor == QStringLiteral("Sam Okafor"));

    // The next case offers the case author, not the assessor.
    area.setDialogDriver([&](QDialog &d) {
        offered = qobject_cast<CaseNewDialog *>(&d)->nameEdit()->text();
        return int(QDialog::Rejected);
    });
    area.showList();
    click(area.list()->newButton());
    settle();
    CHECK(offered == QStringLiteral("Sam Okafor"));
}

TEST_CASE("A new post starts empty and each field is judged when the person leaves it", "[gui][businesscase]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    click(input<QPushButton>(f, QStringLiteral("options"), QStringLiteral("add:/options/2/posts")));
    settle();
    const Post added = readCase(f, id).options[2].posts.back();
    CHECK(added.title.isEmpty());
    CHECK(added.band.isEmpty()); // not Band 4
    CHECK_FALSE(added.support);  // not ticked
    const int k = int(readCase(f, id).options[2].posts.size()) - 1;
    const QString title = QStringLiteral("/options/2/posts/%1/title").arg(k);
    const QString band = QStringLiteral("/options/2/posts/%1/band").arg(k);
    // Nothing is red before anything is typed.
    CHECK(problemShown(f, QStringLiteral("options"), title).isEmpty());
    CHECK(problemShown(f, QStringLiteral("options"), band).isEmpty());
    auto *bandBox = input<QComboBox>(f, QStringLiteral("options"), band);
    CHECK(bandBox->currentIndex() == -1);
    CHECK(bandBox->placeholderText() == QStringLiteral("Choose…"));
    // The keyboard is in the new post's title; leaving it empty judges it, and only it.
    auto *titleBox = input<QLineEdit>(f, QStringLiteral("options"), title);
    titleBox->setFocus(Qt::TabFocusReason);
    QTest::keyClick(titleBox, Qt::Key_Tab);
    settle();
    CHECK_FALSE(problemShown(f, QStringLiteral("options"), title).isEmpty());
    CHECK(problemShown(f, QStringLiteral("options"), band).isEmpty());
}

TEST_CASE("The paper's date is shown and typed the UK way and kept as 2026-12-05 in the file", "[gui][businesscase]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    auto *date = input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/date"));
    const QDate today = QDate::currentDate();
    CHECK(date->text() ==
          QLocale(QLocale::English, QLocale::UnitedKingdom).toString(today, QStringLiteral("d MMMM yyyy")));
    CHECK(readCase(f, id).date == today.toString(Qt::ISODate));
    typeInto(date, QStringLiteral("05/12/2026"));
    CHECK(readCase(f, id).date == QStringLiteral("2026-12-05"));
    CHECK(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/date"))->text() ==
          QStringLiteral("5 December 2026"));
    typeInto(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/date")), QStringLiteral("7 January 2027"));
    CHECK(readCase(f, id).date == QStringLiteral("2027-01-07"));
}
