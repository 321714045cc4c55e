#include "report/businesscase/CaseBlockWriter.h"

#include "report/businesscase/CaseText.h"

#include <algorithm>

namespace ahplead {

namespace {

using M = BusinessCaseModel;
using Cell = M::Cell;
using Table = M::Table;
using Bullet = M::Bullet;

} // namespace

void CaseBlockWriter::section(const QString &id, const QString &title)
{
    m_m.sections.push_back({id, title, {}});
}

void CaseBlockWriter::heading(const QString &t, int level)
{
    M::Block b;
    b.kind = M::Block::Kind::Heading;
    b.level = level;
    b.text = t;
    add(std::move(b));
}

void CaseBlockWriter::para(const QString &t, const QString &lead)
{
    M::Block b;
    b.kind = M::Block::Kind::Paragraph;
    b.text = t;
    b.label = lead;
    add(std::move(b));
}

void CaseBlockWriter::bullets(std::vector<Bullet> items)
{
    if (items.empty())
        return;
    M::Block b;
    b.kind = M::Block::Kind::Bullets;
    b.bullets = std::move(items);
    add(std::move(b));
}

void CaseBlockWriter::callout(const QString &label, const QString &t)
{
    M::Block b;
    b.kind = M::Block::Kind::Callout;
    b.label = label;
    b.text = t;
    add(std::move(b));
}

void CaseBlockWriter::figures(std::vector<M::Figure> items)
{
    M::Block b;
    b.kind = M::Block::Kind::Figures;
    b.figures = std::move(items);
    add(std::move(b));
}

void CaseBlockWriter::table(Table t)
{
    t.caption = QStringLiteral("Table %1. %2").arg(++m_tables).arg(t.caption);
    // No row split over a page: a split row is hard to read (and its words were drawn again,
    // clipped, over the next page's header, where text extraction read them).
    if (t.id.isEmpty())
        t.id = QStringLiteral("case-table-%1").arg(m_tables);
    t.wholeRows = true;
    bool dash = false;
    const std::size_t columns = t.widths.size();
    for (auto &row : t.rows) {
        row.resize(columns);
        for (Cell &c : row) {
            if (c.main().trimmed().isEmpty() && c.trend < 0) {
                // The words of the first line, keeping any detail line under them.
                std::erase_if(c.text, [](const M::Span &s) { return !s.newLine; });
                c.text.insert(c.text.begin(), M::plain(CaseText::Dash));
            }
            dash = dash || c.main() == CaseText::Dash;
        }
    }
    // A note on what "–" stands for only where a "–" is shown; a generic one if none says.
    if (!dash)
        t.notes.removeIf([](const QString &n) { return n.startsWith(CaseText::Dash); });
    const bool explained =
        std::any_of(t.notes.cbegin(), t.notes.cend(), [](const QString &n) { return n.startsWith(CaseText::Dash); });
    if (dash && !explained)
        t.notes.prepend(QString(CaseText::Dash + QStringLiteral(" not given in the business case.")));
    M::Block b;
    b.kind = M::Block::Kind::Table;
    b.table = std::move(t);
    add(std::move(b));
}

void CaseBlockWriter::add(M::Block b)
{
    m_m.sections.back().blocks.push_back(std::move(b));
}

} // namespace ahplead
