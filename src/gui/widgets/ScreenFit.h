#pragma once

#include <QSize>

class QWidget;

namespace ahplead {

// Every window and dialog opens within the screen it is on, with room left for its frame and
// title bar: a 1366x768 laptop at 125% scaling has about 1090x590 points to share.
class ScreenFit {
public:
    // WANTED, made no larger than the part of WIDGET's screen (or PARENT's, when given) a window
    // may use, less room for the frame.
    static QSize bounded(const QWidget *widget, QSize wanted, const QWidget *parent = nullptr);
    // Resizes WINDOW to bounded(WANTED) and centres it in the room on its screen.
    static void place(QWidget *window, QSize wanted);
    // For a window that has grown while shown (a dialog that resizes to its results): centred
    // over PARENT again where there is one, then moved wholly into the room on its screen.
    static void keepInside(QWidget *window, const QWidget *parent = nullptr);
};

} // namespace ahplead
