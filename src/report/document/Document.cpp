#include "report/document/Document.h"

namespace ahplead {

Document::Tone Document::levelTone(int level)
{
    if (level < 0 || level > 4)
        return Tone::Unscored;
    return static_cast<Tone>(static_cast<int>(Tone::Level0) + level);
}

Document::Tone Document::statusTone(RecommendationStatus status)
{
    switch (status) {
    case RecommendationStatus::Met:
        return Tone::Green;
    case RecommendationStatus::PartiallyMet:
        return Tone::Amber;
    case RecommendationStatus::NotMet:
        return Tone::Red;
    case RecommendationStatus::NotAssessed:
        break;
    }
    return Tone::Grey;
}

QString Document::plainText(const Text &text, const QString &lineBreak)
{
    QString words;
    for (const Span &s : text) {
        if (s.newLine && !words.isEmpty())
            words += lineBreak;
        if (s.style == Span::Style::Status)
            words += s.symbol + QLatin1Char(' ');
        words += s.text;
    }
    return words;
}

QString Document::Cell::main() const
{
    QString words;
    for (const Span &s : text) {
        if (s.newLine)
            break;
        words += s.text;
    }
    return words;
}

QString Document::Cell::detail() const
{
    QStringList lines;
    for (const Span &s : text)
        if (s.style == Span::Style::Detail)
            lines << s.text;
    return lines.join(QLatin1Char('\n'));
}

Document::Block Document::paragraph(const QString &text, bool keepWithNext)
{
    Block b;
    b.text = text;
    b.keepWithNext = keepWithNext;
    return b;
}

Document::Block Document::heading(const QString &text, int level)
{
    Block b;
    b.kind = Block::Kind::Heading;
    b.level = level;
    b.text = text;
    return b;
}

Document::Block Document::table(Table table)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.table = std::move(table);
    return b;
}

Document::Block Document::chart(Chart chart)
{
    Block b;
    b.kind = Block::Kind::Chart;
    b.chart = std::move(chart);
    return b;
}

Document::Cell Document::cell(Text text, bool number, bool strong)
{
    Cell c;
    c.text = std::move(text);
    c.number = number;
    c.strong = strong;
    return c;
}

std::vector<const Document::Table *> Document::tables() const
{
    std::vector<const Table *> all;
    for (const Section &s : sections)
        for (const Block &b : s.blocks)
            if (b.kind == Block::Kind::Table)
                all.push_back(&b.table);
    return all;
}

namespace {

QString plainTable(const Document::Table &t)
{
    QStringList lines{t.caption, t.headers.join(QLatin1Char('\t'))};
    for (const auto &row : t.rows) {
        QStringList cells;
        for (const Document::Cell &c : row)
            cells << Document::plainText(c.text, QStringLiteral(" "));
        lines << cells.join(QLatin1Char('\t'));
    }
    lines << t.notes;
    return lines.join(QLatin1Char('\n'));
}

QStringList plainBlock(const Document::Block &b)
{
    using Kind = Document::Block::Kind;
    QStringList parts;
    switch (b.kind) {
    case Kind::Heading:
    case Kind::Paragraph:
        if (!b.rich.empty())
            return {Document::plainText(b.rich)};
        [[fallthrough]];
    case Kind::Callout:
        return {b.label.isEmpty() ? b.text : QString(b.label + QLatin1Char(' ') + b.text)};
    case Kind::Bullets:
    case Kind::Numbered:
        for (const Document::Bullet &bullet : b.bullets)
            parts << (bullet.rich.empty() ? QString(bullet.lead + bullet.text) : Document::plainText(bullet.rich));
        return parts;
    case Kind::Figures:
        for (const Document::Figure &f : b.figures)
            parts << QString(f.label + QLatin1Char('\t') + f.value);
        return parts;
    case Kind::Table:
        return {plainTable(b.table)};
    case Kind::Chart:
        return {b.chart.caption};
    case Kind::Entry:
        parts << QString(b.label + QLatin1Char(' ') + b.text);
        for (const Document::Field &f : b.fields)
            parts << QString(f.label + QStringLiteral(": ") + Document::plainText(f.value));
        return parts;
    }
    return parts;
}

} // namespace

QString Document::plainText() const
{
    QStringList parts{kicker, title, organisation};
    for (const Detail &d : coverSheet)
        parts << QString(d.label + QLatin1Char('\t') + d.value);
    for (const Detail &d : details)
        parts << QString(d.label + QLatin1Char('\t') + d.value);
    parts << glance << purpose;
    for (const Section &s : sections) {
        parts << s.title;
        for (const Block &b : s.blocks)
            parts << plainBlock(b);
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace ahplead
