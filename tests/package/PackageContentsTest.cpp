// What the .deb holds and declares (issue 8): checked with dpkg-deb, and the menu entry and
// metainfo with the validators the desktop and software centres use.
#include "package/PackageFixture.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>

using namespace ahplead::test;

namespace {

const QString appId = QStringLiteral(AHPLEAD_APP_ID);
constexpr bool hasGui = AHPLEAD_PACKAGE_HAS_GUI;

// The package names in a Depends field, without versions or alternatives' details.
QStringList dependencyNames(const QString &field)
{
    QStringList names;
    for (const QString &part : field.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts))
        names << part.trimmed().section(QLatin1Char(' '), 0, 0);
    return names;
}

// Every file under the source tree's FOLDER (relative names).
QStringList sourceFiles(const QString &folder, const QStringList &patterns)
{
    QStringList files;
    const QDir base(sourceDir() + QLatin1Char('/') + folder);
    QDirIterator it(base.path(), patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << base.relativeFilePath(it.next());
    return files;
}

} // namespace

TEST_CASE("The package is named and versioned after the project", "[package]")
{
    REQUIRE(debField(QStringLiteral("Package")) == QLatin1String("ahplead"));
    REQUIRE(debField(QStringLiteral("Version")) == QStringLiteral(AHPLEAD_PROJECT_VERSION) + QStringLiteral("-1"));
    const ProcessResult arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")});
    REQUIRE(debField(QStringLiteral("Architecture")) == arch.out.trimmed());
    REQUIRE_FALSE(debField(QStringLiteral("Maintainer")).isEmpty());
    REQUIRE(debField(QStringLiteral("Description")).startsWith(QLatin1String("chief AHP leadership")));
}

TEST_CASE("The package declares the Debian packages it needs, found and by hand", "[package]")
{
    const QStringList depends = dependencyNames(debField(QStringLiteral("Depends")));
    INFO(depends.join(QStringLiteral(", ")).toStdString());
    // Found by dpkg-shlibdeps from the programs' libraries.
    for (const char *library : {"libc6", "libstdc++6", "libqt6core6", "libqt6gui6", "libqt6sql6", "libqt6svg6"})
        CHECK(depends.contains(QLatin1String(library)));
    if (hasGui)
        for (const char *library : {"libqt6widgets6", "libqt6printsupport6"})
            CHECK(depends.contains(QLatin1String(library)));
    // Loaded at run time, so dpkg-shlibdeps cannot see them.
    CHECK(depends.contains(QStringLiteral("libqt6sql6-sqlite")));
    CHECK(depends.contains(QStringLiteral("fonts-dejavu-core")));
}

TEST_CASE("The package installs the programs in /usr/bin, owned by root and executable", "[package]")
{
    const QStringList listing = debListing();
    QStringList programs{QStringLiteral("ahplead-cli")};
    if (hasGui)
        programs << QStringLiteral("ahplead");
    for (const QString &program : programs) {
        INFO(program.toStdString());
        const QString line =
            listing.filter(QRegularExpression(QStringLiteral(" \\./usr/bin/%1$").arg(program))).value(0);
        REQUIRE(line.startsWith(QLatin1String("-rwxr-xr-x root/root")));
    }
    for (const QString &line : listing) {
        if (line.endsWith(QLatin1String(" ./")))
            continue; // the root folder itself
        INFO(line.toStdString());
        CHECK(line.section(QLatin1Char(' '), 1, 1) == QLatin1String("root/root"));
        CHECK(line.contains(QLatin1String(" ./usr/")));
    }
}

TEST_CASE("The package holds every bundled data file in /usr/share/ahplead", "[package]")
{
    const QStringList paths = debPaths();
    const QStringList data = sourceFiles(QStringLiteral("data"), {QStringLiteral("*.json")});
    REQUIRE(data.contains(QStringLiteral("frameworks/board-1.0.0.json")));
    REQUIRE(data.contains(QStringLiteral("sources.json")));
    REQUIRE_FALSE(data.filter(QStringLiteral("costs/")).isEmpty());
    for (const QString &file : data) {
        INFO(file.toStdString());
        CHECK(paths.contains(QStringLiteral("/usr/share/ahplead/") + file));
    }
}

TEST_CASE("The package holds the user guide and the other documents with their pictures", "[package]")
{
    const QStringList paths = debPaths();
    REQUIRE(paths.contains(QStringLiteral("/usr/share/ahplead/docs/user-guide.md")));
    // Every document and picture of docs/ (the guide links to the others), not the man pages' sources.
    const QStringList docs = sourceFiles(QStringLiteral("docs"), {QStringLiteral("*.md"), QStringLiteral("*.png")});
    REQUIRE(docs.filter(QStringLiteral("images/")).size() >= 5);
    for (const QString &file : docs) {
        INFO(file.toStdString());
        CHECK(paths.contains(QStringLiteral("/usr/share/ahplead/docs/") + file));
    }
    REQUIRE(paths.filter(QStringLiteral("/usr/share/ahplead/docs/man")).isEmpty());
}

TEST_CASE("The package holds its copyright, its changelog and both man pages, compressed", "[package]")
{
    const QStringList paths = debPaths();
    REQUIRE(paths.contains(QStringLiteral("/usr/share/doc/ahplead/copyright")));
    REQUIRE(paths.contains(QStringLiteral("/usr/share/doc/ahplead/changelog.Debian.gz")));
    REQUIRE(paths.contains(QStringLiteral("/usr/share/man/man1/ahplead-cli.1.gz")));
    if (hasGui)
        REQUIRE(paths.contains(QStringLiteral("/usr/share/man/man1/ahplead.1.gz")));
}

TEST_CASE("The man page of ahplead-cli renders cleanly and documents every command", "[package]")
{
    const UnpackedPackage package;
    const ProcessResult page =
        run(QStringLiteral("gzip"),
            {QStringLiteral("-dc"), package.path(QStringLiteral("/usr/share/man/man1/ahplead-cli.1.gz"))});
    REQUIRE(page.exitCode == 0);
    REQUIRE(page.out.startsWith(QLatin1String(".\\\"")));
    // Written by hand, so its title line is checked against the version being packaged.
    REQUIRE(page.out.contains(
        QStringLiteral("\"ahplead %1\" \"User Commands\"").arg(QStringLiteral(AHPLEAD_PROJECT_VERSION))));

    // groff with every warning on: a mistake in the roff shows up here.
    const ProcessResult groff = run(QStringLiteral("groff"),
                                    {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                                     QStringLiteral("-P-cbou")}, // plain text, no bold or underline codes
                                    {}, page.out.toUtf8());
    INFO(groff.err.toStdString());
    REQUIRE(groff.exitCode == 0);
    REQUIRE(groff.err.isEmpty());
    REQUIRE(groff.out.contains(QStringLiteral("EXIT STATUS")));

    // Every command that `ahplead-cli --help` lists has its entry.
    const ProcessResult help = package.run(QStringLiteral("ahplead-cli"), {QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    const QString commands = help.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList names;
    for (const QString &line : commands.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        names << line.trimmed().section(QLatin1Char(' '), 0, 0);
    REQUIRE(names.size() >= 10);
    for (const QString &name : names) {
        INFO(name.toStdString());
        const QRegularExpression entry(QStringLiteral("^\\.B[IR]? \"?%1\\b").arg(QRegularExpression::escape(name)),
                                       QRegularExpression::MultilineOption);
        CHECK(entry.match(page.out).hasMatch());
    }
}

TEST_CASE("The package's menu entry and metainfo pass the desktop's own validators", "[package][gui]")
{
    if (!hasGui)
        AHPLEAD_SKIP("this build has no desktop app to package");
    const UnpackedPackage package;
    const QString desktop = package.path(QStringLiteral("/usr/share/applications/%1.desktop").arg(appId));
    const QString metainfo = package.path(QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(appId));

    const ProcessResult desktopCheck = run(QStringLiteral("desktop-file-validate"), {desktop});
    INFO(desktopCheck.out.toStdString() + desktopCheck.err.toStdString());
    REQUIRE(desktopCheck.exitCode == 0);
    REQUIRE(desktopCheck.out.trimmed().isEmpty()); // no hints either

    const ProcessResult metainfoCheck =
        run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    INFO(metainfoCheck.out.toStdString() + metainfoCheck.err.toStdString());
    REQUIRE(metainfoCheck.exitCode == 0);

    // The entry starts a program the package installs, with an icon it installs.
    const QString entry = QString::fromUtf8(readFile(desktop));
    REQUIRE(entry.contains(QStringLiteral("\nExec=ahplead\n")));
    REQUIRE(entry.contains(QStringLiteral("\nIcon=%1\n").arg(appId)));
    REQUIRE(QFileInfo(package.path(QStringLiteral("/usr/bin/ahplead"))).isExecutable());
    // The metainfo names this version and launches this entry.
    const QString info = QString::fromUtf8(readFile(metainfo));
    REQUIRE(info.contains(QStringLiteral("<release version=\"%1\"").arg(QStringLiteral(AHPLEAD_PROJECT_VERSION))));
    REQUIRE(info.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(appId)));
}

TEST_CASE("The package's icon is a scalable SVG and a sharp PNG at each size from 16 to 256 pixels", "[package][gui]")
{
    if (!hasGui)
        AHPLEAD_SKIP("this build has no desktop app to package");
    const UnpackedPackage package;
    const QString svg = package.path(QStringLiteral("/usr/share/icons/hicolor/scalable/apps/%1.svg").arg(appId));
    REQUIRE(QImageReader(svg).canRead());
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        INFO(size);
        const QImage png(
            package.path(QStringLiteral("/usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId)));
        REQUIRE_FALSE(png.isNull());
        REQUIRE(png.size() == QSize(size, size));
        REQUIRE(png.hasAlphaChannel());
        // Drawn, not blank: the middle is opaque and the corner (outside the rounded tile) clear.
        REQUIRE(qAlpha(png.pixel(size / 2, size / 2)) == 255);
        REQUIRE(qAlpha(png.pixel(0, 0)) == 0);
    }
}
