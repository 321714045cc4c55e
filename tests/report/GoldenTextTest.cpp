#include "ReportTestSupport.h"

#include "CsvWriter.h"
#include "ReportDocument.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace ahplead;

// The report's words, compared with golden files: tests/report/golden/KIND-report.txt (the
// document's plain text, the same text the PDF and ODT lay out) and KIND-report.csv.
// The locale is pinned to en_GB. To accept a deliberate change, run the test with
// AHPLEAD_UPDATE_GOLDEN=1 and review the diff of the golden files.
namespace {

void compareWithGolden(const QString &name, const QByteArray &actual)
{
    const QString path = test::reportTestDir() + QStringLiteral("/golden/") + name;
    if (qEnvironmentVariableIsSet("AHPLEAD_UPDATE_GOLDEN")) {
        test::writeFile(path, actual);
        WARN("updated " << path.toStdString());
        return;
    }
    const QByteArray expected = test::readFile(path);
    if (expected != actual) {
        // Name the first line that differs, so the failure is readable.
        const QList<QByteArray> e = expected.split('\n');
        const QList<QByteArray> a = actual.split('\n');
        for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i)
            if (e.value(i) != a.value(i)) {
                INFO(name.toStdString() << " line " << i + 1 << "\n expected: " << e.value(i).toStdString()
                                        << "\n   actual: " << a.value(i).toStdString());
                CHECK(false);
                return;
            }
    }
    CHECK(expected == actual);
}

} // namespace

TEST_CASE("The report text of each example matches its golden file with the locale pinned")
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    for (const QString &kind : test::exampleKinds()) {
        const auto r = test::exampleReport(kind);
        const auto doc = ReportDocument::build(r.model, ReportDocument::Charts::Vector);
        // U+FFFC marks where a chart sits; U+2028 is a line break inside a paragraph.
        QString text = doc->toPlainText();
        text.replace(QChar::ObjectReplacementCharacter, QStringLiteral("[chart]"));
        text.replace(QChar::LineSeparator, QLatin1Char('\n'));
        text.replace(QChar::Nbsp, QLatin1Char(' '));
        compareWithGolden(kind + QStringLiteral("-report.txt"), text.toUtf8());
        compareWithGolden(kind + QStringLiteral("-report.csv"), CsvWriter::render(r.model));
    }
    QLocale::setDefault(saved);
}
