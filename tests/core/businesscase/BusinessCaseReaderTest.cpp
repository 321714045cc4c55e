#include "core/businesscase/BusinessCaseReader.h"
#include "core/base/JsonFile.h"
#include "core/businesscase/BusinessCaseValidator.h"
#include "core/businesscase/BusinessCaseWriter.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

using namespace ahplead;
using nlohmann::json;

namespace {

QString examplePath()
{
    return test::dataDir() + QStringLiteral("/examples/business-case-example.json");
}

json example()
{
    auto doc = JsonFile::parse(test::readFile(examplePath()), QStringLiteral("business-case-example.json"));
    REQUIRE(doc.ok());
    return doc.value();
}

BusinessCase exampleCase()
{
    auto bc = BusinessCaseReader::read(examplePath());
    REQUIRE(bc.ok());
    return bc.value();
}

QString messageFor(const json &doc)
{
    auto bc = BusinessCaseReader::fromJson(doc, QStringLiteral("case.json"));
    REQUIRE_FALSE(bc.ok());
    return bc.message();
}

int indexOfMetric(const json &list, const char *id)
{
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i]["id"] == id)
            return int(i);
    FAIL("no metric " << id);
    return -1;
}

} // namespace

TEST_CASE("The example business case reads with every section of handbook 3.1 filled in")
{
    const BusinessCase bc = exampleCase();
    CHECK(bc.organisation.name == QStringLiteral("Northfield and Riverside NHS Foundation Trust"));
    CHECK(bc.organisation.odsCode == QStringLiteral("ZZ1"));
    CHECK(bc.leadership.hasChiefAhp);
    CHECK(bc.leadership.band == QStringLiteral("8c"));
    CHECK(bc.leadership.wte == 0.6);
    CHECK(bc.leadership.division == Division::Operational);
    CHECK_FALSE(bc.strategicContext.qualityAndSafety.isEmpty());
    CHECK_FALSE(bc.strategicContext.widerTrustRole.isEmpty());
    CHECK_FALSE(bc.strategicContext.qualityImprovement.isEmpty());
    CHECK(bc.workforce.costPerWau.has_value());
    CHECK(bc.workforceMetrics.size() == 8);
    CHECK(bc.qualityMetrics.size() == 8);
    for (const char *id :
         {"sickness_absence", "vacancy_rate", "time_to_recruit", "turnover", "agency_spend", "staff_engagement",
          "student_placements", "apprenticeships", "length_of_stay", "long_length_of_stay", "delayed_transfers",
          "admissions", "place_of_discharge", "waiting_lists", "readmissions_28_days", "failed_discharges"})
        CHECK(bc.metric(QLatin1String(id)));
    REQUIRE(bc.strategicLeads.has_value());
    CHECK_FALSE(bc.regionalRoles.empty());
    CHECK_FALSE(bc.modelsOfCare.empty());
    REQUIRE(bc.cqc.has_value());
    CHECK(bc.cqc->wellLed == CqcRating::RequiresImprovement);
    CHECK(bc.qeia.equality.size() == 9);
    for (ProtectedCharacteristic c : enumValues<ProtectedCharacteristic>())
        CHECK(bc.qeia.impactFor(c));
    CHECK_FALSE(bc.risks.empty());
    CHECK(bc.shortlistGaps().isEmpty());
    CHECK(bc.options.size() == 4);
}

TEST_CASE("The example's workforce adds up across the professions and per strategic lead")
{
    const BusinessCase bc = exampleCase();
    const WorkforceTotals t = bc.workforce.totals();
    CHECK(t.registeredHeadcount == 697);
    CHECK(t.unregisteredHeadcount == 160);
    CHECK(t.headcount() == 857);
    CHECK(t.advancedRoles == 62);
    CHECK(t.wte() == Approx(755.4));
    REQUIRE(t.registeredPerUnregistered());
    CHECK(*t.registeredPerUnregistered() == Approx(697.0 / 160.0));
    CHECK(bc.strategicLeads->ahp.workforceWte == Approx(t.wte()));
    CHECK(*bc.strategicLeads->ahp.staffPerLead() == Approx(1259.0));
    CHECK(*bc.strategicLeads->nursing.staffPerLead() == Approx(2850.0 / 7.0));
    CHECK(*bc.strategicLeads->medical.staffPerLead() == Approx(980.0 / 4.5));
    LeadGroup none{0.0, 10.0, {}};
    CHECK_FALSE(none.staffPerLead().has_value());
}

TEST_CASE("Writing the example business case gives back the example file byte for byte")
{
    const BusinessCase bc = exampleCase();
    CHECK(BusinessCaseWriter::toBytes(bc) == test::readFile(examplePath()));
}

TEST_CASE("A business case read back from what was written is the same case")
{
    BusinessCase bc = exampleCase();
    bc.workforceMetrics[0].tolerancePercent = 7.5;
    bc.options[1].optimismBiasPercent = 12.5;
    bc.workforce.professions[0].registeredWte = 0.55;
    auto again = BusinessCaseReader::parse(BusinessCaseWriter::toBytes(bc), QStringLiteral("again.json"));
    REQUIRE(again.ok());
    CHECK(again.value() == bc);
}

TEST_CASE("A negative WTE or headcount is refused at the field")
{
    json doc = example();
    doc["workforce"]["professions"][3]["registeredWte"] = -2;
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /workforce/professions/3/registeredWte: -2 must not be negative"));

    doc = example();
    doc["workforce"]["professions"][1]["unregisteredHeadcount"] = -7;
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /workforce/professions/1/unregisteredHeadcount: -7 must not be negative"));

    doc = example();
    doc["options"][2]["posts"][1]["wte"] = -0.5;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/2/posts/1/wte: -0.5 must not be negative"));

    doc = example();
    doc["strategicLeads"]["nursing"]["leadsWte"] = -1;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /strategicLeads/nursing/leadsWte: -1 must not be negative"));
}

TEST_CASE("More WTE than people, or more advanced roles than registered staff, is refused")
{
    json doc = example();
    doc["workforce"]["professions"][0]["registeredHeadcount"] = 12;
    doc["workforce"]["professions"][0]["registeredWte"] = 12.5;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /workforce/professions/0/registeredWte: 12.5 WTE is more than "
                                            "the headcount of 12; one person works at most 1 WTE"));
    doc = example();
    doc["workforce"]["professions"][1]["advancedRoles"] = 50;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /workforce/professions/1/advancedRoles: 50 is more than the 41 "
                                            "registered staff; advanced and non-traditional roles are counted among "
                                            "the registered"));
}

TEST_CASE("A percentage above 100 is refused, in a value, a benchmark or a setting")
{
    json doc = example();
    doc["workforceMetrics"][0]["value"] = 104;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /workforceMetrics/0/value: 104 is above 100; a percentage must "
                                            "be between 0 and 100"));
    doc = example();
    doc["qualityMetrics"][indexOfMetric(doc["qualityMetrics"], "readmissions_28_days")]["benchmark"]["value"] = 100.5;
    CHECK(messageFor(doc).endsWith(QStringLiteral("/benchmark/value: 100.5 is above 100; a percentage must be between "
                                                  "0 and 100")));
    doc = example();
    doc["appraisal"]["optimismBiasPercent"] = 150;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /appraisal/optimismBiasPercent: 150 is above 100; a percentage "
                                            "must be between 0 and 100"));
    // A count is not a percentage: 104 placements are fine.
    doc = example();
    doc["workforceMetrics"][indexOfMetric(doc["workforceMetrics"], "student_placements")]["value"] = 104;
    CHECK(BusinessCaseReader::fromJson(doc, QStringLiteral("case.json")).ok());
}

TEST_CASE("A metric without its period or source is refused, and so is an empty period")
{
    json doc = example();
    doc["qualityMetrics"][1].erase("period");
    CHECK(messageFor(doc) == QStringLiteral("case.json: /qualityMetrics/1/period: is missing; give the period the "
                                            "figure covers, such as \"12 months to September 2026\""));
    doc = example();
    doc["workforce"]["costPerWau"]["period"] = "  ";
    CHECK(messageFor(doc).startsWith(QStringLiteral("case.json: /workforce/costPerWau/period: is missing")));
    doc = example();
    doc["workforceMetrics"][4].erase("source");
    CHECK(messageFor(doc) == QStringLiteral("case.json: /workforceMetrics/4/source: is missing; name where the figure "
                                            "comes from, such as ESR or the Model Health System"));
}

TEST_CASE("Text where a number belongs is refused with what was found")
{
    json doc = example();
    doc["workforceMetrics"][2]["value"] = "13.5";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /workforceMetrics/2/value: expected a number, found \"13.5\""));
    doc = example();
    doc["workforce"]["professions"][0]["registeredHeadcount"] = "1";
    CHECK(messageFor(doc) ==
          QStringLiteral(
              "case.json: /workforce/professions/0/registeredHeadcount: expected a whole number, found \"1\""));
    doc = example();
    doc["options"][2]["nonPay"][0]["amount"] = "£5,000";
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /options/2/nonPay/0/amount: expected a number, found \"£5,000\""));
    doc = example();
    doc["risks"][0]["likelihood"] = 2.5;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /risks/0/likelihood: expected a whole number, found 2.5"));
}

TEST_CASE("An options list without do nothing is refused at the list")
{
    json doc = example();
    doc["options"].erase(0);
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /options: there is no do-nothing option; add one with \"kind\": "
                         "\"do_nothing\" (business as usual), which the Green Book asks every "
                         "options appraisal to compare against"));
    doc["options"] = json::array();
    CHECK(messageFor(doc).startsWith(QStringLiteral("case.json: /options: there is no do-nothing option")));
    doc.erase("options");
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options: is missing; it is required"));
}

TEST_CASE("Two do-nothing options, two preferred options or a repeated option id are refused")
{
    json doc = example();
    doc["options"][3]["kind"] = "do_nothing";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/3/kind: a second do-nothing option; there must be "
                                            "exactly one (the first is /options/0)"));
    doc = example();
    doc["options"][1]["kind"] = "preferred";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/2/kind: a second preferred option; at most one option "
                                            "can be preferred (the first is /options/1)"));
    doc = example();
    doc["options"][3]["id"] = "preferred";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/3/id: \"preferred\" is also the id of /options/2; ids "
                                            "must be unique"));
}

TEST_CASE("Benefits must be valued when cash-releasing, unvalued when qualitative and tied to real metrics")
{
    json doc = example();
    doc["options"][2]["benefits"][0].erase("annualValue");
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /options/2/benefits/0/annualValue: is missing; a cash-releasing "
                         "benefit needs its value in pounds a year"));
    doc = example();
    doc["options"][2]["benefits"][2]["annualValue"] = 1000;
    CHECK(messageFor(doc).contains(QStringLiteral("/options/2/benefits/2/annualValue: a qualitative benefit has no "
                                                  "value in pounds")));
    doc = example();
    doc["options"][2]["benefits"][0]["metric"] = "agency";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/2/benefits/0/metric: \"agency\" is not the id of a "
                                            "metric in this business case"));
    doc = example();
    doc["options"][2]["benefits"][1]["fromYear"] = 5;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/2/benefits/1/fromYear: 5 is outside the appraisal "
                                            "(years 0 to 4)"));
}

TEST_CASE("Posts need a real band and pay point, and one-off costs a year inside the appraisal")
{
    json doc = example();
    doc["options"][2]["posts"][0]["band"] = "8e";
    CHECK(messageFor(doc).startsWith(QStringLiteral("case.json: /options/2/posts/0/band: \"8e\" is not an Agenda for "
                                                    "Change band; expected one of 1, 2, 3")));
    doc = example();
    doc["options"][2]["posts"][0]["point"] = "middle";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/2/posts/0/point: \"middle\" is not a pay point; "
                                            "expected one of entry, intermediate, top"));
    doc = example();
    doc["options"][2]["posts"][0]["wte"] = 0;
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /options/2/posts/0/wte: 0 WTE is not a post; expected more than 0"));
    doc = example();
    doc["options"][2]["nonPay"][1]["year"] = 9;
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /options/2/nonPay/1/year: 9 is outside the appraisal (years 0 to 4)"));
    doc = example();
    doc["options"][2]["nonPay"][0]["year"] = 1;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/2/nonPay/0/year: an annual cost falls in every year; "
                                            "\"year\" is only for a one_off cost"));
}

TEST_CASE("Risks are scored 1 to 5 for likelihood and impact and need a mitigation")
{
    json doc = example();
    doc["risks"][1]["impact"] = 6;
    CHECK(
        messageFor(doc) ==
        QStringLiteral("case.json: /risks/1/impact: 6 is not an impact; expected 1 (negligible) to 5 (catastrophic)"));
    doc = example();
    doc["options"][0]["risks"][0]["likelihood"] = 0;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/0/risks/0/likelihood: 0 is not a likelihood; expected "
                                            "1 (rare) to 5 (almost certain)"));
    doc = example();
    doc["risks"][0]["mitigation"] = "";
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /risks/0/mitigation: is missing; say how the risk will be reduced"));

    Risk r;
    r.likelihood = 3;
    r.impact = 4;
    CHECK(r.score() == 12);
    CHECK(r.level() == RiskLevel::High);
    r.impact = 5;
    CHECK(r.level() == RiskLevel::Extreme);
    r.likelihood = 1;
    r.impact = 3;
    CHECK(r.level() == RiskLevel::Low);
}

TEST_CASE("The QEIA takes each protected characteristic once, and a negative impact needs a mitigation")
{
    json doc = example();
    doc["qeia"]["equality"][2]["characteristic"] = "age";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /qeia/equality/2/characteristic: Age is assessed twice"));
    doc = example();
    doc["qeia"]["equality"][7].erase("mitigation");
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /qeia/equality/7/mitigation: is missing; a negative impact needs a mitigation"));
    doc = example();
    doc["qeia"]["equality"][0]["characteristic"] = "height";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /qeia/equality/0/characteristic: \"height\" is not one of age, "
                                            "disability, gender_reassignment, marriage_and_civil_partnership, "
                                            "pregnancy_and_maternity, race, religion_or_belief, sex, "
                                            "sexual_orientation"));
}

TEST_CASE("Appraisal settings outside their ranges are refused")
{
    json doc = example();
    doc["appraisal"]["years"] = 31;
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /appraisal/years: 31 is not an appraisal period; expected 1 to 30 years"));
    doc = example();
    doc["appraisal"]["payScaleYear"] = "2025/27";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /appraisal/payScaleYear: \"2025/27\" is not a financial year "
                                            "such as 2025/26"));
    doc = example();
    doc["appraisal"]["payUpliftPercent"] = 40;
    CHECK(
        messageFor(doc).startsWith(QStringLiteral("case.json: /appraisal/payUpliftPercent: 40 is outside -20 to 20")));
    doc = example();
    doc["date"] = "20/11/2026";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /date: \"20/11/2026\" is not a date such as 2026-11-20"));
}

TEST_CASE("Unknown fields, unknown values and other formats are refused")
{
    json doc = example();
    doc["options"][1]["cost"] = 5;
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/1/cost: is not a known field here"));
    doc = example();
    doc["options"][1]["kind"] = "maybe";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /options/1/kind: \"maybe\" is not one of do_nothing, "
                                            "do_minimum, preferred, other"));
    doc = example();
    doc["workforce"]["professions"][0]["profession"] = "nurse";
    CHECK(messageFor(doc).startsWith(
        QStringLiteral("case.json: /workforce/professions/0/profession: \"nurse\" is not one of art_therapist")));
    doc = example();
    doc["format"] = "ahplead.assessment";
    CHECK(messageFor(doc) == QStringLiteral("case.json: /format: \"ahplead.assessment\" is not "
                                            "\"ahplead.businesscase\"; is this a business case file?"));
    doc = example();
    doc["formatVersion"] = 2;
    CHECK(messageFor(doc).contains(QStringLiteral("format version 2, written by a newer ahplead")));
}

TEST_CASE("A profession listed twice is refused")
{
    json doc = example();
    doc["workforce"]["professions"][2]["profession"] = "dietitian";
    CHECK(messageFor(doc) ==
          QStringLiteral("case.json: /workforce/professions/2/profession: Dietitians are listed twice"));
}

TEST_CASE("A file that is not JSON is refused with its line and column, and nothing is returned")
{
    auto bc = BusinessCaseReader::parse(QByteArray("{\"format\": \"ahplead.businesscase\",\n \"title\": }"),
                                        QStringLiteral("case.json"));
    REQUIRE_FALSE(bc.ok());
    CHECK(bc.message().startsWith(QStringLiteral("case.json: line 2")));
    auto missing = BusinessCaseReader::read(QStringLiteral("/no/such/case.json"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.message().startsWith(QStringLiteral("case.json: the file does not exist")));
}

TEST_CASE("A draft with only the essentials reads, and says which shortlist options are missing")
{
    const json doc = json::parse(R"({
        "format": "ahplead.businesscase", "formatVersion": 1, "title": "Draft",
        "organisation": {"name": "Somewhere NHS Trust"},
        "leadership": {"hasChiefAhp": false},
        "options": [{"id": "do_nothing", "kind": "do_nothing", "title": "Business as usual"}]
    })");
    auto bc = BusinessCaseReader::fromJson(doc, QStringLiteral("draft.json"));
    REQUIRE(bc.ok());
    CHECK(bc->appraisal.years == 5);
    CHECK(bc->appraisal.discountRatePercent == 3.5);
    CHECK(bc->shortlistGaps() == QStringList({QStringLiteral("Do minimum"), QStringLiteral("Preferred option"),
                                              QStringLiteral("Other option")}));
    auto again = BusinessCaseReader::parse(BusinessCaseWriter::toBytes(bc.value()), QStringLiteral("again.json"));
    REQUIRE(again.ok());
    CHECK(again.value() == bc.value());
}

TEST_CASE("The validator lists every problem of a case built in memory, with the pointer of each field")
{
    BusinessCase bc = exampleCase();
    bc.workforce.professions[0].registeredWte = -1;
    bc.workforceMetrics[1].value = 250;
    bc.qualityMetrics[0].period.clear();
    bc.options.erase(bc.options.begin());
    const auto problems = BusinessCaseValidator::problems(bc);
    QStringList pointers;
    for (const FieldProblem &p : problems)
        pointers << p.pointer;
    CHECK(pointers == QStringList({QStringLiteral("/workforce/professions/0/registeredWte"),
                                   QStringLiteral("/workforceMetrics/1/value"),
                                   QStringLiteral("/qualityMetrics/0/period"), QStringLiteral("/options")}));
    CHECK(problems[1].text() ==
          QStringLiteral("/workforceMetrics/1/value: 250 is above 100; a percentage must be between 0 and 100"));
    CHECK(BusinessCaseValidator::check(exampleCase()).ok());
}
