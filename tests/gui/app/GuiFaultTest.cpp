// Faults from outside the program as a person meets them in the window: a disk that fills up
// while answering, and exports into a folder that cannot be written or onto a full disk. The
// faults are real (a small tmpfs, the immutable attribute), made by tests/reliability's
// FaultMakers; docs/reliability.md lists the command-line side of the same guarantees.
#include "gui/GuiFixture.h"

#include "reliability/FaultMakers.h"
#include "reliability/HostileFiles.h"

#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/businesscase/CaseTestSupport.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>

#include <map>

using namespace ahplead;
using namespace ahplead::test;

namespace {

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

struct ExportCase {
    const char *action;
    const char *file;
};

const ExportCase Exports[] = {{"exportPdfAction", "report.pdf"},
                              {"exportHtmlAction", "report.html"},
                              {"exportOdtAction", "report.odt"},
                              {"exportCsvAction", "answers.csv"},
                              {"exportAssessmentAction", "assessment.json"}};

#define REQUIRE_FAULT(fault)                                                                                           \
    if (!(fault).ok()) {                                                                                               \
        AHPLEAD_SKIP("this machine cannot make the fault: " << (fault).problem().toStdString());                       \
    }

} // namespace

TEST_CASE("When the disk fills while answering, the answer stays in the form marked not saved, every saved answer is "
          "kept, and Try again saves it once there is room",
          "[gui][fault]")
{
    GuiFixture f;
    SmallFileSystem disk(f.path(QStringLiteral("disk")), 2 * 1024 * 1024);
    REQUIRE_FAULT(disk);
    const QString storePath = f.path(QStringLiteral("disk/store.sqlite"));
    const QString ballast = f.path(QStringLiteral("disk/ballast"));
    writeFile(ballast, QByteArray(256 * 1024, 'b'));
    {
        auto store = Store::open(storePath);
        REQUIRE(store.ok());
        f.workspace().replaceStore(std::move(store).value());
    }
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    AssessmentSession &session = f.view().session();

    // What is in the store, read through a second connection: only what was committed.
    const auto stored = [&] {
        auto other = Store::open(storePath, Store::Mode::ReadOnly);
        REQUIRE(other.ok());
        REQUIRE(other.value()->checkIntegrity().ok());
        return other.value()->assessment(id).value();
    };

    // Notes of 60,000 characters, as a person pastes them, until the store refuses one.
    std::map<QString, QString> saved;
    for (const Answer &a : stored().answers)
        saved[a.questionId] = a.evidence;
    QStringList questions;
    for (const Domain &d : session.framework().domains)
        for (const Question &q : d.questions)
            questions << q.id;
    QString refused;
    for (int i = 0; i < 2000 && refused.isEmpty(); ++i) {
        const QString q = questions[i % questions.size()];
        const QString note = QStringLiteral("note %1 ").arg(i) + QString(60000, QLatin1Char('n'));
        session.setEvidence(q, note);
        if (session.unsaved().contains(q))
            refused = q;
        else
            saved[q] = note;
    }
    REQUIRE_FALSE(refused.isEmpty()); // the disk did fill
    settle();
    CHECK(f.view().problemBanner()->isVisible());
    const QString banner = f.view().problemBanner()->findChildren<QLabel *>().back()->text();
    INFO(banner.toStdString());
    CHECK(banner.contains(QStringLiteral("could not be saved")));
    CHECK(banner.contains(QStringLiteral("the disk is full. Free some space on it, then try again")));
    CHECK(f.window().saveStatus()->text().startsWith(QStringLiteral("Not saved")));
    CHECK(session.answer(refused)->evidence.startsWith(QStringLiteral("note "))); // kept in the window

    // Nothing already saved was lost, and the refused note did not half-land.
    auto check = [&] {
        const Assessment back = stored();
        for (const auto &[question, evidence] : saved) {
            INFO(question.toStdString());
            CHECK(back.answers.value(question).evidence == evidence);
        }
    };
    check();

    // Room again: Try again saves what was waiting, and the banner goes.
    REQUIRE(QFile::remove(ballast));
    REQUIRE(disk.resize(16 * 1024 * 1024));
    saved[refused] = session.answer(refused)->evidence;
    QPushButton *retry = f.view().problemBanner()->findChild<QPushButton *>(QStringLiteral("retrySave"));
    REQUIRE(retry);
    click(retry);
    CHECK_FALSE(f.view().problemBanner()->isVisible());
    CHECK(session.unsaved().isEmpty());
    CHECK(f.window().saveStatus()->text().startsWith(QStringLiteral("Saved at ")));
    check();
}

TEST_CASE("Exporting into a folder that cannot be written names the file and the reason, leaves nothing behind, and "
          "works once the folder can be written",
          "[gui][fault]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    const QString out = f.path(QStringLiteral("out"));
    QDir().mkpath(out);
    const int answers = int(f.readBack(id).answers.size());
    {
        WriteBarrier barrier(out);
        REQUIRE_FAULT(barrier);
        int warnings = 0;
        for (const ExportCase &c : Exports) {
            INFO(c.file);
            const QString path = out + QLatin1Char('/') + QLatin1String(c.file);
            f.prompter().files.push_back(path);
            f.window().action(QLatin1String(c.action))->trigger();
            REQUIRE(f.prompter().count(QStringLiteral("warn")) == ++warnings);
            const auto *warn = f.prompter().last(QStringLiteral("warn"));
            CHECK(warn->text.contains(QDir::toNativeSeparators(path)));
            CHECK(warn->details.contains(QStringLiteral("Choose another folder")));
            CHECK(entriesOf(out).isEmpty());
        }
    }
    CHECK(f.readBack(id).answers.size() == answers); // the store is as it was
    for (const ExportCase &c : Exports) {
        INFO(c.file);
        const QString path = out + QLatin1Char('/') + QLatin1String(c.file);
        f.prompter().files.push_back(path);
        f.window().action(QLatin1String(c.action))->trigger();
        CHECK(QFileInfo(path).size() > 500);
    }
    CHECK(f.prompter().count(QStringLiteral("warn")) == int(std::size(Exports)));
}

TEST_CASE("Exporting onto a full disk keeps the earlier export, leaves no partial file, and says so", "[gui][fault]")
{
    GuiFixture f;
    REQUIRE(f.window().openAssessment(f.importExample()));
    const QString diskPath = f.path(QStringLiteral("disk"));
    SmallFileSystem disk(diskPath, 512 * 1024);
    REQUIRE_FAULT(disk);
    const QString path = diskPath + QStringLiteral("/report.pdf");
    f.prompter().files.push_back(path);
    f.window().action(QStringLiteral("exportPdfAction"))->trigger();
    REQUIRE(f.prompter().count(QStringLiteral("warn")) == 0);
    const QByteArray earlier = readFile(path);
    REQUIRE(earlier.startsWith("%PDF"));
    writeFile(diskPath + QStringLiteral("/filler"), QByteArray(disk.freeBytes() - 4096, 'f'));
    const QStringList before = entriesOf(diskPath);

    for (const ExportCase &c : Exports) {
        INFO(c.file);
        const QString target = diskPath + QLatin1Char('/') + QLatin1String(c.file);
        f.prompter().files.push_back(target);
        const int warnings = f.prompter().count(QStringLiteral("warn"));
        f.window().action(QLatin1String(c.action))->trigger();
        REQUIRE(f.prompter().count(QStringLiteral("warn")) == warnings + 1);
        CHECK(f.prompter().last(QStringLiteral("warn"))->text.contains(QDir::toNativeSeparators(target)));
        CHECK(entriesOf(diskPath) == before);
    }
    CHECK(readFile(path) == earlier);
}

TEST_CASE("Hostile assessment and business case files imported in the window are refused, naming the file, and "
          "nothing is added",
          "[gui][fault]")
{
    GuiFixture f;
    f.importExample();
    BusinessCaseArea &area = cases(f);
    const auto assessments = [&] { return f.workspace().store().assessments().value().size(); };
    const auto businessCases = [&] { return f.workspace().store().businessCases().value().size(); };
    const std::size_t assessmentsBefore = assessments();
    const std::size_t casesBefore = businessCases();
    int warnings = 0;
    int tried = 0;
    for (const HostileFile &v : hostileFiles(readFile(dataDir() + QStringLiteral("/examples/board-example.json")))) {
        INFO("assessment " << v.name.toStdString());
        const QString path = f.path(QStringLiteral("assessment-%1.json").arg(v.name));
        writeFile(path, v.bytes);
        f.prompter().files.push_back(path);
        f.window().action(QStringLiteral("importAction"))->trigger();
        REQUIRE(f.prompter().count(QStringLiteral("warn")) == ++warnings);
        CHECK(f.prompter().last(QStringLiteral("warn"))->text.contains(QDir::toNativeSeparators(path)));
        CHECK(f.prompter().last(QStringLiteral("warn"))->details.contains(v.expected));
        CHECK(assessments() == assessmentsBefore);
        ++tried;
    }
    for (const HostileFile &v :
         hostileFiles(readFile(dataDir() + QStringLiteral("/examples/business-case-example.json")))) {
        INFO("business case " << v.name.toStdString());
        const QString path = f.path(QStringLiteral("case-%1.json").arg(v.name));
        writeFile(path, v.bytes);
        CHECK(area.importFile(path) == 0);
        REQUIRE(f.prompter().count(QStringLiteral("warn")) == ++warnings);
        CHECK(f.prompter().last(QStringLiteral("warn"))->text.contains(QDir::toNativeSeparators(path)));
        CHECK(f.prompter().last(QStringLiteral("warn"))->details.contains(v.expected));
        CHECK(businessCases() == casesBefore);
        ++tried;
    }
    CHECK(tried == 30);
}
