#include "report/ReportTestSupport.h"
#include "report/assessment/AssessmentReport.h"
#include "report/document/ReportWriter.h"
#include "report/document/ZipArchive.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace ahplead;

namespace {

QString writeDocx(const Document &document, QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".docx"));
    const Status written = ReportWriter::write(document, ReportFormat::Docx, path);
    INFO((written ? QString() : written.message()).toStdString());
    REQUIRE(written.ok());
    return path;
}

QByteArray bytesOf(const QString &path, const QString &name)
{
    auto zip = ZipArchive::open(test::readFile(path));
    REQUIRE(zip.ok());
    auto bytes = zip->read(name);
    INFO((bytes ? QString() : bytes.message()).toStdString());
    REQUIRE(bytes.ok());
    return bytes.value();
}

QString part(const QString &path, const QString &name)
{
    return QString::fromUtf8(bytesOf(path, name));
}

// A small document with VALUE in every field a person fills in, one of each kind of block.
Document documentWith(const QString &value)
{
    Document d;
    d.kicker = d.title = d.organisation = d.purpose = d.headerLeft = d.headerRight = d.footer = value;
    d.documentTitle = d.author = value;
    d.details = {{QStringLiteral("Organisation"), value}};
    d.coverSheet = {{QStringLiteral("Meeting"), value}, {QStringLiteral("Agenda item"), QString()}};
    Document::Section s;
    s.title = QStringLiteral("1. Summary");
    s.blocks.push_back(Document::heading(value));
    s.blocks.push_back(Document::paragraph(value));
    Document::Block list;
    list.kind = Document::Block::Kind::Numbered;
    list.bullets = {{value, value}};
    s.blocks.push_back(list);
    Document::Table t;
    t.caption = value;
    t.headers = {QStringLiteral("Action"), QStringLiteral("Owner")};
    t.widths = {60, 40};
    t.rows = {{Document::cell({Document::plain(value)}), Document::cell({Document::strong(value)})}};
    t.wholeRows = true;
    s.blocks.push_back(Document::table(t));
    d.sections.push_back(s);
    return d;
}

} // namespace

TEST_CASE("The board report as a Word document opens in python-docx with every heading, every table cell, the page "
          "number field and its properties")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const Document document = AssessmentReport::build(r.model);
    QTemporaryDir dir;
    const QString path = writeDocx(document, dir, QStringLiteral("board"));
    const auto check = test::checkDocx(document, path, {r.assessment.organisation.name, document.purpose});
    if (check.exitCode == 77)
        AHPLEAD_SKIP(check.out.trimmed().toStdString());
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("The Word document uses Word's own styles, repeats header rows, keeps rows whole and holds the charts as "
          "images")
{
    const auto r = test::exampleReport(QStringLiteral("board"));
    const Document document = AssessmentReport::build(r.model);
    QTemporaryDir dir;
    const QString path = writeDocx(document, dir, QStringLiteral("board"));
    const QString styles = part(path, QStringLiteral("word/styles.xml"));
    for (const char *style : {"Title", "Heading1", "Heading2", "Heading3", "ReportTable", "ListParagraph"})
        CHECK(styles.contains(QStringLiteral("w:styleId=\"%1\"").arg(QLatin1String(style))));
    CHECK(styles.contains(QStringLiteral("<w:lang w:val=\"en-GB\"")));
    const QString body = part(path, QStringLiteral("word/document.xml"));
    CHECK(body.count(QStringLiteral("<w:tblHeader/>")) >= 3);
    CHECK(body.contains(QStringLiteral("<w:cantSplit/>")));
    CHECK(body.contains(QStringLiteral("<w:numPr>")));
    CHECK(body.count(QStringLiteral("r:embed=\"rIdChart")) == 2); // the radar chart and the score bars
    CHECK(bytesOf(path, QStringLiteral("word/media/chart1.png")).startsWith("\x89PNG"));
    const QString header = part(path, QStringLiteral("word/header1.xml"));
    CHECK(header.contains(r.assessment.organisation.name));
    CHECK_FALSE(header.contains(QStringLiteral("DRAFT"))); // a finished assessment
    const QString footer = part(path, QStringLiteral("word/footer1.xml"));
    CHECK(footer.contains(QStringLiteral(" PAGE ")));
    CHECK(footer.contains(QStringLiteral(" NUMPAGES ")));
}

TEST_CASE("Hostile text in a Word document stays text: the same elements as plain text, and every word read back")
{
    QTemporaryDir dir;
    const QString plainPath = writeDocx(documentWith(QStringLiteral("Plain text")), dir, QStringLiteral("plain"));
    // Every element of the body, by name, in order: hostile text must add none.
    static const QRegularExpression element(QStringLiteral("<(w:[A-Za-z]+)"));
    const auto skeleton = [](const QString &xml) {
        QStringList names;
        for (const auto &m : element.globalMatch(xml))
            if (m.captured(1) != QLatin1String("w:br") && m.captured(1) != QLatin1String("w:tab") &&
                m.captured(1) != QLatin1String("w:t"))
                names << m.captured(1);
        return names;
    };
    const QStringList plain = skeleton(part(plainPath, QStringLiteral("word/document.xml")));
    std::vector<test::DocxCheck> checks;
    const QStringList hostile{
        QStringLiteral("</w:t></w:r><w:r><w:t>injected</w:t></w:r>"),
        QStringLiteral("<![CDATA[x]]> & &amp; \"quoted\" 'single' ]]>"),
        QStringLiteral("Tab\there\nnew line\r\nand\u2028separator"),
        QString(QStringLiteral("control ") + QChar(1) + QChar(0xFFFF) + QStringLiteral(" \U0001F600 \u202Eevil")),
    };
    for (const QString &value : hostile) {
        INFO(value.toStdString());
        const Document document = documentWith(value);
        const QString path = writeDocx(document, dir, QStringLiteral("hostile%1").arg(checks.size()));
        CHECK(skeleton(part(path, QStringLiteral("word/document.xml"))) == plain);
        checks.push_back({document, path, {value}});
    }
    const auto check = test::checkDocx(checks);
    if (check.exitCode == 77)
        AHPLEAD_SKIP(check.out.trimmed().toStdString());
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
}

TEST_CASE("A draft's Word document says DRAFT in the header of every page and in the footer")
{
    auto r = test::exampleReport(QStringLiteral("board"));
    r.assessment.status = QStringLiteral("draft");
    const Document document = AssessmentReport::build(ReportModel::build(*r.framework, r.assessment, r.card));
    REQUIRE(document.draft);
    QTemporaryDir dir;
    const QString path = writeDocx(document, dir, QStringLiteral("draft"));
    for (const char *name : {"word/header1.xml", "word/header2.xml", "word/footer1.xml", "word/footer2.xml"})
        CHECK(part(path, QLatin1String(name)).contains(QStringLiteral(">DRAFT<")));
}
