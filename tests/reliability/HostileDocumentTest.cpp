// Hostile text through every text field into the documents beyond the assessment report: the
// business case (HTML, PDF, ODT, Word and its own file), the regional summary (HTML, PDF, Word,
// CSV) and
// the anonymised peer benchmark. Each comes out whole where it belongs, inert (nothing injected
// into HTML, CSV cells safe from formula injection, well-formed XML in the ODT) and, in the
// benchmark, not at all. HostileOutputTest.cpp does the assessment's own files.
#include "reliability/ReliabilitySupport.h"

#include "core/assessment/AssessmentWriter.h"
#include "core/assessment/Scorer.h"
#include "core/base/JsonFile.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/businesscase/BusinessCaseValidator.h"
#include "core/businesscase/BusinessCaseWriter.h"
#include "core/businesscase/PayScales.h"
#include "core/region/Importer.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/SubmissionFile.h"
#include "report/businesscase/BusinessCaseModel.h"
#include "report/document/ReportWriter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>

using namespace ahplead;

namespace {

const PayScales &payScales()
{
    static const PayScales scales = [] {
        auto loaded = PayScales::load(test::dataDir() + QStringLiteral("/costs"));
        REQUIRE(loaded.ok());
        return loaded.value();
    }();
    return scales;
}

nlohmann::json exampleCase()
{
    return nlohmann::json::parse(
        test::readFile(test::dataDir() + QStringLiteral("/examples/business-case-example.json")).toStdString());
}

// Every string member of a JSON document, by JSON pointer.
void stringsOf(const nlohmann::json &node, const std::string &pointer, std::vector<std::string> &out)
{
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            stringsOf(it.value(), pointer + "/" + it.key(), out);
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            stringsOf(node[i], pointer + "/" + std::to_string(i), out);
    } else if (node.is_string()) {
        out.push_back(pointer);
    }
}

// The business case a person could write with VALUE in every text field: every string of the
// example case is set to VALUE, and the reader, the validator and the cost model are asked.
// Where one refuses a field because it is too long, the value is cut to the length it allows;
// where it refuses VALUE altogether (a code, an enumeration, a date, a reference to another
// field) the field keeps the example's value. LIMITS carries what was found to the next value.
// The case is written to DIR/case.json beside the board assessment it names.
struct CaseFields {
    std::map<std::string, int> limits; // pointer -> the longest text it takes (-1: no limit)
    std::vector<std::string> kept;     // pointers that keep the example's value
};

QString fieldOf(const QString &message, const QString &fileName)
{
    static const QRegularExpression pointer(QStringLiteral("^(/[^:]*): "));
    const auto m = pointer.match(message.mid(fileName.size() + 2));
    return m.hasMatch() ? m.captured(1) : QString();
}

Result<BusinessCaseModel> hostileCase(const QString &value, const QString &dir, CaseFields &fields, int *fieldsWithText,
                                      const std::vector<std::string> &onlyUnder = {})
{
    const QString fileName = QStringLiteral("case.json");
    const QString path = dir + QLatin1Char('/') + fileName;
    nlohmann::json doc = exampleCase();
    std::vector<std::string> pointers;
    stringsOf(doc, "", pointers);
    std::map<std::string, QString> current;
    for (const std::string &p : pointers) {
        // The format name, and the board assessment file the case names (written beside it).
        if (p == "/format" || p == "/boardAssessment" ||
            std::find(fields.kept.begin(), fields.kept.end(), p) != fields.kept.end())
            continue;
        if (!onlyUnder.empty() &&
            std::none_of(onlyUnder.begin(), onlyUnder.end(), [&](const std::string &u) { return p.rfind(u, 0) == 0; }))
            continue;
        const auto limit = fields.limits.find(p);
        const QString v = limit != fields.limits.end() && limit->second >= 0 ? value.left(limit->second) : value;
        current[p] = v;
        doc[nlohmann::json::json_pointer(p)] = v.toStdString();
    }
    for (int attempt = 0; attempt < 1000; ++attempt) {
        const QByteArray bytes = QByteArray::fromStdString(doc.dump(2));
        // The reader and the validator first (quick), then the whole way the CLI goes.
        Result<BusinessCaseModel> model = Error{QString()};
        auto read = BusinessCaseReader::parse(bytes, fileName);
        const Status valid = read ? BusinessCaseValidator::check(read.value(), fileName) : Status(read.error());
        if (valid) {
            test::writeFile(path, bytes);
            model = BusinessCaseModel::fromFile(path, test::frameworks(), payScales());
        } else {
            model = valid.error();
        }
        if (model) {
            *fieldsWithText = int(current.size());
            for (const auto &[p, v] : current)
                if (!fields.limits.count(p))
                    fields.limits[p] = -1;
            return model;
        }
        const std::string field = fieldOf(model.message(), fileName).toStdString();
        const auto it = current.find(field);
        if (it == current.end())
            return model.error(); // refused for a field it was not given hostile text in
        static const QRegularExpression atMost(QStringLiteral("at most (\\d+) (?:are|is) allowed"));
        const auto m = atMost.match(model.message());
        if (m.hasMatch() && it->second.size() > m.captured(1).toInt()) {
            fields.limits[field] = m.captured(1).toInt();
            it->second = value.left(m.captured(1).toInt());
            doc[nlohmann::json::json_pointer(field)] = it->second.toStdString();
            continue;
        }
        fields.kept.push_back(field);
        doc[nlohmann::json::json_pointer(field)] = exampleCase()[nlohmann::json::json_pointer(field)];
        current.erase(it);
    }
    FAIL("the business case did not settle");
    return Error{QString()};
}

// A region's store with five acute trusts' submissions: the first has VALUE in every text
// field (name, ODS code, ICS, region, title, assessor, submitter, every note), the others
// have plain names and codes, and all five are in VALUE's ICS, so a filter on it keeps them.
struct HostileRegion {
    QString store;
    Organisation hostile;
};

HostileRegion makeRegion(const QString &value, const QString &dir)
{
    const Framework *fw = &test::exampleFramework(QStringLiteral("board"));
    const QString inbox = dir + QStringLiteral("/inbox");
    QDir().mkpath(inbox);
    HostileRegion region;
    region.store = dir + QStringLiteral("/region.sqlite");
    for (int n = 1; n <= 5; ++n) {
        Assessment a = test::assessmentWith(value);
        a.organisation.type = QStringLiteral("acute");
        if (n > 1) {
            a.organisation.name = QStringLiteral("Plain trust %1").arg(n);
            a.organisation.odsCode = QStringLiteral("P%1").arg(n);
        } else {
            region.hostile = a.organisation;
        }
        Submission s;
        s.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.submittedAt = QDateTime(QDate(2026, 10, n), QTime(10, 0), Qt::UTC);
        s.submitter = {value.left(500), value.left(500)};
        s.assessment = a;
        test::writeFile(inbox + QStringLiteral("/trust-%1.ahplead").arg(n),
                        SubmissionFile::write(s, *fw, Scorer::score(*fw, a)));
    }
    auto store = test::openStore(region.store);
    Importer importer(*store, test::frameworks(), QStringLiteral("regional team"));
    const Importer::Report report = importer.run(Importer::expand({inbox}, nullptr));
    for (const Importer::Item &item : report.items) {
        INFO(item.path.toStdString() << ": " << item.message.toStdString());
        REQUIRE(item.outcome == Importer::Outcome::Imported);
    }
    return region;
}

} // namespace

TEST_CASE("Hostile text in every field of a business case comes out of its HTML, PDF, ODT, Word document and file "
          "whole and inert",
          "[hostile-output]")
{
    const Framework *fw = &test::exampleFramework(QStringLiteral("board"));
    CaseFields fields;
    // The plain document, for the HTML's structure; it also finds which fields take free text.
    QTemporaryDir plainDir;
    test::writeFile(plainDir.filePath(QStringLiteral("board-example.json")),
                    AssessmentWriter::toBytes(test::assessmentWith(QStringLiteral("Plain text")), *fw));
    int plainFields = 0;
    auto plain = hostileCase(QStringLiteral("Plain text"), plainDir.path(), fields, &plainFields);
    INFO((plain ? QString() : plain.message()).toStdString());
    REQUIRE(plain.ok());
    const QString plainHtml = plainDir.filePath(QStringLiteral("plain.html"));
    REQUIRE(ReportWriter::write(plain.value(), ReportFormat::Html, plainHtml).ok());

    int tried = 0;
    int mostFields = 0;
    for (const QString &value : test::hostileStrings()) {
        INFO("value: " << test::hostileLabel(value).toStdString());
        QTemporaryDir dir;
        const Assessment board = test::assessmentWith(value);
        test::writeFile(dir.filePath(QStringLiteral("board-example.json")), AssessmentWriter::toBytes(board, *fw));
        int withText = 0;
        auto model = hostileCase(value, dir.path(), fields, &withText);
        INFO((model ? QString() : model.message()).toStdString());
        REQUIRE(model.ok());
        mostFields = std::max(mostFields, withText);
        CHECK(withText >= 250); // the example's prose, names, sources and notes: a few hundred fields

        // The case's own file: read back, written again, the same bytes and the same text.
        auto read = BusinessCaseReader::read(dir.filePath(QStringLiteral("case.json")));
        REQUIRE(read.ok());
        const QByteArray written = BusinessCaseWriter::toBytes(read.value());
        auto again = BusinessCaseReader::parse(written, QStringLiteral("again.json"));
        INFO((again ? QString() : again.message()).toStdString());
        REQUIRE(again.ok());
        CHECK(BusinessCaseWriter::toBytes(again.value()) == written);
        CHECK(again->title == value.left(500));
        CHECK(again->strategicContext.qualityAndSafety == value);

        // A 5,000-character note in each of a few hundred fields makes a PDF of thousands of
        // pages; there the note goes into the prose of the strategic case and the descriptions,
        // where long text belongs, over page breaks.
        std::optional<BusinessCaseModel> longPdf;
        if (value.size() > 1000) {
            QTemporaryDir longDir;
            test::writeFile(longDir.filePath(QStringLiteral("board-example.json")),
                            AssessmentWriter::toBytes(board, *fw));
            int n = 0;
            auto m = hostileCase(value, longDir.path(), fields, &n,
                                 {"/strategicContext/", "/organisation/description", "/leadership/description"});
            INFO((m ? QString() : m.message()).toStdString());
            REQUIRE(m.ok());
            CHECK(n == 6);
            longPdf = m.value();
        }

        const QJsonObject expected{{QStringLiteral("texts"), QJsonArray{value.left(500), value}}};
        for (ReportFormat format : {ReportFormat::Html, ReportFormat::Pdf, ReportFormat::Odt, ReportFormat::Docx}) {
            const QString name = ReportWriter::name(format);
            INFO(name.toStdString());
            const QString out = dir.filePath(QStringLiteral("case.") + ReportWriter::extension(format));
            const Status ok =
                ReportWriter::write(format == ReportFormat::Pdf && longPdf ? *longPdf : model.value(), format, out);
            INFO((ok ? QString() : ok.message()).toStdString());
            REQUIRE(ok.ok());
            const auto check = test::checkHostileOutput(name, out, expected, plainHtml);
            INFO(check.out.toStdString() << check.err.toStdString());
            CHECK(check.exitCode == 0);
            ++tried;
        }
    }
    std::cout << "hostile output: " << tried << " business case documents (" << test::hostileStrings().size()
              << " strings in " << mostFields << " text fields x HTML, PDF, ODT, Word) checked; " << fields.kept.size()
              << " fields take only codes, dates or references" << std::endl;
}

TEST_CASE("Hostile organisation names, codes and ICSs come out of the regional summary's HTML, PDF, Word and CSV "
          "whole and inert, and never into the peer benchmark",
          "[hostile-output]")
{
    QTemporaryDir plainDir;
    const HostileRegion plainRegion = makeRegion(QStringLiteral("Plain text"), plainDir.path());
    const QString plainHtml = plainDir.filePath(QStringLiteral("plain.html"));
    {
        const auto r = test::runCli({QStringLiteral("region"), QStringLiteral("summary"), QStringLiteral("-o"),
                                     plainHtml, QStringLiteral("--ics"), QStringLiteral("Plain text")},
                                    plainRegion.store);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    int tried = 0;
    for (const QString &value : test::hostileStrings()) {
        INFO("value: " << test::hostileLabel(value).toStdString());
        QTemporaryDir dir;
        const HostileRegion region = makeRegion(value, dir.path());
        const Organisation &o = region.hostile;
        const QJsonObject expected{
            {QStringLiteral("texts"), QJsonArray{o.name, o.odsCode, o.ics}},
            {QStringLiteral("cells"), QJsonObject{{QStringLiteral("Integrated care system"), o.ics}}},
            {QStringLiteral("someCells"),
             QJsonObject{{QStringLiteral("Organisation"), o.name}, {QStringLiteral("ODS code"), o.odsCode}}},
        };
        // The ICS filter is hostile too, where a command line can carry it (not a NUL).
        const bool filter = !o.ics.contains(QChar(0));
        for (const char *format : {"html", "pdf", "docx", "csv"}) {
            INFO(format);
            const QString out = dir.filePath(QStringLiteral("region.") + QLatin1String(format));
            QStringList args{QStringLiteral("region"), QStringLiteral("summary"), QStringLiteral("-o"), out};
            if (filter)
                args << QStringLiteral("--ics") << o.ics;
            const auto r = test::runCli(args, region.store);
            INFO(r.err.toStdString());
            REQUIRE(r.exitCode == 0);
            const auto check =
                test::checkHostileOutput(QLatin1String(format), out, expected, filter ? plainHtml : QString());
            INFO(check.out.toStdString() << check.err.toStdString());
            CHECK(check.exitCode == 0);
            ++tried;
        }

        const QString benchmark = dir.filePath(QStringLiteral("benchmark.json"));
        const auto r = test::runCli({QStringLiteral("benchmark"), QStringLiteral("-o"), benchmark}, region.store);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QByteArray bytes = test::readFile(benchmark);
        auto parsed = PeerBenchmark::parse(bytes, QStringLiteral("benchmark.json"));
        INFO((parsed ? QString() : parsed.message()).toStdString());
        REQUIRE(parsed.ok());
        REQUIRE(parsed->group(QStringLiteral("acute")));
        CHECK_FALSE(parsed->group(QStringLiteral("acute"))->suppressed); // five trusts: figures are given
        // Anonymised: no text of any trust's in any string of the file.
        const nlohmann::json doc = nlohmann::json::parse(bytes.toStdString());
        std::vector<std::string> strings;
        stringsOf(doc, "", strings);
        for (const std::string &p : strings) {
            const QString s = QString::fromStdString(doc.at(nlohmann::json::json_pointer(p)).get<std::string>());
            INFO(p << " = " << s.toStdString());
            CHECK_FALSE(s.contains(o.name));
            CHECK_FALSE(s.contains(o.ics));
            CHECK_FALSE(s.contains(QStringLiteral("Plain trust")));
        }
        ++tried;
    }
    std::cout << "hostile output: " << tried << " regional summaries and benchmarks (" << test::hostileStrings().size()
              << " strings x HTML, PDF, Word, CSV, benchmark) checked" << std::endl;
}
