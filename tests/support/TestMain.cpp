// The Catch2 main shared by every test binary, compiled once per Qt application class
// (AHPLEAD_TEST_APP, set by tests/CMakeLists.txt) into a library each test binary links.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QtGlobal>

#if __has_include(<QApplication>)
#include <QApplication>
#endif
#include <QCoreApplication>
#if __has_include(<QGuiApplication>)
#include <QGuiApplication>
#endif

int main(int argc, char *argv[])
{
    // Catch2 2.13 lists the tests by running this binary at build time, before ctest's
    // ENVIRONMENT applies: without this a headless build would find no tests at all.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    AHPLEAD_TEST_APP app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ahplead-tests"));
    return Catch::Session().run(argc, argv);
}
