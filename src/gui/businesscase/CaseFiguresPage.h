#pragma once

#include "core/businesscase/CostTable.h"
#include "gui/businesscase/CasePage.h"

class QComboBox;
class QLabel;
class QRadioButton;
class QTableWidget;

namespace ahplead {

// The options' figures, worked out again from the case whenever it changes (CostModel, the
// same as the document and the CLI): each option's annual cost, its cost over the appraisal
// period, present value, optimism bias, benefits, net present cost and social value, their
// difference from do nothing, and any option year by year, on the economic or the
// affordability basis. Money is shown in whole pounds; while the case has problems the page
// says what stops the figures rather than show a blank or a made-up number.
class CaseFiguresPage : public CasePage {
    Q_OBJECT

public:
    // The rows of the options table, in order.
    enum class Measure {
        AnnualCost,
        TotalCost,
        PresentValue,
        OptimismBias,
        RiskAdjusted,
        CashReleasing,
        NetPresentCost,
        NonCashReleasing,
        SocialValue,
    };
    enum class Difference { AnnualCost, TotalCost, PresentValue, RiskAdjusted, NetPresentCost, SocialValue };

    CaseFiguresPage(CaseSession &session, QWidget *parent = nullptr);

    void refresh() override;
    bool showPointer(const QString &pointer) override;

    PensionBasis basis() const;
    void setBasis(PensionBasis basis);
    QTableWidget *optionsTable() const { return m_options; }
    QTableWidget *differenceTable() const { return m_difference; }
    QTableWidget *yearTable() const { return m_years; }
    QComboBox *yearOption() const { return m_yearOption; }
    QLabel *problem() const { return m_problem; }
    // Says when the pay scales are older than the year the case is dated in, and how to add newer.
    QLabel *scalesWarning() const { return m_scalesWarning; }
    // The text shown for MEASURE of the option with id OPTIONID ("£183,157"), or empty.
    QString figure(Measure measure, const QString &optionId) const;
    QString difference(Difference measure, const QString &optionId) const;
    // One line for the navigator: the preferred option's annual cost, or why there are no figures.
    QString summary();

    // Sizes TABLE to show every row without scrolling (the page scrolls instead).
    static void fitHeight(QTableWidget *table);

private:
    QFrame *buildBasisCard(QWidget *column);
    void buildFigures(QWidget *column);
    void fill(const CostTable &table);
    void fillOptions(const CostTable &table, const QStringList &headers, const QString &period);
    void fillDifference(const CostTable &table, const QStringList &headers, const QString &period);
    void fillYears(const CostTable &table);

    QRadioButton *m_economic = nullptr;
    QRadioButton *m_affordability = nullptr;
    QLabel *m_basisNote = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_scalesWarning = nullptr;
    QWidget *m_figures = nullptr;
    QLabel *m_key = nullptr;
    QTableWidget *m_options = nullptr;
    QTableWidget *m_difference = nullptr;
    QComboBox *m_yearOption = nullptr;
    QTableWidget *m_years = nullptr;
    QLabel *m_notes = nullptr;
    QStringList m_optionIds;
};

} // namespace ahplead
