#pragma once

#include "core/region/RegionSummary.h"
#include "core/store/Store.h"

#include <QMap>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace ahplead::test {

// A regional store built the way a region builds one: submission files written by
// SubmissionFile for ORGANISATIONS trusts (acute, mental health and community trusts across
// three ICSs, some with two or three revisions and answers that differ from trust to trust),
// imported with the Importer, and some of them reviewed.
struct RegionFixture {
    QTemporaryDir dir;
    QString storePath;
    std::unique_ptr<Store> store;
    int organisations = 0;
    int submissions = 0;
    QMap<QString, int> perIcs;  // organisations by ICS
    QMap<QString, int> perType; // organisations by type id
    QStringList names;          // organisation names, as submitted
    QString maxRevisionName;    // an organisation with three revisions

    QString path(const QString &name) const { return dir.filePath(name); }
    // The summary of the board framework's received submissions through FILTER.
    RegionSummary summary(const RegionFilter &filter = {}) const;
};

using NameFor = std::function<QString(int n)>;
// NAME gives organisation N's name (1-based); by default "Trust NN <place> NHS Trust".
std::unique_ptr<RegionFixture> makeRegion(int organisations, const NameFor &name = {});

QStringList icsNames();   // the three ICSs, in the order organisations cycle through them
QStringList trustTypes(); // acute, mental_health, community

} // namespace ahplead::test
