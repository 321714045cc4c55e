#include "core/assessment/CitationText.h"

#include <QStringList>

namespace ahplead {

QString CitationText::documentTitle(const QString &id)
{
    // Short titles: a list of citations repeats them often. Reports give the full titles and
    // dates in their appendix of sources (data/sources.json).
    if (id == QLatin1String("handbook"))
        return QStringLiteral("Chief AHPs handbook (2022)");
    if (id == QLatin1String("investing"))
        return QStringLiteral("Investing in chief AHPs (2019)");
    if (id == QLatin1String("developing"))
        return QStringLiteral("Developing AHP leaders (2019)");
    if (id == QLatin1String("blog"))
        return QStringLiteral("Why leadership is crucial (2018)");
    if (id == QLatin1String("ics"))
        return QStringLiteral("AHPs in integrated care systems (2022)");
    return id;
}

QString CitationText::citation(const Citation &c)
{
    return c.section.isEmpty() ? documentTitle(c.document)
                               : QString(documentTitle(c.document) + QStringLiteral(", ") + c.section);
}

QString CitationText::citations(const std::vector<Citation> &list, const QString &separator)
{
    QStringList parts;
    for (const Citation &c : list)
        parts << citation(c);
    return parts.join(separator);
}

} // namespace ahplead
