#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ahplead {

// One editable, dated and sourced figure: an on-cost rate or threshold.
struct DatedParameter {
    QString id;   // "employerPension"
    QString name; // "Employer pension contribution"
    double value = 0.0;
    QString unit;          // "percent" or "pounds_per_year"
    QString effectiveFrom; // YYYY-MM-DD
    QString source;
    QString note;
};

struct PayPoint {
    QString point; // "entry", "intermediate" or "top"
    double salary = 0.0;
};

struct PayBand {
    QString band; // "8d"
    std::vector<PayPoint> points;
    const PayPoint *point(const QString &id) const
    {
        for (const PayPoint &p : points)
            if (p.point == id)
                return &p;
        return nullptr;
    }
};

// Employer on-costs. The pension rate has two bases: the economic case uses the full cost
// to the public sector (contribution plus administration levy); the affordability case
// uses what the trust pays locally (which already includes the levy).
struct OnCostRates {
    DatedParameter employerPension;            // percent of pensionable pay, full contribution
    DatedParameter pensionAdministrationLevy;  // percent, added on the economic basis
    DatedParameter employerPensionLocal;       // percent paid by the trust, levy included
    DatedParameter employerNationalInsurance;  // percent of pay above the threshold
    DatedParameter nationalInsuranceThreshold; // pounds a year
    DatedParameter apprenticeshipLevy;         // percent of pay
};

// One year of pay scales with its on-costs (data/costs/*.json, format ahplead.paycosts).
struct PayScaleYear {
    QString year; // "2025/26"
    QString title;
    QString country;
    QString effectiveFrom; // YYYY-MM-DD
    QString source;
    QString sourceUrl;
    QString retrieved; // when the figures were checked against the source
    QString notes;
    std::vector<PayBand> bands;
    OnCostRates onCosts;
    QString fileName; // where it was read from, for messages

    const PayBand *band(const QString &id) const
    {
        for (const PayBand &b : bands)
            if (b.band == id)
                return &b;
        return nullptr;
    }
    std::optional<double> salary(const QString &bandId, const QString &pointId) const
    {
        const PayBand *b = band(bandId);
        const PayPoint *p = b ? b->point(pointId) : nullptr;
        if (!p)
            return std::nullopt;
        return p->salary;
    }
    // Every on-cost parameter, in the order a report lists them.
    std::vector<const DatedParameter *> parameters() const
    {
        return {&onCosts.employerPension,           &onCosts.pensionAdministrationLevy,  &onCosts.employerPensionLocal,
                &onCosts.employerNationalInsurance, &onCosts.nationalInsuranceThreshold, &onCosts.apprenticeshipLevy};
    }
};

} // namespace ahplead
