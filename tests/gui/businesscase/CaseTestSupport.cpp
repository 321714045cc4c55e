#include "gui/businesscase/CaseTestSupport.h"

#include "core/businesscase/BusinessCaseReader.h"
#include "core/store/Store.h"
#include "gui/businesscase/BusinessCaseListPage.h"
#include "gui/businesscase/CaseNewDialog.h"
#include "gui/businesscase/CaseSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>

namespace ahplead::test {

void activate(QWidget *w)
{
    QWidget *window = w->window();
    if (window->isActiveWindow())
        return;
    window->activateWindow();
    QApplication::setActiveWindow(window);
    REQUIRE(QTest::qWaitForWindowActive(window));
}

BusinessCaseArea &cases(GuiFixture &f)
{
    if (!f.window().businessCases() || !f.window().businessCases()->isVisible())
        f.window().showBusinessCases();
    REQUIRE(f.window().businessCases());
    return *f.window().businessCases();
}

BusinessCaseEditor &editor(GuiFixture &f)
{
    REQUIRE(f.window().businessCases());
    REQUIRE(f.window().businessCases()->editor());
    return *f.window().businessCases()->editor();
}

qint64 newCaseByHand(GuiFixture &f, const QString &organisation)
{
    BusinessCaseArea &area = cases(f);
    area.setDialogDriver([organisation](QDialog &d) {
        auto *dialog = qobject_cast<CaseNewDialog *>(&d);
        REQUIRE(dialog);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog));
        dialog->organisationBox()->lineEdit()->selectAll();
        QTest::keyClicks(dialog->organisationBox()->lineEdit(), organisation);
        click(dialog->createButton());
        return dialog->result();
    });
    const int before = area.list()->caseCount();
    click(area.list()->newButton());
    settle();
    activate(&f.window());
    REQUIRE(area.list()->caseCount() == before + 1);
    REQUIRE(area.editor());
    return area.editor()->session().id();
}

BusinessCase readCase(GuiFixture &f, qint64 id)
{
    auto other = Store::open(f.storePath(), Store::Mode::ReadOnly);
    REQUIRE(other.ok());
    auto bc = other.value()->businessCase(id);
    REQUIRE(bc.ok());
    return bc.value();
}

void typeInto(QWidget *field, const QString &text)
{
    REQUIRE(field);
    activate(field);
    QTest::mouseClick(field, Qt::LeftButton, Qt::NoModifier, QPoint(8, field->height() / 2));
    if (!field->hasFocus())
        field->setFocus(Qt::MouseFocusReason);
    REQUIRE(field->hasFocus());
    key(Qt::Key_A, Qt::ControlModifier);
    key(Qt::Key_Delete);
    QTest::keyClicks(QApplication::focusWidget(), text);
    key(Qt::Key_Tab);
    settle();
}

void tick(QCheckBox *box)
{
    REQUIRE(box);
    activate(box);
    const bool was = box->isChecked();
    QTest::mouseClick(box, Qt::LeftButton, Qt::NoModifier, QPoint(box->height() / 2, box->height() / 2));
    settle();
    REQUIRE(box->isChecked() != was);
}

void choose(QComboBox *combo, const QString &value)
{
    REQUIRE(combo);
    const int target = combo->findData(value);
    INFO(value.toStdString());
    REQUIRE(target >= 0);
    activate(combo);
    combo->setFocus(Qt::TabFocusReason);
    REQUIRE(combo->hasFocus());
    while (combo->currentIndex() < target)
        QTest::keyClick(combo, Qt::Key_Down);
    while (combo->currentIndex() > target)
        QTest::keyClick(combo, Qt::Key_Up);
    settle();
}

void chooseFromMenu(QPushButton *button, const QString &actionName)
{
    REQUIRE(button);
    REQUIRE(button->menu());
    QAction *target = button->menu()->findChild<QAction *>(actionName);
    INFO(actionName.toStdString());
    REQUIRE(target);
    activate(button);
    bool chosen = false;
    // The menu runs its own loop while open: the keys go in from a timer.
    QTimer::singleShot(50, button, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (int i = 0; i < 40 && menu->activeAction() != target; ++i)
            QTest::keyClick(menu, Qt::Key_Down);
        chosen = menu->activeAction() == target;
        QTest::keyClick(menu, chosen ? Qt::Key_Return : Qt::Key_Escape);
    });
    button->setFocus(Qt::TabFocusReason);
    QTest::keyClick(button, Qt::Key_Space);
    settle();
    REQUIRE(chosen);
    settle();
}

QString problemShown(GuiFixture &f, const QString &pageId, const QString &pointer)
{
    editor(f).showPage(pageId);
    settle();
    auto *label = editor(f).page(pageId)->findChild<QLabel *>(QStringLiteral("problem:") + pointer);
    INFO(pointer.toStdString());
    REQUIRE(label);
    return label->isVisibleTo(editor(f).page(pageId)) ? label->text() : QString();
}

} // namespace ahplead::test
