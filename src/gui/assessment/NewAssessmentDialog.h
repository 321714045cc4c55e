#pragma once

#include "core/assessment/Assessment.h"

#include <QDialog>

#include <memory>
#include <vector>

namespace Ui {
class NewAssessmentDialog;
}

namespace ahplead {

class Workspace;

// The details of an assessment: its type (which framework), title, the organisation and
// who is assessing. Used to start a new assessment, to start from a previous one (the
// type and organisation come from it) and to change the details later.
class NewAssessmentDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { New, FromPrevious, EditDetails };

    NewAssessmentDialog(Workspace &workspace, Mode mode, QWidget *parent = nullptr);
    ~NewAssessmentDialog() override;

    // Fills the form from A (FromPrevious, EditDetails); the type is then fixed.
    void setFrom(const Assessment &a, int answersToCopy = 0);
    void setAssessor(const QString &name, const QString &role);
    void setFrameworkId(const QString &id);
    // What the form describes; framework id and version are the newest of the chosen type
    // (for EditDetails, those of the assessment being edited).
    Assessment assessment() const;
    // What still needs filling in, or empty when the form is complete.
    QString problem() const;
    Ui::NewAssessmentDialog *ui() const { return m_ui.get(); }

private:
    void fillTypes();
    void typeChanged();
    void organisationChosen(const QString &name);
    void validate();
    void fitToScreen();

    Workspace &m_workspace;
    Mode m_mode;
    std::unique_ptr<Ui::NewAssessmentDialog> m_ui;
    std::vector<Organisation> m_known;
    QString m_suggestedTitle;
    Assessment m_base;
};

} // namespace ahplead
