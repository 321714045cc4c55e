#include "report/businesscase/BusinessCaseTestSupport.h"

#include "core/businesscase/BusinessRules.h"
#include "report/businesscase/StrategicCaseBuilder.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>

#include <cmath>
#include <limits>

using namespace ahplead;
using M = BusinessCaseModel;

namespace {

const M::Table *tableNamed(const M &model, const QString &captionPart)
{
    for (const M::Table *t : model.tables())
        if (t->caption.contains(captionPart))
            return t;
    FAIL("no table with a caption containing " << captionPart.toStdString());
    return nullptr;
}

int column(const M::Table &t, const QString &header)
{
    const int i = static_cast<int>(t.headers.indexOf(header));
    INFO(t.caption.toStdString() << ": column " << header.toStdString());
    REQUIRE(i >= 0);
    return i;
}

// The cell of TABLE in the row whose first cell is ROW and the column headed HEADER.
QString cell(const M::Table &t, const QString &row, const QString &header)
{
    const int c = column(t, header);
    for (const auto &r : t.rows)
        if (r.front().main() == row)
            return r[static_cast<std::size_t>(c)].main();
    FAIL(t.caption.toStdString() << ": no row " << row.toStdString());
    return {};
}

// How NaN and infinity print ("nan", "-inf", "infinity"), as whole words.
QRegularExpression notFinite()
{
    return QRegularExpression(QStringLiteral("\\b(nan|inf|infinity)\\b"), QRegularExpression::CaseInsensitiveOption);
}

// docs/business-case.md, read from the source tree: the figures the document must match.
QString docs()
{
    return QString::fromUtf8(test::readFile(test::sourceDir() + QStringLiteral("/docs/business-case.md")));
}

// The rows of the Markdown table that follows HEADING in docs/business-case.md, as cells.
std::vector<QStringList> docTable(const QString &heading)
{
    const QString text = docs();
    const qsizetype at = text.indexOf(heading);
    REQUIRE(at >= 0);
    std::vector<QStringList> rows;
    bool inTable = false;
    for (const QString &line : text.mid(at).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1Char('|'))) {
            if (inTable)
                break;
            continue;
        }
        inTable = true;
        QStringList cells = line.split(QLatin1Char('|'));
        cells = cells.mid(1, cells.size() - 2);
        for (QString &c : cells)
            c = c.trimmed();
        if (!cells.first().startsWith(QLatin1String("---")) && cells.first() != QLatin1String("option"))
            rows.push_back(cells);
    }
    REQUIRE_FALSE(rows.empty());
    return rows;
}

// "£183,156.58" or "(£350,686.94)" in the docs, as the document shows it: whole pounds.
QString rounded(const QString &docFigure)
{
    QString digits = docFigure;
    const bool negative = digits.startsWith(QLatin1Char('('));
    digits.remove(QLatin1Char(',')).remove(QStringLiteral("£")).remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    bool ok = false;
    const double value = (negative ? -1 : 1) * digits.toDouble(&ok);
    INFO(docFigure.toStdString());
    REQUIRE(ok);
    return M::money(value);
}

// The document's name for an option row of the docs ("preferred (full-time 8d…)").
QString optionRow(const QString &docName)
{
    if (docName.startsWith(QLatin1String("do nothing")))
        return QStringLiteral("Option 1: Do nothing");
    if (docName.startsWith(QLatin1String("do minimum")))
        return QStringLiteral("Option 2: Do minimum");
    if (docName.startsWith(QLatin1String("preferred")))
        return QStringLiteral("Option 3: Preferred");
    return QStringLiteral("Option 4: Other");
}

} // namespace

TEST_CASE("Money is shown in whole pounds, percentages to one decimal place, and nothing not finite as a figure")
{
    CHECK(M::money(183156.58) == QStringLiteral("£183,157"));
    // Finance papers bracket a negative sum rather than trust a minus sign to a line break.
    CHECK(M::money(-350686.94) == QStringLiteral("(£350,687)"));
    CHECK(M::money(0.4) == QStringLiteral("£0"));
    CHECK(M::money(-0.4) == QStringLiteral("£0"));
    CHECK(M::percent(5.4) == QStringLiteral("5.4%"));
    CHECK(M::percent(10) == QStringLiteral("10.0%"));
    CHECK(M::percent(17.391) == QStringLiteral("17.4%"));
    CHECK(M::rate(23.78) == QStringLiteral("23.78%"));
    CHECK(M::rate(15) == QStringLiteral("15%"));
    CHECK(M::number(1259.0) == QStringLiteral("1,259"));
    CHECK(M::number(0.6) == QStringLiteral("0.6"));
    CHECK(M::number(-0.01) == QStringLiteral("0"));
    CHECK(M::date(QStringLiteral("2026-11-20")) == QStringLiteral("20 November 2026"));
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    for (const QString &shown : {M::money(nan), M::money(inf), M::percent(nan), M::number(-inf), M::rate(inf)})
        CHECK(shown == QStringLiteral("\u2013"));
}

TEST_CASE("The business case document follows the Five Case Model, after an executive summary")
{
    const M model = test::exampleBusinessCaseModel();
    QStringList titles;
    for (const M::Section &s : model.sections)
        titles << s.title;
    CHECK(titles == QStringList{QStringLiteral("1. Executive summary"), QStringLiteral("2. Strategic case"),
                                QStringLiteral("3. Economic case"), QStringLiteral("4. Commercial case"),
                                QStringLiteral("5. Financial case"), QStringLiteral("6. Management case"),
                                QStringLiteral("Appendix A: handbook section 3.1 in this case"),
                                QStringLiteral("Appendix B: how the costs are worked out")});
    CHECK(model.organisation == QStringLiteral("Northfield and Riverside NHS Foundation Trust"));
    CHECK(model.author == QStringLiteral("Priya Mensah"));
    CHECK(model.statusText == QStringLiteral("Draft, version 0.4"));
    CHECK(model.purpose.startsWith(QStringLiteral("The board is asked to approve the preferred option")));
    CHECK(model.warnings.isEmpty());
}

TEST_CASE("Every item of handbook section 3.1 appears in the business case document")
{
    const QString text = test::exampleBusinessCaseModel().plainText().toLower();
    for (const QString &item : test::handbookItems()) {
        INFO(item.toStdString());
        CHECK(text.contains(item.toLower()));
    }
}

TEST_CASE("The economic case's figures match the worked example in docs/business-case.md")
{
    const M model = test::exampleBusinessCaseModel();
    const M::Table *annual = tableNamed(model, QStringLiteral("Annual cost of each option (economic basis)"));
    const M::Table *pv = tableNamed(model, QStringLiteral("Present value of the costs and optimism bias"));
    const M::Table *net = tableNamed(model, QStringLiteral("Benefits and net present value (economic basis)"));
    const M::Table *years = tableNamed(model, QStringLiteral("Cost of each option year by year (economic basis)"));
    int rows = 0;
    for (const QStringList &doc : docTable(QStringLiteral("**All four options, economic basis:**"))) {
        REQUIRE(doc.size() == 10);
        const QString option = optionRow(doc[0]);
        INFO(option.toStdString());
        CHECK(cell(*annual, option, QStringLiteral("Annual cost")) == rounded(doc[1]));
        CHECK(cell(*years, option, QStringLiteral("Total")) == rounded(doc[2]));
        CHECK(cell(*pv, option, QStringLiteral("Total cost")) == rounded(doc[2]));
        CHECK(cell(*pv, option, QStringLiteral("Present value")) == rounded(doc[3]));
        CHECK(cell(*pv, option, QStringLiteral("Optimism bias")) == rounded(doc[4]));
        CHECK(cell(*pv, option, QStringLiteral("Risk-adjusted present value")) == rounded(doc[5]));
        CHECK(cell(*net, option, QStringLiteral("Cash-releasing benefits, present value")) == rounded(doc[6]));
        CHECK(cell(*net, option, QStringLiteral("Net present cost")) == rounded(doc[7]));
        CHECK(cell(*net, option, QStringLiteral("Non-cash-releasing benefits, present value")) == rounded(doc[8]));
        CHECK(cell(*net, option, QStringLiteral("Net present social value")) == rounded(doc[9]));
        ++rows;
    }
    CHECK(rows == 4);
    CHECK(cell(*pv, QStringLiteral("Option 3: Preferred"), QStringLiteral("Optimism bias rate")) ==
          QStringLiteral("10.0%"));
    CHECK(cell(*pv, QStringLiteral("Option 1: Do nothing"), QStringLiteral("Optimism bias rate")) ==
          QStringLiteral("0.0%"));

    // The preferred option year by year: year 0 carries the £6,000 of recruitment.
    CHECK(cell(*years, QStringLiteral("Option 3: Preferred"), QStringLiteral("2027/28")) == QStringLiteral("£189,157"));
    CHECK(cell(*years, QStringLiteral("Option 3: Preferred"), QStringLiteral("2031/32")) == QStringLiteral("£183,157"));
}

TEST_CASE("The difference from do nothing and the affordability basis match docs/business-case.md")
{
    const M model = test::exampleBusinessCaseModel();
    const M::Table *diff = tableNamed(model, QStringLiteral("Difference from do nothing"));
    for (const QStringList &doc : docTable(QStringLiteral("**Difference from do nothing, economic basis:**"))) {
        REQUIRE(doc.size() == 7);
        const QString option = optionRow(doc[0]);
        INFO(option.toStdString());
        CHECK(cell(*diff, option, QStringLiteral("Annual cost")) == rounded(doc[1]));
        CHECK(cell(*diff, option, QStringLiteral("Total cost")) == rounded(doc[2]));
        CHECK(cell(*diff, option, QStringLiteral("Present value")) == rounded(doc[3]));
        CHECK(cell(*diff, option, QStringLiteral("Risk-adjusted present value")) == rounded(doc[4]));
        CHECK(cell(*diff, option, QStringLiteral("Net present cost")) == rounded(doc[5]));
        CHECK(cell(*diff, option, QStringLiteral("Net present social value")) == rounded(doc[6]));
    }
    const M::Table *annual = tableNamed(model, QStringLiteral("Annual cost to the trust's budget"));
    const M::Table *pv = tableNamed(model, QStringLiteral("Present values (affordability basis)"));
    for (const QStringList &doc : docTable(QStringLiteral("**Affordability basis**"))) {
        REQUIRE(doc.size() == 6);
        const QString option = optionRow(doc[0]);
        INFO(option.toStdString());
        CHECK(cell(*annual, option, QStringLiteral("Annual cost")) == rounded(doc[1]));
        CHECK(cell(*pv, option, QStringLiteral("Total cost")) == rounded(doc[2]));
        CHECK(cell(*pv, option, QStringLiteral("Present value")) == rounded(doc[3]));
        CHECK(cell(*pv, option, QStringLiteral("Risk-adjusted present value")) == rounded(doc[4]));
        CHECK(cell(*pv, option, QStringLiteral("Net present cost")) == rounded(doc[5]));
    }
    // "the preferred option adds £101,092.70 a year to the trust's budget before savings"
    CHECK(cell(*annual, QStringLiteral("Option 3: Preferred"), QStringLiteral("A year more than do nothing")) ==
          QStringLiteral("£101,093"));
    CHECK(model.plainText().contains(QStringLiteral(
        "On this basis the preferred option adds £101,093 a year to the trust's budget before savings.")));
}

TEST_CASE("The posts of the preferred option are costed as in the worked example")
{
    const M model = test::exampleBusinessCaseModel();
    const M::Table *posts = tableNamed(model, QStringLiteral("Option 3: posts and their annual cost"));
    // Chief AHP: £91,342 pay, £12,951.30 NI, £21,721.13 pension, £456.71 levy, £126,471.14 in all.
    CHECK(cell(*posts, QStringLiteral("Chief AHP"), QStringLiteral("Full-time salary")) == QStringLiteral("£91,342"));
    CHECK(cell(*posts, QStringLiteral("Chief AHP"), QStringLiteral("Employer NI")) == QStringLiteral("£12,951"));
    CHECK(cell(*posts, QStringLiteral("Chief AHP"), QStringLiteral("Pension")) == QStringLiteral("£21,721"));
    CHECK(cell(*posts, QStringLiteral("Chief AHP"), QStringLiteral("Levy")) == QStringLiteral("£457"));
    CHECK(cell(*posts, QStringLiteral("Chief AHP"), QStringLiteral("Annual cost")) == QStringLiteral("£126,471"));
    CHECK(cell(*posts, QStringLiteral("Annual cost"), QStringLiteral("Annual cost")) == QStringLiteral("£183,157"));
}

TEST_CASE("Every costed table names its pension basis, the pay-scale year and the source of the pay scales")
{
    const M model = test::exampleBusinessCaseModel();
    static const QStringList costHeaders{QStringLiteral("Annual cost"),
                                         QStringLiteral("Pay"),
                                         QStringLiteral("Present value"),
                                         QStringLiteral("Total cost"),
                                         QStringLiteral("Total"),
                                         QStringLiteral("Net present cost"),
                                         QStringLiteral("Cost of the preferred option")};
    int costed = 0;
    for (const M::Table *t : model.tables()) {
        const bool isCosted = std::any_of(t->headers.cbegin(), t->headers.cend(),
                                          [](const QString &h) { return costHeaders.contains(h); });
        if (!isCosted)
            continue;
        ++costed;
        INFO(t->caption.toStdString());
        const QString notes = t->notes.join(QLatin1Char(' '));
        const bool economic = notes.contains(QStringLiteral("Economic basis (employer pension 23.78% of pay)"));
        const bool affordability =
            notes.contains(QStringLiteral("Affordability basis (employer pension 14.38% of pay)"));
        CHECK(economic != affordability);
        CHECK(t->caption.contains(economic ? QStringLiteral("economic basis") : QStringLiteral("affordability basis")));
        CHECK(notes.contains(QStringLiteral("Pay scales 2025/26, effective 1 April 2025")));
        CHECK(notes.contains(QStringLiteral("source: NHS Employers, Agenda for Change pay scales 2025/26")));
    }
    CHECK(costed >= 12);
}

TEST_CASE("No table cell is blank, NaN or infinite, even for a sparse case without a board assessment")
{
    BusinessCase sparse = test::exampleBusinessCase();
    sparse.cqc.reset();
    sparse.strategicLeads = StrategicLeads{};
    sparse.regionalRoles.front().wte.reset();
    sparse.regionalRoles.back().hasChiefAhp = false;
    sparse.modelsOfCare.clear();
    sparse.qeia = Qeia{};
    sparse.leadership.description.clear();
    sparse.leadership.reportingTo.clear();
    for (Metric &m : sparse.workforceMetrics)
        m.benchmark.reset();
    sparse.management = ManagementCase{};
    sparse.risks.clear();
    for (const bool withBoard : {true, false}) {
        for (const M &model : {test::exampleBusinessCaseModel(), test::businessCaseModel(sparse, withBoard)}) {
            int cells = 0;
            for (const M::Table *t : model.tables()) {
                INFO(t->caption.toStdString());
                CHECK(t->caption.startsWith(QStringLiteral("Table ")));
                CHECK(t->widths.size() == (t->headers.isEmpty() ? t->widths.size() : std::size_t(t->headers.size())));
                bool dash = false;
                for (const auto &row : t->rows) {
                    REQUIRE(row.size() == t->widths.size());
                    for (const M::Cell &c : row) {
                        ++cells;
                        CHECK_FALSE(c.main().trimmed().isEmpty());
                        CHECK_FALSE(Document::plainText(c.text).contains(notFinite()));
                        dash = dash || c.main() == QStringLiteral("\u2013");
                    }
                }
                // A dash always comes with a note saying what it stands for.
                if (dash)
                    CHECK(t->notes.join(QLatin1Char('\n')).contains(QStringLiteral("\u2013")));
            }
            CHECK(cells > 300);
        }
    }
}

TEST_CASE("Benchmarked metrics are rated red, amber or green in words, with how far they are from the benchmark")
{
    const M model = test::exampleBusinessCaseModel();
    const M::Table *workforce = tableNamed(model, QStringLiteral("Workforce-related metrics"));
    const M::Table *quality = tableNamed(model, QStringLiteral("Quality metrics"));
    const auto rating = [](const M::Table &t, const QString &metric) {
        const int c = column(t, QStringLiteral("Rating against the benchmark"));
        for (const auto &row : t.rows)
            if (row.front().main() == metric)
                return row[static_cast<std::size_t>(c)];
        FAIL("no metric " << metric.toStdString());
        return M::Cell{};
    };
    // 5.4% against a peer median of 4.6%: 17.4% worse, beyond the 10% tolerance.
    const M::Cell sickness = rating(*workforce, QStringLiteral("Sickness absence (AHPs)"));
    CHECK(sickness.main() == QStringLiteral("Red"));
    CHECK(sickness.tone == M::Tone::Red);
    CHECK(sickness.detail() == QStringLiteral("17.4% worse than the benchmark (tolerance 10.0%)"));
    // 14 apprentices against 12: better than the benchmark.
    const M::Cell apprentices = rating(*workforce, QStringLiteral("AHP apprentices in training"));
    CHECK(apprentices.main() == QStringLiteral("Green"));
    CHECK(apprentices.detail() == QStringLiteral("16.7% better than the benchmark"));
    // 6.7 against 6.9, higher is better: 2.9% worse, within tolerance.
    CHECK(rating(*workforce, QStringLiteral("NHS Staff Survey engagement score (AHPs)")).main() ==
          QStringLiteral("Amber"));
    CHECK(
        rating(*quality, QStringLiteral("Emergency admissions of people aged 65 and over (monthly average)")).main() ==
        QStringLiteral("Not benchmarked"));
    CHECK(rating(*workforce, QStringLiteral("AHP cost per weighted activity unit")).main() == QStringLiteral("Red"));
    // Every toned cell says in words what its colour says.
    for (const M::Table *t : model.tables())
        for (const auto &row : t->rows)
            for (const M::Cell &c : row)
                if (c.tone != M::Tone::None) {
                    INFO(t->caption.toStdString());
                    CHECK(c.main().contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))));
                }
}

TEST_CASE("The strategic case gives the strategic-lead ratios and the chief AHP roles of the ICS")
{
    const M model = test::exampleBusinessCaseModel();
    const M::Table *leads = tableNamed(model, QStringLiteral("Staff per strategic lead"));
    CHECK(cell(*leads, QStringLiteral("AHPs"), QStringLiteral("Staff per strategic lead")) == QStringLiteral("1,259"));
    CHECK(cell(*leads, QStringLiteral("Nursing"), QStringLiteral("Staff per strategic lead")) == QStringLiteral("407"));
    CHECK(cell(*leads, QStringLiteral("Medical"), QStringLiteral("Staff per strategic lead")) == QStringLiteral("218"));
    const QString text = model.plainText();
    CHECK(text.contains(QStringLiteral("In this ICS, 7 organisations are listed: all have a chief AHP or equivalent, 5 "
                                       "full time and 6 in the corporate division.")));
    const M::Table *workforce = tableNamed(model, QStringLiteral("AHP workforce by profession"));
    CHECK(cell(*workforce, QStringLiteral("All AHPs"), QStringLiteral("Registered headcount")) ==
          QStringLiteral("697"));
    CHECK(text.contains(QStringLiteral("The trust employs no drama therapists or osteopaths.")));
}

TEST_CASE("The case for change comes from the board's self-assessment, critical gaps first with their sources")
{
    const M model = test::exampleBusinessCaseModel();
    const M::Table *gaps = tableNamed(model, QStringLiteral("Critical gaps"));
    REQUIRE(gaps->rows.size() == 3);
    for (const auto &row : gaps->rows) {
        CHECK_FALSE(row[2].main().isEmpty());
        CHECK(row[2].main().contains(QStringLiteral("handbook")));
    }
    CHECK(model.plainText().contains(QStringLiteral("assessed by Dr Amrit Sandhu, Non-executive director")));
}

TEST_CASE("A missing board assessment is a warning: the document is still written and says what is left out")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.json"));
    REQUIRE(QFile::copy(test::businessCasePath(), path));
    auto model = BusinessCaseModel::fromFile(path, test::frameworks(), test::payScales());
    REQUIRE(model.ok());
    REQUIRE(model->warnings.size() == 1);
    CHECK(model->warnings.first().contains(QStringLiteral("board-example.json: the board self-assessment the "
                                                          "business case names was not found")));
    // The paper says what it leaves out; why (a file not found) is for whoever made it.
    const QString text = model->plainText();
    CHECK(text.contains(StrategicCaseBuilder::noCaseForChange()));
    CHECK(text.contains(QStringLiteral("Notes on this paper")));
    CHECK_FALSE(text.contains(QStringLiteral("board-example.json")));
    CHECK_FALSE(text.contains(QStringLiteral("was not found")));
}

TEST_CASE("A case without a preferred option or a do-minimum option still makes a document that says so")
{
    BusinessCase bc = test::exampleBusinessCase();
    bc.options.erase(bc.options.begin() + 1, bc.options.begin() + 3); // do minimum and preferred
    const M model = test::businessCaseModel(bc);
    const QString text = model.plainText();
    CHECK(text.contains(QStringLiteral("No option is marked as preferred yet")));
    CHECK(text.contains(QStringLiteral("The options lack part of the Green Book shortlist")));
    CHECK_FALSE(model.warnings.isEmpty());
}

TEST_CASE("A long appraisal is split into tables of at most six years, the last with the total")
{
    BusinessCase bc = test::exampleBusinessCase();
    bc.appraisal.years = 14;
    const M model = test::businessCaseModel(bc);
    std::vector<const M::Table *> byYear;
    for (const M::Table *t : model.tables())
        if (t->caption.contains(QStringLiteral("year by year, ")) && t->caption.contains(QStringLiteral("economic")))
            byYear.push_back(t);
    REQUIRE(byYear.size() == 3);
    CHECK(byYear[0]->caption.contains(QStringLiteral("2027/28 to 2032/33")));
    CHECK(byYear[2]->caption.contains(QStringLiteral("2039/40 to 2040/41")));
    CHECK(byYear[0]->headers.size() == 7); // the option and six years
    CHECK(byYear[2]->headers.last() == QStringLiteral("Total"));
    CHECK_FALSE(byYear[1]->headers.contains(QStringLiteral("Total")));
}

TEST_CASE("An option's title is never printed after its kind a second time")
{
    BusinessCase bc = test::exampleBusinessCase();
    bc.options[1].title = QStringLiteral("Do minimum: a full-time band 8c chief AHP");
    bc.options[2].title = QStringLiteral("Preferred option \u2013 a full-time band 8d chief AHP");
    const QString text = test::businessCaseModel(bc).plainText();
    CHECK_FALSE(text.contains(QStringLiteral("Do minimum: a full-time")));
    CHECK_FALSE(text.contains(QStringLiteral("Preferred option. Preferred")));
    CHECK(text.contains(QStringLiteral("Preferred option. A full-time band 8d chief AHP.")));
    CHECK(text.contains(QStringLiteral("A full-time band 8c chief AHP.")));
    // A title that merely starts with the word keeps it.
    Option o;
    o.kind = OptionKind::Other;
    o.title = QStringLiteral("Otherwise shared with a neighbour");
    CHECK(o.titleWithoutKind() == o.title);
    o.title = QStringLiteral("Other option: shared with a neighbour");
    CHECK(o.titleWithoutKind() == QStringLiteral("Shared with a neighbour"));
}

TEST_CASE("A case dated after the year of its pay scales says its pay costs are likely to be too low")
{
    BusinessCase bc = test::exampleBusinessCase();
    REQUIRE(bc.appraisal.payScaleYear == QStringLiteral("2025/26"));
    bc.date = QStringLiteral("2026-11-20");
    const M stale = test::businessCaseModel(bc);
    const QString warning =
        QStringLiteral("The case is dated in 2026/27 but costed on the 2025/26 pay scales, so its pay costs are likely "
                       "to be too low");
    CHECK(stale.plainText().contains(warning));
    for (const M::Table *t : stale.tables())
        if (t->notes.join(QLatin1Char(' ')).contains(QStringLiteral("Pay scales 2025/26"))) {
            INFO(t->caption.toStdString());
            CHECK(t->notes.join(QLatin1Char(' '))
                      .contains(QStringLiteral("Older than 2026/27, the year the case is dated in: pay costs are "
                                               "likely to be too low.")));
        }
    bc.date = QStringLiteral("2026-03-31"); // the last day of 2025/26
    CHECK_FALSE(test::businessCaseModel(bc).plainText().contains(QStringLiteral("likely to be too low")));
    CHECK(BusinessRules::yearAheadOfScales(QStringLiteral("2025/26"), QString(), QDate(2026, 4, 1)) ==
          QStringLiteral("2026/27"));
    CHECK(BusinessRules::yearAheadOfScales(QStringLiteral("2026/27"), QString(), QDate(2026, 4, 1)).isEmpty());
}
