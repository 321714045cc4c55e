// Every input has an accessible name (and the answer scale a description); meaning is
// never carried by colour alone.
#include "gui/GuiFixture.h"

#include "gui/app/SettingsDialog.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/assessment/BoardPaperDialog.h"
#include "gui/assessment/DomainNavigator.h"
#include "gui/assessment/NewAssessmentDialog.h"
#include "gui/assessment/QuestionWidget.h"
#include "gui/assessment/ResultsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAccessible>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QRadioButton>

using namespace ahplead;
using namespace ahplead::test;

namespace {

// What a screen reader would announce for W.
QString spokenName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

// Every widget under ROOT that the keyboard can reach, without a spoken name.
QStringList unnamedInputs(QWidget *root)
{
    QStringList missing;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->isHidden() || w->window() != root->window() ||
            w->inherits("QScrollBar") ||
            (w->inherits("QAbstractScrollArea") && !w->inherits("QAbstractItemView") && !w->inherits("QPlainTextEdit")))
            continue;
        if (spokenName(w).trimmed().isEmpty())
            missing << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName();
    }
    return missing;
}

} // namespace

TEST_CASE("Every input on every section page has a name a screen reader can speak", "[gui][a11y]")
{
    GuiFixture f;
    f.createAndOpen(QStringLiteral("individual")); // has "Not applicable" too
    const auto &domains = f.view().session().framework().domains;
    for (std::size_t d = 0; d < domains.size(); ++d) {
        f.view().showPage(static_cast<int>(d));
        for (QuestionWidget *q : f.page().questions())
            q->setGuidanceVisible(true);
        INFO("section " << d + 1);
        CHECK(unnamedInputs(&f.page()).join(QStringLiteral("; ")) == QString());
    }
    // The scale's meaning is in each radio button's description, not just its label.
    QuestionWidget &q = *f.view().currentDomainPage()->questions().front();
    for (QRadioButton *r : q.findChildren<QRadioButton *>()) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(r);
        REQUIRE(iface->text(QAccessible::Description).contains(q.number()));
    }
    CHECK(unnamedInputs(&f.window()).join(QStringLiteral("; ")) == QString());
}

TEST_CASE("The start page, results and dialogs have names for every input", "[gui][a11y]")
{
    GuiFixture f;
    const qint64 id = f.importExample();
    f.window().showStart();
    CHECK(unnamedInputs(&f.window()).join(QStringLiteral("; ")) == QString());
    REQUIRE(f.window().openAssessment(id));
    f.view().showResults();
    CHECK(unnamedInputs(f.view().resultsPage()).join(QStringLiteral("; ")) == QString());
    REQUIRE(
        f.view().navigator()->item(0)->data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("answered")));

    NewAssessmentDialog dialog(f.workspace(), NewAssessmentDialog::Mode::New, &f.window());
    dialog.show();
    CHECK(unnamedInputs(&dialog).join(QStringLiteral("; ")) == QString());
    SettingsDialog settings(f.settings(), f.prompter(), f.storePath(), &f.window());
    settings.show();
    CHECK(unnamedInputs(&settings).join(QStringLiteral("; ")) == QString());
    BoardPaperDialog paper(CoverSheet{}, true, &f.window());
    paper.show();
    CHECK(unnamedInputs(&paper).join(QStringLiteral("; ")) == QString());
}

namespace {

// The icon as a person without colour vision sees it: 1 where a pixel is ink (opaque and darker
// than the paper), 0 where it is paper. A recoloured icon keeps the same ink.
QImage inkOf(const QIcon &icon)
{
    QImage paper(48, 48, QImage::Format_ARGB32);
    paper.fill(Qt::white);
    {
        QPainter painter(&paper);
        icon.paint(&painter, paper.rect());
    }
    QImage ink(paper.size(), QImage::Format_Mono);
    ink.setColorCount(2);
    for (int y = 0; y < paper.height(); ++y)
        for (int x = 0; x < paper.width(); ++x)
            ink.setPixel(x, y, qGray(paper.pixel(x, y)) < 200 ? 1 : 0);
    return ink;
}

} // namespace

TEST_CASE("Section progress is given in words and a shape, not colour alone", "[gui][a11y]")
{
    GuiFixture f;
    f.createAndOpen();
    DomainNavigator *nav = f.view().navigator();
    const QIcon none = nav->item(0)->icon();
    click(f.radio(0, AnswerValue::InPlace));
    REQUIRE(nav->item(0)->data(DomainNavigator::ProgressRole).toString().startsWith(QStringLiteral("1 of ")));
    // A different shape (an empty, half or ticked circle), not a recoloured one: the pixels
    // that carry ink differ, whatever their colour.
    const QImage before = inkOf(none);
    const QImage after = inkOf(nav->item(0)->icon());
    int changed = 0;
    for (int y = 0; y < before.height(); ++y)
        for (int x = 0; x < before.width(); ++x)
            changed += before.pixelIndex(x, y) != after.pixelIndex(x, y);
    INFO(changed << " of " << before.width() * before.height() << " pixels change between ink and paper");
    REQUIRE(changed * 10 >= before.width() * before.height());
}
