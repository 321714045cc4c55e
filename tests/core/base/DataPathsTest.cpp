// DataPaths: the bundled data is found from the build tree and when installed, never from
// the current directory, and an installed program never falls back to the source tree.
#include "core/base/DataPaths.h"

#include "support/TestSupport.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace ahplead;
using namespace ahplead::test;

namespace {

QString canonical(const QString &path)
{
    return QFileInfo(path).canonicalFilePath();
}

// Sets an environment variable for one test, and puts the old value back.
class ScopedEnv {
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name), m_old(qgetenv(name)), m_had(qEnvironmentVariableIsSet(name))
    {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

} // namespace

TEST_CASE("A program in the build tree reads the source tree's data and guide", "[datapaths]")
{
    ScopedEnv noOverride("AHPLEAD_DATA_DIR", QByteArray());
    REQUIRE(canonical(DataPaths::dataDir()) == canonical(dataDir()));
    REQUIRE(canonical(DataPaths::frameworksDir()) == canonical(dataDir() + QStringLiteral("/frameworks")));
    REQUIRE(canonical(DataPaths::docsDir()) == canonical(sourceDir() + QStringLiteral("/docs")));
    REQUIRE(QFileInfo::exists(DataPaths::docsDir() + QStringLiteral("/user-guide.md")));
}

TEST_CASE("The data does not depend on the current directory", "[datapaths]")
{
    ScopedEnv noOverride("AHPLEAD_DATA_DIR", QByteArray());
    QTemporaryDir elsewhere;
    // A folder that looks like both a source tree and an installed layout.
    REQUIRE(QDir().mkpath(elsewhere.filePath(QStringLiteral("data/frameworks"))));
    REQUIRE(QDir().mkpath(elsewhere.filePath(QStringLiteral("share/ahplead/frameworks"))));
    const QString before = DataPaths::dataDir();
    const QString cwd = QDir::currentPath();
    REQUIRE(QDir::setCurrent(elsewhere.path()));
    const QString after = DataPaths::dataDir();
    QDir::setCurrent(cwd);
    REQUIRE(after == before);
}

TEST_CASE("An installed program reads share/ahplead beside its bin folder", "[datapaths]")
{
    QTemporaryDir root;
    REQUIRE(QDir().mkpath(root.filePath(QStringLiteral("usr/bin"))));
    REQUIRE(QDir().mkpath(root.filePath(QStringLiteral("usr/share/ahplead/frameworks"))));
    REQUIRE(DataPaths::dataDirFor(root.filePath(QStringLiteral("usr/bin"))) ==
            QDir::cleanPath(root.filePath(QStringLiteral("usr/share/ahplead"))));
}

TEST_CASE("An installed program whose data is missing names its own share folder, not the source tree", "[datapaths]")
{
    QTemporaryDir root;
    REQUIRE(QDir().mkpath(root.filePath(QStringLiteral("usr/bin"))));
    const QString found = DataPaths::dataDirFor(root.filePath(QStringLiteral("usr/bin")));
    REQUIRE(found == QDir::cleanPath(root.filePath(QStringLiteral("usr/share/ahplead"))));
    REQUIRE_FALSE(found.startsWith(sourceDir()));
}

TEST_CASE("A program in the build tree with no installed layout falls back to the source tree", "[datapaths]")
{
    REQUIRE(canonical(DataPaths::dataDirFor(QCoreApplication::applicationDirPath())) == canonical(dataDir()));
}

TEST_CASE("AHPLEAD_DATA_DIR overrides every other place", "[datapaths]")
{
    QTemporaryDir other;
    ScopedEnv override("AHPLEAD_DATA_DIR", QFile::encodeName(other.path()));
    REQUIRE(DataPaths::dataDir() == QDir::cleanPath(other.path()));
    REQUIRE(DataPaths::costsDir() == QDir::cleanPath(other.path()) + QStringLiteral("/costs"));
    // From the build tree the guide is still found (the data folder has none).
    REQUIRE(QFileInfo::exists(DataPaths::docsDir() + QStringLiteral("/user-guide.md")));
}
