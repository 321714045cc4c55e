#include "gui/businesscase/CaseFiguresPage.h"

#include "core/businesscase/BusinessRules.h"
#include "core/businesscase/PayScales.h"

#include "gui/businesscase/CaseSession.h"
#include "gui/businesscase/CaseTexts.h"
#include "gui/widgets/Theme.h"
#include "gui/widgets/WrapLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace ahplead {

namespace {

QString shortKind(OptionKind kind)
{
    switch (kind) {
    case OptionKind::DoNothing:
        return CaseFiguresPage::tr("Do nothing");
    case OptionKind::DoMinimum:
        return CaseFiguresPage::tr("Do minimum");
    case OptionKind::Preferred:
        return CaseFiguresPage::tr("Preferred");
    case OptionKind::Other:
        break;
    }
    return CaseFiguresPage::tr("Other");
}

QTableWidget *makeFiguresTable(QWidget *parent, const QString &name, const QString &description)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setAccessibleName(description);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSelectionBehavior(QAbstractItemView::SelectItems);
    table->setAlternatingRowColors(true);
    // A measure's words wrap rather than being cut short in a narrow window (200%); the rows
    // grow to fit whenever the column's width changes.
    table->setWordWrap(true);
    QObject::connect(
        table->horizontalHeader(), &QHeaderView::sectionResized, table,
        [table](int column) {
            if (column == 0)
                CaseFiguresPage::fitHeight(table);
        },
        Qt::QueuedConnection); // once the header has settled all its columns
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    table->horizontalHeader()->setHighlightSections(false);
    table->setCornerButtonEnabled(false);
    return table;
}

QTableWidgetItem *cell(const QString &text, bool number, bool strong = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (strong) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

// A Green Book term explained where its figure is read: on hover, and to screen readers.
QTableWidgetItem *explained(QTableWidgetItem *item, double OptionCost::*measure)
{
    static const std::vector<std::pair<double OptionCost::*, const char *>> terms{
        {&OptionCost::presentValue, "presentValue"},
        {&OptionCost::presentValueDifference, "presentValue"},
        {&OptionCost::optimismBias, "optimismBias"},
        {&OptionCost::riskAdjustedPresentValue, "riskAdjustedPresentValue"},
        {&OptionCost::riskAdjustedPresentValueDifference, "riskAdjustedPresentValue"},
        {&OptionCost::netPresentCost, "netPresentCost"},
        {&OptionCost::netPresentCostDifference, "netPresentCost"},
        {&OptionCost::netPresentSocialValue, "netPresentSocialValue"},
        {&OptionCost::netPresentSocialValueDifference, "netPresentSocialValue"},
    };
    for (const auto &[m, term] : terms)
        if (m == measure) {
            const QString text = CaseTexts::greenBookTerm(QLatin1String(term));
            item->setToolTip(text);
            item->setData(Qt::AccessibleDescriptionRole, text);
        }
    return item;
}

} // namespace

CaseFiguresPage::CaseFiguresPage(CaseSession &session, QWidget *parent)
    : CasePage(session, QStringLiteral("figures"), tr("Figures"),
               tr("What each option costs, worked out from the options and costing settings as you change them: the "
                  "same figures the business case document gives. Money is rounded to whole pounds."),
               {}, parent)
{
    QWidget *column = content();
    QVBoxLayout *layout = contentLayout();
    int at = layout->count() - 1; // before the stretch

    layout->insertWidget(at++, buildBasisCard(column));

    auto *problemFrame = new QFrame(column);
    Theme::setRole(problemFrame, "banner");
    auto *p = new QVBoxLayout(problemFrame);
    p->setContentsMargins(16, 12, 16, 12);
    m_problem = new WrapLabel(QString(), problemFrame);
    m_problem->setObjectName(QStringLiteral("figuresProblem"));
    p->addWidget(m_problem);
    problemFrame->hide();
    layout->insertWidget(at++, problemFrame);

    auto *scalesFrame = new QFrame(column);
    scalesFrame->setObjectName(QStringLiteral("scalesFrame"));
    Theme::setRole(scalesFrame, "notice"); // a warning about the figures, not a problem to fix
    auto *sv = new QVBoxLayout(scalesFrame);
    sv->setContentsMargins(16, 12, 16, 12);
    m_scalesWarning = new WrapLabel(QString(), scalesFrame);
    m_scalesWarning->setObjectName(QStringLiteral("scalesWarning"));
    m_scalesWarning->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    sv->addWidget(m_scalesWarning);
    sv->addWidget(guideLink(scalesFrame, QStringLiteral("scalesLink"), tr("How to add a year of pay scales"),
                            QStringLiteral("business-case.md#3-pay-scales-and-on-cost-parameters")));
    scalesFrame->hide();
    layout->insertWidget(at++, scalesFrame);

    buildFigures(column);
    layout->insertWidget(at++, m_figures);
    refresh();
}

QFrame *CaseFiguresPage::buildBasisCard(QWidget *column)
{
    QVBoxLayout *v = nullptr;
    QFrame *basisCard = card(column, tr("Pension basis"), &v, QStringLiteral("card:basis"));
    auto *row = new QHBoxLayout;
    m_economic = new QRadioButton(tr("Economic: the full cost to the public sector"), basisCard);
    m_economic->setObjectName(QStringLiteral("economicBasis"));
    m_economic->setAccessibleDescription(CaseTexts::greenBookTerm(QStringLiteral("economicBasis")));
    m_economic->setToolTip(m_economic->accessibleDescription());
    m_affordability = new QRadioButton(tr("Affordability: what the trust's own budget pays"), basisCard);
    m_affordability->setObjectName(QStringLiteral("affordabilityBasis"));
    m_affordability->setAccessibleDescription(CaseTexts::greenBookTerm(QStringLiteral("affordabilityBasis")));
    m_affordability->setToolTip(m_affordability->accessibleDescription());
    m_economic->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_economic);
    group->addButton(m_affordability);
    row->addWidget(m_economic);
    row->addWidget(m_affordability);
    row->addStretch(1);
    v->addLayout(row);
    m_basisNote = note(basisCard, QString());
    m_basisNote->setObjectName(QStringLiteral("basisNote"));
    v->addWidget(m_basisNote);
    v->addWidget(guideLink(basisCard, QStringLiteral("basisLink"), tr("What the economic and affordability bases mean"),
                           QStringLiteral("business-case.md#3-pay-scales-and-on-cost-parameters")));
    connect(m_economic, &QRadioButton::toggled, this, [this] { refresh(); });
    return basisCard;
}

// The cards shown once the figures can be worked out: options, difference, year by year, notes.
void CaseFiguresPage::buildFigures(QWidget *column)
{
    QVBoxLayout *v = nullptr;
    m_figures = new QWidget(column);
    auto *f = new QVBoxLayout(m_figures);
    f->setContentsMargins(0, 0, 0, 0);
    f->setSpacing(14);
    QFrame *optionsCard = card(m_figures, tr("Cost of each option"), &v, QStringLiteral("card:options"));
    m_key = note(optionsCard, QString());
    m_key->setObjectName(QStringLiteral("optionKey"));
    v->addWidget(m_key);
    m_options = makeFiguresTable(optionsCard, QStringLiteral("optionsTable"), tr("Cost of each option"));
    v->addWidget(m_options);
    v->addWidget(guideLink(optionsCard, QStringLiteral("termsLink"),
                           tr("What present value, optimism bias and net present social value mean"),
                           QStringLiteral("business-case.md#5-over-the-appraisal-period")));
    f->addWidget(optionsCard);

    QFrame *differenceCard = card(m_figures, tr("Difference from do nothing"), &v, QStringLiteral("card:difference"));
    v->addWidget(note(differenceCard, tr("Each option less do nothing: what it costs the public sector (or the "
                                         "trust) beyond carrying on as now. A negative figure is a saving.")));
    m_difference =
        makeFiguresTable(differenceCard, QStringLiteral("differenceTable"), tr("Difference from do nothing"));
    v->addWidget(m_difference);
    f->addWidget(differenceCard);

    QFrame *yearsCard = card(m_figures, tr("Year by year"), &v, QStringLiteral("card:years"));
    auto *pick = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("Option:"), yearsCard);
    m_yearOption = new QComboBox(yearsCard);
    m_yearOption->setObjectName(QStringLiteral("yearOption"));
    m_yearOption->setAccessibleName(tr("Option shown year by year"));
    m_yearOption->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pickLabel->setBuddy(m_yearOption);
    pick->addWidget(pickLabel);
    pick->addWidget(m_yearOption, 1);
    v->addLayout(pick);
    m_years = makeFiguresTable(yearsCard, QStringLiteral("yearTable"), tr("Cost of the option year by year"));
    m_years->horizontalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    v->addWidget(m_years);
    f->addWidget(yearsCard);
    connect(m_yearOption, &QComboBox::activated, this, [this] {
        const Result<CostTable> &table = this->session().costs(basis());
        if (table)
            fillYears(table.value());
    });

    QFrame *notesCard = card(m_figures, tr("How the figures are worked out"), &v, QStringLiteral("card:notes"));
    m_notes = note(notesCard, QString());
    m_notes->setObjectName(QStringLiteral("figureNotes"));
    v->addWidget(m_notes);
    f->addWidget(notesCard);
    f->addStretch(1); // spare height below the cards, not inside them
}

PensionBasis CaseFiguresPage::basis() const
{
    return m_affordability->isChecked() ? PensionBasis::Affordability : PensionBasis::Economic;
}

void CaseFiguresPage::setBasis(PensionBasis basis)
{
    (basis == PensionBasis::Economic ? m_economic : m_affordability)->setChecked(true);
    refresh();
}

bool CaseFiguresPage::showPointer(const QString &)
{
    return false;
}

void CaseFiguresPage::refresh()
{
    const Result<CostTable> &table = session().costs(basis());
    QWidget *problemFrame = m_problem->parentWidget();
    if (!table) {
        const int problems = int(session().problems().size());
        m_problem->setText(
            problems > 0
                ? tr("The figures cannot be worked out until the case's problems are fixed (%1; see \"Check and "
                     "export\"). The first is: %2")
                      .arg(CaseTexts::count(problems, tr("1 to fix"), tr("%1 to fix")),
                           QString(CaseTexts::place(session().businessCase(), session().problems().front().pointer) +
                                   QStringLiteral(": ") + session().problems().front().message))
                : tr("The figures cannot be worked out: %1").arg(table.message()));
        problemFrame->show();
        m_figures->hide();
        m_basisNote->setText(QString());
        return;
    }
    problemFrame->hide();
    m_figures->show();
    fill(table.value());
}

void CaseFiguresPage::fitHeight(QTableWidget *table)
{
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->height() + 2 * table->frameWidth();
    for (int r = 0; r < table->rowCount(); ++r)
        height += table->rowHeight(r);
    // A long appraisal scrolls across: room for the scroll bar, not a row hidden behind it.
    if (table->horizontalHeader()->length() > table->viewport()->width())
        height += table->horizontalScrollBar()->sizeHint().height();
    table->setFixedHeight(height);
}

void CaseFiguresPage::fill(const CostTable &t)
{
    const BusinessCase &bc = session().businessCase();
    m_basisNote->setText(tr("%1. Pay scales: %2 (%3).").arg(t.basisDescription, t.payScaleYear, t.payScaleSource));
    const QString written = BusinessRules::yearAheadOfScales(t.payScaleYear, bc.date, QDate::currentDate());
    m_scalesWarning->setText(
        written.isEmpty()
            ? QString()
            : tr("These figures use the %1 pay scales, but the case is dated in %2, so its pay costs are likely to be "
                 "too low. When the %2 scales are published, save their file in %3, open the case again and choose "
                 "%2 as its pay scales on the Options and costs page.")
                  .arg(t.payScaleYear, written, QDir::toNativeSeparators(PayScales::userDir())));
    m_scalesWarning->parentWidget()->setVisible(!written.isEmpty());

    QStringList key;
    QStringList headers{tr("Measure")};
    m_optionIds.clear();
    for (std::size_t i = 0; i < t.options.size(); ++i) {
        const OptionCost &o = t.options[i];
        headers << tr("%1. %2").arg(i + 1).arg(shortKind(o.kind));
        key << tr("%1. %2").arg(i + 1).arg(o.title);
        m_optionIds << o.optionId;
    }
    m_key->setText(key.join(QLatin1Char('\n')));

    const QString period = CaseTexts::count(t.years, tr("Total over 1 year"), tr("Total over %1 years"));
    fillOptions(t, headers, period);
    fillDifference(t, headers, period);
    for (QTableWidget *table : {m_options, m_difference}) {
        // The figures whole; the measure's words take what is left and wrap.
        QHeaderView *h = table->horizontalHeader();
        h->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < table->columnCount(); ++c)
            h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        fitHeight(table);
    }

    // The year-by-year table keeps the option chosen, by id.
    const QString chosen = m_yearOption->currentData().toString();
    m_yearOption->clear();
    for (std::size_t i = 0; i < t.options.size(); ++i)
        m_yearOption->addItem(tr("%1. %2").arg(i + 1).arg(t.options[i].title), t.options[i].optionId);
    int index = m_yearOption->findData(chosen);
    if (index < 0 && bc.firstOption(OptionKind::Preferred))
        index = m_yearOption->findData(bc.firstOption(OptionKind::Preferred)->id);
    m_yearOption->setCurrentIndex(std::max(index, 0));
    fillYears(t);

    QStringList notes;
    for (const QString &n : t.notes)
        notes << QStringLiteral("• ") + n;
    m_notes->setText(notes.join(QLatin1Char('\n')));
}

void CaseFiguresPage::fillOptions(const CostTable &t, const QStringList &headers, const QString &period)
{
    const std::vector<std::pair<QString, double OptionCost::*>> measures{
        {tr("Annual cost"), &OptionCost::annualCost},
        {period, &OptionCost::totalCost},
        {tr("Present value (discounted at %1%)").arg(CaseTexts::number(t.discountRatePercent, 2)),
         &OptionCost::presentValue},
        {tr("Optimism bias"), &OptionCost::optimismBias},
        {tr("Risk-adjusted present value"), &OptionCost::riskAdjustedPresentValue},
        {tr("Cash-releasing benefits (present value)"), &OptionCost::cashReleasingPresentValue},
        {tr("Net present cost"), &OptionCost::netPresentCost},
        {tr("Non-cash-releasing benefits (present value)"), &OptionCost::nonCashReleasingPresentValue},
        {tr("Net present social value"), &OptionCost::netPresentSocialValue},
    };
    m_options->clear();
    m_options->setColumnCount(int(headers.size()));
    m_options->setHorizontalHeaderLabels(headers);
    m_options->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_options->setRowCount(int(measures.size()));
    for (std::size_t r = 0; r < measures.size(); ++r) {
        const bool strong = measures[r].second == &OptionCost::riskAdjustedPresentValue ||
                            measures[r].second == &OptionCost::netPresentSocialValue;
        m_options->setItem(int(r), 0, explained(cell(measures[r].first, false, strong), measures[r].second));
        for (std::size_t c = 0; c < t.options.size(); ++c)
            m_options->setItem(int(r), int(c) + 1,
                               cell(CaseTexts::money(t.options[c].*measures[r].second), true, strong));
    }
    // The optimism bias row names its rate: on the row and, per option, in each cell's tooltip.
    m_options->item(int(Measure::OptimismBias), 0)
        ->setText(tr("Optimism bias (%1% for all but do nothing)").arg(CaseTexts::number(t.optimismBiasPercent, 2)));
    for (std::size_t c = 0; c < t.options.size(); ++c) {
        const OptionCost &o = t.options[c];
        m_options->item(int(Measure::OptimismBias), int(c) + 1)
            ->setToolTip(tr("%1% of the present value").arg(CaseTexts::number(o.optimismBiasPercent, 2)));
    }
}

void CaseFiguresPage::fillDifference(const CostTable &t, const QStringList &headers, const QString &period)
{
    const std::vector<std::pair<QString, double OptionCost::*>> differences{
        {tr("Annual cost"), &OptionCost::annualCostDifference},
        {period, &OptionCost::totalCostDifference},
        {tr("Present value"), &OptionCost::presentValueDifference},
        {tr("Risk-adjusted present value"), &OptionCost::riskAdjustedPresentValueDifference},
        {tr("Net present cost"), &OptionCost::netPresentCostDifference},
        {tr("Net present social value"), &OptionCost::netPresentSocialValueDifference},
    };
    m_difference->clear();
    m_difference->setColumnCount(int(headers.size()));
    m_difference->setHorizontalHeaderLabels(headers);
    m_difference->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_difference->setRowCount(int(differences.size()));
    for (std::size_t r = 0; r < differences.size(); ++r) {
        m_difference->setItem(int(r), 0, explained(cell(differences[r].first, false), differences[r].second));
        for (std::size_t c = 0; c < t.options.size(); ++c) {
            const OptionCost &o = t.options[c];
            m_difference->setItem(int(r), int(c) + 1,
                                  cell(o.kind == OptionKind::DoNothing ? tr("(the baseline)")
                                                                       : CaseTexts::money(o.*differences[r].second),
                                       true));
        }
    }
}

void CaseFiguresPage::fillYears(const CostTable &t)
{
    // One column a year, like the table of options above it: five years fit across the page.
    const OptionCost *o = t.option(m_yearOption->currentData().toString());
    m_years->clear();
    const int years = o ? int(o->years.size()) : 0;
    QStringList headers{tr("Measure")};
    for (int y = 0; y < years; ++y)
        headers << o->years[std::size_t(y)].label;
    m_years->setColumnCount(int(headers.size()));
    m_years->setHorizontalHeaderLabels(headers);
    m_years->horizontalHeaderItem(0)->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const std::vector<std::pair<QString, std::function<QString(const YearCost &)>>> rows{
        {tr("Pay"), [](const YearCost &y) { return CaseTexts::money(y.pay); }},
        {tr("On-costs"), [](const YearCost &y) { return CaseTexts::money(y.onCosts); }},
        {tr("Non-pay"), [](const YearCost &y) { return CaseTexts::money(y.nonPay); }},
        {tr("Total"), [](const YearCost &y) { return CaseTexts::money(y.total); }},
        {tr("Discount factor"), [](const YearCost &y) { return QString::number(y.discountFactor, 'f', 4); }},
        {tr("Present value"), [](const YearCost &y) { return CaseTexts::money(y.presentValue); }},
        {tr("Cash-releasing benefits"), [](const YearCost &y) { return CaseTexts::money(y.cashReleasingBenefits); }},
        {tr("Non-cash-releasing benefits"),
         [](const YearCost &y) { return CaseTexts::money(y.nonCashReleasingBenefits); }},
    };
    m_years->setRowCount(o ? int(rows.size()) : 0);
    for (std::size_t r = 0; o && r < rows.size(); ++r) {
        const bool strong = r == 3; // the total
        m_years->setItem(int(r), 0, cell(rows[r].first, false, strong));
        for (int y = 0; y < years; ++y) {
            QTableWidgetItem *item = cell(rows[r].second(o->years[std::size_t(y)]), true, strong);
            item->setToolTip(tr("%1, year %2").arg(rows[r].first).arg(y));
            m_years->setItem(int(r), y + 1, item);
        }
    }
    QHeaderView *h = m_years->horizontalHeader();
    h->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_years->columnCount(); ++c)
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    fitHeight(m_years);
}

QString CaseFiguresPage::figure(Measure measure, const QString &optionId) const
{
    const int column = int(m_optionIds.indexOf(optionId));
    const QTableWidgetItem *item = column < 0 ? nullptr : m_options->item(int(measure), column + 1);
    return item && m_figures->isVisibleTo(const_cast<CaseFiguresPage *>(this)) ? item->text() : QString();
}

QString CaseFiguresPage::difference(Difference measure, const QString &optionId) const
{
    const int column = int(m_optionIds.indexOf(optionId));
    const QTableWidgetItem *item = column < 0 ? nullptr : m_difference->item(int(measure), column + 1);
    return item && m_figures->isVisibleTo(const_cast<CaseFiguresPage *>(this)) ? item->text() : QString();
}

QString CaseFiguresPage::summary()
{
    const Result<CostTable> &table = session().costs(PensionBasis::Economic);
    if (!table)
        return tr("Shown once the problems are fixed");
    const BusinessCase &bc = session().businessCase();
    const Option *preferred = bc.firstOption(OptionKind::Preferred);
    const OptionCost *cost = preferred ? table->option(preferred->id) : nullptr;
    return cost ? tr("Preferred: %1 a year").arg(CaseTexts::money(cost->annualCost))
                : CaseTexts::count(int(table->options.size()), tr("1 option costed"), tr("%1 options costed"));
}

} // namespace ahplead
