#include "gui/businesscase/CaseParts.h"

#include "core/businesscase/BusinessRules.h"
#include "core/businesscase/MetricRating.h"
#include "gui/businesscase/CasePage.h"
#include "gui/businesscase/CaseSession.h"
#include "gui/widgets/Theme.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ahplead {

QWidget *CaseParts::grid(QWidget *parent, std::initializer_list<QWidget *> boxes, int columns)
{
    auto *holder = new QWidget(parent);
    auto *g = new QGridLayout(holder);
    g->setContentsMargins(0, 0, 0, 0);
    g->setHorizontalSpacing(16);
    g->setVerticalSpacing(10);
    int n = 0;
    for (QWidget *box : boxes) {
        box->setParent(holder);
        g->addWidget(box, n / columns, n % columns, Qt::AlignTop);
        ++n;
    }
    for (int c = 0; c < columns; ++c)
        g->setColumnStretch(c, 1);
    return holder;
}

CaseForm::Choices CaseParts::bandChoices(bool allowNone)
{
    CaseForm::Choices list;
    if (allowNone)
        list.emplace_back(tr("Not known or none"), QString());
    for (const QString &band : BusinessRules::bands())
        list.emplace_back(tr("Band %1").arg(band), band);
    return list;
}

CaseForm::Choices CaseParts::pointChoices()
{
    return {{tr("Entry point"), QStringLiteral("entry")},
            {tr("Intermediate point"), QStringLiteral("intermediate")},
            {tr("Top point"), QStringLiteral("top")}};
}

QPushButton *CaseParts::removeButtonFor(CasePage &page, QWidget *parent, const QString &at, const QString &name,
                                        std::function<void(BusinessCase &)> remove)
{
    auto *button = CasePage::removeButton(parent, tr("Remove"), name);
    button->setObjectName(QStringLiteral("remove:") + at);
    button->setEnabled(!page.session().readOnly());
    CaseSession *session = &page.session();
    QObject::connect(button, &QPushButton::clicked, button, [session, name, remove] {
        session->edit(name.isEmpty() ? name : QString(name.left(1).toLower() + name.mid(1)), remove);
    });
    return button;
}

QPushButton *CaseParts::removeRow(CasePage &page, QVBoxLayout *layout, QWidget *parent, const QString &at,
                                  const QString &name, std::function<void(BusinessCase &)> remove)
{
    QPushButton *button = removeButtonFor(page, parent, at, name, std::move(remove));
    button->setText(name); // a button at the foot of a card says what it removes
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(button);
    layout->addLayout(row);
    return button;
}

QPushButton *CaseParts::addRow(CasePage &page, QVBoxLayout *layout, QWidget *parent, const QString &list,
                               const QString &text, const QString &name, std::function<void(BusinessCase &)> add,
                               std::function<QString(const BusinessCase &)> focusAfter)
{
    auto *button = CasePage::addButton(parent, text, name);
    button->setObjectName(QStringLiteral("add:") + list);
    button->setEnabled(!page.session().readOnly());
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    layout->addLayout(row);
    CasePage *target = &page;
    QObject::connect(button, &QPushButton::clicked, button, [target, name, add, focusAfter] {
        target->session().edit(QString(name.left(1).toLower() + name.mid(1)), add);
        const QString first = focusAfter(target->session().businessCase());
        // The new row is judged field by field as the person leaves each one, not all at once.
        target->form().holdProblems(first.left(first.lastIndexOf(QLatin1Char('/'))));
        target->form().refresh();
        target->focusAfterRebuild(first);
    });
    return button;
}

QLabel *CaseParts::liveHeading(CaseForm &form, QWidget *card, QVBoxLayout *layout,
                               std::function<QString(const BusinessCase &)> text)
{
    QLabel *heading = form.computed(card, tr("Heading"), std::move(text));
    Theme::setRole(heading, "heading");
    heading->setAccessibleName(QString());
    heading->setTextInteractionFlags(Qt::NoTextInteraction);
    layout->insertWidget(0, heading);
    return heading;
}

// --- Metrics -----------------------------------------------------------------------------

QString CaseParts::metricShape(const std::vector<Metric> &metrics)
{
    QStringList shape;
    for (const Metric &m : metrics)
        shape << enumId(m.unit) + (m.benchmark ? QStringLiteral("+b") : QString());
    return QString::number(metrics.size()) + QLatin1Char(':') + shape.join(QLatin1Char(','));
}

namespace {

// The range a metric's value may take: a percentage 0-100, anything else from 0.
void valueRange(MetricUnit unit, double *max, QString *prefix, QString *suffix)
{
    *max = unit == MetricUnit::Percent ? 100.0 : BusinessRules::MaxMetricValue;
    *prefix = unit == MetricUnit::Pounds ? QStringLiteral("£") : QString();
    *suffix = unit == MetricUnit::Percent ? QStringLiteral(" %") : QString();
}

CaseForm::Choices unitChoices()
{
    return {{CaseParts::tr("Percentage (%)"), QStringLiteral("percent")},
            {CaseParts::tr("Number"), QStringLiteral("count")},
            {CaseParts::tr("Days"), QStringLiteral("days")},
            {CaseParts::tr("Weeks"), QStringLiteral("weeks")},
            {CaseParts::tr("Pounds (£)"), QStringLiteral("pounds")},
            {CaseParts::tr("Score"), QStringLiteral("score")},
            {CaseParts::tr("Ratio"), QStringLiteral("ratio")}};
}

QString ratingText(const Metric &m)
{
    const MetricComparison c = MetricRating::compare(m);
    QString words = CaseTexts::label(c.rating);
    if (m.benchmark && (c.rating == Rating::Green || c.rating == Rating::Amber || c.rating == Rating::Red)) {
        auto shown = [&m](double value) {
            if (m.unit == MetricUnit::Pounds)
                return QString(QStringLiteral("£") + CaseTexts::number(value, 2));
            if (m.unit == MetricUnit::Percent)
                return QString(CaseTexts::number(value, 2) + QLatin1Char('%'));
            return CaseTexts::number(value, 2);
        };
        words = CaseParts::tr("%1 (%2 against %3 of %4)")
                    .arg(words, shown(m.value),
                         m.benchmark->label.isEmpty() ? CaseParts::tr("a benchmark") : m.benchmark->label,
                         shown(m.benchmark->value));
    }
    return CaseParts::tr("Rating: %1").arg(words);
}

} // namespace

void CaseParts::metricFields(CasePage &page, QVBoxLayout *v, QWidget *card, const CaseBind<Metric> &m,
                             CaseBind<Metric>::Find find, bool named)
{
    CaseForm &form = page.form();
    const Metric *now = find(page.session().businessCase());
    if (!now)
        return;
    double max = 0;
    QString prefix;
    QString suffix;
    valueRange(now->unit, &max, &prefix, &suffix);
    if (named)
        v->addWidget(
            grid(card,
                 {m.text(tr("Name"), "name", &Metric::name),
                  form.choice(
                      card, tr("Unit"), m.pointer("unit"), unitChoices(),
                      [find](const BusinessCase &bc) {
                          const Metric *metric = find(bc);
                          return metric ? enumId(metric->unit) : QString();
                      },
                      [find](BusinessCase &bc, const QString &value) {
                          auto *metric = const_cast<Metric *>(find(bc));
                          if (const auto unit = enumFromId<MetricUnit>(value); metric && unit)
                              metric->unit = *unit;
                      },
                      {tr("What the value counts: a percentage, a number, days, pounds..."), {}, {}, false, {}, {}})},
                 2));
    v->addWidget(grid(card,
                      {m.number(tr("Value"), "value", &Metric::value, 0, max, 2, prefix, suffix),
                       m.choice(tr("Which is better"), "better", &Metric::better)},
                      2));
    v->addWidget(grid(
        card,
        {m.text(tr("Period"), "period", &Metric::period,
                {tr("The period the figure covers."), tr("such as 12 months to September 2026"), {}, false, {}, {}}),
         m.text(tr("Source"), "source", &Metric::source,
                {tr("Where the figure comes from."), tr("such as ESR or the Model Health System"), {}, false, {}, {}})},
        2));
    auto hasBenchmark = [find](const BusinessCase &bc) {
        const Metric *metric = find(bc);
        return metric && metric->benchmark.has_value();
    };
    v->addWidget(form.check(card, tr("Compare with a benchmark (a peer or national figure)"), m.pointer("benchmark"),
                            hasBenchmark, [find](BusinessCase &bc, bool on) {
                                auto *metric = const_cast<Metric *>(find(bc));
                                if (!metric)
                                    return;
                                if (on && !metric->benchmark)
                                    metric->benchmark = Benchmark{metric->value, QString(), QString()};
                                else if (!on)
                                    metric->benchmark.reset();
                            }));
    if (now->benchmark) {
        CaseBind<Benchmark> b(
            form, card,
            [find](const BusinessCase &bc) -> const Benchmark * {
                const Metric *metric = find(bc);
                return metric && metric->benchmark ? &*metric->benchmark : nullptr;
            },
            m.pointer("benchmark"));
        const QString context = form.context();
        form.setContext(tr("%1, benchmark").arg(context));
        v->addWidget(
            grid(card,
                 {b.number(tr("Benchmark value"), "value", &Benchmark::value, 0, max, 2, prefix, suffix),
                  b.text(tr("What the benchmark is"), "label", &Benchmark::label,
                         {{}, tr("such as median of similar trusts with a chief AHP, or national"), {}, false, {}, {}}),
                  b.text(tr("Benchmark source"), "source", &Benchmark::source,
                         {{}, tr("such as Model Health System"), {}, false, {}, {}})},
                 3));
        form.setContext(context);
    }
    v->addWidget(form.computed(card, tr("%1: rating").arg(form.context()), [find](const BusinessCase &bc) {
        const Metric *metric = find(bc);
        return metric ? ratingText(*metric) : QString();
    }));
}

void CaseParts::metricList(CasePage &page, QVBoxLayout *layout, bool quality)
{
    CaseForm &form = page.form();
    QWidget *body = layout->parentWidget();
    const QString key = quality ? QStringLiteral("/qualityMetrics") : QStringLiteral("/workforceMetrics");
    auto list = [quality](const BusinessCase &bc) -> const std::vector<Metric> & {
        return quality ? bc.qualityMetrics : bc.workforceMetrics;
    };
    const std::vector<Metric> &metrics = list(page.session().businessCase());
    for (std::size_t i = 0; i < metrics.size(); ++i) {
        const QString at = QStringLiteral("%1/%2").arg(key).arg(i);
        const QString name = CaseTexts::metricName(metrics[i], int(i));
        QVBoxLayout *v = nullptr;
        layout->addWidget(CasePage::card(body, QString(), &v, QStringLiteral("card:") + at));
        QWidget *card = v->parentWidget();
        form.setContext(name);
        auto find = [list, i](const BusinessCase &bc) { return itemAt(list(bc), i); };
        liveHeading(form, card, v, [find, i](const BusinessCase &bc) {
            const Metric *m = find(bc);
            return m ? CaseTexts::metricName(*m, int(i)) : QString();
        });
        CaseBind<Metric> m(form, card, find, at);
        metricFields(page, v, card, m, find, true);
        v->addWidget(form.problemLine(card, at + QStringLiteral("/id")));
        removeRow(page, v, card, at, tr("Remove the metric %1").arg(name),
                  [quality, i](BusinessCase &bc) { eraseAt(quality ? bc.qualityMetrics : bc.workforceMetrics, i); });
    }
    if (metrics.empty())
        layout->addWidget(CasePage::note(body, tr("No metrics yet. Add the ones you have figures for; the standard "
                                                  "ones are in the list under the button.")));

    // The standard metrics not yet given, then one of the person's own.
    auto *button = CasePage::addButton(body, tr("Add a metric…"));
    button->setObjectName(QStringLiteral("add:") + key);
    button->setEnabled(!page.session().readOnly());
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("addMetricMenu"));
    const auto standards = quality ? CaseTexts::qualityMetrics() : CaseTexts::workforceMetrics();
    CasePage *target = &page;
    auto add = [target, quality, key](const Metric &metric) {
        target->session().edit(tr("adding the metric %1").arg(metric.name), [&](BusinessCase &bc) {
            Metric m = metric;
            m.id = CaseTexts::freeMetricId(bc, m.id);
            (quality ? bc.qualityMetrics : bc.workforceMetrics).push_back(m);
        });
        const BusinessCase &bc = target->session().businessCase();
        const std::size_t last = (quality ? bc.qualityMetrics : bc.workforceMetrics).size() - 1;
        target->focusAfterRebuild(QStringLiteral("%1/%2/value").arg(key).arg(last));
    };
    for (const auto &standard : standards) {
        const bool present = std::any_of(metrics.begin(), metrics.end(),
                                         [&](const Metric &m) { return m.id == QLatin1String(standard.id); });
        if (present)
            continue;
        QAction *a = menu->addAction(standard.name);
        a->setObjectName(QStringLiteral("addMetric:") + QLatin1String(standard.id));
        const Metric metric = CaseTexts::metric(standard);
        QObject::connect(a, &QAction::triggered, button, [add, metric] { add(metric); });
    }
    menu->addSeparator();
    QAction *own = menu->addAction(tr("Another metric"));
    own->setObjectName(QStringLiteral("addMetric:own"));
    QObject::connect(own, &QAction::triggered, button, [add, quality] {
        Metric m;
        m.id = quality ? QStringLiteral("quality_metric") : QStringLiteral("workforce_metric");
        m.name = tr("New metric");
        add(m);
    });
    button->setMenu(menu);
    auto *row = new QHBoxLayout;
    row->addWidget(button);
    row->addStretch(1);
    layout->addLayout(row);
}

// --- Workforce ---------------------------------------------------------------------------

namespace {

template <typename V>
std::pair<std::function<V(const BusinessCase &)>, std::function<void(BusinessCase &, V)>>
professionField(AhpProfession profession, V ProfessionWorkforce::*member)
{
    auto get = [profession, member](const BusinessCase &bc) {
        const ProfessionWorkforce *p = bc.workforce.profession(profession);
        return p ? p->*member : V{};
    };
    auto set = [profession, member](BusinessCase &bc, V value) {
        auto &list = bc.workforce.professions;
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const ProfessionWorkforce &p) { return p.profession == profession; });
        if (it == list.end()) {
            if (value == V{})
                return;
            ProfessionWorkforce added;
            added.profession = profession;
            list.push_back(added);
            it = list.end() - 1;
        }
        (*it).*member = value;
        // A profession with nothing in any column is not employed: it leaves the file's list.
        const ProfessionWorkforce &p = *it;
        if (p.registeredHeadcount == 0 && p.registeredWte == 0 && p.unregisteredHeadcount == 0 &&
            p.unregisteredWte == 0 && p.advancedRoles == 0)
            list.erase(it);
    };
    return {get, set};
}

std::function<QString(const BusinessCase &)> professionPointer(AhpProfession profession, const char *key)
{
    return [profession, key](const BusinessCase &bc) {
        const auto &list = bc.workforce.professions;
        for (std::size_t i = 0; i < list.size(); ++i)
            if (list[i].profession == profession)
                return QStringLiteral("/workforce/professions/%1/%2").arg(i).arg(QLatin1String(key));
        return QString();
    };
}

} // namespace

void CaseParts::workforceTable(CasePage &page, QVBoxLayout *layout)
{
    workforceSource(page, layout);
    workforceStaff(page, layout);
    workforceCostPerWau(page, layout);
}

void CaseParts::workforceSource(CasePage &page, QVBoxLayout *layout)
{
    CaseForm &form = page.form();
    QWidget *body = layout->parentWidget();
    QVBoxLayout *v = nullptr;
    layout->addWidget(CasePage::card(body, tr("Where the figures come from"), &v));
    QWidget *card = v->parentWidget();
    form.setContext(tr("Workforce"));
    CaseBind<Workforce> w(
        form, card, [](const BusinessCase &bc) { return &bc.workforce; }, QStringLiteral("/workforce"));
    v->addWidget(
        grid(card,
             {w.text(tr("Period"), "period", &Workforce::period, {{}, tr("such as September 2026"), {}, false, {}, {}}),
              w.text(tr("Source"), "source", &Workforce::source,
                     {{}, tr("such as Electronic Staff Record (ESR)"), {}, false, {}, {}})},
             2));
}

void CaseParts::workforceStaff(CasePage &page, QVBoxLayout *layout)
{
    CaseForm &form = page.form();
    QWidget *body = layout->parentWidget();
    QVBoxLayout *v = nullptr;
    layout->addWidget(CasePage::card(body, tr("Staff in post by profession"), &v));
    QWidget *card = v->parentWidget();
    auto *table = new QWidget(card);
    table->setObjectName(QStringLiteral("workforceTable"));
    auto *g = new QGridLayout(table);
    g->setContentsMargins(0, 0, 0, 0);
    g->setHorizontalSpacing(10);
    g->setVerticalSpacing(6);
    const QString headings[] = {tr("Profession"),        tr("Registered: headcount"),
                                tr("Registered: WTE"),   tr("Unregistered: headcount"),
                                tr("Unregistered: WTE"), tr("In advanced or non-traditional roles")};
    for (int c = 0; c < 6; ++c) {
        auto *h = new QLabel(headings[c], table);
        h->setWordWrap(true);
        Theme::setRole(h, "subheading");
        g->addWidget(h, 0, c, Qt::AlignBottom);
    }
    int row = 1;
    for (AhpProfession profession : enumValues<AhpProfession>()) {
        const QString name = CaseTexts::label(profession);
        const QString id = enumId(profession);
        auto *label = new QLabel(name, table);
        label->setWordWrap(true);
        g->addWidget(label, row, 0);
        auto options = [&](const QString &column, const char *key) {
            CaseForm::Options o;
            o.compact = true;
            o.name = tr("%1: %2").arg(name, column);
            o.pointerOf = professionPointer(profession, key);
            return o;
        };
        auto headcount = [&](int column, const char *key, int ProfessionWorkforce::*member) {
            auto [get, set] = professionField(profession, member);
            g->addWidget(form.integer(table, headings[column],
                                      QStringLiteral("workforce:%1:%2").arg(id, QLatin1String(key)), get, set, 0,
                                      BusinessRules::MaxHeadcount, {}, options(headings[column], key)),
                         row, column, Qt::AlignTop);
        };
        auto wte = [&](int column, const char *key, double ProfessionWorkforce::*member) {
            auto [get, set] = professionField(profession, member);
            g->addWidget(form.number(table, headings[column],
                                     QStringLiteral("workforce:%1:%2").arg(id, QLatin1String(key)), get, set, 0,
                                     BusinessRules::MaxWte, 2, {}, {}, options(headings[column], key)),
                         row, column, Qt::AlignTop);
        };
        form.setContext(name);
        headcount(1, "registeredHeadcount", &ProfessionWorkforce::registeredHeadcount);
        wte(2, "registeredWte", &ProfessionWorkforce::registeredWte);
        headcount(3, "unregisteredHeadcount", &ProfessionWorkforce::unregisteredHeadcount);
        wte(4, "unregisteredWte", &ProfessionWorkforce::unregisteredWte);
        headcount(5, "advancedRoles", &ProfessionWorkforce::advancedRoles);
        ++row;
    }
    auto *total = new QLabel(tr("All AHPs"), table);
    Theme::setRole(total, "subheading");
    g->addWidget(total, row, 0);
    const std::function<QString(const WorkforceTotals &)> totals[] = {
        [](const WorkforceTotals &t) { return CaseTexts::number(t.registeredHeadcount, 0); },
        [](const WorkforceTotals &t) { return CaseTexts::number(t.registeredWte, 2); },
        [](const WorkforceTotals &t) { return CaseTexts::number(t.unregisteredHeadcount, 0); },
        [](const WorkforceTotals &t) { return CaseTexts::number(t.unregisteredWte, 2); },
        [](const WorkforceTotals &t) { return CaseTexts::number(t.advancedRoles, 0); },
    };
    for (int c = 1; c < 6; ++c) {
        auto fn = totals[c - 1];
        QLabel *sum = form.computed(table, tr("All AHPs: %1").arg(headings[c]),
                                    [fn](const BusinessCase &bc) { return fn(bc.workforce.totals()); });
        sum->setObjectName(QStringLiteral("workforceTotal:%1").arg(c));
        Theme::setRole(sum, "subheading");
        g->addWidget(sum, row, c);
    }
    g->setColumnStretch(0, 2);
    for (int c = 1; c < 6; ++c)
        g->setColumnStretch(c, 1);
    v->addWidget(table);
}

void CaseParts::workforceCostPerWau(CasePage &page, QVBoxLayout *layout)
{
    CaseForm &form = page.form();
    QWidget *body = layout->parentWidget();
    QVBoxLayout *v = nullptr;
    layout->addWidget(CasePage::card(body, tr("AHP cost per weighted activity unit"), &v));
    QWidget *card = v->parentWidget();
    form.setContext(tr("Cost per weighted activity unit"));
    v->addWidget(form.check(
        card, tr("Give the AHP cost per weighted activity unit (WAU)"), QStringLiteral("/workforce/costPerWau"),
        [](const BusinessCase &bc) { return bc.workforce.costPerWau.has_value(); },
        [](BusinessCase &bc, bool on) {
            if (on && !bc.workforce.costPerWau) {
                Metric m;
                m.id = CaseTexts::freeMetricId(bc, QStringLiteral("ahp_cost_per_wau"));
                m.name = tr("AHP cost per weighted activity unit");
                m.unit = MetricUnit::Pounds;
                m.better = Direction::LowerIsBetter;
                bc.workforce.costPerWau = m;
            } else if (!on) {
                bc.workforce.costPerWau.reset();
            }
        }));
    if (page.session().businessCase().workforce.costPerWau) {
        auto find = [](const BusinessCase &bc) -> const Metric * {
            return bc.workforce.costPerWau ? &*bc.workforce.costPerWau : nullptr;
        };
        CaseBind<Metric> m(form, card, find, QStringLiteral("/workforce/costPerWau"));
        metricFields(page, v, card, m, find, false);
    }
}

// --- QEIA --------------------------------------------------------------------------------

namespace {

// The quality impact of AREA (or the equality impact of a characteristic) in the list of the
// case, made when first given and dropped again when it says nothing.
template <typename Entry, typename Key>
Entry *findEntry(std::vector<Entry> &list, Key Entry::*keyMember, Key key, bool create)
{
    for (Entry &e : list)
        if (e.*keyMember == key)
            return &e;
    if (!create)
        return nullptr;
    Entry e;
    e.*keyMember = key;
    list.push_back(e);
    return &list.back();
}

template <typename Entry> void dropIfEmpty(std::vector<Entry> &list)
{
    list.erase(std::remove_if(list.begin(), list.end(),
                              [](const Entry &e) {
                                  return e.impact == Impact::Unknown && e.description.isEmpty() &&
                                         e.mitigation.isEmpty();
                              }),
               list.end());
}

// One row of the impact table: KEY's impact, description and mitigation, in grid row ROW.
template <typename Entry, typename Key>
void impactRow(CaseForm &form, QWidget *table, QGridLayout *g, int row, const QString (&headings)[3],
               const CaseForm::Choices &impacts, const QString &listKey, std::vector<Entry> Qeia::*listMember,
               Key Entry::*keyMember, Key key)
{
    const QString name = CaseTexts::label(key);
    auto *label = new QLabel(name, table);
    label->setWordWrap(true);
    g->addWidget(label, row, 0);
    auto pointerOf = [listMember, keyMember, key, listKey](const char *field) {
        return [listMember, keyMember, key, listKey, field](const BusinessCase &bc) {
            const auto &list = bc.qeia.*listMember;
            for (std::size_t i = 0; i < list.size(); ++i)
                if (list[i].*keyMember == key)
                    return QStringLiteral("/qeia/%1/%2/%3").arg(listKey).arg(i).arg(QLatin1String(field));
            return QString();
        };
    };
    auto options = [&](int column, const char *field) {
        CaseForm::Options o;
        o.compact = true;
        o.name = CaseParts::tr("%1: %2").arg(name, headings[column]);
        o.pointerOf = pointerOf(field);
        return o;
    };
    const QString base = QStringLiteral("qeia:%1:%2:").arg(listKey, enumId(key));
    form.setContext(name);
    g->addWidget(form.choice(
                     table, headings[0], base + QStringLiteral("impact"), impacts,
                     [listMember, keyMember, key](const BusinessCase &bc) {
                         for (const Entry &e : bc.qeia.*listMember)
                             if (e.*keyMember == key)
                                 return enumId(e.impact);
                         return QString();
                     },
                     [listMember, keyMember, key](BusinessCase &bc, const QString &value) {
                         auto &list = bc.qeia.*listMember;
                         const auto impact = enumFromId<Impact>(value);
                         Entry *e = findEntry(list, keyMember, key, impact.has_value());
                         if (!e)
                             return;
                         e->impact = impact.value_or(Impact::Unknown);
                         dropIfEmpty(list);
                     },
                     options(0, "impact")),
                 row, 1, Qt::AlignTop);
    auto textField = [&](int column, const char *field, QString Entry::*member) {
        g->addWidget(form.text(
                         table, headings[column], base + QLatin1String(field),
                         [listMember, keyMember, key, member](const BusinessCase &bc) {
                             for (const Entry &e : bc.qeia.*listMember)
                                 if (e.*keyMember == key)
                                     return e.*member;
                             return QString();
                         },
                         [listMember, keyMember, key, member](BusinessCase &bc, const QString &value) {
                             auto &list = bc.qeia.*listMember;
                             Entry *e = findEntry(list, keyMember, key, !value.isEmpty());
                             if (!e)
                                 return;
                             e->*member = value;
                             dropIfEmpty(list);
                         },
                         options(column, field), BusinessRules::MaxLongText),
                     row, column + 1, Qt::AlignTop);
    };
    textField(1, "description", &Entry::description);
    textField(2, "mitigation", &Entry::mitigation);
}

template <typename Entry, typename Key>
void impactRows(CasePage &page, QWidget *card, QVBoxLayout *v, const QString &listKey,
                std::vector<Entry> Qeia::*listMember, Key Entry::*keyMember)
{
    CaseForm &form = page.form();
    auto *table = new QWidget(card);
    auto *g = new QGridLayout(table);
    g->setContentsMargins(0, 0, 0, 0);
    g->setHorizontalSpacing(10);
    g->setVerticalSpacing(6);
    const QString headings[] = {CaseParts::tr("Impact"), CaseParts::tr("Description"), CaseParts::tr("Mitigation")};
    for (int c = 0; c < 3; ++c) {
        auto *h = new QLabel(headings[c], table);
        Theme::setRole(h, "subheading");
        g->addWidget(h, 0, c + 1);
    }
    CaseForm::Choices impacts{{CaseParts::tr("Not assessed"), QString()}};
    for (const auto &choice : CaseTexts::choices<Impact>())
        impacts.push_back(choice);
    int row = 1;
    for (Key key : enumValues<Key>()) {
        impactRow(form, table, g, row, headings, impacts, listKey, listMember, keyMember, key);
        ++row;
    }
    g->setColumnStretch(0, 2);
    g->setColumnStretch(1, 2);
    g->setColumnStretch(2, 4);
    g->setColumnStretch(3, 4);
    v->addWidget(table);
}

QStringList standardScreening()
{
    return {CaseParts::tr("Could the proposal affect patient safety?"),
            CaseParts::tr("Could it affect clinical effectiveness or outcomes?"),
            CaseParts::tr("Could it affect patients' experience of care?"),
            CaseParts::tr("Could it affect staff or the workforce?"),
            CaseParts::tr("Could it affect people differently because of a protected characteristic?")};
}

} // namespace

void CaseParts::qeiaForm(CasePage &page, QVBoxLayout *layout)
{
    CaseForm &form = page.form();
    QWidget *body = layout->parentWidget();
    QVBoxLayout *v = nullptr;
    layout->addWidget(CasePage::card(body, tr("The assessment"), &v));
    QWidget *card = v->parentWidget();
    form.setContext(tr("QEIA"));
    CaseBind<Qeia> q(
        form, card, [](const BusinessCase &bc) { return &bc.qeia; }, QStringLiteral("/qeia"));
    v->addWidget(grid(card,
                      {q.text(tr("Completed by"), "completedBy", &Qeia::completedBy),
                       q.date(tr("Date"), "date", &Qeia::date, tr("10 November 2026"))},
                      2));

    layout->addWidget(CasePage::card(body, tr("Screening questions"), &v));
    card = v->parentWidget();
    const auto &screening = page.session().businessCase().qeia.screening;
    for (std::size_t i = 0; i < screening.size(); ++i) {
        const QString at = QStringLiteral("/qeia/screening/%1").arg(i);
        form.setContext(tr("Screening question %1").arg(i + 1));
        CaseBind<ScreeningItem> s(
            form, card, [i](const BusinessCase &bc) { return itemAt(bc.qeia.screening, i); }, at);
        auto *row = new QWidget(card);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(10);
        s.setParent(row);
        h->addWidget(s.text(tr("Question %1").arg(i + 1), "question", &ScreeningItem::question), 3);
        h->addWidget(s.choice(tr("Answer"), "answer", &ScreeningItem::answer), 1);
        h->addWidget(s.text(tr("Notes"), "notes", &ScreeningItem::notes, {}, BusinessRules::MaxLongText), 3);
        h->addWidget(removeButtonFor(page, row, at, tr("Remove screening question %1").arg(i + 1),
                                     [i](BusinessCase &bc) { eraseAt(bc.qeia.screening, i); }),
                     0, Qt::AlignBottom);
        v->addWidget(row);
    }
    auto *buttons = new QHBoxLayout;
    v->addLayout(buttons);
    addRow(
        page, v, card, QStringLiteral("/qeia/screening"), tr("Add a question…"), tr("Add a screening question"),
        [](BusinessCase &bc) { bc.qeia.screening.push_back({}); },
        [](const BusinessCase &bc) {
            return QStringLiteral("/qeia/screening/%1/question").arg(bc.qeia.screening.size() - 1);
        });
    if (screening.empty()) {
        auto *usual = CasePage::addButton(card, tr("Add the usual questions"));
        usual->setObjectName(QStringLiteral("addUsualScreening"));
        usual->setEnabled(!page.session().readOnly());
        CasePage *target = &page;
        QObject::connect(usual, &QPushButton::clicked, usual, [target] {
            target->session().edit(tr("adding the usual screening questions"), [](BusinessCase &bc) {
                for (const QString &question : standardScreening())
                    bc.qeia.screening.push_back({question, ScreeningAnswer::NotSure, QString()});
            });
            target->focusAfterRebuild(QStringLiteral("/qeia/screening/0/answer"));
        });
        buttons->addWidget(usual);
        buttons->addStretch(1);
    }

    layout->addWidget(CasePage::card(body, tr("Impact on quality"), &v));
    card = v->parentWidget();
    impactRows<QualityImpact, QualityArea>(page, card, v, QStringLiteral("quality"), &Qeia::quality,
                                           &QualityImpact::area);

    layout->addWidget(CasePage::card(body, tr("Impact on people with protected characteristics"), &v));
    card = v->parentWidget();
    v->addWidget(CasePage::note(card, tr("The nine protected characteristics of the Equality Act 2010. A negative "
                                         "impact needs a mitigation.")));
    impactRows<EqualityImpact, ProtectedCharacteristic>(page, card, v, QStringLiteral("equality"), &Qeia::equality,
                                                        &EqualityImpact::characteristic);

    layout->addWidget(CasePage::card(body, tr("Conclusion"), &v));
    card = v->parentWidget();
    form.setContext(tr("QEIA"));
    q.setParent(card);
    v->addWidget(q.longText(tr("Conclusion of the assessment"), "conclusion", &Qeia::conclusion));
}

// --- Risks -------------------------------------------------------------------------------

QString CaseParts::riskRating(const Risk &risk)
{
    return tr("Rating: %1 (likelihood %2 times impact %3 is %4 out of 25)")
        .arg(CaseTexts::label(risk.level()))
        .arg(risk.likelihood)
        .arg(risk.impact)
        .arg(risk.score());
}

void CaseParts::riskList(CasePage &page, QVBoxLayout *layout, QWidget *parent, const QString &at,
                         const QString &context, RiskList list)
{
    CaseForm &form = page.form();
    const std::vector<Risk> *risks = list(page.session().businessCase());
    if (!risks)
        return;
    const CaseForm::Choices likelihoods{{tr("1: rare"), QStringLiteral("1")},
                                        {tr("2: unlikely"), QStringLiteral("2")},
                                        {tr("3: possible"), QStringLiteral("3")},
                                        {tr("4: likely"), QStringLiteral("4")},
                                        {tr("5: almost certain"), QStringLiteral("5")}};
    const CaseForm::Choices impacts{{tr("1: negligible"), QStringLiteral("1")},
                                    {tr("2: minor"), QStringLiteral("2")},
                                    {tr("3: moderate"), QStringLiteral("3")},
                                    {tr("4: major"), QStringLiteral("4")},
                                    {tr("5: catastrophic"), QStringLiteral("5")}};
    auto mutableList = [list](BusinessCase &bc) { return const_cast<std::vector<Risk> *>(list(bc)); };
    for (std::size_t i = 0; i < risks->size(); ++i) {
        const QString riskAt = QStringLiteral("%1/%2").arg(at).arg(i);
        const QString name = context.isEmpty() ? tr("Risk %1").arg(i + 1) : tr("%1, risk %2").arg(context).arg(i + 1);
        auto *frame = new QFrame(parent);
        frame->setObjectName(QStringLiteral("card:") + riskAt);
        Theme::setRole(frame, context.isEmpty() ? "card" : "notice");
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(16, 12, 16, 14);
        v->setSpacing(8);
        auto *title = new QLabel(tr("Risk %1").arg(i + 1), frame);
        Theme::setRole(title, "subheading");
        v->addWidget(title);
        form.setContext(name);
        auto find = [list, i](const BusinessCase &bc) -> const Risk * {
            const std::vector<Risk> *l = list(bc);
            return l ? itemAt(*l, i) : nullptr;
        };
        CaseBind<Risk> r(form, frame, find, riskAt);
        v->addWidget(r.longText(tr("The risk"), "description", &Risk::description));
        auto score = [find](int Risk::*member) {
            return std::make_pair(CaseForm::TextGet([find, member](const BusinessCase &bc) {
                                      const Risk *risk = find(bc);
                                      return risk ? QString::number(risk->*member) : QString();
                                  }),
                                  CaseForm::TextSet([find, member](BusinessCase &bc, const QString &value) {
                                      if (auto *risk = const_cast<Risk *>(find(bc)))
                                          risk->*member = value.toInt();
                                  }));
        };
        auto [getL, setL] = score(&Risk::likelihood);
        auto [getI, setI] = score(&Risk::impact);
        QLabel *rating = form.computed(frame, tr("%1: rating").arg(name), [find](const BusinessCase &bc) {
            const Risk *risk = find(bc);
            return risk ? riskRating(*risk) : QString();
        });
        v->addWidget(grid(frame,
                          {form.choice(frame, tr("Likelihood"), r.pointer("likelihood"), likelihoods, getL, setL),
                           form.choice(frame, tr("Impact"), r.pointer("impact"), impacts, getI, setI)},
                          2));
        v->addWidget(rating);
        v->addWidget(r.longText(tr("How it will be reduced (mitigation)"), "mitigation", &Risk::mitigation));
        v->addWidget(r.text(tr("Owner"), "owner", &Risk::owner, {{}, tr("such as Chief nurse"), {}, false, {}, {}}));
        removeRow(page, v, frame, riskAt,
                  context.isEmpty()
                      ? tr("Remove risk %1").arg(i + 1)
                      : tr("Remove risk %1 of %2").arg(i + 1).arg(context.left(1).toLower() + context.mid(1)),
                  [mutableList, i](BusinessCase &bc) {
                      if (auto *l = mutableList(bc))
                          eraseAt(*l, i);
                  });
        layout->addWidget(frame);
    }
    addRow(
        page, layout, parent, at, tr("Add a risk…"),
        context.isEmpty() ? tr("Add a risk") : tr("Add a risk to %1").arg(context),
        [mutableList](BusinessCase &bc) {
            if (auto *l = mutableList(bc))
                l->push_back({});
        },
        [list, at](const BusinessCase &bc) {
            const std::vector<Risk> *l = list(bc);
            return QStringLiteral("%1/%2/description").arg(at).arg(l ? l->size() - 1 : 0);
        });
}

// --- Milestones --------------------------------------------------------------------------

void CaseParts::milestones(CasePage &page, QVBoxLayout *layout, QWidget *parent)
{
    CaseForm &form = page.form();
    auto *heading = new QLabel(tr("Milestones"), parent);
    Theme::setRole(heading, "subheading");
    layout->addWidget(heading);
    const auto &list = page.session().businessCase().management.milestones;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("/management/milestones/%1").arg(i);
        form.setContext(tr("Milestone %1").arg(i + 1));
        auto *row = new QWidget(parent);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        h->setSpacing(10);
        CaseBind<Milestone> m(
            form, row, [i](const BusinessCase &bc) { return itemAt(bc.management.milestones, i); }, at);
        h->addWidget(m.text(tr("Milestone %1").arg(i + 1), "description", &Milestone::description), 3);
        h->addWidget(m.text(tr("When"), "when", &Milestone::when, {{}, tr("such as March 2027"), {}, false, {}, {}}),
                     1);
        h->addWidget(removeButtonFor(page, row, at, tr("Remove milestone %1").arg(i + 1),
                                     [i](BusinessCase &bc) { eraseAt(bc.management.milestones, i); }),
                     0, Qt::AlignBottom);
        layout->addWidget(row);
    }
    addRow(
        page, layout, parent, QStringLiteral("/management/milestones"), tr("Add a milestone…"), tr("Add a milestone"),
        [](BusinessCase &bc) { bc.management.milestones.push_back({}); },
        [](const BusinessCase &bc) {
            return QStringLiteral("/management/milestones/%1/description").arg(bc.management.milestones.size() - 1);
        });
}

} // namespace ahplead
