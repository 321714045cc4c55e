#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPixmap;

namespace ahplead {

class AppSettings;
class MainWindow;
class SilentPrompter;
class Workspace;
struct Assessment;

// `ahplead-screenshots DIR`: opens the bundled board example in a throwaway store and
// settings, and renders what a person sees to PNG files in DIR: the start page, the new
// assessment form, a section of questions (with one question's guidance open), and the
// results (the visible part and the whole page). To show the comparison with an earlier
// assessment, the store also holds an illustrative earlier assessment of the example
// trust, made from the example by lowering some answers.
class ScreenshotMaker {
    Q_DECLARE_TR_FUNCTIONS(ScreenshotMaker)

public:
    // Returns the files written, or an error in ERROR.
    static QStringList run(const QString &dir, const QSize &size, QString *error);
    // Lets pending layouts and paints happen, so a picture shows the window as a person sees it.
    static void settle();

private:
    using Save = std::function<void(const QPixmap &, const QString &)>;

    static void saveDialogs(MainWindow &window, Workspace &workspace, AppSettings &settings, SilentPrompter &prompter,
                            const Assessment &example, const Save &save);
    static void saveAssessmentPages(MainWindow &window, qint64 id, const Save &save);
    static void saveFirstSection(MainWindow &window, const Assessment &example, const Save &save);
};

} // namespace ahplead
