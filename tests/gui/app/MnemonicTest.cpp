// Alt+letter does one thing on every page: the menu bar's letters are its own, and no page
// gives the same letter to a tab, button or labelled field.
#include "gui/GuiFixture.h"
#include "gui/businesscase/CaseTestSupport.h"
#include "gui/region/RegionTestSupport.h"

#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/DomainPage.h"
#include "gui/assessment/QuestionWidget.h"
#include "gui/region/ImportDialog.h"
#include "gui/region/RegionView.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>

#include <map>

using namespace ahplead;
using namespace ahplead::test;

namespace {

// The letter after a single '&' in TEXT ("&&" is a literal ampersand), upper case; 0 if none.
QChar mnemonicOf(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text[i + 1].toUpper();
    }
    return QChar();
}

// Every Alt+letter the widgets now on screen in WINDOW answer to, with what answers it.
std::multimap<QChar, QString> pageMnemonics(QWidget &window)
{
    std::multimap<QChar, QString> found;
    auto note = [&](const QString &text) {
        if (const QChar c = mnemonicOf(text); !c.isNull())
            found.emplace(c, text);
    };
    for (QWidget *w : window.findChildren<QWidget *>()) {
        if (!w->isVisibleTo(&window) || qobject_cast<QMenuBar *>(w) || qobject_cast<QMenu *>(w))
            continue;
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            note(b->text());
        else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
            note(l->text());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            note(g->title());
        else if (auto *t = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < t->count(); ++i)
                if (t->isTabVisible(i))
                    note(t->tabText(i));
    }
    return found;
}

void requireNoClash(MainWindow &window, const QString &page)
{
    settle();
    INFO("page: " << page.toStdString());
    std::map<QChar, QString> menus;
    for (QAction *a : window.menuBar()->actions()) {
        const QChar c = mnemonicOf(a->text());
        INFO("menu " << a->text().toStdString());
        REQUIRE_FALSE(c.isNull());
        REQUIRE(menus.count(c) == 0); // each menu its own letter
        menus.emplace(c, a->text());
    }
    const std::multimap<QChar, QString> onPage = pageMnemonics(window);
    for (const auto &[letter, text] : onPage) {
        const auto menu = menus.find(letter);
        INFO("Alt+" << QString(letter).toStdString() << " is \"" << text.toStdString() << "\" on the page and the \""
                    << (menu == menus.end() ? std::string() : menu->second.toStdString()) << "\" menu");
        CHECK(menu == menus.end());
    }
}

} // namespace

TEST_CASE("Every menu's Alt letter is its own on every page", "[gui][keyboard][mnemonic]")
{
    GuiFixture f;
    requireNoClash(f.window(), QStringLiteral("start"));

    const qint64 id = f.importExample();
    REQUIRE(f.window().openAssessment(id));
    requireNoClash(f.window(), QStringLiteral("a section of the assessment"));
    f.view().showPage(f.view().pageCount() - 1);
    requireNoClash(f.window(), QStringLiteral("results"));

    newCaseByHand(f, QStringLiteral("Northfield NHS Trust"));
    for (int p = 0; p < editor(f).pageCount(); ++p) {
        editor(f).showPage(p);
        requireNoClash(f.window(), QStringLiteral("business case part %1").arg(p + 1));
    }
    cases(f).showList();
    requireNoClash(f.window(), QStringLiteral("business cases"));

    f.window().showRegion();
    RegionView &region = *f.window().regionView();
    requireNoClash(f.window(), QStringLiteral("regional review, empty"));
    ImportDialog *dialog =
        importAndWait(region, {writeSubmission(f.path(QStringLiteral("trust1.ahplead")), regionTrust(1))});
    REQUIRE(dialog->report().count(Importer::Outcome::Imported) == 1);
    const qint64 submission = dialog->report().items.front().id;
    dialog->accept();
    settle();
    REQUIRE(region.tabs()->tabBar()->isVisible());
    for (int tab : {RegionView::DashboardTab, RegionView::RecommendationsTab, RegionView::SubmissionsTab}) {
        region.tabs()->setCurrentIndex(tab);
        requireNoClash(f.window(), QStringLiteral("regional review tab %1").arg(tab + 1));
    }
    REQUIRE(region.openSubmission(submission));
    requireNoClash(f.window(), QStringLiteral("a submission's review"));
}

TEST_CASE("On the regional review Alt+R belongs to the Recommendations tab alone", "[gui][keyboard][mnemonic]")
{
    // Pressing Alt+R is checked by hand under Xvfb (the offscreen platform does not deliver
    // mnemonics); here: nothing else on the page or in the menu bar answers to it.
    GuiFixture f;
    f.window().showRegion();
    RegionView &region = *f.window().regionView();
    // The tabs show once there is a submission.
    ImportDialog *dialog =
        importAndWait(region, {writeSubmission(f.path(QStringLiteral("trust1.ahplead")), regionTrust(1))});
    REQUIRE(dialog->report().count(Importer::Outcome::Imported) == 1);
    dialog->accept();
    settle();
    REQUIRE(region.tabs()->tabBar()->isVisible());
    QStringList answering;
    const std::multimap<QChar, QString> onPage = pageMnemonics(f.window());
    for (const auto &[letter, text] : onPage) {
        UNSCOPED_INFO("Alt+" << QString(letter).toStdString() << ": " << text.toStdString());
        if (letter == QLatin1Char('R'))
            answering << text;
    }
    for (QAction *a : f.window().menuBar()->actions())
        if (mnemonicOf(a->text()) == QLatin1Char('R'))
            answering << a->text();
    CHECK(answering == QStringList{region.tabs()->tabText(RegionView::RecommendationsTab)});
}

TEST_CASE("After a section's last question, Tab reaches Previous and Next before going back to the top",
          "[gui][keyboard]")
{
    GuiFixture f;
    f.createAndOpen();
    for (int section : {0, 1}) {
        INFO("section " << section + 1);
        f.view().showPage(section);
        settle();
        QuestionWidget &last = *f.page().questions().back();
        last.whyButton()->setFocus(Qt::TabFocusReason);
        REQUIRE(focused() == last.whyButton());
        key(Qt::Key_Tab);
        if (f.view().previousButton()->isVisible() && f.view().previousButton()->isEnabled()) {
            CHECK(focused() == f.view().previousButton());
            key(Qt::Key_Tab);
        }
        CHECK(focused() == f.view().nextButton());
    }
}
