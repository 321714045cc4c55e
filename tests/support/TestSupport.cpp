#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <stdexcept>

namespace ahplead::test {

QString sourceDir()
{
    return QStringLiteral(AHPLEAD_TEST_SOURCE_DIR);
}
QString dataDir()
{
    return sourceDir() + QStringLiteral("/data");
}
QString fixturesDir()
{
    return sourceDir() + QStringLiteral("/tests/fixtures");
}
QString cliPath()
{
    return QStringLiteral(AHPLEAD_CLI_PATH);
}

const FrameworkLibrary &frameworks()
{
    static const FrameworkLibrary library = [] {
        auto loaded = FrameworkLibrary::load(dataDir() + QStringLiteral("/frameworks"));
        if (!loaded)
            throw std::runtime_error(loaded.message().toStdString());
        return std::move(loaded).value();
    }();
    return library;
}

const Framework &exampleFramework(const QString &id)
{
    const Framework *fw = frameworks().find(id, QStringLiteral("1.0.0"));
    if (!fw)
        throw std::runtime_error("no bundled framework " + id.toStdString() + " 1.0.0");
    return *fw;
}

QByteArray oneAnswerDraft(const QString &kind)
{
    QJsonObject doc =
        QJsonDocument::fromJson(readFile(dataDir() + QStringLiteral("/examples/%1-example.json").arg(kind))).object();
    const QJsonArray answers = doc.value(QStringLiteral("answers")).toArray();
    doc.insert(QStringLiteral("answers"), QJsonArray{answers.first()});
    doc.insert(QStringLiteral("status"), QStringLiteral("draft"));
    doc.insert(QStringLiteral("title"), QStringLiteral("One-answer draft"));
    return QJsonDocument(doc).toJson();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + path.toStdString());
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        throw std::runtime_error("cannot write " + path.toStdString());
}

QByteArray sha256OfFile(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

ProcessResult run(const QString &program, const QStringList &args, const QStringList &env, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // A program that paints (PDF, charts) starts a QGuiApplication, which prints a notice on
    // stderr when there is no login session's runtime folder, as under ctest or CI. Give it a
    // private one, so stderr holds only what the program itself says.
    if (!environment.contains(QStringLiteral("XDG_RUNTIME_DIR"))) {
        static QTemporaryDir runtime; // made 0700, as Qt requires of a runtime folder
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    }
    for (const QString &entry : env)
        environment.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(environment);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        throw std::runtime_error("cannot start " + program.toStdString());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        throw std::runtime_error(program.toStdString() + " did not finish");
    ProcessResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessResult runCli(const QStringList &args, const QString &store)
{
    QStringList all = args;
    if (!store.isEmpty())
        all << QStringLiteral("--store") << store;
    return run(cliPath(), all, {QStringLiteral("AHPLEAD_ACTOR=test-runner")});
}

} // namespace ahplead::test
