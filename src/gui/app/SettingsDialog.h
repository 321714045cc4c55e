#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace ahplead {

class AppSettings;
class Prompter;

// Settings: the store file, who assesses by default, who prepares business cases and who
// reviews in the open store. Saving writes them to AppSettings;
// the caller opens another store when the path changed.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, Prompter &prompter, const QString &currentStore, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString storePath() const;
    Ui::SettingsDialog *ui() const { return m_ui.get(); }
    // Writes the form to the settings.
    void save();

private:
    AppSettings &m_settings;
    Prompter &m_prompter;
    QString m_currentStore;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace ahplead
