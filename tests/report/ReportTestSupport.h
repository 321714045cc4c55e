#pragma once

#include "core/assessment/Assessment.h"
#include "core/assessment/Framework.h"
#include "core/assessment/ScoreCard.h"
#include "report/assessment/ReportModel.h"
#include "report/document/Document.h"
#include "support/TestSupport.h"

#include <QByteArray>
#include <QLocale>
#include <QString>
#include <QStringList>

class QTextDocument;

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
// Reads the Word document PATH back with python3-docx (check_docx.py) and checks it holds
// every heading and every table cell of DOCUMENT, a PAGE field in its footer, its title,
// author, subject and language, and TEXTS. Exit code 0: all there; 77: python3-docx is not
// installed (the test then reports Skipped, with the output's reason); else the output says
// what is missing.
ProcessResult checkDocx(const Document &document, const QString &path, const QStringList &texts = {});
// The same for several files at once, in one Python process (python-docx takes a while to load).
struct DocxCheck {
    Document document;
    QString path;
    QStringList texts;
};
ProcessResult checkDocx(const std::vector<DocxCheck> &files);
// Whether TEXT has a ligature character (U+FB00 to U+FB06: ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ), as pdftotext reads
// a PDF whose text was set with ligatures.
bool hasLigatures(const QString &text);

// TEXT in NFKC with all white space removed, for comparing text that a PDF wraps over lines
// and sets with ligatures.
QString squeezed(const QString &text);

// Golden files (tests/report/golden/NAME): the words of a document, reviewed once and then
// held. compareWithGolden checks ACTUAL against the file and names the first line that
// differs; with AHPLEAD_UPDATE_GOLDEN=1 it rewrites the file instead, so that a deliberate
// change is accepted by reviewing the diff of the golden file.
void compareWithGolden(const QString &name, const QByteArray &actual);
// DOC's plain text as the golden files hold it: U+FFFC (where a chart sits) as "[chart]",
// U+2028 (a line break inside a paragraph) as a newline, no-break spaces as spaces; UTF-8.
QByteArray goldenText(const QTextDocument &doc);

// Pins the default locale to en_GB while it lives (golden files hold UK dates and numbers
// whatever the machine's locale), and puts the previous default back even when a REQUIRE
// ends the test early.
class PinnedLocale {
public:
    PinnedLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    ~PinnedLocale() { QLocale::setDefault(saved_); }
    PinnedLocale(const PinnedLocale &) = delete;
    PinnedLocale &operator=(const PinnedLocale &) = delete;

private:
    QLocale saved_;
};

} // namespace ahplead::test
