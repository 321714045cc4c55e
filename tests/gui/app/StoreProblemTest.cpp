// A store that cannot be opened: a dialog naming the file, what is wrong and what can be
// done; never a crash, never a silently empty new store.
#include "gui/GuiFixture.h"

#include "core/assessment/AssessmentReader.h"
#include "gui/app/MessageBoxPrompter.h"
#include "gui/app/StartPage.h"
#include "gui/app/StoreOpener.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/DomainPage.h"
#include "gui/assessment/QuestionWidget.h"
#include "support/TestStores.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>

using namespace ahplead;
using namespace ahplead::test;

namespace {

// Makes PATH read-only for this process. Permissions do not stop root, so as root the
// file is also made immutable (chattr +i) and made normal again on destruction.
class ReadOnlyFile {
public:
    explicit ReadOnlyFile(QString path) : m_path(std::move(path))
    {
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (QFileInfo(m_path).isWritable()) {
            m_immutable = run(QStringLiteral("chattr"), {QStringLiteral("+i"), m_path}).exitCode == 0;
        }
    }
    ~ReadOnlyFile()
    {
        if (m_immutable)
            run(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    bool readOnly() const
    {
        QFileInfo info(m_path);
        info.setCaching(false);
        return !info.isWritable();
    }

private:
    QString m_path;
    bool m_immutable = false;
};

QString makeStoreWithExample(const QString &path)
{
    auto store = Store::open(path);
    REQUIRE(store.ok());
    auto example = AssessmentReader::read(dataDir() + QStringLiteral("/examples/board-example.json"), frameworks());
    REQUIRE(example.ok());
    REQUIRE(store.value()->addAssessment(example.value(), QStringLiteral("test")).ok());
    return path;
}

} // namespace

TEST_CASE("A read-only store is named in a dialog and can be opened read-only", "[gui][store]")
{
    prepareApplication();
    QTemporaryDir dir;
    const QString path = makeStoreWithExample(dir.filePath(QStringLiteral("shared.sqlite")));
    ReadOnlyFile lock(path);
    if (!lock.readOnly()) {
        AHPLEAD_SKIP("this system cannot make a file read-only for this user");
    }
    ScriptedPrompter prompter;
    prompter.storeChoices.push_back(StoreChoice::OpenReadOnly);
    std::unique_ptr<Store> store = StoreOpener(prompter).open(path, false);

    REQUIRE(prompter.problems.size() == 1);
    const StoreProblem &problem = prompter.problems.front();
    REQUIRE(problem.path == path);
    REQUIRE(problem.message.contains(QStringLiteral("read-only")));
    REQUIRE(problem.message.contains(QDir::toNativeSeparators(path)));
    REQUIRE(problem.canOpenReadOnly);
    REQUIRE(store);
    REQUIRE(store->readOnly());

    // The app then shows the assessments but offers no way to change them.
    Workspace workspace(std::move(store));
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(workspace, settings, prompter);
    window.show();
    REQUIRE_FALSE(window.startPage()->newButton()->isEnabled());
    const qint64 id = workspace.store().assessments()->front().id;
    window.startPage()->select(id);
    REQUIRE_FALSE(window.startPage()->deleteButton()->isEnabled());
    REQUIRE(window.startPage()->openButton()->isEnabled());
    REQUIRE(window.openAssessment(id));
    QuestionWidget *q = window.assessmentView()->currentDomainPage()
                            ? window.assessmentView()->currentDomainPage()->questions().front()
                            : nullptr;
    if (!q) {
        window.assessmentView()->showPage(0);
        q = window.assessmentView()->currentDomainPage()->questions().front();
    }
    REQUIRE_FALSE(q->button(AnswerValue::InPlace)->isEnabled());
}

TEST_CASE("The store dialog people see names the file and offers read-only", "[gui][store]")
{
    prepareApplication();
    QTemporaryDir dir;
    const QString path = makeStoreWithExample(dir.filePath(QStringLiteral("shared.sqlite")));
    ReadOnlyFile lock(path);
    if (!lock.readOnly()) {
        AHPLEAD_SKIP("this system cannot make a file read-only for this user");
    }
    MessageBoxPrompter prompter;
    QString shownText;
    QString shownDetails;
    QStringList buttons;
    // The message box is modal: answer it from the event loop, as a person would.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll.stop();
        shownText = box->text();
        shownDetails = box->informativeText();
        for (QAbstractButton *b : box->buttons())
            buttons << b->text();
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QStringLiteral("Open read-only"))
                b->click();
    });
    poll.start(20);
    // Never hang the test run: whatever is still open after ten seconds is closed.
    QTimer::singleShot(10000, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    std::unique_ptr<Store> store = StoreOpener(prompter).open(path, false);
    REQUIRE(shownText.contains(QDir::toNativeSeparators(path)));
    REQUIRE(shownDetails.contains(QStringLiteral("What is wrong:")));
    REQUIRE(shownDetails.contains(QStringLiteral("What you can do:")));
    REQUIRE(buttons.contains(QStringLiteral("Open read-only")));
    REQUIRE(buttons.contains(QStringLiteral("Choose another file…")));
    REQUIRE(buttons.contains(QStringLiteral("Quit")));
    REQUIRE(store);
    REQUIRE(store->readOnly());
}

TEST_CASE("A file that is not a store is reported and left exactly as it was", "[gui][store]")
{
    prepareApplication();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
    const QByteArray content("These are meeting notes, not a database.\n");
    writeFile(path, content);
    ScriptedPrompter prompter; // answers Quit
    std::unique_ptr<Store> store = StoreOpener(prompter).open(path, false);
    REQUIRE_FALSE(store);
    REQUIRE(prompter.problems.size() == 1);
    REQUIRE(prompter.problems.front().message.contains(QStringLiteral("not a SQLite database")));
    REQUIRE_FALSE(prompter.problems.front().canOpenReadOnly);
    REQUIRE(readFile(path) == content);
}

TEST_CASE("A damaged store is reported, and another file can be chosen instead", "[gui][store]")
{
    prepareApplication();
    QTemporaryDir dir;
    const QString path = makeStoreWithExample(dir.filePath(QStringLiteral("damaged.sqlite")));
    QByteArray bytes = readFile(path);
    REQUIRE(bytes.size() > 4096);
    // Keep the SQLite header, wreck the rest.
    for (qsizetype i = 100; i < bytes.size(); ++i)
        bytes[i] = char(0xA5);
    writeFile(path, bytes);
    const QString other = dir.filePath(QStringLiteral("fresh.sqlite"));
    ScriptedPrompter prompter;
    prompter.storeChoices.push_back(StoreChoice::ChooseAnother);
    prompter.files.push_back(other);
    std::unique_ptr<Store> store = StoreOpener(prompter).open(path, false);
    REQUIRE(prompter.problems.size() == 1);
    REQUIRE(prompter.problems.front().message.contains(QDir::toNativeSeparators(path)));
    REQUIRE(store);
    REQUIRE(store->path() == other);
    REQUIRE(readFile(path) == bytes); // the damaged file is not "repaired" into an empty store
}

TEST_CASE("A store from a newer ahplead is refused with advice, not opened", "[gui][store]")
{
    prepareApplication();
    QTemporaryDir dir;
    const QString path = makeStoreWithExample(dir.filePath(QStringLiteral("newer.sqlite")));
    const ProcessResult set = run(QStringLiteral("sqlite3"), {path, QStringLiteral("PRAGMA user_version = 99;")});
    REQUIRE(set.exitCode == 0);
    ScriptedPrompter prompter;
    std::unique_ptr<Store> store = StoreOpener(prompter).open(path, false);
    REQUIRE_FALSE(store);
    REQUIRE(prompter.problems.front().message.contains(QStringLiteral("newer version of ahplead")));
    REQUIRE_FALSE(prompter.problems.front().canOpenReadOnly);
}

TEST_CASE("A remembered store that has gone is reported, not silently replaced by an empty one", "[gui][store]")
{
    prepareApplication();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gone.sqlite"));
    ScriptedPrompter prompter;
    std::unique_ptr<Store> store = StoreOpener(prompter).open(path, true);
    REQUIRE_FALSE(store);
    REQUIRE(prompter.problems.front().message.contains(QStringLiteral("cannot be found")));
    REQUIRE(prompter.problems.front().canCreate);
    REQUIRE_FALSE(QFileInfo::exists(path));

    prompter.storeChoices.push_back(StoreChoice::CreateNew);
    store = StoreOpener(prompter).open(path, true);
    REQUIRE(store);
    REQUIRE(QFileInfo::exists(path));
}

TEST_CASE("A shared store whose server wants a password asks for it until it is right, and opens as that user, on "
          "PostgreSQL",
          "[gui][store][postgresql]")
{
    TestStores stores(Backend::PostgreSQL);
    if (!stores.unavailable().isEmpty())
        AHPLEAD_SKIP(stores.unavailable().toStdString());
    stores.sql(QStringLiteral("s"), QStringLiteral("DO $$ BEGIN EXECUTE format('GRANT ALL ON SCHEMA %I TO "
                                                   "ahplead_password', current_schema()); END $$"));
    const QString address = stores.address() + QStringLiteral("&user=ahplead_password");
    qunsetenv("PGPASSWORD");
    ScriptedPrompter prompter;
    prompter.passwords = {QStringLiteral("wrong-password"), QStringLiteral("right-password")};
    std::unique_ptr<Store> store = StoreOpener(prompter).open(address, true);
    REQUIRE(store);
    CHECK(prompter.count(QStringLiteral("askPassword")) == 2);
    CHECK(prompter.last(QStringLiteral("askPassword"))->text == address);
    CHECK(prompter.count(QStringLiteral("storeProblem")) == 0);
    CHECK(store->databaseUser() == QStringLiteral("ahplead_password"));
    CHECK(store->description() == address + QStringLiteral(" as ahplead_password"));
}

TEST_CASE("A shared store that cannot be reached is named as a shared store, and nothing is asked of files",
          "[gui][store]")
{
    const QString address = QStringLiteral("postgresql:///ahplead?host=/nonexistent/socket/folder");
    ScriptedPrompter prompter;
    std::unique_ptr<Store> store = StoreOpener(prompter).open(address, true);
    CHECK_FALSE(store);
    REQUIRE(prompter.problems.size() == 1);
    CHECK(prompter.problems.front().message.contains(QStringLiteral("the server cannot be reached")));
    CHECK_FALSE(prompter.problems.front().canCreate);
    CHECK_FALSE(prompter.problems.front().canOpenReadOnly);
    CHECK(prompter.count(QStringLiteral("askPassword")) == 0);
}
