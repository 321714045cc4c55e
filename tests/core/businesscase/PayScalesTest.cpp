#include "core/businesscase/PayScales.h"
#include "core/base/JsonFile.h"
#include "core/businesscase/PayScaleReader.h"
#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace ahplead;
using nlohmann::json;

namespace {

QString bundledPath()
{
    return test::dataDir() + QStringLiteral("/costs/agenda-for-change-2025-26.json");
}

json bundled()
{
    auto doc = JsonFile::parse(test::readFile(bundledPath()), QStringLiteral("pay.json"));
    REQUIRE(doc.ok());
    return doc.value();
}

QString messageFor(const json &doc)
{
    auto year = PayScaleReader::fromJson(doc, QStringLiteral("pay.json"));
    REQUIRE_FALSE(year.ok());
    return year.message();
}

int bandIndex(const json &doc, const char *band)
{
    for (std::size_t i = 0; i < doc["bands"].size(); ++i)
        if (doc["bands"][i]["band"] == band)
            return int(i);
    FAIL("no band " << band);
    return -1;
}

void write(const QString &path, const json &doc)
{
    test::writeFile(path, QByteArray::fromStdString(doc.dump(2)));
}

} // namespace

TEST_CASE("The bundled 2025/26 pay scales carry the facts file's figures for bands 8d and 9")
{
    auto year = PayScaleReader::read(bundledPath());
    REQUIRE(year.ok());
    CHECK(year->year == QStringLiteral("2025/26"));
    CHECK(year->country == QStringLiteral("England"));
    CHECK(year->effectiveFrom == QStringLiteral("2025-04-01"));
    CHECK(year->source.contains(QStringLiteral("NHS Employers")));
    CHECK(year->salary(QStringLiteral("8d"), QStringLiteral("entry")) == 91342);
    CHECK(year->salary(QStringLiteral("8d"), QStringLiteral("intermediate")) == 96941);
    CHECK(year->salary(QStringLiteral("8d"), QStringLiteral("top")) == 105337);
    CHECK(year->salary(QStringLiteral("9"), QStringLiteral("entry")) == 109179);
    CHECK(year->salary(QStringLiteral("9"), QStringLiteral("intermediate")) == 115763);
    CHECK(year->salary(QStringLiteral("9"), QStringLiteral("top")) == 125637);
    for (const char *band : {"8a", "8b", "8c"})
        for (const char *point : {"entry", "intermediate", "top"})
            CHECK(year->salary(QLatin1String(band), QLatin1String(point)).has_value());
    CHECK_FALSE(year->salary(QStringLiteral("3"), QStringLiteral("intermediate")).has_value());
}

TEST_CASE("The bundled on-cost parameters are the facts file's, each dated and sourced")
{
    auto year = PayScaleReader::read(bundledPath());
    REQUIRE(year.ok());
    const OnCostRates &c = year->onCosts;
    CHECK(c.employerPension.value == 23.7);
    CHECK(c.pensionAdministrationLevy.value == 0.08);
    CHECK(c.employerPensionLocal.value == 14.38);
    CHECK(c.employerNationalInsurance.value == 15);
    CHECK(c.employerNationalInsurance.effectiveFrom == QStringLiteral("2025-04-06"));
    CHECK(c.nationalInsuranceThreshold.value == 5000);
    CHECK(c.nationalInsuranceThreshold.unit == QStringLiteral("pounds_per_year"));
    CHECK(c.apprenticeshipLevy.value == 0.5);
    for (const DatedParameter *p : year->parameters()) {
        INFO(p->id.toStdString());
        CHECK_FALSE(p->name.isEmpty());
        CHECK_FALSE(p->source.isEmpty());
        CHECK(p->effectiveFrom.size() == 10);
    }
}

TEST_CASE("A pay scale file with a bad figure is refused with its pointer")
{
    json doc = bundled();
    doc["bands"][bandIndex(doc, "8d")]["points"][0]["salary"] = -91342;
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /bands/9/points/0/salary: -91342 is not a salary; expected "
                                            "pounds a year, more than 0"));
    doc = bundled();
    doc["bands"][bandIndex(doc, "8d")]["points"][0]["salary"] = "91,342";
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /bands/9/points/0/salary: expected a number, found \"91,342\""));
    doc = bundled();
    doc["onCosts"]["employerNationalInsurance"]["value"] = 115;
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /onCosts/employerNationalInsurance/value: 115 is above 100; a "
                                            "percentage must be between 0 and 100"));
    doc = bundled();
    doc["onCosts"]["employerPension"]["unit"] = "fraction";
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /onCosts/employerPension/unit: \"fraction\" is not the unit of "
                                            "this parameter; expected \"percent\""));
}

TEST_CASE("A pay scale file missing a date, a source, a parameter or band 9 is refused")
{
    json doc = bundled();
    doc["onCosts"]["apprenticeshipLevy"].erase("effectiveFrom");
    CHECK(messageFor(doc) ==
          QStringLiteral("pay.json: /onCosts/apprenticeshipLevy/effectiveFrom: is missing; it is required"));
    doc = bundled();
    doc["onCosts"]["employerPensionLocal"]["effectiveFrom"] = "April 2024";
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /onCosts/employerPensionLocal/effectiveFrom: \"April 2024\" is "
                                            "not a date such as 2025-04-01"));
    doc = bundled();
    doc["onCosts"]["nationalInsuranceThreshold"]["source"] = "";
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /onCosts/nationalInsuranceThreshold/source: must not be empty; "
                                            "name where the figure comes from"));
    doc = bundled();
    doc["onCosts"].erase("pensionAdministrationLevy");
    CHECK(messageFor(doc) ==
          QStringLiteral("pay.json: /onCosts/pensionAdministrationLevy: is missing; it is required"));
    doc = bundled();
    doc["bands"].erase(bandIndex(doc, "9"));
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /bands: band 9 is missing; a pay scale file must give bands 8d "
                                            "and 9, the bands the handbook describes most chief AHP posts at"));
    doc = bundled();
    doc["bands"][bandIndex(doc, "8d")]["points"].erase(1);
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /bands: band 8d has no intermediate point; bands 8d and 9 need "
                                            "entry, intermediate and top"));
}

TEST_CASE("A pay scale file with points out of order, repeated bands or a wrong year is refused")
{
    json doc = bundled();
    doc["bands"][bandIndex(doc, "8c")]["points"][2]["salary"] = 70000;
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /bands/8/points: band 8c: the top point (£70000) is below the "
                                            "intermediate point (£81652)"));
    doc = bundled();
    doc["bands"][bandIndex(doc, "8c")]["band"] = "8b";
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /bands/8/band: band 8b appears twice"));
    doc = bundled();
    doc["bands"][0]["points"][0]["point"] = "bottom";
    CHECK(messageFor(doc) ==
          QStringLiteral("pay.json: /bands/0/points/0/point: \"bottom\" is not one of entry, intermediate, top"));
    doc = bundled();
    doc["year"] = "2025-26";
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /year: \"2025-26\" is not a financial year such as 2025/26"));
    doc = bundled();
    doc["bands"][0]["band"] = "10";
    CHECK(
        messageFor(doc).startsWith(QStringLiteral("pay.json: /bands/0/band: \"10\" is not an Agenda for Change band")));
    doc = bundled();
    doc["format"] = "ahplead.businesscase";
    CHECK(messageFor(doc) == QStringLiteral("pay.json: /format: \"ahplead.businesscase\" is not \"ahplead.paycosts\"; "
                                            "is this a pay scale file?"));
}

TEST_CASE("A user can add next year's pay scales as a file, without rebuilding, and the latest is used")
{
    QTemporaryDir dir;
    json next = bundled();
    next["year"] = "2026/27";
    next["effectiveFrom"] = "2026-04-01";
    next["bands"][bandIndex(next, "8d")]["points"][0]["salary"] = 94000;
    write(dir.filePath(QStringLiteral("afc-2026-27.json")), next);
    QFile::copy(bundledPath(), dir.filePath(QStringLiteral("afc-2025-26.json")));

    auto scales = PayScales::load(dir.path());
    REQUIRE(scales.ok());
    CHECK(scales->problems().isEmpty());
    CHECK(scales->describeAvailable() == QStringLiteral("2025/26, 2026/27"));
    REQUIRE(scales->latest());
    CHECK(scales->latest()->year == QStringLiteral("2026/27"));
    CHECK(scales->find(QStringLiteral("2025/26"))->salary(QStringLiteral("8d"), QStringLiteral("entry")) == 91342);
    CHECK(scales->findOrLatest({})->salary(QStringLiteral("8d"), QStringLiteral("entry")) == 94000);
}

TEST_CASE("A bad file among good ones is left out with its message, and a folder with none usable is an error")
{
    QTemporaryDir dir;
    QFile::copy(bundledPath(), dir.filePath(QStringLiteral("good.json")));
    json bad = bundled();
    bad["year"] = "2026/27";
    bad["onCosts"]["apprenticeshipLevy"]["value"] = -0.5;
    write(dir.filePath(QStringLiteral("bad.json")), bad);
    auto scales = PayScales::load(dir.path());
    REQUIRE(scales.ok());
    CHECK(scales->describeAvailable() == QStringLiteral("2025/26"));
    CHECK(scales->problems() == QStringList(QStringLiteral("bad.json: /onCosts/apprenticeshipLevy/value: -0.5 must not "
                                                           "be negative")));

    QTemporaryDir empty;
    write(empty.filePath(QStringLiteral("bad.json")), bad);
    auto none = PayScales::load(empty.path());
    REQUIRE_FALSE(none.ok());
    CHECK(none.message().contains(QStringLiteral("no usable pay scale file")));
    CHECK(none.message().contains(QStringLiteral("bad.json: /onCosts/apprenticeshipLevy/value")));
}

TEST_CASE(
    "Two files giving the same year in one folder are reported, and a later folder's year corrects the bundled one")
{
    QTemporaryDir bundledDir;
    QFile::copy(bundledPath(), bundledDir.filePath(QStringLiteral("a.json")));
    QFile::copy(bundledPath(), bundledDir.filePath(QStringLiteral("b.json")));
    QTemporaryDir userDir;
    json corrected = bundled();
    corrected["onCosts"]["employerPension"]["value"] = 23.8;
    write(userDir.filePath(QStringLiteral("mine.json")), corrected);

    auto scales = PayScales::load(QStringList{bundledDir.path(), userDir.path()});
    REQUIRE(scales.ok());
    REQUIRE(scales->problems().size() == 1);
    CHECK(
        scales->problems().first().startsWith(QStringLiteral("b.json: /year: 2025/26 is also given by another file")));
    REQUIRE(scales->all().size() == 1);
    CHECK(scales->all().front().onCosts.employerPension.value == 23.8);
    CHECK(scales->all().front().fileName == QStringLiteral("mine.json"));
}

TEST_CASE("The bundled pay scales load from the data folder")
{
    auto scales = PayScales::loadBundled();
    REQUIRE(scales.ok());
    REQUIRE(scales->find(QStringLiteral("2025/26")));
}
