#include "report/businesscase/BusinessCaseTestSupport.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/businesscase/BusinessCaseLink.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "report/document/ReportWriter.h"

#include <catch2/catch.hpp>

namespace ahplead::test {

QString businessCasePath()
{
    return dataDir() + QStringLiteral("/examples/business-case-example.json");
}

const PayScales &payScales()
{
    static const PayScales scales = [] {
        auto loaded = PayScales::load(dataDir() + QStringLiteral("/costs"));
        REQUIRE(loaded.ok());
        return loaded.value();
    }();
    return scales;
}

BusinessCase exampleBusinessCase()
{
    auto bc = BusinessCaseReader::read(businessCasePath());
    INFO((bc ? QString() : bc.message()).toStdString());
    REQUIRE(bc.ok());
    return bc.value();
}

CaseForChange exampleCaseForChange(const BusinessCase &businessCase)
{
    auto assessment = AssessmentReader::read(examplePath(QStringLiteral("board")), frameworks());
    REQUIRE(assessment.ok());
    const Framework *fw = frameworks().find(assessment->frameworkId, assessment->frameworkVersion);
    REQUIRE(fw);
    auto linked =
        BusinessCaseLink::caseForChange(businessCase, assessment.value(), Scorer::score(*fw, assessment.value()), *fw);
    REQUIRE(linked.ok());
    return linked.value();
}

BusinessCaseModel exampleBusinessCaseModel()
{
    auto model = BusinessCaseModel::fromFile(businessCasePath(), frameworks(), payScales());
    INFO((model ? QString() : model.message()).toStdString());
    REQUIRE(model.ok());
    return model.value();
}

BusinessCaseModel businessCaseModel(const BusinessCase &businessCase, bool withBoard)
{
    std::optional<CaseForChange> caseForChange;
    if (withBoard)
        caseForChange = exampleCaseForChange(businessCase);
    auto model = BusinessCaseModel::build(businessCase, payScales(), caseForChange);
    INFO((model ? QString() : model.message()).toStdString());
    REQUIRE(model.ok());
    return model.value();
}

QString writeBusinessCase(const BusinessCaseModel &model, QTemporaryDir &dir, const QString &name,
                          const QString &format)
{
    const QString path = dir.filePath(QString(name + QLatin1Char('.') + format));
    const auto f = ReportWriter::formatFromName(format, BusinessCaseModel::formats());
    REQUIRE(f);
    const Status written = ReportWriter::write(model, *f, path);
    INFO((written ? QString() : written.message()).toStdString());
    REQUIRE(written.ok());
    return path;
}

QStringList handbookItems()
{
    return {
        QStringLiteral("Impact on the trust's objectives, priorities and key issues"),
        QStringLiteral("Accountability for the quality and safety of AHP services"),
        QStringLiteral("The chief AHP's role in the wider business of the trust"),
        QStringLiteral("Cost analysis"),
        QStringLiteral("Care Quality Commission ratings, including well-led"),
        QStringLiteral("Well-led"),
        QStringLiteral("Quality and equality impact assessment (QEIA)"),
        QStringLiteral("The options, including do nothing"),
        QStringLiteral("Do nothing (business as usual)"),
        QStringLiteral("Recommendation"),
        QStringLiteral("The link to quality improvement and transformation"),
        QStringLiteral("Benchmarked metrics: red, amber, green"),
        QStringLiteral("Rating against the benchmark"),
        QStringLiteral("Strategic-lead ratios: AHP strategic leads beside nursing and medical"),
        QStringLiteral("Chief AHP roles across the ICS and neighbouring ICSs"),
        QStringLiteral("New and transformational models of care"),
        QStringLiteral("Current AHP leadership structure"),
        QStringLiteral("Workforce profile by profession"),
        QStringLiteral("Registered headcount"),
        QStringLiteral("Unregistered headcount"),
        QStringLiteral("Advanced or non-traditional roles"),
        QStringLiteral("AHP cost per weighted activity unit"),
        QStringLiteral("Workforce-related metrics"),
        QStringLiteral("Sickness absence"),
        QStringLiteral("Vacancy rate"),
        QStringLiteral("Turnover"),
        QStringLiteral("Agency spend"),
        QStringLiteral("Staff Survey engagement score"),
        QStringLiteral("Student placements"),
        QStringLiteral("Apprentices"),
        QStringLiteral("Quality metrics"),
        QStringLiteral("Length of stay"),
        QStringLiteral("21 days or more"),
        QStringLiteral("Delayed transfers of care"),
        QStringLiteral("Emergency admissions"),
        QStringLiteral("Discharged to usual place of residence"),
        QStringLiteral("Waiting more than 18 weeks"),
        QStringLiteral("Readmissions within 28 days"),
        QStringLiteral("Failed discharges"),
        QStringLiteral("Risks to delivering the case, with likelihood, impact and mitigation"),
        QStringLiteral("Likelihood"),
        QStringLiteral("Mitigation"),
        QStringLiteral("Strategic case"),
        QStringLiteral("Economic case"),
        QStringLiteral("Commercial case"),
        QStringLiteral("Financial case"),
        QStringLiteral("Management case"),
        QStringLiteral("Executive summary"),
    };
}

} // namespace ahplead::test
