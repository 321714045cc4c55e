#pragma once

#include "core/businesscase/BusinessCase.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <vector>

namespace ahplead {

class PayScales;

// The words and starting points of the business case editor in one place: labels for the
// model's codes, the standard metrics the handbook lists, and a new case pre-filled so it is
// valid from the start (the four options of the Green Book shortlist, do nothing first, priced
// at the latest pay scales).
class CaseTexts {
    Q_DECLARE_TR_FUNCTIONS(CaseTexts)

public:
    // The label of an enum value in plain words ("Do nothing (business as usual)").
    template <typename E> static QString label(E value)
    {
        return QCoreApplication::translate("CaseTexts", enumLabel(value).toUtf8().constData());
    }
    template <typename E> static std::vector<std::pair<QString, QString>> choices()
    {
        std::vector<std::pair<QString, QString>> list;
        for (E value : enumValues<E>())
            list.emplace_back(label(value), enumId(value));
        return list;
    }

    struct StandardMetric {
        const char *id;
        QString name;
        MetricUnit unit;
        Direction better;
    };
    // The workforce and quality metrics handbook 3.1 names, in its order.
    static std::vector<StandardMetric> workforceMetrics();
    static std::vector<StandardMetric> qualityMetrics();
    // A new metric of that kind, its period and source still to fill in.
    static Metric metric(const StandardMetric &standard);
    // An id not yet used by any metric of BC, made from BASE ("metric", "metric_2", ...).
    static QString freeMetricId(const BusinessCase &bc, const QString &base);
    // An id not yet used by any option of BC, made from BASE.
    static QString freeOptionId(const BusinessCase &bc, const QString &base);

    // A new case for ORGANISATION: valid as it stands, with the four shortlisted options
    // (do nothing first), priced at the latest pay scales, starting next financial year.
    static BusinessCase newCase(const OrganisationProfile &organisation, const Person &preparedBy,
                                const PayScales *scales, const QDate &today);
    static Option newOption(OptionKind kind, const BusinessCase &bc);

    // "Do nothing (business as usual)", "Preferred option"... with the option's own title.
    static QString optionName(const Option &option, int index);
    // "do nothing", "do minimum", "preferred", "other": the kind of option in a few words.
    static QString shortKind(OptionKind kind);
    // "Option 3 (preferred): A full-time band 8d chief AHP", for a card's heading.
    static QString optionHeading(const Option &option, int index);
    // "Sickness absence (AHPs)", or "Metric 3" when it has no name yet.
    static QString metricName(const Metric &metric, int index);
    // ONE when N is 1, else MANY with N for %1: English plurals without a translation file.
    static QString count(int n, const QString &one, const QString &many) { return n == 1 ? one : QString(many).arg(n); }
    // "£12,345" (whole pounds, UK style), "–" when not finite.
    static QString money(double pounds);
    // A Green Book term explained in a sentence, with where the business case guide says more:
    // "optimismBias", "presentValue", "riskAdjustedPresentValue", "netPresentCost",
    // "netPresentSocialValue", "economicBasis", "affordabilityBasis", "discountRate".
    static QString greenBookTerm(const QString &term);
    // "1,259.5" to at most DECIMALS places.
    static QString number(double value, int decimals = 1);
    // The JSON pointer of one field in plain words, for the list of problems
    // ("Options, preferred option (3), post 1: WTE").
    static QString place(const BusinessCase &bc, const QString &pointer);
};

} // namespace ahplead
