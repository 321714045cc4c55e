// A file that cannot be imported is explained in plain words first (what it means, what to
// do), the file named after them, and the technical detail kept one click away.
#include "gui/GuiFixture.h"
#include "gui/businesscase/CaseTestSupport.h"

#include "gui/app/MessageBoxPrompter.h"
#include "gui/businesscase/BusinessCaseListPage.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

using namespace ahplead;
using namespace ahplead::test;

namespace {

const ScriptedPrompter::Call &importThroughMenu(GuiFixture &f, const QString &path)
{
    const int before = f.prompter().count(QStringLiteral("warn"));
    f.prompter().files.push_back(path);
    f.window().action(QStringLiteral("importAction"))->trigger();
    settle();
    REQUIRE(f.prompter().count(QStringLiteral("warn")) == before + 1);
    return *f.prompter().last(QStringLiteral("warn"));
}

} // namespace

TEST_CASE("Importing a JSON file that is not an ahplead file says so first, the detail after", "[gui][import]")
{
    GuiFixture f;
    const QString package = f.path(QStringLiteral("package.json"));
    writeFile(package, "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}\n");
    const ScriptedPrompter::Call &told = importThroughMenu(f, package);
    CHECK(told.text.startsWith(QStringLiteral("This is not an ahplead file")));
    CHECK(told.text.contains(QDir::toNativeSeparators(package)));
    CHECK_FALSE(told.text.contains(QStringLiteral("/format")));
    CHECK(told.details == QStringLiteral("package.json: /format: is missing; it is required"));

    // The same words for a business case.
    BusinessCaseArea &area = cases(f);
    f.prompter().files.push_back(package);
    click(area.list()->importButton());
    settle();
    CHECK(f.prompter().last(QStringLiteral("warn"))->text.startsWith(QStringLiteral("This is not an ahplead file")));
    CHECK(f.prompter().last(QStringLiteral("warn"))->details.contains(QStringLiteral("/format: is missing")));
}

TEST_CASE("Importing a binary file gets plain words, not an encoding's name first", "[gui][import]")
{
    GuiFixture f;
    const QString photo = f.path(QStringLiteral("photo.json"));
    QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    png.append(QByteArray(200, '\xfe'));
    writeFile(photo, png);
    const ScriptedPrompter::Call &told = importThroughMenu(f, photo);
    CHECK(told.text.startsWith(QStringLiteral("This file is not one ahplead can read")));
    CHECK(told.details.contains(QStringLiteral("not valid UTF-8")));
}

TEST_CASE("The problem box shows the plain words and keeps the technical detail behind Show Details", "[gui][import]")
{
    GuiFixture f;
    std::unique_ptr<QMessageBox> box = MessageBoxPrompter::problemBox(
        &f.window(), QStringLiteral("The file was not imported"), QStringLiteral("This is not an ahplead file."),
        QStringLiteral("package.json: /format: is missing; it is required"));
    CHECK(box->text() == QStringLiteral("This is not an ahplead file."));
    CHECK(box->informativeText().isEmpty());
    CHECK(box->detailedText() == QStringLiteral("package.json: /format: is missing; it is required"));
}
