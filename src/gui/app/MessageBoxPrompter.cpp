#include "gui/app/MessageBoxPrompter.h"

#include "core/store/StoreAddress.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace ahplead {

StoreChoice MessageBoxPrompter::storeProblem(QWidget *parent, const StoreProblem &problem)
{
    std::unique_ptr<QMessageBox> built = storeProblemBox(parent, problem);
    QMessageBox &box = *built;
    box.exec();
    QAbstractButton *clicked = box.clickedButton();
    const QVariant choice = clicked ? clicked->property("storeChoice") : QVariant();
    return choice.isValid() ? static_cast<StoreChoice>(choice.toInt()) : StoreChoice::Quit;
}

std::unique_ptr<QMessageBox> MessageBoxPrompter::storeProblemBox(QWidget *parent, const StoreProblem &problem)
{
    auto built = std::make_unique<QMessageBox>(parent);
    QMessageBox &box = *built;
    box.setObjectName(QStringLiteral("storeProblemBox"));
    // Wide enough that a file path and the advice read as lines, not a column of words.
    box.setStyleSheet(QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 30em; }"));
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("The assessment store cannot be opened"));
    box.setTextFormat(Qt::PlainText);
    box.setText(StoreAddress::isServer(problem.path)
                    ? tr("ahplead cannot use the shared store\n%1").arg(StoreAddress::masked(problem.path))
                    : tr("ahplead cannot use the store file\n%1").arg(QDir::toNativeSeparators(problem.path)));
    QStringList todo;
    if (problem.canOpenReadOnly)
        todo << tr("Open it read-only: you can read the assessments and export reports, but not change them.");
    if (problem.canCreate)
        todo << tr("Create a new, empty store in that place.");
    todo << tr("Choose another store file.") << tr("Quit, and ask whoever looks after the file for help.");
    box.setInformativeText(tr("What is wrong: %1\n\nWhat you can do:\n%2")
                               .arg(problem.message, QStringLiteral("• ") + todo.join(QStringLiteral("\n• "))));
    QPushButton *readOnly =
        problem.canOpenReadOnly ? box.addButton(tr("Open read-only"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *create =
        problem.canCreate ? box.addButton(tr("Create a new store"), QMessageBox::AcceptRole) : nullptr;
    QPushButton *another = box.addButton(tr("Choose another file…"), QMessageBox::ActionRole);
    QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(readOnly ? readOnly : another);
    box.setEscapeButton(quit);
    if (readOnly)
        readOnly->setProperty("storeChoice", static_cast<int>(StoreChoice::OpenReadOnly));
    if (create)
        create->setProperty("storeChoice", static_cast<int>(StoreChoice::CreateNew));
    another->setProperty("storeChoice", static_cast<int>(StoreChoice::ChooseAnother));
    quit->setProperty("storeChoice", static_cast<int>(StoreChoice::Quit));
    return built;
}

QString MessageBoxPrompter::chooseStoreFile(QWidget *parent, const QString &startPath)
{
    // A save-style dialog that does not warn on existing files lets people pick an
    // existing store or name a new one in the same place.
    return QFileDialog::getSaveFileName(parent, tr("Choose a store file"), startPath,
                                        tr("ahplead stores (*.sqlite *.db);;All files (*)"), nullptr,
                                        QFileDialog::DontConfirmOverwrite);
}

QString MessageBoxPrompter::askStoreAddress(QWidget *parent, const QString &current)
{
    bool ok = false;
    const QString address =
        QInputDialog::getText(parent, tr("Open a shared store"),
                              tr("The address of your team's shared store, as your IT team gave it, for example\n"
                                 "postgresql://db.example.nhs.uk/north_east\n\n"
                                 "Passwords never go in the address: ahplead asks for one when the server wants it."),
                              QLineEdit::Normal, current.isEmpty() ? QStringLiteral("postgresql://") : current, &ok);
    return ok ? address.trimmed() : QString();
}

QString MessageBoxPrompter::askPassword(QWidget *parent, const QString &store)
{
    bool ok = false;
    const QString password = QInputDialog::getText(parent, tr("Password for the shared store"),
                                                   tr("The server of %1 asks for your password.\n"
                                                      "It is used for this session only; ahplead does not keep it.")
                                                       .arg(store),
                                                   QLineEdit::Password, QString(), &ok);
    return ok ? password : QString();
}

QString MessageBoxPrompter::chooseOpenFile(QWidget *parent, const QString &caption, const QString &startPath,
                                           const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, caption, startPath, filter);
}

QStringList MessageBoxPrompter::chooseOpenFiles(QWidget *parent, const QString &caption, const QString &startPath,
                                                const QString &filter)
{
    return QFileDialog::getOpenFileNames(parent, caption, startPath, filter);
}

QString MessageBoxPrompter::chooseFolder(QWidget *parent, const QString &caption, const QString &startPath)
{
    return QFileDialog::getExistingDirectory(parent, caption, startPath);
}

QString MessageBoxPrompter::chooseSaveFile(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                           const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

bool MessageBoxPrompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                                 const QString &accept, const QString &reject)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    box.setInformativeText(details);
    QPushButton *yes = box.addButton(accept, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(reject, QMessageBox::RejectRole);
    // The safe answer is the default: Enter never deletes by accident.
    box.setDefaultButton(no);
    box.setEscapeButton(no);
    box.exec();
    return box.clickedButton() == yes;
}

std::unique_ptr<QMessageBox> MessageBoxPrompter::saveBox(QWidget *parent, const QString &title, const QString &text,
                                                         const QString &details, const QString &save,
                                                         const QString &discard)
{
    auto built = std::make_unique<QMessageBox>(parent);
    QMessageBox &box = *built;
    box.setObjectName(QStringLiteral("saveBox"));
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(title);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    box.setInformativeText(details);
    QPushButton *yes = box.addButton(save, QMessageBox::AcceptRole);
    QPushButton *no = box.addButton(discard, QMessageBox::DestructiveRole);
    QPushButton *stay = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    yes->setProperty("saveChoice", static_cast<int>(SaveChoice::Save));
    no->setProperty("saveChoice", static_cast<int>(SaveChoice::Discard));
    stay->setProperty("saveChoice", static_cast<int>(SaveChoice::Stay));
    // Enter keeps the work; throwing it away always takes a deliberate click.
    box.setDefaultButton(yes);
    box.setEscapeButton(stay);
    return built;
}

SaveChoice MessageBoxPrompter::askToSave(QWidget *parent, const QString &title, const QString &text,
                                         const QString &details, const QString &save, const QString &discard)
{
    std::unique_ptr<QMessageBox> box = saveBox(parent, title, text, details, save, discard);
    box->exec();
    QAbstractButton *clicked = box->clickedButton();
    const QVariant choice = clicked ? clicked->property("saveChoice") : QVariant();
    return choice.isValid() ? static_cast<SaveChoice>(choice.toInt()) : SaveChoice::Stay;
}

void MessageBoxPrompter::warn(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(title);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    box.setInformativeText(details);
    box.addButton(QMessageBox::Ok);
    box.exec();
}

void MessageBoxPrompter::problem(QWidget *parent, const QString &title, const QString &text, const QString &technical)
{
    std::unique_ptr<QMessageBox> box = problemBox(parent, title, text, technical);
    box->exec();
}

std::unique_ptr<QMessageBox> MessageBoxPrompter::problemBox(QWidget *parent, const QString &title, const QString &text,
                                                            const QString &technical)
{
    auto built = std::make_unique<QMessageBox>(parent);
    built->setObjectName(QStringLiteral("problemBox"));
    built->setIcon(QMessageBox::Warning);
    built->setWindowTitle(title);
    built->setTextFormat(Qt::PlainText);
    built->setText(text);
    // "Show Details…" reveals the file, the place in it and what was expected, for whoever
    // fixes the file; the person reading the box needs only the words above.
    built->setDetailedText(technical);
    built->addButton(QMessageBox::Ok);
    return built;
}

void MessageBoxPrompter::inform(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(title);
    box.setTextFormat(Qt::PlainText);
    box.setText(text);
    box.addButton(QMessageBox::Ok);
    box.exec();
}

void MessageBoxPrompter::exported(QWidget *parent, const QString &title, const QString &path)
{
    const QFileInfo file(path);
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Information);
    box.setWindowTitle(title);
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Saved as %1").arg(file.fileName()));
    box.setInformativeText(tr("In the folder %1").arg(QDir::toNativeSeparators(file.absolutePath())));
    QPushButton *open = box.addButton(tr("&Open it"), QMessageBox::AcceptRole);
    QPushButton *folder = box.addButton(tr("&Show in folder"), QMessageBox::ActionRole);
    QPushButton *close = box.addButton(tr("Close"), QMessageBox::RejectRole);
    box.setDefaultButton(close);
    box.setEscapeButton(close);
    box.exec();
    // The desktop's own programs: the PDF reader, Word or the file manager the person uses.
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absoluteFilePath()));
    else if (box.clickedButton() == folder)
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
}

} // namespace ahplead
