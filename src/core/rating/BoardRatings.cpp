#include "core/rating/BoardRatings.h"

#include "core/rating/RatingInvitation.h"
#include "core/store/Store.h"

namespace ahplead {

namespace {

bool ratingFinished(const Assessment &rating)
{
    return rating.status == QLatin1String("complete") || rating.status == QLatin1String("submitted");
}

// How a stored rating is named in messages: "the Chair's rating (assessment 12)".
QString storedRatingName(const Assessment &rating)
{
    return QStringLiteral("the %1's rating (assessment %2)")
        .arg(Rater::roleInSentence(rating.rating->role), QString::number(rating.id));
}

} // namespace

Result<BoardRatings> BoardRatings::read(const Store &store, const Assessment &board)
{
    BoardRatings ratings;
    ratings.m_invitationId = RatingInvitation::invitationIdFor(board);
    auto found = store.ratings(ratings.m_invitationId);
    if (!found)
        return found.error();
    for (Assessment &rating : found.value()) {
        const bool done = ratingFinished(rating);
        ratings.m_entries.push_back({std::move(rating), done});
    }
    return ratings;
}

int BoardRatings::finishedCount() const
{
    return static_cast<int>(
        std::count_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return e.finished; }));
}

Result<std::optional<RatingSet>> BoardRatings::finished() const
{
    std::vector<std::pair<QString, Assessment>> files;
    for (const Entry &e : m_entries)
        if (e.finished)
            files.emplace_back(storedRatingName(e.rating), e.rating);
    if (files.empty())
        return std::optional<RatingSet>();
    auto set = RatingSet::build(std::move(files));
    if (!set)
        return set.error();
    return std::optional<RatingSet>(std::move(set).value());
}

Result<qint64> BoardRatings::invite(Store &store, const Assessment &board, const Framework &framework,
                                    const QString &role, const QString &name, const QString &actor)
{
    const Assessment rating = RatingInvitation::invite(board, framework, role, name);
    return store.addAssessment(rating, actor, QStringLiteral("invite"),
                               QStringLiteral("a rating for the %1").arg(Rater::roleInSentence(role)));
}

Result<BoardRatings::Added> BoardRatings::addReturned(Store &store, const Assessment &board, const Framework &framework,
                                                      Assessment rating, const QString &file, const QString &actor)
{
    if (!rating.rating)
        return fail(QStringLiteral("This file is an assessment, not a board member's rating, so it cannot be added to "
                                   "the board's ratings. Import it as an assessment instead. File: %1")
                        .arg(file));
    // The board's own invitation stands first, so the checks of RatingSet name what differs.
    const QString boardName = QStringLiteral("this board assessment");
    auto checked = RatingSet::build(
        {{boardName, RatingInvitation::invite(board, framework, rating.rating->role, {})}, {file, rating}});
    if (!checked)
        return checked.error();

    auto current = read(store, board);
    if (!current)
        return current.error();
    const Entry *earlier = nullptr;
    for (const Entry &e : current.value().entries())
        if (e.rating.rating->raterId == rating.rating->raterId)
            earlier = &e;
    if (earlier && earlier->rating.updatedAt.isValid() && rating.updatedAt.isValid() &&
        rating.updatedAt < earlier->rating.updatedAt)
        return Added{false, QStringLiteral("%1 is an older copy of a rating already here (%2), so it was not added. "
                                           "File: %1")
                                .arg(file, storedRatingName(earlier->rating))};

    // Sent back is finished: the rater has nothing more to add from their own computer.
    rating.status = QStringLiteral("complete");
    rating.id = 0;
    auto added = store.addAssessment(
        rating, actor, QStringLiteral("import"),
        QStringLiteral("a rating returned by the %1").arg(Rater::roleInSentence(rating.rating->role)));
    if (!added)
        return added.error();
    if (!earlier)
        return Added{true, {}};
    // Removed after the new one is in: if this fails, both are kept and RatingSet counts the later.
    const QString replaced = storedRatingName(earlier->rating);
    if (Status removed = store.deleteAssessment(earlier->rating.id, actor); !removed)
        return Added{true, QStringLiteral("%1 is from the same board member as %2. Both are kept for now, and only the "
                                          "later one is counted. %3")
                               .arg(file, replaced, removed.message())};
    return Added{true,
                 QStringLiteral("%1 is from the same board member as %2, which it replaces.").arg(file, replaced)};
}

} // namespace ahplead
