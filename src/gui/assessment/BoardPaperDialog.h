#pragma once

#include "core/assessment/CoverSheet.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QLineEdit;
class QPlainTextEdit;

namespace ahplead {

class Prompter;

// "Board paper details": the cover sheet NHS board papers carry (meeting, date, agenda item,
// report of, prepared by, purpose, the recommendation, links to the board assurance framework
// and corporate risk register, quality and equality impact, previously considered by), typed
// beside the assessment. OK hands back the sheet; the caller saves it as one undoable step.
// Fields left blank print as blanks to fill in by hand.
class BoardPaperDialog : public QDialog {
    Q_OBJECT
public:
    explicit BoardPaperDialog(const CoverSheet &cover, bool editable, QWidget *parent = nullptr);

    // The sheet as typed (the date as last read; see accept()).
    CoverSheet cover() const;

    // Adds the choice of ORGANISATION's logo (PNG, LogoImage; empty for none), which every paper
    // of the organisation carries; PROMPTER asks for the file.
    void offerLogo(const QString &organisation, const QByteArray &png, Prompter &prompter);
    // The logo as chosen here (empty for none), and whether it differs from the one offered.
    const QByteArray &logo() const { return m_logo; }
    bool logoChanged() const { return m_logo != m_offeredLogo; }
    // Makes the PNG or SVG file at PATH the logo, or says beside it why it cannot be one.
    void useLogoFile(const QString &path);

    void accept() override; // refused, with the reason beside the date, while the date cannot be read

private:
    void showLogo();

    QFormLayout *m_form;
    bool m_editable;
    QLabel *m_logoPreview = nullptr;
    QLabel *m_logoProblem = nullptr;
    QPushButton *m_removeLogo = nullptr;
    QByteArray m_logo;
    QByteArray m_offeredLogo;
    QLineEdit *m_meeting;
    QLineEdit *m_date;
    QLineEdit *m_agendaItem;
    QLineEdit *m_reportOf;
    QLineEdit *m_preparedBy;
    QComboBox *m_purpose;
    QPlainTextEdit *m_recommendation;
    QLineEdit *m_assuranceFramework;
    QLineEdit *m_riskRegister;
    QLineEdit *m_qualityEquality;
    QLineEdit *m_previouslyConsidered;
    QLabel *m_dateProblem;
    QDate m_meetingDate;
};

} // namespace ahplead
