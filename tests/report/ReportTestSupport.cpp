#include "report/ReportTestSupport.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocument>

#include <catch2/catch.hpp>

#include <algorithm>

namespace ahplead::test {

QString examplePath(const QString &kind)
{
    return dataDir() + QStringLiteral("/examples/%1-example.json").arg(kind);
}

QStringList exampleKinds()
{
    return {QStringLiteral("board"), QStringLiteral("individual"), QStringLiteral("system")};
}

ExampleReport exampleReport(const QString &kind)
{
    auto read = AssessmentReader::read(examplePath(kind), frameworks());
    INFO((read ? QString() : read.message()).toStdString());
    REQUIRE(read.ok());
    ExampleReport r;
    r.assessment = std::move(read).value();
    r.framework = frameworks().find(r.assessment.frameworkId, r.assessment.frameworkVersion);
    REQUIRE(r.framework);
    r.card = Scorer::score(*r.framework, r.assessment);
    r.model = ReportModel::build(*r.framework, r.assessment, r.card);
    return r;
}

QString reportTestDir()
{
    return QStringLiteral(AHPLEAD_REPORT_TEST_DIR);
}
QString python()
{
    return QStringLiteral(AHPLEAD_PYTHON);
}

ProcessResult runPython(const QString &script, const QStringList &args)
{
    return run(python(), QStringList{reportTestDir() + QLatin1Char('/') + script} + args);
}

QString pdfText(const QString &path, bool bodyOnly)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    // The body of an A4 page without the header and footer bands (points, 72 dpi): 12 mm
    // margins (34 pt) plus 26 pt bands, as ReportPages lays them out.
    if (bodyOnly)
        args << QStringLiteral("-x") << QStringLiteral("0") << QStringLiteral("-y") << QStringLiteral("60")
             << QStringLiteral("-W") << QStringLiteral("595") << QStringLiteral("-H") << QStringLiteral("722");
    const ProcessResult r = run(QStringLiteral("pdftotext"), args + QStringList{path, QStringLiteral("-")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

namespace {

QJsonArray docxHeadings(const Document &d)
{
    QJsonArray headings{d.title, d.purposeTitle};
    if (!d.glanceTitle.isEmpty())
        headings << d.glanceTitle;
    for (const Document::Section &s : d.sections) {
        headings << s.title;
        for (const Document::Block &b : s.blocks)
            if (b.kind == Document::Block::Kind::Heading)
                headings << b.text;
    }
    return headings;
}

QJsonArray docxCells(const Document &d)
{
    QJsonArray cells;
    for (const Document::Detail &detail : d.coverSheet)
        cells << detail.label << detail.value;
    for (const Document::Detail &detail : d.details)
        cells << detail.label << detail.value;
    for (const Document::Table *t : d.tables()) {
        for (const QString &h : t->headers)
            cells << h;
        for (const auto &row : t->rows)
            for (const Document::Cell &c : row)
                if (c.trend < 0)
                    cells << Document::plainText(c.text, QStringLiteral(" "));
    }
    return cells;
}

// The cover's label and value rows, exactly: a blank value is an empty cell.
QJsonArray docxDetailRows(const Document &d)
{
    QJsonArray rows;
    for (const std::vector<Document::Detail> *list : {&d.coverSheet, &d.details})
        for (const Document::Detail &detail : *list)
            rows << QJsonArray{detail.label, detail.value};
    return rows;
}

} // namespace

ProcessResult checkDocx(const Document &document, const QString &path, const QStringList &texts)
{
    return checkDocx({DocxCheck{document, path, texts}});
}

ProcessResult checkDocx(const std::vector<DocxCheck> &files)
{
    QTemporaryDir dir;
    QStringList args;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const Document &document = files[i].document;
        const QJsonObject expected{
            {QStringLiteral("headings"), docxHeadings(document)},
            {QStringLiteral("cells"), docxCells(document)},
            {QStringLiteral("rows"), docxDetailRows(document)},
            {QStringLiteral("texts"), QJsonArray::fromStringList(files[i].texts)},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("title"), document.documentTitle},
                                                       {QStringLiteral("author"), document.author},
                                                       {QStringLiteral("subject"), document.kicker},
                                                       {QStringLiteral("language"), Document::language()}}},
        };
        const QString expectedPath = dir.filePath(QStringLiteral("expected%1.json").arg(i));
        writeFile(expectedPath, QJsonDocument(expected).toJson());
        args << files[i].path << expectedPath;
    }
    return runPython(QStringLiteral("check_docx.py"), args);
}

bool hasLigatures(const QString &text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06; });
}

QString squeezed(const QString &text)
{
    QString out;
    out.reserve(text.size());
    // NFKC turns the ligatures pdftotext reports ("\uFB01" for "fi") back into letters.
    for (const QChar c : text.normalized(QString::NormalizationForm_KC))
        if (!c.isSpace())
            out += c;
    return out;
}

void compareWithGolden(const QString &name, const QByteArray &actual)
{
    const QString path = reportTestDir() + QStringLiteral("/golden/") + name;
    if (qEnvironmentVariableIsSet("AHPLEAD_UPDATE_GOLDEN")) {
        writeFile(path, actual);
        WARN("updated " << path.toStdString());
        return;
    }
    const QByteArray expected = readFile(path);
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

QByteArray goldenText(const QTextDocument &doc)
{
    QString text = doc.toPlainText();
    text.replace(QChar::ObjectReplacementCharacter, QStringLiteral("[chart]"));
    text.replace(QChar::LineSeparator, QLatin1Char('\n'));
    text.replace(QChar::Nbsp, QLatin1Char(' '));
    return text.toUtf8();
}

} // namespace ahplead::test
