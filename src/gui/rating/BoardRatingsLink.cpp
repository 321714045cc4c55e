#include "gui/rating/BoardRatingsLink.h"

#include "gui/app/Workspace.h"
#include "gui/assessment/AssessmentSession.h"
#include "gui/assessment/AssessmentView.h"
#include "gui/rating/BoardRatingsDialog.h"
#include "gui/widgets/Theme.h"

#include <QLabel>
#include <QPushButton>

namespace ahplead {

void BoardRatingsLink::attach(AssessmentView &view, Workspace &workspace, Prompter &prompter, const QString &actor)
{
    const Assessment &a = view.session().assessment();
    if (a.rating) {
        auto *whose = Theme::label(QObject::tr("Your own rating as %1. The board sees it once you mark it complete.")
                                       .arg(Rater::roleInSentence(a.rating->role)),
                                   nullptr, "secondary");
        whose->setObjectName(QStringLiteral("ratingBadge"));
        whose->setMaximumWidth(whose->fontMetrics().averageCharWidth() * 40);
        view.addHeaderWidget(whose);
        return;
    }
    if (a.frameworkId != QLatin1String("board"))
        return;
    auto *open = new QPushButton(QObject::tr("Board members' ratings…"));
    open->setObjectName(QStringLiteral("boardRatings"));
    open->setToolTip(QObject::tr("Each board member rates the trust on their own; then the board agrees its answers "
                                 "where they differ."));
    view.addHeaderWidget(open);
    AssessmentView *where = &view;
    QObject::connect(open, &QPushButton::clicked, where, [where, &workspace, &prompter, actor] {
        BoardRatingsDialog dialog(workspace, where->session(), prompter, actor, where);
        dialog.exec();
    });
}

} // namespace ahplead
