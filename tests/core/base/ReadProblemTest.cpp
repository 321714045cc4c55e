// Bad files through the real readers: the plain words a person reads first match what is
// wrong, and the technical detail is kept after them.
#include "core/base/ReadProblem.h"
#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/base/JsonFile.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/region/SubmissionFile.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;

namespace {

const QByteArray PackageJson = QByteArrayLiteral("{\"name\": \"left-pad\", \"version\": \"1.3.0\"}\n");

QByteArray boardSubmission()
{
    auto a =
        AssessmentReader::read(test::dataDir() + QStringLiteral("/examples/board-example.json"), test::frameworks());
    REQUIRE(a.ok());
    Submission s;
    s.uuid = QStringLiteral("7a0c9a52-0b8e-4c55-9d55-2f8f8b7c3e11");
    s.submittedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 30), Qt::UTC);
    s.submitter = {QStringLiteral("Dr Amrit Sandhu"), QStringLiteral("Non-executive director")};
    s.assessment = a.value();
    const Framework &fw = *test::frameworks().find(a->frameworkId, a->frameworkVersion);
    return SubmissionFile::write(s, fw, Scorer::score(fw, a.value()));
}

} // namespace

TEST_CASE("A JSON file that is not an ahplead file is called that first, for every kind of import")
{
    const QString name = QStringLiteral("package.json");
    const QString assessment = AssessmentReader::parse(PackageJson, name, test::frameworks()).message();
    const QString businessCase = BusinessCaseReader::parse(PackageJson, name).message();
    const QString submission = SubmissionFile::parse(PackageJson, name, test::frameworks()).message();
    for (const QString &technical : {assessment, businessCase, submission}) {
        INFO(technical.toStdString());
        CHECK(technical.startsWith(QStringLiteral("package.json: /format: ")));
        CHECK(ReadProblem::kind(technical) == ReadProblem::Kind::NotAhplead);
        CHECK(ReadProblem::plain(technical).startsWith(QStringLiteral("This is not an ahplead file")));
        const QString terminal = ReadProblem::forTerminal(technical);
        CHECK(terminal.startsWith(QStringLiteral("This is not an ahplead file")));
        CHECK(terminal.endsWith(technical)); // the detail is still there, after the plain words
    }
    // A JSON array is not an ahplead file either.
    CHECK(ReadProblem::kind(AssessmentReader::parse("[1, 2]", name, test::frameworks()).message()) ==
          ReadProblem::Kind::NotAhplead);
}

TEST_CASE("A tampered submission says it was changed after it was submitted and to ask for it again")
{
    QByteArray bytes = boardSubmission();
    const qsizetype at = bytes.indexOf("\"value\":\"partial\"");
    REQUIRE(at > 0);
    bytes.replace(at, 17, "\"value\":\"in_place\"");
    const QString technical =
        SubmissionFile::parse(bytes, QStringLiteral("trust.ahplead"), test::frameworks()).message();
    CHECK(ReadProblem::kind(technical) == ReadProblem::Kind::Changed);
    CHECK(ReadProblem::plain(technical).startsWith(QStringLiteral("This file was changed after it was submitted")));
    CHECK(ReadProblem::plain(technical).endsWith(QStringLiteral("ask the trust to send it again.")));
    CHECK_FALSE(ReadProblem::plain(technical).contains(QStringLiteral("digest")));
}

TEST_CASE("Binary, empty, cut-short and newer files each get plain words without jargon")
{
    const QString name = QStringLiteral("board.json");
    QByteArray binary = QByteArrayLiteral("PK\x03\x04\x14\x00\x06\x00");
    binary.append(QByteArray(64, '\xff'));
    const QString notText = AssessmentReader::parse(binary, name, test::frameworks()).message();
    CHECK(ReadProblem::kind(notText) == ReadProblem::Kind::NotText);
    CHECK(ReadProblem::kind(AssessmentReader::parse("  \n", name, test::frameworks()).message()) ==
          ReadProblem::Kind::Empty);
    CHECK(ReadProblem::kind(
              AssessmentReader::parse("{\"format\": \"ahplead.assess", name, test::frameworks()).message()) ==
          ReadProblem::Kind::Damaged);
    CHECK(ReadProblem::kind(AssessmentReader::parse("{\"format\": \"ahplead.assessment\", \"formatVersion\": 99}", name,
                                                    test::frameworks())
                                .message()) == ReadProblem::Kind::Newer);
    for (const QString &technical : {notText, AssessmentReader::parse("  \n", name, test::frameworks()).message()}) {
        const QString plain = ReadProblem::plain(technical);
        INFO(plain.toStdString());
        CHECK_FALSE(plain.contains(QStringLiteral("JSON")));
        CHECK_FALSE(plain.contains(QLatin1Char('/')));
        CHECK(plain.startsWith(QStringLiteral("This file")));
    }
}

TEST_CASE("An ahplead file with a bad value leads with plain words and keeps the place in the detail")
{
    const QString technical =
        AssessmentReader::parse("{\"format\": \"ahplead.assessment\", \"formatVersion\": 1, \"title\": 5}",
                                QStringLiteral("board.json"), test::frameworks())
            .message();
    CHECK(ReadProblem::kind(technical) == ReadProblem::Kind::Content);
    CHECK(ReadProblem::plain(technical).startsWith(QStringLiteral("This file has something in it")));
    CHECK(ReadProblem::forTerminal(technical).contains(QStringLiteral("board.json: /")));
}
