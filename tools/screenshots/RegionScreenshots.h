#pragma once

#include "core/assessment/Assessment.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace ahplead {

class Framework;
class MainWindow;
class Prompter;
class Workspace;

// The regional review's part of `ahplead-screenshots DIR`: a small made-up region (ten
// fictional organisations, some with an earlier revision, made from the bundled example by
// changing answers), imported through the regional review with one changed file and one sent
// twice, so the pictures show what a regional team meets: the import summary, the dashboard,
// the recommendations and a submission being reviewed. Then the trust's side, in a store of
// its own: the example submitted, returned with comments, and the review and a peer
// benchmark imported, as the trust sees them beside its answers.
class RegionScreenshots {
    Q_DECLARE_TR_FUNCTIONS(RegionScreenshots)

public:
    // Writes region-*.png and trust-review*.png into DIR, using SCRATCH for the files and the
    // trust's store; returns the files written (ERROR says what failed, if anything).
    static QStringList save(MainWindow &window, Workspace &workspace, Prompter &prompter, const Assessment &example,
                            const QString &scratch, const QString &dir, QString *error);
    // The made-up region's submission files, written into FOLDER; returns their paths.
    static QStringList writeRegion(const Framework &framework, const Assessment &example, const QString &folder);
};

} // namespace ahplead
