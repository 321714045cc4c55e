// Every window and dialog opens inside the screen it is on, frame and all, so nothing (the
// Previous and Next bar, a dialog's buttons) is out of reach on a small laptop screen.
#include "gui/GuiFixture.h"
#include "gui/businesscase/CaseTestSupport.h"

#include "gui/app/MessageBoxPrompter.h"
#include "gui/app/UserGuideDialog.h"
#include "gui/businesscase/BusinessCaseListPage.h"
#include "gui/region/ImportDialog.h"
#include "gui/region/RegionTestSupport.h"
#include "gui/region/RegionView.h"
#include "gui/widgets/ScreenFit.h"

#include <catch2/catch.hpp>

#include <QDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>

#include <functional>
#include <memory>

using namespace ahplead;
using namespace ahplead::test;

namespace {

// WINDOW, shown, lies within its screen's available area (the part panels leave free).
void requireFits(QWidget &window, const QString &what)
{
    if (!window.isVisible()) {
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    settle();
    const QRect room = window.screen()->availableGeometry();
    INFO(what.toStdString() << ": " << window.frameGeometry().width() << "x" << window.frameGeometry().height()
                            << " at " << window.frameGeometry().x() << "," << window.frameGeometry().y() << " in "
                            << room.width() << "x" << room.height());
    CHECK(room.contains(window.frameGeometry()));
}

// Runs the dialog that ACTION opens through F's dialog driver and checks that it fits.
void requireDialogFits(MainWindow &window, const QString &what, const std::function<void()> &action)
{
    bool seen = false;
    window.setDialogDriver([&](QDialog &dialog) {
        seen = true;
        requireFits(dialog, what);
        return int(QDialog::Rejected);
    });
    action();
    window.setDialogDriver({});
    CHECK(seen);
}

} // namespace

TEST_CASE("The first window opens within the screen", "[gui][screen]")
{
    GuiFixture f;
    // As on first use: no size remembered from an earlier run.
    AppSettings fresh(f.path(QStringLiteral("fresh.ini")));
    MainWindow window(f.workspace(), fresh, f.prompter());
    requireFits(window, QStringLiteral("the main window"));
    // Its own minimum fits too, so the window can always be made to fit.
    CHECK(window.minimumSizeHint().height() <= window.screen()->availableGeometry().height());
    CHECK(window.minimumSizeHint().width() <= window.screen()->availableGeometry().width());
}

TEST_CASE("Every dialog opens within the screen", "[gui][screen]")
{
    GuiFixture f;
    MainWindow &w = f.window();
    // The window as it opens on this screen (the fixture makes it 1200x800 whatever the screen);
    // the dialogs open over it.
    ScreenFit::place(&w, QSize(1200, 820));
    requireFits(w, QStringLiteral("the main window"));
    requireDialogFits(w, QStringLiteral("new assessment"), [&] { w.newAssessment(); });
    requireDialogFits(w, QStringLiteral("settings"), [&] { w.showSettings(); });
    requireDialogFits(w, QStringLiteral("about"), [&] { w.action(QStringLiteral("aboutAction"))->trigger(); });
    const qint64 id = f.importExample();
    REQUIRE(w.openAssessment(id));
    requireDialogFits(w, QStringLiteral("assessment details"), [&] { w.editDetails(); });

    w.showUserGuide();
    auto *guide = w.findChild<UserGuideDialog *>();
    REQUIRE(guide);
    requireFits(*guide, QStringLiteral("user guide"));
    guide->close();

    std::unique_ptr<QMessageBox> save =
        MessageBoxPrompter::saveBox(&w, QStringLiteral("Save your review?"), QStringLiteral("Changed"), QString(),
                                    QStringLiteral("Save the review"), QStringLiteral("Leave without saving"));
    requireFits(*save, QStringLiteral("save your review?"));
    std::unique_ptr<QMessageBox> problem = MessageBoxPrompter::storeProblemBox(
        &w, {f.path(QStringLiteral("a/rather/long/path/to/the/store.sqlite")),
             QStringLiteral("The file is locked by another program."), true, false});
    requireFits(*problem, QStringLiteral("the store cannot be opened"));

    BusinessCaseArea &area = cases(f);
    bool seen = false;
    area.setDialogDriver([&](QDialog &d) {
        seen = true;
        requireFits(d, QStringLiteral("new business case"));
        return int(QDialog::Rejected);
    });
    click(area.list()->newButton());
    settle();
    CHECK(seen);

    w.showRegion();
    ImportDialog *import =
        importAndWait(*w.regionView(), {writeSubmission(f.path(QStringLiteral("t1.ahplead")), regionTrust(1)),
                                        writeSubmission(f.path(QStringLiteral("t2.ahplead")), regionTrust(2))});
    requireFits(*import, QStringLiteral("import submissions"));
    import->accept();
}
