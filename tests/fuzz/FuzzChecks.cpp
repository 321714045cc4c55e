#include "fuzz/FuzzChecks.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/AssessmentWriter.h"
#include "core/assessment/FrameworkLibrary.h"
#include "core/assessment/FrameworkLoader.h"
#include "core/assessment/ScoreCardJson.h"
#include "core/assessment/Scorer.h"
#include "core/base/JsonFile.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/businesscase/BusinessCaseValidator.h"
#include "core/businesscase/BusinessCaseWriter.h"
#include "core/businesscase/CostModel.h"
#include "core/businesscase/PayScaleReader.h"
#include "core/businesscase/PayScales.h"
#include "core/region/PeerBenchmark.h"
#include "core/region/ReviewFile.h"
#include "core/region/SubmissionFile.h"

#include <cmath>
#include <memory>
#include <stdexcept>

namespace ahplead::fuzz {

namespace {

std::unique_ptr<FrameworkLibrary> g_library;
std::unique_ptr<PayScales> g_payScales;
std::unique_ptr<BusinessCase> g_exampleCase;

const FrameworkLibrary &library()
{
    if (!g_library)
        throw std::logic_error("ahplead::fuzz::initialise() was not called");
    return *g_library;
}

// A refusal must say which file it is about, then where and what.
QString refusal(const QString &message, const QString &fileName)
{
    if (!message.startsWith(fileName + QStringLiteral(": ")) || message.size() <= fileName.size() + 2)
        return QStringLiteral("a refusal does not start with the file name: \"%1\"").arg(message.left(300));
    return {};
}

bool finite(double v)
{
    return std::isfinite(v);
}

// A score card must hold numbers a report can print: finite, in range.
QString checkCard(const ScoreCard &card)
{
    if (card.overallScore && (!finite(*card.overallScore) || *card.overallScore < 0 || *card.overallScore > 100))
        return QStringLiteral("the overall score is %1").arg(*card.overallScore);
    if (card.overallLevel < -1 || card.overallLevel > 4)
        return QStringLiteral("the overall level is %1").arg(card.overallLevel);
    for (const DomainScore &d : card.domains)
        if (d.score && (!finite(*d.score) || *d.score < 0 || *d.score > 100))
            return QStringLiteral("domain %1 scores %2").arg(d.id).arg(*d.score);
    for (const RecommendationResult &r : card.recommendations)
        if (r.ratio && (!finite(*r.ratio) || *r.ratio < 0 || *r.ratio > 1))
            return QStringLiteral("recommendation %1 has ratio %2").arg(r.id).arg(*r.ratio);
    for (const Action &a : card.actions)
        if (!finite(a.gap) || !finite(a.priority))
            return QStringLiteral("action %1 has gap %2, priority %3")
                .arg(a.recommendationId)
                .arg(a.gap)
                .arg(a.priority);
    // The card is written into submissions and JSON output; it must serialise.
    (void)ScoreCardJson::toJson(card).dump();
    return {};
}

QString checkJson(const QByteArray &input)
{
    const QString name = QStringLiteral("fuzz.json");
    auto doc = JsonFile::parse(input, name);
    if (!doc)
        return refusal(doc.message(), name);
    const std::string written = doc->dump();
    auto again = JsonFile::parse(QByteArray::fromStdString(written), name);
    if (!again)
        return QStringLiteral("accepted JSON, written out, is refused: %1").arg(again.message());
    if (again->dump() != written)
        return QStringLiteral("accepted JSON changes when written and read back");
    return {};
}

QString checkAssessment(const QByteArray &input)
{
    const QString name = QStringLiteral("fuzz.json");
    auto a = AssessmentReader::parse(input, name, library());
    if (!a)
        return refusal(a.message(), name);
    const Framework *fw = library().find(a->frameworkId, a->frameworkVersion);
    if (!fw)
        return QStringLiteral("an assessment of an unknown framework was accepted");
    if (QString problem = checkCard(Scorer::score(*fw, a.value())); !problem.isEmpty())
        return problem;
    const QByteArray written = AssessmentWriter::toBytes(a.value(), *fw);
    auto again = AssessmentReader::parse(written, name, library());
    if (!again)
        return QStringLiteral("an accepted assessment, written out, is refused: %1").arg(again.message());
    if (AssessmentWriter::toBytes(again.value(), *fw) != written)
        return QStringLiteral("an accepted assessment changes when written and read back");
    return {};
}

// What a region does with a submission it accepted: score it, keep its canonical content,
// and later read that content back (Store::submissionContent + SubmissionFile::fromContent).
QString checkAcceptedSubmission(const Submission &s)
{
    const Framework *fw = library().find(s.assessment.frameworkId, s.assessment.frameworkVersion);
    if (!fw)
        return QStringLiteral("a submission of an unknown framework was accepted");
    const ScoreCard card = Scorer::score(*fw, s.assessment);
    if (QString problem = checkCard(card); !problem.isEmpty())
        return problem;
    auto kept = SubmissionFile::fromContent(s.content, s.digest, QStringLiteral("kept.ahplead"), library());
    if (!kept)
        return QStringLiteral("the content a region keeps of an accepted submission cannot be read back: %1")
            .arg(kept.message());
    if (AssessmentWriter::toBytes(kept->assessment, *fw) != AssessmentWriter::toBytes(s.assessment, *fw))
        return QStringLiteral("the kept content of a submission reads back as a different assessment");
    const QByteArray rewritten = SubmissionFile::write(s, *fw, card);
    auto again = SubmissionFile::parse(rewritten, QStringLiteral("again.ahplead"), library());
    if (!again)
        return QStringLiteral("an accepted submission, written out, is refused: %1").arg(again.message());
    if (AssessmentWriter::toBytes(again->assessment, *fw) != AssessmentWriter::toBytes(s.assessment, *fw))
        return QStringLiteral("an accepted submission changes when written and read back");
    return {};
}

QString checkSubmission(const QByteArray &input)
{
    const QString name = QStringLiteral("fuzz.ahplead");
    // As a whole file: the digest stops almost every change, which is its job...
    auto s = SubmissionFile::parse(input, name, library());
    if (!s) {
        if (QString problem = refusal(s.message(), name); !problem.isEmpty())
            return problem;
    } else if (QString problem = checkAcceptedSubmission(s.value()); !problem.isEmpty()) {
        return problem;
    }
    // ...so the input is also tried as the content of a file whose digest matches it, which
    // takes the fuzzer past the digest into the reading of the content.
    auto c = SubmissionFile::fromContent(input, SubmissionFile::digestOf(QByteArrayView(input)), name, library());
    if (!c)
        return refusal(c.message(), name);
    return checkAcceptedSubmission(c.value());
}

QString checkReview(const QByteArray &input)
{
    const QString name = QStringLiteral("fuzz.json");
    auto r = ReviewFile::parse(input, name);
    if (!r)
        return refusal(r.message(), name);
    const QByteArray written = ReviewFile::write(r.value());
    auto again = ReviewFile::parse(written, name);
    if (!again)
        return QStringLiteral("an accepted review, written out, is refused: %1").arg(again.message());
    if (ReviewFile::write(again.value()) != written)
        return QStringLiteral("an accepted review changes when written and read back");
    return {};
}

QString checkBenchmark(const QByteArray &input)
{
    const QString name = QStringLiteral("fuzz.json");
    auto b = PeerBenchmark::parse(input, name);
    if (!b)
        return refusal(b.message(), name);
    // A trust's store keeps an imported benchmark as write() gives it, and reads it back later.
    const QByteArray kept = b->write();
    auto again = PeerBenchmark::parse(kept, name);
    if (!again)
        return QStringLiteral("an accepted benchmark, as kept in the store, is refused: %1").arg(again.message());
    if (again->write() != kept)
        return QStringLiteral("an accepted benchmark changes when kept and read back");
    return {};
}

QString checkFramework(const QByteArray &input)
{
    const QString name = QStringLiteral("fuzz.json");
    auto doc = JsonFile::parse(input, name);
    if (!doc)
        return refusal(doc.message(), name);
    auto loaded = FrameworkLoader::fromJson(doc.value(), name);
    if (!loaded)
        return refusal(loaded.message(), name);
    const Framework *fw = &loaded.value();
    // A framework that loads must score any assessment of it: none answered, all answered
    // with each value it allows, and a mixture.
    Assessment a;
    a.frameworkId = fw->id;
    a.frameworkVersion = fw->version;
    if (QString problem = checkCard(Scorer::score(*fw, a)); !problem.isEmpty())
        return problem;
    const AnswerValue values[] = {AnswerValue::NotInPlace, AnswerValue::Partial, AnswerValue::InPlace,
                                  AnswerValue::NotApplicable};
    for (int pattern = 0; pattern < 5; ++pattern) {
        a.answers.clear();
        int i = 0;
        for (const Domain &d : fw->domains)
            for (const Question &q : d.questions) {
                Answer answer;
                answer.questionId = q.id;
                answer.value = values[pattern < 4 ? pattern : (i++ % 4)];
                if (answer.value == AnswerValue::NotApplicable && !q.allowNotApplicable)
                    continue;
                answer.flagged = i % 3 == 0;
                a.answers.insert(q.id, answer);
            }
        if (QString problem = checkCard(Scorer::score(*fw, a)); !problem.isEmpty())
            return problem;
    }
    return {};
}

// Every figure of a costed option must be a number a document can print.
QString checkCosts(const CostTable &table)
{
    for (const auto &option : table.options) {
        const double figures[] = {option.annualCost, option.totalCost, option.presentValue,
                                  option.riskAdjustedPresentValue, option.cashReleasingTotal};
        for (double v : figures)
            if (!finite(v))
                return QStringLiteral("a business case costs to a figure that is not finite");
    }
    return {};
}

// A year of pay scales a user may edit (data/costs): refused with a message, or it costs the
// example business case to finite figures on both bases (or refuses it with a message).
QString checkPayScales(const QByteArray &input)
{
    const QString name = QStringLiteral("fuzz.json");
    auto year = PayScaleReader::parse(input, name);
    if (!year)
        return refusal(year.message(), name);
    if (!g_exampleCase)
        return {};
    for (PensionBasis basis : {PensionBasis::Economic, PensionBasis::Affordability}) {
        auto table = CostModel::compute(*g_exampleCase, year.value(), basis);
        if (!table)
            continue; // e.g. a band the fuzzed year does not have: refused with a message
        if (QString problem = checkCosts(table.value()); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString checkBusinessCase(const QByteArray &input)
{
    const QString name = QStringLiteral("fuzz.json");
    auto bc = BusinessCaseReader::parse(input, name);
    if (!bc)
        return refusal(bc.message(), name);
    const QByteArray written = BusinessCaseWriter::toBytes(bc.value());
    auto again = BusinessCaseReader::parse(written, name);
    if (!again)
        return QStringLiteral("an accepted business case, written out, is refused: %1").arg(again.message());
    if (BusinessCaseWriter::toBytes(again.value()) != written)
        return QStringLiteral("an accepted business case changes when written and read back");
    if (!BusinessCaseValidator::check(bc.value(), name) || !g_payScales)
        return {};
    // A valid case must cost to finite figures (the validator's limits promise it).
    for (PensionBasis basis : {PensionBasis::Economic, PensionBasis::Affordability}) {
        auto table = CostModel::compute(bc.value(), *g_payScales, basis);
        if (!table)
            continue; // e.g. a pay point the scales do not have: refused with a message
        if (QString problem = checkCosts(table.value()); !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace

void initialise(const QString &dataDir)
{
    auto loaded = FrameworkLibrary::load(dataDir + QStringLiteral("/frameworks"));
    if (!loaded)
        throw std::runtime_error(loaded.message().toStdString());
    g_library = std::make_unique<FrameworkLibrary>(std::move(loaded).value());
    auto scales = PayScales::load(dataDir + QStringLiteral("/costs"));
    if (scales)
        g_payScales = std::make_unique<PayScales>(std::move(scales).value());
    auto example = BusinessCaseReader::read(dataDir + QStringLiteral("/examples/business-case-example.json"));
    if (example)
        g_exampleCase = std::make_unique<BusinessCase>(std::move(example).value());
}

const std::vector<Target> &targets()
{
    static const std::vector<Target> all = {
        {"json", checkJson},
        {"assessment", checkAssessment},
        {"submission", checkSubmission},
        {"review", checkReview},
        {"benchmark", checkBenchmark},
        {"framework", checkFramework},
        {"businesscase", checkBusinessCase},
        {"payscales", checkPayScales},
    };
    return all;
}

const Target *target(const QString &name)
{
    for (const Target &t : targets())
        if (name == QLatin1String(t.name))
            return &t;
    return nullptr;
}

} // namespace ahplead::fuzz
