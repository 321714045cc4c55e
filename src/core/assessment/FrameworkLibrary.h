#pragma once

#include "core/assessment/Framework.h"
#include "core/assessment/FrameworkMapping.h"
#include "core/base/Result.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace ahplead {

// Every framework version the program knows, loaded from one folder, and the mappings between
// versions (its upgrades/ subfolder). An assessment names the framework id and version it was
// answered against, and is scored against exactly that; moving it to a newer version is an
// explicit step (AssessmentCopier::upgrade) through a mapping.
class FrameworkLibrary {
public:
    // Loads every *.json in DIR, then every mapping in DIR/upgrades. A file that fails to load
    // is left out and its message kept in problems(); a folder with no usable framework is an
    // error.
    static Result<FrameworkLibrary> load(const QString &dir);
    // The bundled frameworks (DataPaths::frameworksDir()).
    static Result<FrameworkLibrary> loadBundled();

    void add(Framework framework);

    const Framework *find(const QString &id, const QString &version) const;
    const Framework *latest(const QString &id) const;
    // The mapping from FRAMEWORK to the latest version of its id, when FRAMEWORK is older and
    // such a mapping ships; else null.
    const FrameworkMapping *upgradeFrom(const Framework &framework) const;
    const std::vector<std::shared_ptr<const Framework>> &all() const { return m_frameworks; }
    const QStringList &problems() const { return m_problems; }
    // "board 1.0.0, individual 1.0.0, system 1.0.0", for messages.
    QString describeAvailable() const;

private:
    std::vector<std::shared_ptr<const Framework>> m_frameworks;
    std::vector<FrameworkMapping> m_mappings;
    QStringList m_problems;

    void loadMappings(const QString &dir);
};

} // namespace ahplead
