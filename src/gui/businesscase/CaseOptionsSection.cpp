// CaseSections::options: the options appraisal (issue 5, item 2), with how they are costed.
#include "gui/businesscase/CaseSections.h"

#include "core/businesscase/BusinessRules.h"
#include "core/businesscase/PayScales.h"
#include "gui/businesscase/CaseBind.h"
#include "gui/businesscase/CaseForm.h"
#include "gui/businesscase/CasePage.h"
#include "gui/businesscase/CaseParts.h"
#include "gui/businesscase/CaseSession.h"
#include "gui/businesscase/CaseTexts.h"
#include "gui/widgets/Theme.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace ahplead {

namespace {

QString optionsShape(const BusinessCase &bc)
{
    QStringList shape{QString::number(bc.appraisal.years)};
    for (const Option &o : bc.options) {
        shape << QStringLiteral("%1:%2:%3:%4:%5")
                     .arg(enumId(o.kind))
                     .arg(o.posts.size())
                     .arg(o.nonPay.size())
                     .arg(o.benefits.size())
                     .arg(o.risks.size());
    }
    // The benefits' lists of metrics name them.
    for (const auto *list : {&bc.workforceMetrics, &bc.qualityMetrics})
        for (const Metric &m : *list)
            shape << m.id + QLatin1Char('=') + m.name;
    if (bc.workforce.costPerWau)
        shape << bc.workforce.costPerWau->id;
    return shape.join(QLatin1Char('|'));
}

CaseForm::Choices metricChoices(const BusinessCase &bc)
{
    CaseForm::Choices list{{CaseSections::tr("None"), QString()}};
    for (const auto *metrics : {&bc.workforceMetrics, &bc.qualityMetrics})
        for (std::size_t i = 0; i < metrics->size(); ++i)
            list.emplace_back(CaseTexts::metricName((*metrics)[i], int(i)), (*metrics)[i].id);
    if (bc.workforce.costPerWau)
        list.emplace_back(CaseTexts::metricName(*bc.workforce.costPerWau, 0), bc.workforce.costPerWau->id);
    return list;
}

QLabel *subheading(QWidget *parent, const QString &text)
{
    auto *label = new QLabel(text, parent);
    Theme::setRole(label, "subheading");
    return label;
}

void appraisalCard(CasePage &page, QVBoxLayout *layout)
{
    CaseForm &form = page.form();
    QWidget *body = layout->parentWidget();
    QVBoxLayout *v = nullptr;
    layout->addWidget(
        CasePage::card(body, CaseSections::tr("How the options are costed"), &v, QStringLiteral("card:/appraisal")));
    QWidget *card = v->parentWidget();
    form.setContext(CaseSections::tr("Costing"));
    CaseBind<Appraisal> a(
        form, card, [](const BusinessCase &bc) { return &bc.appraisal; }, QStringLiteral("/appraisal"));
    CaseForm::Choices years;
    const PayScales *scales = page.session().payScales();
    const PayScaleYear *latest = scales ? scales->latest() : nullptr;
    years.emplace_back(latest ? CaseSections::tr("The latest (%1)").arg(latest->year) : CaseSections::tr("The latest"),
                       QString());
    if (scales)
        for (const PayScaleYear &y : scales->all())
            years.emplace_back(y.year, y.year); // the year alone: its title repeats it and was cut off
    v->addWidget(CaseParts::grid(
        card,
        {a.choiceText(CaseSections::tr("Pay scales"), "payScaleYear", &Appraisal::payScaleYear, years,
                      {CaseSections::tr("The Agenda for Change pay scales and on-cost rates the posts are priced "
                                        "at. A year can be added or corrected in the costs folder without updating "
                                        "ahplead."),
                       {},
                       {},
                       false,
                       {},
                       {}}),
         a.text(CaseSections::tr("First year"), "startYear", &Appraisal::startYear,
                {CaseSections::tr("The financial year the new arrangement starts in, such as 2027/28."),
                 CaseSections::tr("such as 2027/28"),
                 {},
                 false,
                 {},
                 {}},
                7),
         a.integer(
             CaseSections::tr("Appraisal period"), "years", &Appraisal::years, 1, BusinessRules::MaxAppraisalYears,
             CaseSections::tr(" years"),
             {CaseSections::tr("How many years the options are costed over; 5 is usual."), {}, {}, false, {}, {}}),
         a.number(CaseSections::tr("Discount rate"), "discountRatePercent", &Appraisal::discountRatePercent, 0, 100, 2,
                  {}, QStringLiteral(" %"),
                  {CaseTexts::greenBookTerm(QStringLiteral("discountRate")), {}, {}, false, {}, {}}),
         a.number(CaseSections::tr("Optimism bias"), "optimismBiasPercent", &Appraisal::optimismBiasPercent, 0, 100, 2,
                  {}, QStringLiteral(" %"),
                  {CaseTexts::greenBookTerm(QStringLiteral("optimismBias")) + QLatin1Char(' ') +
                       CaseSections::tr("Added to every option but do nothing; say why below."),
                   {},
                   {},
                   false,
                   {},
                   {}}),
         a.number(CaseSections::tr("Yearly pay uplift"), "payUpliftPercent", &Appraisal::payUpliftPercent,
                  BusinessRules::MinPayUpliftPercent, BusinessRules::MaxPayUpliftPercent, 2, {}, QStringLiteral(" %"),
                  {CaseSections::tr("Real pay growth a year; 0 in a real-terms appraisal."), {}, {}, false, {}, {}})},
        3));
    v->addWidget(a.longText(CaseSections::tr("Why this optimism bias"), "optimismBiasRationale",
                            &Appraisal::optimismBiasRationale,
                            {CaseSections::tr("The Green Book asks for the reasoning, based on the trust's own "
                                              "experience."),
                             {},
                             {},
                             false,
                             {},
                             {}}));
}

void postsTable(CasePage &page, QVBoxLayout *v, QWidget *card, std::size_t i, const QString &optionName)
{
    CaseForm &form = page.form();
    const Option &option = page.session().businessCase().options[i];
    v->addWidget(subheading(card, CaseSections::tr("Posts")));
    if (option.posts.empty())
        v->addWidget(CasePage::note(card, CaseSections::tr("No posts.")));
    auto *table = new QWidget(card);
    table->setObjectName(QStringLiteral("posts:/options/%1").arg(i));
    auto *g = new QGridLayout(table);
    g->setContentsMargins(0, 0, 0, 0);
    g->setHorizontalSpacing(10);
    g->setVerticalSpacing(6);
    const QString headings[] = {CaseSections::tr("Post"), CaseSections::tr("Band"), CaseSections::tr("Pay point"),
                                CaseSections::tr("WTE"), QString()};
    if (!option.posts.empty())
        for (int c = 0; c < 4; ++c)
            g->addWidget(subheading(table, headings[c]), 0, c);
    for (std::size_t k = 0; k < option.posts.size(); ++k) {
        const QString at = QStringLiteral("/options/%1/posts/%2").arg(i).arg(k);
        const QString name = CaseSections::tr("%1, post %2").arg(optionName).arg(k + 1);
        form.setContext(name);
        CaseBind<Post> p(
            form, table,
            [i, k](const BusinessCase &bc) -> const Post * {
                const Option *o = itemAt(bc.options, i);
                return o ? itemAt(o->posts, k) : nullptr;
            },
            at);
        auto compact = [](const QString &hint = {}) {
            CaseForm::Options o;
            o.compact = true;
            o.hint = hint;
            return o;
        };
        const int row = int(k) + 1;
        g->addWidget(p.text(CaseSections::tr("Post"), "title", &Post::title, compact()), row, 0, Qt::AlignTop);
        g->addWidget(
            p.choiceText(CaseSections::tr("Band"), "band", &Post::band, CaseParts::bandChoices(false), compact()), row,
            1, Qt::AlignTop);
        g->addWidget(p.choiceText(CaseSections::tr("Pay point"), "point", &Post::point, CaseParts::pointChoices(),
                                  compact(CaseSections::tr("Where in the band the post is paid on average."))),
                     row, 2, Qt::AlignTop);
        g->addWidget(p.number(CaseSections::tr("WTE"), "wte", &Post::wte, 0, BusinessRules::MaxPostWte, 2, {}, {},
                              compact(CaseSections::tr("Whole-time equivalent: 1 is full time, 0.5 half time."))),
                     row, 3, Qt::AlignTop);
        g->addWidget(p.check(CaseSections::tr("Support post"), "support", &Post::support,
                             compact(CaseSections::tr("A post that supports the chief AHP, such as an "
                                                      "administrator."))),
                     row, 4, Qt::AlignTop);
        g->addWidget(CaseParts::removeButtonFor(page, table, at, CaseSections::tr("Remove %1").arg(name),
                                                [i, k](BusinessCase &bc) {
                                                    if (i < bc.options.size())
                                                        CaseParts::eraseAt(bc.options[i].posts, k);
                                                }),
                     row, 5, Qt::AlignTop);
    }
    g->setColumnStretch(0, 4);
    g->setColumnStretch(1, 2);
    g->setColumnStretch(2, 2);
    g->setColumnStretch(3, 1);
    v->addWidget(table);
    CaseParts::addRow(
        page, v, card, QStringLiteral("/options/%1/posts").arg(i), CaseSections::tr("Add a post…"),
        CaseSections::tr("Add a post to %1").arg(optionName),
        [i](BusinessCase &bc) {
            if (i < bc.options.size())
                // Empty: the band and whether it is a support post are for the person to say.
                bc.options[i].posts.push_back(Post{QString(), QString(), QStringLiteral("entry"), 1.0, false});
        },
        [i](const BusinessCase &bc) {
            return QStringLiteral("/options/%1/posts/%2/title").arg(i).arg(bc.options[i].posts.size() - 1);
        });
}

void nonPayList(CasePage &page, QVBoxLayout *v, QWidget *card, std::size_t i, const QString &optionName)
{
    CaseForm &form = page.form();
    const BusinessCase &bc = page.session().businessCase();
    const Option &option = bc.options[i];
    v->addWidget(subheading(card, CaseSections::tr("Other costs (non-pay)")));
    if (!option.nonPay.empty()) {
        auto *table = new QWidget(card);
        table->setObjectName(QStringLiteral("nonPay:/options/%1").arg(i));
        auto *g = new QGridLayout(table);
        g->setContentsMargins(0, 0, 0, 0);
        g->setHorizontalSpacing(10);
        g->setVerticalSpacing(6);
        const QString headings[] = {CaseSections::tr("What it is"), CaseSections::tr("Amount"),
                                    CaseSections::tr("How often"), CaseSections::tr("In year (if once)")};
        for (int c = 0; c < 4; ++c)
            g->addWidget(subheading(table, headings[c]), 0, c);
        for (std::size_t k = 0; k < option.nonPay.size(); ++k) {
            const QString at = QStringLiteral("/options/%1/nonPay/%2").arg(i).arg(k);
            const QString name = CaseSections::tr("%1, non-pay cost %2").arg(optionName).arg(k + 1);
            form.setContext(name);
            auto find = [i, k](const BusinessCase &c) -> const NonPayCost * {
                const Option *o = itemAt(c.options, i);
                return o ? itemAt(o->nonPay, k) : nullptr;
            };
            CaseBind<NonPayCost> n(form, table, find, at);
            auto compact = [](const QString &hint = {}) {
                CaseForm::Options o;
                o.compact = true;
                o.hint = hint;
                return o;
            };
            CaseForm::Options year = compact(CaseSections::tr("The appraisal year a one-off cost falls in: 0 is the "
                                                              "first year."));
            year.enabledIf = [find](const BusinessCase &c) {
                const NonPayCost *cost = find(c);
                return cost && cost->recurrence == Recurrence::OneOff;
            };
            const int row = int(k) + 1;
            g->addWidget(n.text(headings[0], "description", &NonPayCost::description, compact()), row, 0, Qt::AlignTop);
            g->addWidget(n.number(headings[1], "amount", &NonPayCost::amount, 0, BusinessRules::MaxMoney, 2,
                                  QStringLiteral("£"), {}, compact()),
                         row, 1, Qt::AlignTop);
            g->addWidget(n.choice(headings[2], "recurrence", &NonPayCost::recurrence, compact()), row, 2, Qt::AlignTop);
            g->addWidget(
                n.integer(headings[3], "year", &NonPayCost::year, 0, std::max(0, bc.appraisal.years - 1), {}, year),
                row, 3, Qt::AlignTop);
            g->addWidget(CaseParts::removeButtonFor(page, table, at, CaseSections::tr("Remove %1").arg(name),
                                                    [i, k](BusinessCase &c) {
                                                        if (i < c.options.size())
                                                            CaseParts::eraseAt(c.options[i].nonPay, k);
                                                    }),
                         row, 4, Qt::AlignTop);
        }
        g->setColumnStretch(0, 5);
        g->setColumnStretch(1, 2);
        g->setColumnStretch(2, 2);
        g->setColumnStretch(3, 1);
        v->addWidget(table);
    }
    CaseParts::addRow(
        page, v, card, QStringLiteral("/options/%1/nonPay").arg(i), CaseSections::tr("Add a cost…"),
        CaseSections::tr("Add a non-pay cost to %1").arg(optionName),
        [i](BusinessCase &c) {
            if (i < c.options.size())
                c.options[i].nonPay.push_back({});
        },
        [i](const BusinessCase &c) {
            return QStringLiteral("/options/%1/nonPay/%2/description").arg(i).arg(c.options[i].nonPay.size() - 1);
        });
}

void benefitList(CasePage &page, QVBoxLayout *v, QWidget *card, std::size_t i, const QString &optionName)
{
    CaseForm &form = page.form();
    const BusinessCase &bc = page.session().businessCase();
    const Option &option = bc.options[i];
    v->addWidget(subheading(card, CaseSections::tr("Benefits")));
    const CaseForm::Choices metrics = metricChoices(bc);
    for (std::size_t k = 0; k < option.benefits.size(); ++k) {
        const QString at = QStringLiteral("/options/%1/benefits/%2").arg(i).arg(k);
        const QString name = CaseSections::tr("%1, benefit %2").arg(optionName).arg(k + 1);
        form.setContext(name);
        auto *frame = new QFrame(card);
        frame->setObjectName(QStringLiteral("card:") + at);
        Theme::setRole(frame, "notice");
        auto *b = new QVBoxLayout(frame);
        b->setContentsMargins(16, 10, 16, 12);
        b->setSpacing(8);
        CaseBind<Benefit> f(
            form, frame,
            [i, k](const BusinessCase &c) -> const Benefit * {
                const Option *o = itemAt(c.options, i);
                return o ? itemAt(o->benefits, k) : nullptr;
            },
            at);
        b->addWidget(f.text(CaseSections::tr("Benefit %1").arg(k + 1), "description", &Benefit::description, {},
                            BusinessRules::MaxLongText));
        b->addWidget(CaseParts::grid(
            frame,
            {f.choice(CaseSections::tr("Kind"), "kind", &Benefit::kind,
                      {CaseSections::tr("Cash-releasing: money the trust stops spending. Non-cash-releasing: real "
                                        "value that frees no cash, such as bed days. Qualitative: described, not "
                                        "valued."),
                       {},
                       {},
                       false,
                       {},
                       {}}),
             f.optional(CaseSections::tr("Value a year"), "annualValue", &Benefit::annualValue, 0,
                        BusinessRules::MaxMoney, 2, QStringLiteral("£"), {}, CaseSections::tr("Not valued")),
             f.integer(CaseSections::tr("From year"), "fromYear", &Benefit::fromYear, 0,
                       std::max(0, bc.appraisal.years - 1), {},
                       {CaseSections::tr("The first appraisal year it is realised in: 0 is the first year."),
                        {},
                        {},
                        false,
                        {},
                        {}}),
             f.choiceText(CaseSections::tr("Metric it moves"), "metric", &Benefit::metric, metrics)},
            4));
        b->addWidget(f.text(CaseSections::tr("How it will be measured"), "measure", &Benefit::measure, {},
                            BusinessRules::MaxLongText));
        CaseParts::removeRow(page, b, frame, at,
                             CaseSections::tr("Remove benefit %1 of option %2").arg(k + 1).arg(i + 1),
                             [i, k](BusinessCase &c) {
                                 if (i < c.options.size())
                                     CaseParts::eraseAt(c.options[i].benefits, k);
                             });
        v->addWidget(frame);
    }
    CaseParts::addRow(
        page, v, card, QStringLiteral("/options/%1/benefits").arg(i), CaseSections::tr("Add a benefit…"),
        CaseSections::tr("Add a benefit to %1").arg(optionName),
        [i](BusinessCase &c) {
            if (i < c.options.size())
                c.options[i].benefits.push_back({});
        },
        [i](const BusinessCase &c) {
            return QStringLiteral("/options/%1/benefits/%2/description").arg(i).arg(c.options[i].benefits.size() - 1);
        });
}

void optionCard(CasePage &page, QVBoxLayout *layout, std::size_t i)
{
    CaseForm &form = page.form();
    QWidget *body = layout->parentWidget();
    const BusinessCase &bc = page.session().businessCase();
    const Option &option = bc.options[i];
    const QString at = QStringLiteral("/options/%1").arg(i);
    const QString name = CaseSections::tr("Option %1").arg(i + 1);
    QVBoxLayout *v = nullptr;
    layout->addWidget(CasePage::card(body, QString(), &v, QStringLiteral("card:") + at));
    QWidget *card = v->parentWidget();
    form.setContext(name);
    CaseParts::liveHeading(form, card, v, [i](const BusinessCase &c) {
        const Option *o = itemAt(c.options, i);
        return o ? CaseTexts::optionHeading(*o, int(i)) : QString();
    });
    CaseBind<Option> o(
        form, card, [i](const BusinessCase &c) { return itemAt(c.options, i); }, at);
    auto *top = new QWidget(card);
    auto *h = new QHBoxLayout(top);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(16);
    o.setParent(top);
    h->addWidget(o.choice(CaseSections::tr("Kind of option"), "kind", &Option::kind,
                          {CaseSections::tr("Every appraisal compares against do nothing (business as usual); the "
                                            "Green Book shortlist also has do minimum, the preferred option and at "
                                            "least one other."),
                           {},
                           {},
                           false,
                           {},
                           {}}),
                 1);
    h->addWidget(o.text(CaseSections::tr("Title"), "title", &Option::title), 3);
    v->addWidget(top);
    o.setParent(card);
    CaseFieldOptions described;
    if (option.kind == OptionKind::DoNothing)
        described.placeholder = CaseSections::tr("What the trust has today: add the posts it pays for now below, so "
                                                 "the other options can be compared with it");
    v->addWidget(o.longText(CaseSections::tr("Description"), "description", &Option::description, described));
    v->addWidget(form.problemLine(card, at + QStringLiteral("/id")));

    postsTable(page, v, card, i, name);
    // The option's cost so far, as the figures page has it, so the effect of each post shows here.
    CaseSession *session = &page.session();
    const QString id = option.id;
    QLabel *cost =
        form.computed(card, CaseSections::tr("%1: annual cost").arg(name), [session, id](const BusinessCase &) {
            const Result<CostTable> &table = session->costs(PensionBasis::Economic);
            if (!table)
                return CaseSections::tr("The annual cost shows here once the problems on this page are fixed.");
            const OptionCost *c = table->option(id);
            return c ? CaseSections::tr(
                           "Annual cost: %1 (pay %2, on-costs %3, non-pay %4), economic basis, %5 pay scales.")
                           .arg(CaseTexts::money(c->annualCost), CaseTexts::money(c->annualPay),
                                CaseTexts::money(c->annualOnCosts), CaseTexts::money(c->annualNonPay),
                                table->payScaleYear)
                     : QString();
        });
    cost->setObjectName(QStringLiteral("annualCost:") + at);
    v->addWidget(cost);

    nonPayList(page, v, card, i, name);
    benefitList(page, v, card, i, name);
    v->addWidget(subheading(card, CaseSections::tr("Risks of this option")));
    CaseParts::riskList(page, v, card, at + QStringLiteral("/risks"), name,
                        [i](const BusinessCase &c) -> const std::vector<Risk> * {
                            const Option *opt = itemAt(c.options, i);
                            return opt ? &opt->risks : nullptr;
                        });
    form.setContext(name);
    o.setParent(card);
    v->addWidget(o.longText(CaseSections::tr("Assessment and recommendation"), "recommendation",
                            &Option::recommendation,
                            {CaseSections::tr("Whether this option is recommended, and why."), {}, {}, false, {}, {}}));
    CaseParts::removeRow(page, v, card, at,
                         CaseSections::tr("Remove option %1 (%2)").arg(i + 1).arg(CaseTexts::shortKind(option.kind)),
                         [i](BusinessCase &c) { CaseParts::eraseAt(c.options, i); });
}

} // namespace

CasePage *CaseSections::options(CaseSession &session, QWidget *parent)
{
    auto *page = new CasePage(session, QStringLiteral("options"), tr("Options and costs"),
                              tr("The options the board chooses between, each with its posts (band, pay point and "
                                 "WTE), other costs, benefits and risks. Do nothing (business as usual) is what every "
                                 "other option is compared with. The figures are worked out as you type: see Figures."),
                              {QStringLiteral("/appraisal"), QStringLiteral("/options")}, parent);
    page->setBuilder(
        [](CasePage &p, QVBoxLayout *layout) {
            appraisalCard(p, layout);
            QWidget *body = layout->parentWidget();
            layout->addWidget(p.form().problemLine(body, QStringLiteral("/options")));
            const auto &options = p.session().businessCase().options;
            for (std::size_t i = 0; i < options.size(); ++i)
                optionCard(p, layout, i);

            auto *button = CasePage::addButton(body, tr("Add an option…"));
            button->setObjectName(QStringLiteral("add:/options"));
            button->setEnabled(!p.session().readOnly());
            auto *menu = new QMenu(button);
            menu->setObjectName(QStringLiteral("addOptionMenu"));
            CasePage *target = &p;
            for (OptionKind kind : enumValues<OptionKind>()) {
                QAction *a = menu->addAction(CaseTexts::label(kind));
                a->setObjectName(QStringLiteral("addOption:") + enumId(kind));
                QObject::connect(a, &QAction::triggered, button, [target, kind] {
                    target->session().edit(tr("adding an option (%1)").arg(CaseTexts::label(kind)),
                                           [kind](BusinessCase &bc) {
                                               Option o = CaseTexts::newOption(kind, bc);
                                               // Do nothing is what the others are compared with: it goes first.
                                               if (kind == OptionKind::DoNothing)
                                                   bc.options.insert(bc.options.begin(), o);
                                               else
                                                   bc.options.push_back(o);
                                           });
                    const auto &list = target->session().businessCase().options;
                    const std::size_t index = kind == OptionKind::DoNothing ? 0 : list.size() - 1;
                    target->focusAfterRebuild(QStringLiteral("/options/%1/title").arg(index));
                });
            }
            button->setMenu(menu);
            auto *row = new QHBoxLayout;
            row->addWidget(button);
            row->addStretch(1);
            layout->addLayout(row);
        },
        optionsShape);
    return page;
}

} // namespace ahplead
