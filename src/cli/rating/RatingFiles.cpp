#include "cli/rating/RatingFiles.h"

#include "core/base/ReadProblem.h"

namespace ahplead {

std::optional<RatingFiles::Loaded> RatingFiles::read(CommandContext &context, const QStringList &paths)
{
    const FrameworkLibrary *library = context.frameworks();
    if (!library)
        return std::nullopt;
    auto read = RatingSet::read(paths, *library);
    if (!read) {
        // A file the reader refused gets the plain words before its details; RatingSet's own
        // refusals (another organisation, another invitation) are plain words already.
        const QString &message = read.message();
        context.err() << (ReadProblem::kind(message) == ReadProblem::Kind::Other ? message
                                                                                 : ReadProblem::forTerminal(message))
                      << Qt::endl;
        return std::nullopt;
    }
    Loaded loaded{std::move(read).value(), nullptr};
    loaded.framework = library->find(loaded.ratings.first().frameworkId, loaded.ratings.first().frameworkVersion);
    for (const QString &notice : loaded.ratings.notices())
        context.err() << "Note: " << notice << Qt::endl;
    return loaded;
}

} // namespace ahplead
