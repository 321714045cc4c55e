#include "gui/app/AppSettings.h"

#include "core/store/StoreAddress.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace ahplead {

namespace {
const QString StorePath = QStringLiteral("store/path");
const QString AssessorName = QStringLiteral("assessor/name");
const QString AssessorRole = QStringLiteral("assessor/role");
const QString CaseAuthorName = QStringLiteral("businessCase/name");
const QString CaseAuthorRole = QStringLiteral("businessCase/role");
const QString ExampleOffered = QStringLiteral("firstRun/exampleOffered");
const QString Geometry = QStringLiteral("window/geometry");
const QString LastFolder = QStringLiteral("files/lastFolder");
const QString ReportAllQuestions = QStringLiteral("reports/allQuestions");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QStringLiteral("ahplead"), QStringLiteral("ahplead")))
{
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::storePath() const
{
    return m_settings->value(StorePath).toString();
}
void AppSettings::setStorePath(const QString &path)
{
    m_settings->setValue(StorePath, path);
}
QString AppSettings::assessorName() const
{
    return m_settings->value(AssessorName).toString();
}
void AppSettings::setAssessorName(const QString &name)
{
    m_settings->setValue(AssessorName, name);
}
QString AppSettings::assessorRole() const
{
    return m_settings->value(AssessorRole).toString();
}
void AppSettings::setAssessorRole(const QString &role)
{
    m_settings->setValue(AssessorRole, role);
}
QString AppSettings::caseAuthorName() const
{
    return m_settings->value(CaseAuthorName).toString();
}

QString AppSettings::caseAuthorRole() const
{
    return m_settings->value(CaseAuthorRole).toString();
}

QString AppSettings::loginName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("ahplead user") : user;
}

void AppSettings::setCaseAuthor(const QString &name, const QString &role)
{
    m_settings->setValue(CaseAuthorName, name);
    m_settings->setValue(CaseAuthorRole, role);
}

// A store's reviewer under a key made from its full path (a path's slashes would make groups).
static QString reviewerKey(const QString &storePath)
{
    // A server's address is the same wherever the app starts; a file's path is made absolute.
    const QByteArray path =
        (StoreAddress::isServer(storePath) ? storePath : QFileInfo(storePath).absoluteFilePath()).toUtf8();
    return QStringLiteral("reviewers/") +
           QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(32));
}

QString AppSettings::reviewerName(const QString &storePath) const
{
    return m_settings->value(reviewerKey(storePath)).toString();
}

void AppSettings::setReviewerName(const QString &storePath, const QString &name)
{
    m_settings->setValue(reviewerKey(storePath), name);
}

bool AppSettings::exampleOffered() const
{
    return m_settings->value(ExampleOffered, false).toBool();
}
void AppSettings::setExampleOffered(bool offered)
{
    m_settings->setValue(ExampleOffered, offered);
}
QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(Geometry).toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(Geometry, geometry);
}
QString AppSettings::lastFolder() const
{
    return m_settings->value(LastFolder).toString();
}
void AppSettings::setLastFolder(const QString &folder)
{
    m_settings->setValue(LastFolder, folder);
}
bool AppSettings::reportAllQuestions() const
{
    return m_settings->value(ReportAllQuestions, false).toBool();
}
void AppSettings::setReportAllQuestions(bool all)
{
    m_settings->setValue(ReportAllQuestions, all);
}
void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace ahplead
