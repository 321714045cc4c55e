#pragma once

#include <QString>

namespace ahplead {

// Where the bundled data (frameworks, examples, schemas, pay scales) lives: never the
// current directory. In order: $AHPLEAD_DATA_DIR; <exe>/../share/ahplead when installed;
// the source tree's data/ when run from a build tree.
class DataPaths {
public:
    static QString dataDir();
    static QString frameworksDir();
    static QString examplesDir();
    static QString schemaDir();
    static QString costsDir();
};

} // namespace ahplead
