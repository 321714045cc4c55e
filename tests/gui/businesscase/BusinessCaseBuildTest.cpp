// A business case built from scratch in the desktop app, by keyboard and mouse: each change
// reaches the store at once, the figures follow it and agree with the cost model (and with the
// worked example of docs/business-case.md), and nothing is lost when the window is closed.
#include "gui/businesscase/CaseTestSupport.h"

#include "core/businesscase/BusinessCaseValidator.h"
#include "core/businesscase/BusinessRules.h"
#include "core/businesscase/CostModel.h"
#include "core/businesscase/PayScales.h"
#include "gui/app/StartPage.h"
#include "gui/app/UserGuideDialog.h"
#include "gui/businesscase/BusinessCaseListPage.h"
#include "gui/businesscase/CaseFiguresPage.h"
#include "gui/businesscase/CaseNavigator.h"
#include "gui/businesscase/CaseSession.h"
#include "gui/businesscase/CaseTexts.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>

using namespace ahplead;
using namespace ahplead::test;

namespace {

using Measure = CaseFiguresPage::Measure;
using Difference = CaseFiguresPage::Difference;

const PayScales &scales()
{
    static const PayScales loaded = [] {
        auto s = PayScales::loadBundled();
        REQUIRE(s.ok());
        return s.value();
    }();
    return loaded;
}

CostTable costsOf(const BusinessCase &bc)
{
    auto table = CostModel::compute(bc, scales(), PensionBasis::Economic);
    INFO((table.ok() ? std::string() : table.message().toStdString()));
    REQUIRE(table.ok());
    return table.value();
}

QString post(int option, int post, const char *field)
{
    return QStringLiteral("/options/%1/posts/%2/%3").arg(option).arg(post).arg(QLatin1String(field));
}

QPushButton *button(GuiFixture &f, const QString &page, const QString &name)
{
    return input<QPushButton>(f, page, name);
}

// Adds a post to OPTION and fills it in.
void addPost(GuiFixture &f, int option, const QString &title, const char *band, const char *point, const QString &wte)
{
    click(button(f, QStringLiteral("options"), QStringLiteral("add:/options/%1/posts").arg(option)));
    settle();
    const int k = int(editor(f).session().businessCase().options[std::size_t(option)].posts.size()) - 1;
    typeInto(input<QLineEdit>(f, QStringLiteral("options"), post(option, k, "title")), title);
    choose(input<QComboBox>(f, QStringLiteral("options"), post(option, k, "band")), QString::fromLatin1(band));
    choose(input<QComboBox>(f, QStringLiteral("options"), post(option, k, "point")), QString::fromLatin1(point));
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("options"), post(option, k, "wte")), wte);
}

void addNonPay(GuiFixture &f, int option, const QString &what, const QString &amount, bool oneOff)
{
    click(button(f, QStringLiteral("options"), QStringLiteral("add:/options/%1/nonPay").arg(option)));
    settle();
    const int k = int(editor(f).session().businessCase().options[std::size_t(option)].nonPay.size()) - 1;
    const QString at = QStringLiteral("/options/%1/nonPay/%2").arg(option).arg(k);
    typeInto(input<QLineEdit>(f, QStringLiteral("options"), at + QStringLiteral("/description")), what);
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("options"), at + QStringLiteral("/amount")), amount);
    if (oneOff)
        choose(input<QComboBox>(f, QStringLiteral("options"), at + QStringLiteral("/recurrence")),
               QStringLiteral("one_off"));
}

void addBenefit(GuiFixture &f, int option, const QString &what, const char *kind, const QString &value, int fromYear)
{
    click(button(f, QStringLiteral("options"), QStringLiteral("add:/options/%1/benefits").arg(option)));
    settle();
    const int k = int(editor(f).session().businessCase().options[std::size_t(option)].benefits.size()) - 1;
    const QString at = QStringLiteral("/options/%1/benefits/%2").arg(option).arg(k);
    typeInto(input<QLineEdit>(f, QStringLiteral("options"), at + QStringLiteral("/description")), what);
    choose(input<QComboBox>(f, QStringLiteral("options"), at + QStringLiteral("/kind")), QString::fromLatin1(kind));
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("options"), at + QStringLiteral("/annualValue")), value);
    typeInto(input<QSpinBox>(f, QStringLiteral("options"), at + QStringLiteral("/fromYear")),
             QString::number(fromYear));
}

CaseFiguresPage &figures(GuiFixture &f)
{
    editor(f).showPage(QStringLiteral("figures"));
    settle();
    return *editor(f).figures();
}

// Every cell of TABLE, for checking no "nan", "inf" or blank reached it.
QStringList cells(const QTableWidget *table)
{
    QStringList all;
    for (int r = 0; r < table->rowCount(); ++r)
        for (int c = 0; c < table->columnCount(); ++c)
            all << (table->item(r, c) ? table->item(r, c)->text() : QString());
    return all;
}

void requireNoBlankOrNonFinite(const QTableWidget *table)
{
    for (const QString &text : cells(table)) {
        INFO(text.toStdString());
        REQUIRE_FALSE(text.trimmed().isEmpty());
        REQUIRE_FALSE(text.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
        REQUIRE_FALSE(text.contains(QStringLiteral("inf"), Qt::CaseInsensitive));
    }
}

} // namespace

TEST_CASE("A business case is built from scratch with the keyboard and mouse, each change saved at once",
          "[gui][business]")
{
    GuiFixture f;
    click(f.window().startPage()->findChild<QPushButton *>(QStringLiteral("businessCases")));
    settle();
    REQUIRE(cases(f).list()->isVisible());
    REQUIRE(cases(f).list()->showingWelcome());

    const qint64 id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    BusinessCase bc = readCase(f, id);
    // A new case is valid from the start: the four shortlisted options, do nothing first,
    // priced at the latest pay scales.
    CHECK(BusinessCaseValidator::problems(bc).empty());
    CHECK(bc.organisation.name == QStringLiteral("Test Valley NHS Trust"));
    REQUIRE(bc.options.size() == 4);
    CHECK(bc.options[0].kind == OptionKind::DoNothing);
    CHECK(bc.shortlistGaps().isEmpty());
    CHECK(bc.appraisal.payScaleYear == scales().latest()->year);
    // Not the assessor's name from Settings: a case's author is asked for in its own dialog.
    CHECK(bc.preparedBy.name.isEmpty());
    CHECK(f.window().saveStatus()->text() == QStringLiteral("Every change is saved as you make it"));

    typeInto(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/title")),
             QStringLiteral("A chief AHP for Test Valley"));
    CHECK(readCase(f, id).title == QStringLiteral("A chief AHP for Test Valley"));
    CHECK(f.window().saveStatus()->text().startsWith(QStringLiteral("Saved at ")));
    choose(input<QComboBox>(f, QStringLiteral("about"), QStringLiteral("/organisation/type")), QStringLiteral("acute"));
    CHECK(readCase(f, id).organisation.type == QStringLiteral("acute"));

    tick(input<QCheckBox>(f, QStringLiteral("leadership"), QStringLiteral("/leadership/hasChiefAhp")));
    CHECK(readCase(f, id).leadership.hasChiefAhp);
    // A chief AHP with no time is a problem, said beside the field.
    CHECK(problemShown(f, QStringLiteral("leadership"), QStringLiteral("/leadership/wte"))
              .contains(QStringLiteral("give the WTE")));
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("leadership"), QStringLiteral("/leadership/wte")),
             QStringLiteral("0.6"));
    CHECK(readCase(f, id).leadership.wte == Approx(0.6));
    CHECK(problemShown(f, QStringLiteral("leadership"), QStringLiteral("/leadership/wte")).isEmpty());
    choose(input<QComboBox>(f, QStringLiteral("leadership"), QStringLiteral("/leadership/band")), QStringLiteral("8c"));
    choose(input<QComboBox>(f, QStringLiteral("leadership"), QStringLiteral("/leadership/division")),
           QStringLiteral("operational"));
    bc = readCase(f, id);
    CHECK(bc.leadership.band == QStringLiteral("8c"));
    CHECK(bc.leadership.division == Division::Operational);

    typeInto(input<QPlainTextEdit>(f, QStringLiteral("context"), QStringLiteral("/strategicContext/qualityAndSafety")),
             QStringLiteral("Accountable for the quality and safety of all AHP services."));
    CHECK(readCase(f, id).strategicContext.qualityAndSafety ==
          QStringLiteral("Accountable for the quality and safety of all AHP services."));

    // The workforce table: a profession joins the file's list with its first figure.
    typeInto(input<QSpinBox>(f, QStringLiteral("workforce"),
                             QStringLiteral("workforce:physiotherapist:registeredHeadcount")),
             QStringLiteral("120"));
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("workforce"),
                                   QStringLiteral("workforce:physiotherapist:registeredWte")),
             QStringLiteral("104.5"));
    typeInto(input<QSpinBox>(f, QStringLiteral("workforce"), QStringLiteral("workforce:dietitian:registeredHeadcount")),
             QStringLiteral("41"));
    bc = readCase(f, id);
    REQUIRE(bc.workforce.professions.size() == 2);
    CHECK(bc.workforce.profession(AhpProfession::Physiotherapist)->registeredWte == Approx(104.5));
    CHECK(bc.workforce.totals().registeredHeadcount == 161);
    auto *total = editor(f).page(QStringLiteral("workforce"))->findChild<QLabel *>(QStringLiteral("workforceTotal:1"));
    REQUIRE(total);
    CHECK(total->text() == QStringLiteral("161"));

    // A standard metric from the list; its period is asked for beside the field until given.
    chooseFromMenu(button(f, QStringLiteral("workforce-metrics"), QStringLiteral("add:/workforceMetrics")),
                   QStringLiteral("addMetric:sickness_absence"));
    bc = readCase(f, id);
    REQUIRE(bc.workforceMetrics.size() == 1);
    CHECK(bc.workforceMetrics[0].id == QStringLiteral("sickness_absence"));
    CHECK(problemShown(f, QStringLiteral("workforce-metrics"), QStringLiteral("/workforceMetrics/0/period"))
              .startsWith(QStringLiteral("Problem: This is missing; give the period")));
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("workforce-metrics"), QStringLiteral("/workforceMetrics/0/value")),
             QStringLiteral("5.4"));
    typeInto(input<QLineEdit>(f, QStringLiteral("workforce-metrics"), QStringLiteral("/workforceMetrics/0/period")),
             QStringLiteral("12 months to September 2026"));
    typeInto(input<QLineEdit>(f, QStringLiteral("workforce-metrics"), QStringLiteral("/workforceMetrics/0/source")),
             QStringLiteral("ESR"));
    tick(input<QCheckBox>(f, QStringLiteral("workforce-metrics"), QStringLiteral("/workforceMetrics/0/benchmark")));
    settle();
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("workforce-metrics"),
                                   QStringLiteral("/workforceMetrics/0/benchmark/value")),
             QStringLiteral("4.6"));
    typeInto(
        input<QLineEdit>(f, QStringLiteral("workforce-metrics"), QStringLiteral("/workforceMetrics/0/benchmark/label")),
        QStringLiteral("peer median"));
    bc = readCase(f, id);
    CHECK(BusinessCaseValidator::problems(bc).empty());
    REQUIRE(bc.workforceMetrics[0].benchmark);
    CHECK(bc.workforceMetrics[0].benchmark->value == Approx(4.6));
    CHECK(bc.workforceMetrics[0].period == QStringLiteral("12 months to September 2026"));

    // A risk, rated in words as well as by number.
    click(button(f, QStringLiteral("risks"), QStringLiteral("add:/risks")));
    settle();
    typeInto(input<QPlainTextEdit>(f, QStringLiteral("risks"), QStringLiteral("/risks/0/description")),
             QStringLiteral("Recruitment takes longer than planned."));
    choose(input<QComboBox>(f, QStringLiteral("risks"), QStringLiteral("/risks/0/likelihood")), QStringLiteral("3"));
    choose(input<QComboBox>(f, QStringLiteral("risks"), QStringLiteral("/risks/0/impact")), QStringLiteral("4"));
    typeInto(input<QPlainTextEdit>(f, QStringLiteral("risks"), QStringLiteral("/risks/0/mitigation")),
             QStringLiteral("Agree the banding first."));
    bc = readCase(f, id);
    REQUIRE(bc.risks.size() == 1);
    CHECK(bc.risks[0].score() == 12);
    CHECK(editor(f).page(QStringLiteral("risks"))->findChild<QLabel *>()); // the page shows
    bool ratingShown = false;
    for (QLabel *l : editor(f).page(QStringLiteral("risks"))->findChildren<QLabel *>())
        ratingShown =
            ratingShown || l->text() == QStringLiteral("Rating: High (likelihood 3 times impact 4 is 12 out of 25)");
    CHECK(ratingShown);

    // The preferred option's chief AHP full time becomes 0.8: the figures and the store follow.
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("options"), post(2, 0, "wte")), QStringLiteral("0.8"));
    bc = readCase(f, id);
    CHECK(bc.options[2].posts[0].wte == Approx(0.8));
    const CostTable table = costsOf(bc);
    CaseFiguresPage &page = figures(f);
    for (const OptionCost &o : table.options) {
        INFO(o.optionId.toStdString());
        CHECK(page.figure(Measure::AnnualCost, o.optionId) == CaseTexts::money(o.annualCost));
        CHECK(page.figure(Measure::PresentValue, o.optionId) == CaseTexts::money(o.presentValue));
        CHECK(page.figure(Measure::NetPresentCost, o.optionId) == CaseTexts::money(o.netPresentCost));
    }
    CHECK(page.difference(Difference::AnnualCost, bc.options[2].id) ==
          CaseTexts::money(table.option(bc.options[2].id)->annualCostDifference));
    requireNoBlankOrNonFinite(page.optionsTable());
    requireNoBlankOrNonFinite(page.differenceTable());
    requireNoBlankOrNonFinite(page.yearTable());

    // The audit log has a line for every change, each naming the field.
    auto store = Store::open(f.storePath(), Store::Mode::ReadOnly);
    const auto log = store.value()->businessCaseLog(id).value();
    CHECK(log.front().action == QStringLiteral("case_create"));
    CHECK(log.size() > 15);
    bool titled = false;
    for (const AuditEntry &e : log)
        titled = titled || e.detail == QStringLiteral("The paper: Title");
    CHECK(titled);
}

TEST_CASE("The figures follow each change and never show a blank or a made-up number", "[gui][business]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    CaseFiguresPage &page = figures(f);
    const QString preferred = readCase(f, id).options[2].id;
    const QString before = page.figure(Measure::AnnualCost, preferred);
    REQUIRE(before == CaseTexts::money(costsOf(readCase(f, id)).option(preferred)->annualCost));

    // The appraisal: ten years at 10% optimism bias.
    typeInto(input<QSpinBox>(f, QStringLiteral("options"), QStringLiteral("/appraisal/years")), QStringLiteral("10"));
    typeInto(input<QDoubleSpinBox>(f, QStringLiteral("options"), QStringLiteral("/appraisal/optimismBiasPercent")),
             QStringLiteral("10"));
    const BusinessCase bc = readCase(f, id);
    CHECK(bc.appraisal.years == 10);
    CHECK(bc.appraisal.optimismBiasPercent == Approx(10));
    const CostTable table = costsOf(bc);
    figures(f);
    CHECK(page.figure(Measure::TotalCost, preferred) == CaseTexts::money(table.option(preferred)->totalCost));
    CHECK(page.figure(Measure::RiskAdjusted, preferred) ==
          CaseTexts::money(table.option(preferred)->riskAdjustedPresentValue));
    CHECK(page.optionsTable()->item(int(Measure::TotalCost), 0)->text() == QStringLiteral("Total over 10 years"));
    CHECK(page.yearTable()->columnCount() == 11); // the measure, then one column a year

    // A percentage cannot be typed above 100.
    QDoubleSpinBox *bias =
        input<QDoubleSpinBox>(f, QStringLiteral("options"), QStringLiteral("/appraisal/optimismBiasPercent"));
    typeInto(bias, QStringLiteral("250"));
    CHECK(readCase(f, id).appraisal.optimismBiasPercent <= 100);
    CHECK(bias->value() <= 100);

    // Taking the do-nothing option away stops the figures, and says why instead.
    choose(input<QComboBox>(f, QStringLiteral("options"), QStringLiteral("/options/0/kind")), QStringLiteral("other"));
    CHECK(readCase(f, id).options[0].kind == OptionKind::Other);
    figures(f);
    CHECK(page.figure(Measure::AnnualCost, preferred).isEmpty());
    CHECK(page.problem()->isVisibleTo(&page));
    CHECK(page.problem()->text().contains(QStringLiteral("there is no do-nothing option")));
}

TEST_CASE("The figures page links the Green Book's terms to their sections of the business case guide",
          "[gui][business]")
{
    GuiFixture f;
    newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    CaseFiguresPage &page = figures(f);
    const std::vector<std::pair<QString, QString>> links{
        {QStringLiteral("termsLink"), QStringLiteral("Over the appraisal period")},
        {QStringLiteral("basisLink"), QStringLiteral("Pay scales and on-cost parameters")}};
    for (const auto &[name, heading] : links) {
        auto *link = page.findChild<QLabel *>(name);
        REQUIRE(link);
        CHECK(link->focusPolicy() & Qt::TabFocus); // reached by the keyboard too
        const QString href = link->text().section(QLatin1Char('"'), 1, 1);
        REQUIRE(href.startsWith(QStringLiteral("business-case.md#")));
        emit link->linkActivated(href);
        settle(50);
        auto *guide = f.window().findChild<UserGuideDialog *>();
        REQUIRE(guide);
        CHECK(guide->isVisible());
        CHECK(guide->page().toLocalFile().endsWith(QStringLiteral("/business-case.md")));
        // Turned to the section: its heading is the first line in view.
        QTextBrowser *browser = guide->browser();
        const QTextCursor top = browser->cursorForPosition(QPoint(4, 4));
        INFO(top.block().text().toStdString());
        CHECK(top.block().text().contains(heading));
    }
    CHECK(f.window().findChildren<UserGuideDialog *>().size() == 1);
}

TEST_CASE("The worked example's options entered by hand give the figures of docs/business-case.md",
          "[gui][business][worked-example]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Northfield and Riverside NHS Foundation Trust"));
    const QString options = QStringLiteral("options");
    choose(input<QComboBox>(f, options, QStringLiteral("/appraisal/payScaleYear")), QStringLiteral("2025/26"));
    typeInto(input<QLineEdit>(f, options, QStringLiteral("/appraisal/startYear")), QStringLiteral("2027/28"));
    typeInto(input<QDoubleSpinBox>(f, options, QStringLiteral("/appraisal/optimismBiasPercent")), QStringLiteral("10"));

    // Do nothing: 0.6 WTE of the band 8c post and a fifth of an administrator.
    addPost(f, 0, QStringLiteral("Chief AHP (0.6 WTE of the current post)"), "8c", "intermediate",
            QStringLiteral("0.6"));
    addPost(f, 0, QStringLiteral("Administrator (shared)"), "3", "top", QStringLiteral("0.2"));
    // Do minimum: a full-time 8c, the same administrator, £2,000 a year, £40,000 of savings from year 1.
    typeInto(input<QDoubleSpinBox>(f, options, post(1, 0, "wte")), QStringLiteral("1"));
    addPost(f, 1, QStringLiteral("Administrator (shared)"), "3", "top", QStringLiteral("0.2"));
    addNonPay(f, 1, QStringLiteral("Leadership development"), QStringLiteral("2000"), false);
    addBenefit(f, 1, QStringLiteral("Lower agency spend"), "cash_releasing", QStringLiteral("40000"), 1);
    // Preferred: full-time 8d with a 0.5 band 7 lead and a 0.5 band 4 administrator.
    addPost(f, 2, QStringLiteral("AHP programme lead"), "7", "entry", QStringLiteral("0.5"));
    addPost(f, 2, QStringLiteral("Administrator"), "4", "entry", QStringLiteral("0.5"));
    addNonPay(f, 2, QStringLiteral("Leadership development and dashboard"), QStringLiteral("5000"), false);
    addNonPay(f, 2, QStringLiteral("Recruitment"), QStringLiteral("6000"), true);
    addBenefit(f, 2, QStringLiteral("Lower agency spend"), "cash_releasing", QStringLiteral("150000"), 1);
    addBenefit(f, 2, QStringLiteral("Bed days released"), "non_cash_releasing", QStringLiteral("210000"), 2);
    // Other: half of a shared band 9 with a 0.5 band 4 administrator.
    addPost(f, 3, QStringLiteral("Administrator"), "4", "entry", QStringLiteral("0.5"));
    addNonPay(f, 3, QStringLiteral("Travel and network costs"), QStringLiteral("3000"), false);
    addBenefit(f, 3, QStringLiteral("Lower agency spend"), "cash_releasing", QStringLiteral("80000"), 1);

    const BusinessCase bc = readCase(f, id);
    INFO((BusinessCaseValidator::check(bc).ok() ? std::string()
                                                : BusinessCaseValidator::check(bc).message().toStdString()));
    REQUIRE(BusinessCaseValidator::problems(bc).empty());
    CaseFiguresPage &page = figures(f);
    const QString dn = bc.options[0].id;
    const QString dm = bc.options[1].id;
    const QString pr = bc.options[2].id;
    const QString ot = bc.options[3].id;
    // docs/business-case.md section 8, "All four options, economic basis", in whole pounds.
    CHECK(page.figure(Measure::AnnualCost, dn) == QStringLiteral("£75,044"));
    CHECK(page.figure(Measure::AnnualCost, dm) == QStringLiteral("£122,234"));
    CHECK(page.figure(Measure::AnnualCost, pr) == QStringLiteral("£183,157"));
    CHECK(page.figure(Measure::AnnualCost, ot) == QStringLiteral("£97,423"));
    CHECK(page.figure(Measure::TotalCost, pr) == QStringLiteral("£921,783"));
    CHECK(page.figure(Measure::PresentValue, dn) == QStringLiteral("£350,687"));
    CHECK(page.figure(Measure::PresentValue, pr) == QStringLiteral("£861,905"));
    CHECK(page.figure(Measure::OptimismBias, pr) == QStringLiteral("£86,191"));
    CHECK(page.figure(Measure::RiskAdjusted, pr) == QStringLiteral("£948,096"));
    CHECK(page.figure(Measure::CashReleasing, pr) == QStringLiteral("£550,962"));
    CHECK(page.figure(Measure::NetPresentCost, pr) == QStringLiteral("£397,134"));
    CHECK(page.figure(Measure::NonCashReleasing, pr) == QStringLiteral("£568,448"));
    CHECK(page.figure(Measure::SocialValue, pr) == QStringLiteral("£171,314"));
    CHECK(page.figure(Measure::SocialValue, dn) == QStringLiteral("(£350,687)"));
    CHECK(page.figure(Measure::NetPresentCost, ot) == QStringLiteral("£206,945"));
    // "Difference from do nothing, economic basis".
    CHECK(page.difference(Difference::AnnualCost, pr) == QStringLiteral("£108,112"));
    CHECK(page.difference(Difference::NetPresentCost, pr) == QStringLiteral("£46,447"));
    CHECK(page.difference(Difference::SocialValue, pr) == QStringLiteral("£522,001"));
    CHECK(page.difference(Difference::NetPresentCost, ot) == QStringLiteral("(£143,742)"));
    CHECK(page.difference(Difference::AnnualCost, dm) == QStringLiteral("£47,190"));
    // The preferred option year by year: the one-off recruitment falls in year 0.
    CHECK(page.yearTable()->horizontalHeaderItem(1)->text() == QStringLiteral("2027/28"));
    CHECK(page.yearTable()->item(3, 0)->text() == QStringLiteral("Total"));
    CHECK(page.yearTable()->item(3, 1)->text() == QStringLiteral("£189,157"));
    CHECK(page.yearTable()->item(3, 2)->text() == QStringLiteral("£183,157"));
    // The affordability basis (pension 14.38%).
    click(page.findChild<QRadioButton *>(QStringLiteral("affordabilityBasis")));
    CHECK(page.basis() == PensionBasis::Affordability);
    CHECK(page.figure(Measure::AnnualCost, dn) == QStringLiteral("£69,939"));
    CHECK(page.figure(Measure::AnnualCost, pr) == QStringLiteral("£171,032"));
    CHECK(page.figure(Measure::NetPresentCost, pr) == QStringLiteral("£334,807"));
}

TEST_CASE("A business case is there as it was left after the window is closed and opened again", "[gui][business]")
{
    QString storePath;
    qint64 id = 0;
    {
        GuiFixture f;
        storePath = f.storePath();
        id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
        typeInto(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/version")), QStringLiteral("0.7"));
        // Typed but not yet handed over (no Tab, no pause): closing the window keeps it.
        QLineEdit *title = input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/title"));
        click(title);
        key(Qt::Key_End);
        QTest::keyClicks(title, QStringLiteral(" (draft)"));
        f.window().close();
        settle();
        const BusinessCase saved = readCase(f, id);
        CHECK(saved.version == QStringLiteral("0.7"));
        CHECK(saved.title.endsWith(QStringLiteral(" (draft)")));

        // The app started again on the same store: the case is listed and opens as it was.
        auto store = Store::open(storePath);
        REQUIRE(store.ok());
        Workspace workspace(std::move(store.value()));
        MainWindow window(workspace, f.settings(), f.prompter());
        window.show();
        window.showBusinessCases();
        settle();
        BusinessCaseArea *area = window.businessCases();
        REQUIRE(area->list()->caseCount() == 1);
        REQUIRE(area->list()->selectedCase() == id);
        click(area->list()->openButton());
        settle();
        REQUIRE(area->editor());
        CHECK(area->editor()->session().businessCase() == saved);
        area->editor()->showPage(QStringLiteral("about"));
        settle();
        auto *reopened =
            area->editor()->page(QStringLiteral("about"))->findChild<QLineEdit *>(QStringLiteral("/title"));
        REQUIRE(reopened);
        CHECK(reopened->text() == saved.title);
        window.close();
    }
}

TEST_CASE("A new case holds no template prompt as content, and its untouched parts are to do rather than ticked",
          "[gui][business]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    const BusinessCase bc = readCase(f, id);
    REQUIRE(bc.options.size() == 4);
    // The prompt to add today's posts is the field's placeholder, never the option's text.
    CHECK(bc.options[0].description.isEmpty());
    auto *description = input<QPlainTextEdit>(f, QStringLiteral("options"), QStringLiteral("/options/0/description"));
    CHECK(description->placeholderText().contains(QStringLiteral("add the posts it pays for now")));
    // No option's title repeats the kind the headings give it.
    for (const Option &o : bc.options)
        CHECK(o.titleWithoutKind() == o.title.trimmed());

    CaseNavigator *nav = editor(f).navigator();
    auto status = [&](const QString &page) {
        return nav->item(editor(f).indexOf(page))->data(CaseNavigator::StatusRole).toString();
    };
    CHECK(status(QStringLiteral("context")) == QStringLiteral("To do: nothing entered yet"));
    CHECK(status(QStringLiteral("risks")) == QStringLiteral("To do: nothing entered yet"));
    CHECK(status(QStringLiteral("about")) == QStringLiteral("Nothing to fix"));
    typeInto(input<QPlainTextEdit>(f, QStringLiteral("context"), QStringLiteral("/strategicContext/trustObjectives")),
             QStringLiteral("The NHS long term workforce plan."));
    CHECK(status(QStringLiteral("context")) == QStringLiteral("Nothing to fix"));
}

TEST_CASE("The figures say when the pay scales are older than the year the case is dated in, and how to add newer",
          "[gui][business]")
{
    GuiFixture f;
    const qint64 id = newCaseByHand(f, QStringLiteral("Test Valley NHS Trust"));
    REQUIRE(id > 0);
    editor(f).showPage(QStringLiteral("figures"));
    settle();
    QLabel *warning = editor(f).figures()->scalesWarning();
    const QString scaleYear = editor(f).session().businessCase().appraisal.payScaleYear;
    const QString now = BusinessRules::financialYearOf(QDate::currentDate());
    if (scaleYear < now) {
        CHECK(warning->isVisible());
        CHECK(warning->text().contains(QStringLiteral("the case is dated in %1").arg(now)));
        CHECK(warning->text().contains(QDir::toNativeSeparators(PayScales::userDir())));
    }
    typeInto(input<QLineEdit>(f, QStringLiteral("about"), QStringLiteral("/date")),
             QString(QStringLiteral("01/06/") + scaleYear.left(4)));
    editor(f).showPage(QStringLiteral("figures"));
    settle();
    CHECK_FALSE(warning->isVisible());
}
