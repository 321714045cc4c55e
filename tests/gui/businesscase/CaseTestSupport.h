#pragma once

#include "core/businesscase/BusinessCase.h"
#include "gui/GuiFixture.h"
#include "gui/businesscase/BusinessCaseArea.h"
#include "gui/businesscase/BusinessCaseEditor.h"
#include "gui/businesscase/CasePage.h"

#include <catch2/catch.hpp>

#include <QString>

class QCheckBox;
class QComboBox;
class QPushButton;

namespace ahplead::test {

// The business case area of F's window, shown (Go > Business cases).
BusinessCaseArea &cases(GuiFixture &f);
// The open case's editor.
BusinessCaseEditor &editor(GuiFixture &f);
// A new case for ORGANISATION made as a person would: "New business case…" on the list,
// the organisation typed into the form, "Create business case". Returns its id.
qint64 newCaseByHand(GuiFixture &f, const QString &organisation);
// What the store holds for case ID, read through a second connection.
BusinessCase readCase(GuiFixture &f, qint64 id);

// The input named POINTER on page PAGEID of the open editor, shown.
template <typename W> W *input(GuiFixture &f, const QString &pageId, const QString &pointer)
{
    editor(f).showPage(pageId);
    settle();
    CasePage *page = editor(f).page(pageId);
    REQUIRE(page);
    W *w = page->findChild<W *>(pointer);
    INFO(pointer.toStdString());
    REQUIRE(w);
    page->ensureWidgetVisible(w);
    settle();
    return w;
}

// Makes W's window the active one, as it is again when a dialog over it closes.
void activate(QWidget *w);
// Replaces what FIELD holds by typing TEXT, then Tab (which hands the field over).
void typeInto(QWidget *field, const QString &text);
// Ticks or clears BOX with a click on its tick box.
void tick(QCheckBox *box);
// Chooses the entry with data VALUE in COMBO with the arrow keys.
void choose(QComboBox *combo, const QString &value);
// Presses BUTTON, whose menu pops up, and picks the entry named ACTIONNAME with the keyboard.
void chooseFromMenu(QPushButton *button, const QString &actionName);
// The problem shown beside POINTER on page PAGEID ("" when none is shown).
QString problemShown(GuiFixture &f, const QString &pageId, const QString &pointer);

} // namespace ahplead::test
