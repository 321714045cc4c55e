#pragma once

#include "Assessment.h"
#include "Framework.h"
#include "ReportModel.h"
#include "ScoreCard.h"
#include "TestSupport.h"

#include <QString>
#include <QStringList>

namespace ahplead::test {

// An example assessment (data/examples/KIND-example.json) with its framework, score card
// and report model.
struct ExampleReport {
    Assessment assessment;
    const Framework *framework = nullptr;
    ScoreCard card;
    ReportModel model;
};
ExampleReport exampleReport(const QString &kind);
QString examplePath(const QString &kind);
QStringList exampleKinds(); // board, individual, system

QString reportTestDir();                                                 // tests/report
QString python();                                                        // the Python 3 interpreter
ProcessResult runPython(const QString &script, const QStringList &args); // tests/report/SCRIPT
// pdftotext of PATH (UTF-8, reading order), or fails the test. With BODYONLY, only the
// page body: text that runs over pages then reads on without the header and footer between.
QString pdfText(const QString &path, bool bodyOnly = false);
// TEXT in NFKC with all white space removed, for comparing text that a PDF wraps over lines
// and sets with ligatures.
QString squeezed(const QString &text);

} // namespace ahplead::test
