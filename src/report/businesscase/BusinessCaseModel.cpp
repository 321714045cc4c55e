#include "report/businesscase/BusinessCaseModel.h"

#include "core/assessment/AssessmentReader.h"
#include "core/assessment/Scorer.h"
#include "core/businesscase/BusinessCaseReader.h"
#include "core/businesscase/CostModel.h"
#include "core/businesscase/MetricPeerComparison.h"
#include "report/businesscase/CaseAppendixBuilder.h"
#include "report/businesscase/CaseBlockWriter.h"
#include "report/businesscase/CaseContext.h"
#include "report/businesscase/CaseSummaryBuilder.h"
#include "report/businesscase/CaseText.h"
#include "report/businesscase/DeliveryCaseBuilder.h"
#include "report/businesscase/EconomicCaseBuilder.h"
#include "report/businesscase/StrategicCaseBuilder.h"

#include <QDate>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace ahplead {

// The document is written section by section by one builder per part of the Five Case Model
// (CaseSummaryBuilder, StrategicCaseBuilder, EconomicCaseBuilder with CostAnalysisBuilder,
// DeliveryCaseBuilder, CaseAppendixBuilder), all through one CaseBlockWriter so that tables
// are numbered across the whole document.
BusinessCaseModel BusinessCaseModel::build(const BusinessCase &businessCase, const CostTable &economic,
                                           const CostTable &affordability, const PayScaleYear &scales,
                                           const std::optional<CaseForChange> &caseForChange,
                                           const QStringList &warnings, const PeerBenchmark *peers)
{
    BusinessCaseModel m;
    const BusinessCase withPeers = peers ? MetricPeerComparison::withPeerMedians(businessCase, *peers) : businessCase;
    const CaseContext c{withPeers, economic, affordability, scales, caseForChange, peers};
    // What the paper says of itself. Why a case for change is missing (WARNINGS: no assessment
    // in the store, a file not found) is for whoever makes the paper, not for the board that
    // reads it: the app shows it and the CLI prints it (m.warnings), the paper only says what it
    // leaves out.
    QStringList notes;
    if (caseForChange)
        notes << caseForChange->warnings;
    else
        notes << StrategicCaseBuilder::noCaseForChange();
    const QStringList gaps = businessCase.shortlistGaps();
    if (!gaps.isEmpty())
        notes << QStringLiteral("The options lack part of the Green Book shortlist: %1.")
                     .arg(CaseText::joinAnd(CaseText::lowerFirst(gaps)));
    CaseSummaryBuilder::cover(m, c, notes);
    CaseBlockWriter w(m);
    CaseSummaryBuilder::executiveSummary(w, c, notes);
    StrategicCaseBuilder::write(w, c);
    EconomicCaseBuilder::write(w, c);
    DeliveryCaseBuilder::commercialCase(w, c);
    DeliveryCaseBuilder::financialCase(w, c);
    DeliveryCaseBuilder::managementCase(w, c);
    CaseAppendixBuilder::handbookCoverage(w);
    CaseAppendixBuilder::costingMethod(w, c);
    if (!caseForChange)
        m.warnings = QStringList(warnings) + notes.mid(1);
    return m;
}

Result<BusinessCaseModel> BusinessCaseModel::build(const BusinessCase &businessCase, const PayScales &scales,
                                                   const std::optional<CaseForChange> &caseForChange,
                                                   const QStringList &warnings, const PeerBenchmark *peers)
{
    const PayScaleYear *year = scales.findOrLatest(businessCase.appraisal.payScaleYear);
    if (!year)
        return fail(QStringLiteral("there are no %1 pay scales; the pay scales available are %2")
                        .arg(businessCase.appraisal.payScaleYear, scales.describeAvailable()));
    auto economic = CostModel::compute(businessCase, *year, PensionBasis::Economic);
    if (!economic)
        return economic.error();
    auto affordability = CostModel::compute(businessCase, *year, PensionBasis::Affordability);
    if (!affordability)
        return affordability.error();
    return build(businessCase, economic.value(), affordability.value(), *year, caseForChange, warnings, peers);
}

Result<BusinessCaseModel> BusinessCaseModel::fromFile(const QString &path, const FrameworkLibrary &frameworks,
                                                      const PayScales &scales, const PeerBenchmark *peers)
{
    auto read = BusinessCaseReader::read(path);
    if (!read)
        return read.error();
    const BusinessCase &bc = read.value();
    QStringList warnings;
    std::optional<CaseForChange> caseForChange;
    const QString assessmentPath = BusinessCaseLink::assessmentPath(path, bc);
    const QString leftOut = QStringLiteral("the strategic case has no case for change from the board's "
                                           "self-assessment");
    if (assessmentPath.isEmpty()) {
        warnings << QStringLiteral("The business case names no board self-assessment (boardAssessment), so %1.")
                        .arg(leftOut);
    } else if (!QFileInfo(assessmentPath).isFile()) {
        warnings << QStringLiteral("%1: the board self-assessment the business case names was not found, so %2.")
                        .arg(assessmentPath, leftOut);
    } else if (auto assessment = AssessmentReader::read(assessmentPath, frameworks); !assessment) {
        warnings << QStringLiteral("%1; so %2.").arg(assessment.message(), leftOut);
    } else if (const Framework *fw = frameworks.find(assessment->frameworkId, assessment->frameworkVersion); !fw) {
        warnings << QStringLiteral("%1: framework %2 %3 is not installed, so %4.")
                        .arg(assessmentPath, assessment->frameworkId, assessment->frameworkVersion, leftOut);
    } else {
        auto linked =
            BusinessCaseLink::caseForChange(bc, assessment.value(), Scorer::score(*fw, assessment.value()), *fw);
        if (linked)
            caseForChange = std::move(linked).value();
        else
            warnings << QStringLiteral("%1: %2, so %3.").arg(assessmentPath, linked.message(), leftOut);
    }
    auto model = build(bc, scales, caseForChange, warnings, peers);
    if (!model)
        return fail(QStringLiteral("%1: %2").arg(path, model.message()));
    return model;
}

QString BusinessCaseModel::money(double pounds)
{
    if (!std::isfinite(pounds))
        return CaseText::Dash;
    const long long whole = std::llround(pounds);
    const QString digits = CaseText::uk().toString(static_cast<qlonglong>(whole < 0 ? -whole : whole));
    // Finance papers bracket a negative sum: no minus sign to lose at a line break or misread.
    return whole < 0 ? QString(QStringLiteral("(£") + digits + QLatin1Char(')'))
                     : QString(QStringLiteral("£") + digits);
}

QString BusinessCaseModel::percent(double value)
{
    if (!std::isfinite(value))
        return CaseText::Dash;
    return QString(CaseText::uk().toString(value, 'f', 1) + QLatin1Char('%'));
}

QString BusinessCaseModel::rate(double percent)
{
    if (!std::isfinite(percent))
        return CaseText::Dash;
    return QString(number(percent, 4) + QLatin1Char('%'));
}

QString BusinessCaseModel::number(double value, int maxDecimals)
{
    if (!std::isfinite(value))
        return CaseText::Dash;
    const double scale = std::pow(10.0, maxDecimals);
    double rounded = std::round(value * scale) / scale;
    if (rounded == 0.0)
        rounded = 0.0; // no "-0"
    QString s = CaseText::uk().toString(rounded, 'f', maxDecimals);
    if (maxDecimals > 0) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString BusinessCaseModel::date(const QString &isoDate)
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid())
        return isoDate.isEmpty() ? QStringLiteral("Not dated") : isoDate;
    return CaseText::uk().toString(d, QStringLiteral("d MMMM yyyy"));
}

} // namespace ahplead
