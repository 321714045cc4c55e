#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace ahplead {

// The user's preferences (QSettings): where the store is, who is assessing, preparing a
// business case or reviewing (each asked for in its own place),
// whether the example has been offered, and the window's size and place.
class AppSettings {
public:
    // The user's own settings (organisation "ahplead", application "ahplead").
    AppSettings();
    // Settings kept in INIFILE (tests, benchmarks and screenshots leave the user's alone).
    explicit AppSettings(const QString &iniFile);
    ~AppSettings();

    QString storePath() const;
    void setStorePath(const QString &path);
    QString assessorName() const;
    void setAssessorName(const QString &name);
    QString assessorRole() const;
    void setAssessorRole(const QString &role);
    // Who prepares business cases: kept apart from the assessor, so a case is never signed with
    // the name of whoever last filled in an assessment on this computer.
    QString caseAuthorName() const;
    QString caseAuthorRole() const;
    void setCaseAuthor(const QString &name, const QString &role);
    // Who reviews submissions in the store at STOREPATH: asked once for each store (a region's
    // store is not a trust's), changeable on the review page.
    QString reviewerName(const QString &storePath) const;
    void setReviewerName(const QString &storePath, const QString &name);
    // Who is logged in to this computer: what the change log names when no one has said who
    // is working in that place (never a name borrowed from another place).
    static QString loginName();
    bool exampleOffered() const;
    void setExampleOffered(bool offered);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QString lastFolder() const;
    void setLastFolder(const QString &folder);
    // Whether a report's appendix of answers lists the questions not answered too (File >
    // Export); by default it leaves them out, so a draft's paper stays short.
    bool reportAllQuestions() const;
    void setReportAllQuestions(bool all);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ahplead
