// The yardstick for ahplead's cold start: the least a Qt Widgets program can do to show a
// window, built with the same flags and started the same way (--quit-after-show).
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 820);
    window.show();
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
