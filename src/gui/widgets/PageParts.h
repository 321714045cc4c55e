#pragma once

#include <QCoreApplication>
#include <QPushButton>
#include <QString>

class QFrame;
class QHBoxLayout;
class QLabel;
class QLayout;
class QMargins;
class QVBoxLayout;
class QWidget;

namespace ahplead {

// Pieces that several pages build alike, kept in one place so they look and read the same
// everywhere: the banner shown when a change could not be saved, the footer that steps
// through a walk-through's pages, and the parts of a list page (its action buttons, its
// problem line and its hint).
class PageParts {
    Q_DECLARE_TR_FUNCTIONS(PageParts)

public:
    // The banner shown when a change could not be saved, hidden until then; RETRY (its "Try
    // again" button) is left for the caller to connect.
    static QFrame *saveBanner(QWidget *parent, const QString &name, const QString &retryName,
                              const QString &retryDescription, QLabel *&text, QPushButton *&retry);

    // Previous on the left, where we are in the middle, Next (the primary button) on the right.
    // NAMES are the object names of previous, next and position, in that order.
    static QFrame *footer(QWidget *parent, const QString (&names)[3], QPushButton *&previous, QPushButton *&next,
                          QLabel *&position);

    struct Header {
        QFrame *frame = nullptr;
        QHBoxLayout *row = nullptr; // holds the titles; the caller may add buttons after them
    };
    // The white band across the top of a list page: the title over its wrapped subtitle, after
    // the app's logo when LOGONAME (what a screen reader calls it) is given.
    static Header header(QWidget *parent, const QString &title, const QString &subtitle, const QString &logoName = {});

    // A list page's action button, named for the tests and explained in its tooltip.
    static QPushButton *action(const QString &icon, const QString &text, const QString &name, const QString &toolTip,
                               QWidget *parent);
    // When BUTTON is pressed, emits PAGE's SIGNAL with the id CHOSEN returns, if one is chosen.
    template <typename Page>
    static void forChosen(QPushButton *button, Page *page, qint64 (Page::*chosen)() const, void (Page::*signal)(qint64))
    {
        QObject::connect(button, &QPushButton::clicked, page, [page, chosen, signal] {
            if (qint64 id = (page->*chosen)())
                emit(page->*signal)(id);
        });
    }
    // Where a list page says that its list cannot be read; hidden until then.
    static QLabel *problemLine(QWidget *parent);
    // The quiet line under a list saying how to use it.
    static QLabel *hint(const QString &text, QWidget *parent);
    // Lays out CONTENT, the body of a list page: its action BUTTONS, then the line saying its
    // list cannot be read (made here, into PROBLEM), the LIST and the HINT under it, with the
    // margins every list page has. Returns the layout, for anything under the hint.
    static QVBoxLayout *listBody(QWidget *content, QLayout *buttons, QLabel *&problem, QWidget *list,
                                 const QString &hint);
    // Makes FRAME a card: a framed box with HEADING and TEXT (in TEXTROLE) at its top, PADDING
    // around its content. Returns its layout, for what goes under the text.
    static QVBoxLayout *card(QFrame *frame, const QString &heading, const QString &text, const QMargins &padding,
                             const char *textRole = nullptr);
};

} // namespace ahplead
