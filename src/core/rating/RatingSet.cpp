#include "core/rating/RatingSet.h"

#include "core/assessment/AssessmentReader.h"
#include "core/base/JsonFile.h"

namespace ahplead {

namespace {

QString ratingOrganisationText(const Organisation &o)
{
    return o.odsCode.trimmed().isEmpty() ? o.name : QStringLiteral("%1, ODS code %2").arg(o.name, o.odsCode.trimmed());
}

// Why FILE cannot join FIRST, in plain words first, then the file; empty when it can.
QString ratingMismatch(const Assessment &first, const QString &firstFile, const Assessment &a, const QString &file)
{
    const QString ask =
        QStringLiteral(" Leave it out, or ask the rater for the file sent with this board's invitation. "
                       "File: %1 (compared with %2)")
            .arg(file, firstFile);
    if (!a.organisation.sameAs(first.organisation))
        return QStringLiteral("This rating is of another organisation (%1) than the first (%2), so it cannot be merged "
                              "with them.%3")
            .arg(ratingOrganisationText(a.organisation), ratingOrganisationText(first.organisation), ask);
    if (a.frameworkId != first.frameworkId)
        return QStringLiteral("This rating uses another framework (%1) than the first (%2), so its questions cannot be "
                              "compared.%3")
            .arg(a.frameworkId, first.frameworkId, ask);
    if (a.frameworkVersion != first.frameworkVersion)
        return QStringLiteral("This rating was answered on framework version %1 and the first on version %2, so their "
                              "questions differ.%3")
            .arg(a.frameworkVersion, first.frameworkVersion, ask);
    if (a.rating->invitationId != first.rating->invitationId)
        return QStringLiteral(
                   "This rating belongs to another board assessment (invitation %1, not %2), so it cannot be "
                   "merged with the others.%3")
            .arg(a.rating->invitationId, first.rating->invitationId, ask);
    return {};
}

// Whether LATER should replace EARLIER: the one saved later wins; without both dates, the
// file given later.
bool ratingReplaces(const Assessment &later, const Assessment &earlier)
{
    if (later.updatedAt.isValid() && earlier.updatedAt.isValid())
        return later.updatedAt >= earlier.updatedAt;
    return true;
}

} // namespace

Result<RatingSet> RatingSet::build(std::vector<std::pair<QString, Assessment>> files)
{
    RatingSet set;
    if (files.empty())
        return fail(QStringLiteral("No rating files were given; name at least one."));
    for (auto &entry : files) {
        // Names, not a structured binding: clang (the fuzz build) cannot capture one in a lambda.
        const QString &file = entry.first;
        Assessment &assessment = entry.second;
        if (!assessment.rating)
            return fail(QStringLiteral("This is an assessment, not a rating file, so it has no rater to count. Make "
                                       "rating files with 'ahplead-cli rating-invite' and merge those. File: %1")
                            .arg(file));
        if (!set.m_ratings.empty()) {
            const QString why = ratingMismatch(set.first(), set.m_ratings.front().fileName, assessment, file);
            if (!why.isEmpty())
                return fail(why);
        }
        auto same = std::find_if(set.m_ratings.begin(), set.m_ratings.end(), [&](const Rating &r) {
            return r.assessment.rating->raterId == assessment.rating->raterId;
        });
        if (same == set.m_ratings.end()) {
            set.m_ratings.push_back({std::move(assessment), file});
            continue;
        }
        // The replacement keeps the earlier file's place, so the raters' numbers do not move.
        if (ratingReplaces(assessment, same->assessment)) {
            set.m_notices << QStringLiteral("%1 and %2 are from the same rater; %1 is used, as it was saved later.")
                                 .arg(file, same->fileName);
            *same = {std::move(assessment), file};
        } else {
            set.m_notices << QStringLiteral("%1 and %2 are from the same rater; %2 is used, as it was saved later.")
                                 .arg(file, same->fileName);
        }
    }
    return set;
}

Result<RatingSet> RatingSet::read(const QStringList &paths, const FrameworkLibrary &library)
{
    std::vector<std::pair<QString, Assessment>> files;
    files.reserve(static_cast<std::size_t>(paths.size()));
    for (const QString &path : paths) {
        auto read = AssessmentReader::read(path, library);
        if (!read)
            return read.error();
        files.emplace_back(JsonFile::displayName(path), std::move(read).value());
    }
    return build(std::move(files));
}

QString RatingSet::label(std::size_t index, bool names) const
{
    const Rater &rater = *m_ratings.at(index).assessment.rating;
    if (names && !rater.name.trimmed().isEmpty())
        return rater.name.trimmed();
    QStringList roles;
    for (const Rating &r : m_ratings)
        roles << r.assessment.rating->role;
    return roleNumbered(roles, static_cast<qsizetype>(index));
}

QString RatingSet::roleNumbered(const QStringList &roles, qsizetype index)
{
    const QString &role = roles.at(index);
    const qsizetype ofRole = roles.count(role);
    const qsizetype number = roles.mid(0, index + 1).count(role);
    const QString label = Rater::roleLabel(role);
    return ofRole > 1 ? QStringLiteral("%1 %2").arg(label).arg(number) : label;
}

} // namespace ahplead
