#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

class QSettings;

namespace ahplead {

// The user's preferences (QSettings): where the store is, who is assessing by default,
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
    bool exampleOffered() const;
    void setExampleOffered(bool offered);
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QString lastFolder() const;
    void setLastFolder(const QString &folder);

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace ahplead
