#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace ahplead {

class CasePage;
class CaseSession;

// The pages of the business case editor that are forms over the case's fields, one per part
// of the inputs of handbook 3.1 (issue 5): the case and organisation, the current AHP
// leadership, the strategic context, the workforce by profession, the workforce and quality
// metrics with their benchmarks, the strategic-lead ratios, chief AHP roles across the ICS,
// models of care, CQC ratings, the QEIA, risks, the options with their costs and benefits,
// and the commercial and management case.
class CaseSections {
    Q_DECLARE_TR_FUNCTIONS(CaseSections)

public:
    // The page ID ("about", "leadership", "context", "workforce", "workforce-metrics",
    // "quality-metrics", "leads", "ics", "care-models", "cqc", "qeia", "risks", "options",
    // "delivery"), or null for an id that is not a form page.
    static CasePage *make(const QString &id, CaseSession &session, QWidget *parent);

private:
    static CasePage *about(CaseSession &session, QWidget *parent);
    static CasePage *leadership(CaseSession &session, QWidget *parent);
    static CasePage *context(CaseSession &session, QWidget *parent);
    static CasePage *workforce(CaseSession &session, QWidget *parent);
    static CasePage *metrics(CaseSession &session, bool quality, QWidget *parent);
    static CasePage *leads(CaseSession &session, QWidget *parent);
    static CasePage *ics(CaseSession &session, QWidget *parent);
    static CasePage *careModels(CaseSession &session, QWidget *parent);
    static CasePage *cqc(CaseSession &session, QWidget *parent);
    static CasePage *qeia(CaseSession &session, QWidget *parent);
    static CasePage *risks(CaseSession &session, QWidget *parent);
    static CasePage *options(CaseSession &session, QWidget *parent); // CaseOptionsSection.cpp
    static CasePage *delivery(CaseSession &session, QWidget *parent);
};

} // namespace ahplead
