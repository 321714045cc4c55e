#include "gui/widgets/ScreenFit.h"

#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace ahplead {

namespace {

const QScreen *screenOf(const QWidget *widget, const QWidget *parent)
{
    if (parent && parent->screen())
        return parent->screen();
    if (widget && widget->screen())
        return widget->screen();
    return QGuiApplication::primaryScreen();
}

QRect room(const QWidget *widget, const QWidget *parent)
{
    const QScreen *screen = screenOf(widget, parent);
    if (!screen)
        return {};
    // The title bar and frame are drawn by the window manager outside the size asked for;
    // leave space for them (a title bar is about two lines of text high).
    const QRect available = screen->availableGeometry();
    const int titleBar = widget ? widget->fontMetrics().height() * 2 + 8 : 40;
    return available.adjusted(8, titleBar, -8, -8);
}

} // namespace

QSize ScreenFit::bounded(const QWidget *widget, QSize wanted, const QWidget *parent)
{
    const QRect r = room(widget, parent);
    return r.isValid() ? wanted.boundedTo(r.size()) : wanted;
}

void ScreenFit::place(QWidget *window, QSize wanted)
{
    const QRect r = room(window, nullptr);
    if (!r.isValid()) {
        window->resize(wanted);
        return;
    }
    const QSize size = wanted.boundedTo(r.size()).expandedTo(window->minimumSizeHint().boundedTo(r.size()));
    window->resize(size);
    window->move(r.center() - QRect(QPoint(), size).center());
}

void ScreenFit::keepInside(QWidget *window, const QWidget *parent)
{
    const QScreen *screen = screenOf(window, parent);
    if (!screen)
        return;
    // The frame (title bar included) is what must be on screen; move() places the frame.
    const QRect available = screen->availableGeometry();
    QRect frame = window->frameGeometry();
    if (parent)
        frame.moveCenter(parent->window()->frameGeometry().center());
    frame.moveLeft(
        std::clamp(frame.left(), available.left(), std::max(available.left(), available.right() - frame.width() + 1)));
    frame.moveTop(
        std::clamp(frame.top(), available.top(), std::max(available.top(), available.bottom() - frame.height() + 1)));
    window->move(frame.topLeft());
}

} // namespace ahplead
