#include "report/businesscase/BusinessCaseTestSupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace ahplead;
using test::runCli;

namespace {

QJsonObject exampleJson()
{
    return QJsonDocument::fromJson(test::readFile(test::businessCasePath())).object();
}

// Changes the element at PATH (keys and indexes) of DOC with EDIT.
void edit(QJsonObject &doc, const QStringList &path, const std::function<void(QJsonValueRef)> &change)
{
    std::function<void(QJsonValueRef, int)> walk = [&](QJsonValueRef value, int depth) {
        if (depth == path.size()) {
            change(value);
            return;
        }
        const QString &step = path[depth];
        bool isIndex = false;
        const int index = step.toInt(&isIndex);
        if (isIndex) {
            QJsonArray array = value.toArray();
            walk(array[index], depth + 1);
            value = array;
        } else {
            QJsonObject object = value.toObject();
            walk(object[step], depth + 1);
            value = object;
        }
    };
    QJsonObject root = doc;
    walk(root[path.first()], 1);
    doc = root;
}

// What the command printed on stderr, without Qt's own start-up notice: a QGuiApplication on
// the offscreen platform says "QStandardPaths: XDG_RUNTIME_DIR not set" when, as under ctest,
// there is no login session. That line is Qt's, not ahplead's.
QString messages(const QString &err)
{
    QStringList lines = err.split(QLatin1Char('\n'));
    lines.removeIf([](const QString &line) { return line.startsWith(QLatin1String("QStandardPaths: ")); });
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace

TEST_CASE("ahplead-cli business-case writes the example in every format")
{
    QTemporaryDir dir;
    for (const char *format : {"html", "pdf", "odt"}) {
        const QString out = dir.filePath(QStringLiteral("case.%1").arg(QLatin1String(format)));
        const auto r = runCli({QStringLiteral("business-case"), test::businessCasePath(), QStringLiteral("--format"),
                               QLatin1String(format), QStringLiteral("-o"), out});
        INFO(format << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(messages(r.err).isEmpty()); // the example's board assessment is found: no warning
        CHECK(r.out.startsWith(QStringLiteral("Wrote ")));
        CHECK(QFileInfo(out).size() > 5000);
    }
    CHECK(test::readFile(dir.filePath(QStringLiteral("case.pdf"))).startsWith("%PDF-1.4"));
    CHECK(test::readFile(dir.filePath(QStringLiteral("case.html"))).startsWith("<!DOCTYPE html>"));
    CHECK(test::pdfText(dir.filePath(QStringLiteral("case.pdf"))).contains(QStringLiteral("3. Economic case")));
}

TEST_CASE("ahplead-cli business-case takes the format from the output file's extension")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("case.odt"));
    const auto r = runCli({QStringLiteral("business-case"), test::businessCasePath(), QStringLiteral("-o"), out});
    CHECK(r.exitCode == 0);
    CHECK(test::readFile(out).mid(30, 8) == "mimetype");
}

TEST_CASE("ahplead-cli business-case warns when the board assessment is missing and still writes the case")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.json"));
    REQUIRE(QFile::copy(test::businessCasePath(), path));
    const QString out = dir.filePath(QStringLiteral("case.html"));
    const auto r = runCli({QStringLiteral("business-case"), path, QStringLiteral("-o"), out});
    CHECK(r.exitCode == 0);
    CHECK(messages(r.err).startsWith(QStringLiteral("warning: ")));
    CHECK(r.err.contains(QStringLiteral("board-example.json: the board self-assessment the business case names was "
                                        "not found")));
    const QString html = QString::fromUtf8(test::readFile(out));
    CHECK(html.contains(QStringLiteral("does not draw on a board self-assessment")));
    CHECK_FALSE(html.contains(QStringLiteral("was not found"))); // why is told to whoever ran it, above
}

TEST_CASE("ahplead-cli business-case refuses bad input with one field-level message and writes nothing")
{
    struct Bad {
        const char *what;
        QStringList path;
        std::function<void(QJsonValueRef)> change;
        QString message;
    };
    const std::vector<Bad> cases{
        {"a negative WTE",
         {QStringLiteral("workforce"), QStringLiteral("professions"), QStringLiteral("3"),
          QStringLiteral("registeredWte")},
         [](QJsonValueRef v) { v = -2; },
         QStringLiteral("case.json: /workforce/professions/3/registeredWte: -2 must not be negative")},
        {"a percentage above 100",
         {QStringLiteral("workforceMetrics"), QStringLiteral("0"), QStringLiteral("value")},
         [](QJsonValueRef v) { v = 104; },
         QStringLiteral("case.json: /workforceMetrics/0/value: 104 is above 100; a percentage must be between 0 and "
                        "100")},
        {"a missing period",
         {QStringLiteral("qualityMetrics"), QStringLiteral("1")},
         [](QJsonValueRef v) {
             QJsonObject o = v.toObject();
             o.remove(QStringLiteral("period"));
             v = o;
         },
         QStringLiteral("case.json: /qualityMetrics/1/period: is missing")},
        {"text for a number",
         {QStringLiteral("workforceMetrics"), QStringLiteral("2"), QStringLiteral("value")},
         [](QJsonValueRef v) { v = QStringLiteral("13.5"); },
         QStringLiteral("case.json: /workforceMetrics/2/value: expected a number, found \"13.5\"")},
        {"no do-nothing option",
         {QStringLiteral("options")},
         [](QJsonValueRef v) {
             QJsonArray a = v.toArray();
             a.removeFirst();
             v = a;
         },
         QStringLiteral("case.json: /options: there is no do-nothing option")},
    };
    for (const Bad &bad : cases) {
        INFO(bad.what);
        QTemporaryDir dir;
        QJsonObject doc = exampleJson();
        edit(doc, bad.path, bad.change);
        const QString path = dir.filePath(QStringLiteral("case.json"));
        test::writeFile(path, QJsonDocument(doc).toJson());
        for (const char *format : {"html", "pdf", "odt"}) {
            const QString out = dir.filePath(QStringLiteral("out.%1").arg(QLatin1String(format)));
            const auto r = runCli({QStringLiteral("business-case"), path, QStringLiteral("-o"), out});
            INFO(format << ": " << r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(messages(r.err).count(QLatin1Char('\n')) == 0); // one message
            CHECK(r.err.contains(bad.message));
            CHECK(r.out.isEmpty());
            CHECK_FALSE(QFileInfo::exists(out));
        }
    }
}

TEST_CASE("ahplead-cli business-case refuses an unknown format, a missing -o and a missing file")
{
    QTemporaryDir dir;
    auto r = runCli({QStringLiteral("business-case"), test::businessCasePath(), QStringLiteral("--format"),
                     QStringLiteral("csv"), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.csv"))});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("\"csv\" is not a business case format; use one of html, pdf, odt, docx")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.csv"))));

    r = runCli({QStringLiteral("business-case"), test::businessCasePath()});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("-o OUT is required")));

    r = runCli({QStringLiteral("business-case"), dir.filePath(QStringLiteral("missing.json")), QStringLiteral("-o"),
                dir.filePath(QStringLiteral("x.pdf"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("missing.json")));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("x.pdf"))));
}

TEST_CASE("ahplead-cli lists the business-case command in its help")
{
    const auto r = runCli({QStringLiteral("--help")});
    CHECK(r.out.contains(QStringLiteral("  business-case Write a business case")));
}
