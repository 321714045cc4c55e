#pragma once

#include <QString>

namespace ahplead {

// Where the bundled data (frameworks, examples, schemas, pay scales, the user guide) lives:
// never the current directory. In order: $AHPLEAD_DATA_DIR; <exe>/../share/ahplead when
// installed; the source tree's data/ when run from this project's build tree. An installed
// program whose data is missing names <exe>/../share/ahplead in its errors, never the
// source tree of the machine it was built on.
class DataPaths {
public:
    static QString dataDir();
    static QString frameworksDir();
    static QString examplesDir();
    static QString schemaDir();
    static QString costsDir();
    // The user guide and its images: <data>/docs when installed, else (from a build tree)
    // the source tree's docs/.
    static QString docsDir();

    // dataDir() for a program in EXEDIR, ignoring $AHPLEAD_DATA_DIR (the rule, testable).
    static QString dataDirFor(const QString &exeDir);
};

} // namespace ahplead
