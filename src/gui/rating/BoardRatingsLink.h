#pragma once

#include <QString>

namespace ahplead {

class AssessmentView;
class Prompter;
class Workspace;

// The way into board ratings from an open assessment. A board assessment gets a header
// button that opens its members' ratings (BoardRatingsDialog); a member's own rating says whose
// it is and that the board sees it only once it is marked complete.
class BoardRatingsLink {
public:
    static void attach(AssessmentView &view, Workspace &workspace, Prompter &prompter, const QString &actor);
};

} // namespace ahplead
