// Help > User guide and Help > About (issue 8): the bundled guide shown inside the app, with
// its pictures and working links, and About with the version, licence and sources.
// With AHPLEAD_HELP_SHOTS=DIR set, both dialogs are also saved there as PNG files to look at.
#include "gui/GuiFixture.h"
#include "gui/app/AboutDialog.h"
#include "gui/app/UserGuideDialog.h"
#include "report/document/SourceLibrary.h"

#include <catch2/catch.hpp>

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

#include <cmath>

using namespace ahplead;
using namespace ahplead::test;

namespace {

void saveShot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("AHPLEAD_HELP_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget.grab().save(QDir(dir).filePath(name));
}

QMenu *helpMenu(MainWindow &window)
{
    for (QAction *a : window.menuBar()->actions())
        if (a->menu() && a->text().remove(QLatin1Char('&')) == QLatin1String("Help"))
            return a->menu();
    return nullptr;
}

UserGuideDialog *openGuide(GuiFixture &f)
{
    f.window().action(QStringLiteral("userGuideAction"))->trigger();
    auto *guide = f.window().findChild<UserGuideDialog *>();
    REQUIRE(guide);
    REQUIRE(QTest::qWaitForWindowExposed(guide));
    settle(200); // the pictures are fitted to the window's width once its size settles
    return guide;
}

// Every picture in the page, by name, that the document could load.
QStringList loadedPictures(QTextDocument *doc)
{
    QStringList names;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat()) {
                const QString name = it.fragment().charFormat().toImageFormat().name();
                const QVariant image = doc->resource(QTextDocument::ImageResource, QUrl(name));
                if (image.isValid() && !image.value<QImage>().isNull())
                    names << name;
                else if (image.isValid() && !image.value<QPixmap>().isNull())
                    names << name;
            }
    return names;
}

} // namespace

TEST_CASE("The Help menu offers the user guide, the keyboard shortcuts and About", "[gui][help]")
{
    GuiFixture f;
    QMenu *help = helpMenu(f.window());
    REQUIRE(help);
    QStringList items;
    for (QAction *a : help->actions())
        if (!a->isSeparator())
            items << a->text().remove(QLatin1Char('&'));
    REQUIRE(items.contains(QStringLiteral("User guide")));
    REQUIRE(items.contains(QStringLiteral("About ahplead")));
    REQUIRE(items.indexOf(QStringLiteral("User guide")) == 0);
}

TEST_CASE("Help > User guide shows the bundled guide with its pictures, offline", "[gui][help]")
{
    GuiFixture f;
    UserGuideDialog *guide = openGuide(f);
    REQUIRE(guide->isVisible());
    REQUIRE_FALSE(guide->isModal()); // read beside the app
    REQUIRE(guide->page().toLocalFile().endsWith(QStringLiteral("/user-guide.md")));
    QTextBrowser *browser = guide->browser();
    const QString text = browser->toPlainText();
    REQUIRE(text.startsWith(QStringLiteral("ahplead user guide")));
    REQUIRE(text.contains(QStringLiteral("Starting ahplead")));
    REQUIRE(text.contains(QStringLiteral("Where your answers are kept")));
    // The markdown became formatted text, not marks: no "##" or "**" left.
    REQUIRE_FALSE(text.contains(QStringLiteral("## ")));
    REQUIRE_FALSE(text.contains(QStringLiteral("**")));

    // The pictures are loaded from the docs folder and fit the page's width.
    browser->document()->documentLayout()->documentSize(); // lays out, loading the pictures
    const QStringList pictures = loadedPictures(browser->document());
    INFO(pictures.join(QStringLiteral(", ")).toStdString());
    REQUIRE(pictures.contains(QStringLiteral("images/start.png")));
    REQUIRE(pictures.size() >= 5);
    REQUIRE(browser->horizontalScrollBar()->maximum() == 0); // nothing wider than the page
    saveShot(*guide, QStringLiteral("user-guide.png"));
    guide->open(QStringLiteral("#starting-ahplead"));
    settle(100);
    saveShot(*guide, QStringLiteral("user-guide-picture.png"));

    // A second Help > User guide brings the same window forward rather than opening another.
    f.window().action(QStringLiteral("userGuideAction"))->trigger();
    REQUIRE(f.window().findChildren<UserGuideDialog *>().size() == 1);
}

TEST_CASE("The user guide's contents, links to other pages and Back work", "[gui][help]")
{
    GuiFixture f;
    UserGuideDialog *guide = openGuide(f);
    QTextBrowser *browser = guide->browser();
    QScrollBar *scroll = browser->verticalScrollBar();
    REQUIRE(scroll->value() == 0);

    // The table of contents: "[Using the keyboard](#using-the-keyboard)".
    emit browser->anchorClicked(QUrl(QStringLiteral("#using-the-keyboard")));
    settle();
    REQUIRE(scroll->value() > 0);
    QTextBlock heading = browser->document()->begin();
    while (heading.isValid() &&
           (heading.blockFormat().headingLevel() == 0 || heading.text() != QLatin1String("Using the keyboard")))
        heading = heading.next();
    REQUIRE(heading.isValid());
    const qreal headingTop = browser->document()->documentLayout()->blockBoundingRect(heading).top();
    // The heading is at the top of the window (or the page is scrolled as far as it goes).
    REQUIRE((std::abs(scroll->value() - headingTop) < 40 || scroll->value() == scroll->maximum()));
    saveShot(*guide, QStringLiteral("user-guide-keyboard.png"));

    // A link to another page of the documentation opens it here; Back returns.
    auto *back = guide->findChild<QPushButton *>(QStringLiteral("backButton"));
    REQUIRE(back);
    REQUIRE_FALSE(back->isEnabled());
    emit browser->anchorClicked(QUrl(QStringLiteral("business-case.md")));
    settle();
    REQUIRE(guide->page().toLocalFile().endsWith(QStringLiteral("/business-case.md")));
    REQUIRE(back->isEnabled());
    click(back);
    settle();
    REQUIRE(guide->page().toLocalFile().endsWith(QStringLiteral("/user-guide.md")));
    REQUIRE_FALSE(back->isEnabled());

    // A picture the guide links to opens in a window of its own.
    emit browser->anchorClicked(QUrl(QStringLiteral("images/results-full.png")));
    settle();
    auto *picture = guide->findChild<QDialog *>(QStringLiteral("pictureDialog"));
    REQUIRE(picture);
    REQUIRE(picture->isVisible());
    picture->close();
}

TEST_CASE("Finding in the user guide selects the words, and says when they are not there", "[gui][help]")
{
    GuiFixture f;
    UserGuideDialog *guide = openGuide(f);
    REQUIRE(guide->find(QStringLiteral("Start from previous")));
    REQUIRE(guide->browser()->textCursor().selectedText() == QStringLiteral("Start from previous"));
    REQUIRE_FALSE(guide->find(QStringLiteral("no such words anywhere")));
    REQUIRE(guide->findChild<QLabel *>(QStringLiteral("findStatus"))->text() == QStringLiteral("Not found"));
}

TEST_CASE("A missing user guide is reported in the window, naming where it should be", "[gui][help]")
{
    prepareApplication();
    QTemporaryDir empty;
    UserGuideDialog guide(nullptr, empty.path());
    REQUIRE(guide.page().isEmpty());
    const QString text = guide.browser()->toPlainText();
    REQUIRE(text.contains(QStringLiteral("The user guide is missing")));
    REQUIRE(text.contains(QDir::toNativeSeparators(empty.filePath(QStringLiteral("user-guide.md")))));
}

TEST_CASE("Help > About shows the version, the licence and every source document with its date", "[gui][help]")
{
    GuiFixture f;
    bool shown = false;
    f.window().setDialogDriver([&](QDialog &dialog) {
        auto *about = qobject_cast<AboutDialog *>(&dialog);
        REQUIRE(about);
        about->show();
        REQUIRE(QTest::qWaitForWindowExposed(about));
        shown = true;
        REQUIRE(about->versionLabel()->text() == QStringLiteral("Version ") + QStringLiteral(AHPLEAD_VERSION));

        const QStringList lines = about->sourceLines();
        const SourceLibrary &sources = SourceLibrary::bundled();
        REQUIRE(sources.documents().size() == 5);
        for (const SourceDocument &document : sources.documents()) {
            INFO(document.id.toStdString());
            REQUIRE(lines.contains(document.title));
            REQUIRE(lines.contains(QStringLiteral("Published ") + document.date));
        }
        REQUIRE(lines.contains(QStringLiteral("Published June 2022")));

        auto *summary = about->findChild<QLabel *>(QStringLiteral("licenceSummary"));
        REQUIRE(summary);
        REQUIRE(summary->text().contains(QStringLiteral("MIT licence")));
        REQUIRE(summary->text().contains(QStringLiteral("The ahplead authors")));
        REQUIRE(about->findChild<QLabel *>(QStringLiteral("whereLabel"))->text().contains(f.storePath()));
        saveShot(*about, QStringLiteral("about.png"));

        // The full licence text, as shipped in LICENSE, one click away.
        REQUIRE_FALSE(about->licenceBox()->isVisible());
        click(about->licenceButton());
        REQUIRE(about->licenceBox()->isVisible());
        REQUIRE(about->licenceBox()->toPlainText() == AboutDialog::licenceText());
        REQUIRE(AboutDialog::licenceText().startsWith(QStringLiteral("MIT License")));
        REQUIRE(AboutDialog::licenceText().contains(QStringLiteral("Permission is hereby granted")));
        settle();
        // Showing the licence leaves every wrapped line of the sources room to be read.
        for (QLabel *label : about->findChild<QWidget *>(QStringLiteral("sourcesCard"))->findChildren<QLabel *>()) {
            INFO(label->text().toStdString());
            REQUIRE(label->height() >=
                    (label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height()));
        }
        saveShot(*about, QStringLiteral("about-licence.png"));
        return int(QDialog::Rejected);
    });
    f.window().action(QStringLiteral("aboutAction"))->trigger();
    REQUIRE(shown);
}
