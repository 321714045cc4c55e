// File > Export: reports from the report library and the assessment file, each written whole.
#include "gui/GuiFixture.h"

#include "core/assessment/AssessmentReader.h"
#include "gui/assessment/AssessmentSession.h"

#include <catch2/catch.hpp>

#include <QLocale>

#include <QDate>

#include <QAction>
#include <QFileInfo>
#include <QPushButton>

using namespace ahplead;
using namespace ahplead::test;

TEST_CASE("The open assessment exports as PDF, web page, editable document, Word document, spreadsheets of its answers "
          "and its action plan, and file",
          "[gui][export]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    struct Case {
        const char *action;
        const char *file;
    };
    for (const Case &c : {Case{"exportPdfAction", "report.pdf"}, Case{"exportHtmlAction", "report.html"},
                          Case{"exportOdtAction", "report.odt"}, Case{"exportDocxAction", "report.docx"},
                          Case{"exportCsvAction", "answers.csv"}, Case{"exportActionsAction", "actions.csv"},
                          Case{"exportAssessmentAction", "assessment.json"}}) {
        INFO(c.file);
        const QString path = f.path(QString::fromLatin1(c.file));
        f.prompter().files.push_back(path);
        f.window().action(QString::fromLatin1(c.action))->trigger();
        REQUIRE(QFileInfo(path).size() > 500);
        REQUIRE(f.prompter().count(QStringLiteral("warn")) == 0);
        if (QFileInfo(path).suffix() == QLatin1String("docx"))
            CHECK(f.prompter().last(QStringLiteral("chooseSaveFile"))->details ==
                  QStringLiteral("Word document (*.docx)"));
    }
    REQUIRE(readFile(f.path(QStringLiteral("report.pdf"))).startsWith("%PDF"));
    const ProcessResult text =
        run(QStringLiteral("pdftotext"), {f.path(QStringLiteral("report.pdf")), QStringLiteral("-")});
    REQUIRE(text.out.contains(QStringLiteral("Riverside NHS Foundation Trust"))); // pdftotext keeps the "fi" ligature
    REQUIRE(QString::fromUtf8(readFile(f.path(QStringLiteral("report.html"))))
                .contains(QStringLiteral("Northfield and Riverside NHS Foundation Trust")));
    REQUIRE(readFile(f.path(QStringLiteral("report.odt"))).startsWith("PK"));
    REQUIRE(readFile(f.path(QStringLiteral("report.docx"))).startsWith("PK"));
    auto back = AssessmentReader::read(f.path(QStringLiteral("assessment.json")), frameworks());
    REQUIRE(back.ok());
    REQUIRE(back->answers.size() == 66);
}

TEST_CASE("The results page saves the report as PDF in one click", "[gui][export]")
{
    GuiFixture f;
    REQUIRE(f.window().openAssessment(f.importExample()));
    f.view().showResults();
    const QString path = f.path(QStringLiteral("board.pdf"));
    f.prompter().files.push_back(path);
    auto *save = f.view().findChild<QPushButton *>(QStringLiteral("saveReport"));
    REQUIRE(save);
    click(save);
    REQUIRE(readFile(path).startsWith("%PDF"));
    // The file name offered carries the organisation, what it is and today's date.
    const QString today = QLocale(QLocale::English, QLocale::UnitedKingdom)
                              .toString(QDate::currentDate(), QStringLiteral("d-MMMM-yyyy"))
                              .toLower();
    CHECK(QFileInfo(f.prompter().last(QStringLiteral("chooseSaveFile"))->text).fileName() ==
          QStringLiteral("northfield-and-riverside-nhs-foundation-trust-trust-board-report-%1.pdf").arg(today));
    // The confirmation names the file written (and, on screen, offers Open and Show in folder).
    REQUIRE(f.prompter().last(QStringLiteral("exported")));
    CHECK(f.prompter().last(QStringLiteral("exported"))->text == path);
}

TEST_CASE("A report that cannot be written is reported with the file and the reason", "[gui][export]")
{
    GuiFixture f;
    REQUIRE(f.window().openAssessment(f.importExample()));
    const QString path = f.path(QStringLiteral("no-such-folder/sub/report.pdf"));
    QFile blocker(f.path(QStringLiteral("no-such-folder")));
    REQUIRE(blocker.open(QIODevice::WriteOnly)); // a file where the folder should be
    blocker.close();
    f.prompter().files.push_back(path);
    f.window().action(QStringLiteral("exportPdfAction"))->trigger();
    REQUIRE(f.prompter().count(QStringLiteral("warn")) == 1);
    REQUIRE(f.prompter().last(QStringLiteral("warn"))->text.contains(path));
    REQUIRE_FALSE(QFileInfo::exists(path));
}

TEST_CASE("A draft's report leaves its unanswered questions out of the appendix unless File > Export is told to list "
          "them, and remembers the choice",
          "[gui][export]")
{
    GuiFixture f;
    f.createAndOpen();
    const auto exportHtml = [&](const char *name) {
        const QString path = f.path(QString::fromLatin1(name));
        f.prompter().files.push_back(path);
        f.window().action(QStringLiteral("exportHtmlAction"))->trigger();
        REQUIRE(f.prompter().count(QStringLiteral("warn")) == 0);
        return QString::fromUtf8(readFile(path));
    };
    const QString shortPaper = exportHtml("short.html");
    CHECK(shortPaper.contains(QStringLiteral("questions not yet answered are left out")));

    auto *listAll = f.window().findChild<QAction *>(QStringLiteral("exportAllQuestionsAction"));
    REQUIRE(listAll);
    CHECK(listAll->isCheckable());
    CHECK_FALSE(listAll->isChecked());
    listAll->trigger();
    CHECK(f.settings().reportAllQuestions());
    const QString wholePaper = exportHtml("whole.html");
    CHECK_FALSE(wholePaper.contains(QStringLiteral("questions not yet answered are left out")));
    CHECK(wholePaper.count(QStringLiteral("Not answered")) >= 66);
    CHECK(shortPaper.count(QStringLiteral("Not answered")) < wholePaper.count(QStringLiteral("Not answered")));
}
