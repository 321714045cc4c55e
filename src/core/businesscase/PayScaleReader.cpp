#include "core/businesscase/PayScaleReader.h"

#include "core/base/JsonFile.h"
#include "core/base/JsonReader.h"
#include "core/businesscase/BusinessRules.h"

#include <QSet>

namespace ahplead {

namespace {

QString readText(const JsonReader &r, int maxLength)
{
    const QString text = r.string();
    if (text.size() > maxLength)
        r.fail(QStringLiteral("is %1 characters long; at most %2 are allowed").arg(text.size()).arg(maxLength));
    return text;
}

QString readDate(const JsonReader &r)
{
    const QString text = r.string();
    if (!BusinessRules::isIsoDate(text))
        r.fail(QStringLiteral("\"%1\" is not a date such as 2025-04-01").arg(text));
    return text;
}

// UNIT is what the parameter must be measured in; the file states it so a reader of the
// file need not guess whether 15 means 15% or 0.15.
DatedParameter readParameter(const JsonReader &parent, const char *key, const QString &unit)
{
    const JsonReader r = parent.field(key);
    r.allowOnly({"name", "value", "unit", "effectiveFrom", "source", "note"});
    DatedParameter p;
    p.id = QString::fromUtf8(key);
    p.name = readText(r.field("name"), BusinessRules::MaxShortText);
    if (p.name.trimmed().isEmpty())
        r.field("name").fail(QStringLiteral("must not be empty"));
    const JsonReader unitField = r.field("unit");
    p.unit = unitField.string();
    if (p.unit != unit)
        unitField.fail(QStringLiteral("\"%1\" is not the unit of this parameter; expected \"%2\"").arg(p.unit, unit));
    const JsonReader valueField = r.field("value");
    p.value = valueField.number();
    if (p.value < 0)
        valueField.fail(QStringLiteral("%1 must not be negative").arg(BusinessRules::number(p.value)));
    if (unit == QLatin1String("percent") && p.value > 100)
        valueField.fail(QStringLiteral("%1 is above 100; a percentage must be between 0 and 100")
                            .arg(BusinessRules::number(p.value)));
    if (unit != QLatin1String("percent") && p.value > BusinessRules::MaxMoney)
        valueField.fail(QStringLiteral("%1 is too large; at most %2 is allowed")
                            .arg(BusinessRules::number(p.value), BusinessRules::number(BusinessRules::MaxMoney)));
    p.effectiveFrom = readDate(r.field("effectiveFrom"));
    p.source = readText(r.field("source"), BusinessRules::MaxLongText);
    if (p.source.trimmed().isEmpty())
        r.field("source").fail(QStringLiteral("must not be empty; name where the figure comes from"));
    p.note = r.has("note") ? readText(r.field("note"), BusinessRules::MaxLongText) : QString();
    return p;
}

PayBand readBand(const JsonReader &r)
{
    r.allowOnly({"band", "points"});
    PayBand band;
    const JsonReader bandField = r.field("band");
    band.band = bandField.string();
    if (!BusinessRules::isBand(band.band))
        bandField.fail(QStringLiteral("\"%1\" is not an Agenda for Change band; expected one of %2")
                           .arg(band.band, BusinessRules::bands().join(QStringLiteral(", "))));
    const JsonReader points = r.field("points");
    if (points.size() == 0)
        points.fail(QStringLiteral("is empty; a band needs at least one pay point"));
    for (std::size_t i = 0; i < points.size(); ++i) {
        const JsonReader entry = points.at(i);
        entry.allowOnly({"point", "salary"});
        PayPoint point;
        const JsonReader pointField = entry.field("point");
        point.point = pointField.string();
        if (!BusinessRules::payPoints().contains(point.point))
            pointField.fail(QStringLiteral("\"%1\" is not one of %2")
                                .arg(point.point, BusinessRules::payPoints().join(QStringLiteral(", "))));
        if (band.point(point.point))
            pointField.fail(QStringLiteral("band %1 gives the %2 point twice").arg(band.band, point.point));
        const JsonReader salaryField = entry.field("salary");
        point.salary = salaryField.number();
        if (point.salary <= 0 || point.salary > BusinessRules::MaxMoney)
            salaryField.fail(QStringLiteral("%1 is not a salary; expected pounds a year, more than 0")
                                 .arg(BusinessRules::number(point.salary)));
        band.points.push_back(point);
    }
    // Entry, intermediate and top must rise (or stay level), whatever order the file lists them in.
    double previous = 0.0;
    QString previousName;
    for (const QString &id : BusinessRules::payPoints()) {
        const PayPoint *p = band.point(id);
        if (!p)
            continue;
        if (p->salary < previous)
            points.fail(QStringLiteral("band %1: the %2 point (£%3) is below the %4 point (£%5)")
                            .arg(band.band, id, BusinessRules::number(p->salary), previousName,
                                 BusinessRules::number(previous)));
        previous = p->salary;
        previousName = id;
    }
    return band;
}

void requireBand(const JsonReader &bands, const PayScaleYear &year, const QString &id)
{
    const PayBand *band = year.band(id);
    if (!band)
        bands.fail(QStringLiteral("band %1 is missing; a pay scale file must give bands 8d and 9, the bands the "
                                  "handbook describes most chief AHP posts at")
                       .arg(id));
    for (const QString &point : BusinessRules::payPoints())
        if (!band->point(point))
            bands.fail(QStringLiteral("band %1 has no %2 point; bands 8d and 9 need entry, intermediate and top")
                           .arg(id, point));
}

} // namespace

Result<PayScaleYear> PayScaleReader::read(const QString &path)
{
    auto doc = JsonFile::read(path);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), JsonFile::displayName(path));
}

Result<PayScaleYear> PayScaleReader::parse(const QByteArray &bytes, const QString &fileName)
{
    auto doc = JsonFile::parse(bytes, fileName);
    if (!doc)
        return doc.error();
    return fromJson(doc.value(), fileName);
}

Result<PayScaleYear> PayScaleReader::fromJson(const nlohmann::json &doc, const QString &fileName)
{
    try {
        const JsonReader root(doc, fileName);
        root.requireObject();
        const JsonReader format = root.field("format");
        if (!format.node().is_string() || format.string() != QLatin1String("ahplead.paycosts"))
            format.fail(QStringLiteral("%1 is not \"ahplead.paycosts\"; is this a pay scale file?")
                            .arg(JsonReader::describe(format.node())));
        const JsonReader versionField = root.field("formatVersion");
        const int version = versionField.integer();
        if (version > CurrentFormatVersion)
            versionField.fail(QStringLiteral("the file is format version %1, written for a newer ahplead; this version "
                                             "reads versions up to %2. Update ahplead to use it.")
                                  .arg(version)
                                  .arg(CurrentFormatVersion));
        if (version < 1)
            versionField.fail(QStringLiteral("%1 is not a format version; expected 1").arg(version));
        root.allowOnly({"$schema", "format", "formatVersion", "year", "title", "country", "effectiveFrom", "source",
                        "notes", "bands", "onCosts"});

        PayScaleYear year;
        year.fileName = fileName;
        const JsonReader yearField = root.field("year");
        year.year = yearField.string();
        if (!BusinessRules::isFinancialYear(year.year))
            yearField.fail(QStringLiteral("\"%1\" is not a financial year such as 2025/26").arg(year.year));
        year.title = readText(root.field("title"), BusinessRules::MaxShortText);
        year.country = readText(root.field("country"), BusinessRules::MaxShortText);
        year.effectiveFrom = readDate(root.field("effectiveFrom"));
        const JsonReader source = root.field("source");
        source.allowOnly({"name", "url", "retrieved"});
        year.source = readText(source.field("name"), BusinessRules::MaxLongText);
        if (year.source.trimmed().isEmpty())
            source.field("name").fail(QStringLiteral("must not be empty; name where the pay scales come from"));
        year.sourceUrl = source.has("url") ? readText(source.field("url"), BusinessRules::MaxShortText) : QString();
        year.retrieved = source.has("retrieved") ? readText(source.field("retrieved"), 100) : QString();
        year.notes = root.has("notes") ? readText(root.field("notes"), BusinessRules::MaxLongText) : QString();

        const JsonReader bands = root.field("bands");
        for (std::size_t i = 0; i < bands.size(); ++i) {
            PayBand band = readBand(bands.at(i));
            if (year.band(band.band))
                bands.at(i).field("band").fail(QStringLiteral("band %1 appears twice").arg(band.band));
            year.bands.push_back(std::move(band));
        }
        requireBand(bands, year, QStringLiteral("8d"));
        requireBand(bands, year, QStringLiteral("9"));

        const JsonReader onCosts = root.field("onCosts");
        onCosts.allowOnly({"employerPension", "pensionAdministrationLevy", "employerPensionLocal",
                           "employerNationalInsurance", "nationalInsuranceThreshold", "apprenticeshipLevy"});
        const QString percent = QStringLiteral("percent");
        OnCostRates &c = year.onCosts;
        c.employerPension = readParameter(onCosts, "employerPension", percent);
        c.pensionAdministrationLevy = readParameter(onCosts, "pensionAdministrationLevy", percent);
        c.employerPensionLocal = readParameter(onCosts, "employerPensionLocal", percent);
        c.employerNationalInsurance = readParameter(onCosts, "employerNationalInsurance", percent);
        c.nationalInsuranceThreshold =
            readParameter(onCosts, "nationalInsuranceThreshold", QStringLiteral("pounds_per_year"));
        c.apprenticeshipLevy = readParameter(onCosts, "apprenticeshipLevy", percent);
        return year;
    } catch (const JsonReadError &e) {
        return fail(e.message());
    }
}

} // namespace ahplead
