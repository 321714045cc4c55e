#include "report/rating/BoardRatingsSection.h"

#include "core/rating/BoardRatings.h"
#include "core/rating/Consensus.h"
#include "report/rating/ConsensusDocument.h"

namespace ahplead {

Status BoardRatingsSection::addTo(Document &report, const Store &store, const Assessment &board,
                                  const Framework &framework)
{
    if (board.rating || board.id == 0)
        return success();
    auto ratings = BoardRatings::read(store, board);
    if (!ratings)
        return ratings.error();
    auto set = ratings.value().finished();
    if (!set)
        return set.error();
    if (!set.value())
        return success();
    Document section;
    ConsensusDocument::appendSection(section, Consensus::build(framework, *set.value()), framework);
    insert(report, std::move(section.sections.front()));
    return success();
}

void BoardRatingsSection::insert(Document &report, Document::Section section)
{
    // Numbered like the sections before it ("5. Answers and evidence" is followed by "6. …"),
    // and kept before the first appendix, where a reader expects the body of the paper to end.
    auto at = std::find_if(report.sections.begin(), report.sections.end(),
                           [](const Document::Section &s) { return s.title.startsWith(QLatin1String("Appendix")); });
    int numbered = 0;
    for (auto it = report.sections.begin(); it != at; ++it)
        if (!it->title.isEmpty() && it->title.front().isDigit())
            ++numbered;
    if (numbered > 0)
        section.title = QStringLiteral("%1. %2").arg(numbered + 1).arg(section.title);
    report.sections.insert(at, std::move(section));
}

} // namespace ahplead
