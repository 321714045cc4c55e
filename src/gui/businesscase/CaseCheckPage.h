#pragma once

#include "gui/businesscase/CasePage.h"
#include "report/document/ReportWriter.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace ahplead {

// The last page: every problem the validator finds (in words, each leading to its field),
// what the Green Book shortlist still lacks, and the buttons that write the business case
// document (PDF, web page, editable document) and the case file (JSON).
class CaseCheckPage : public CasePage {
    Q_OBJECT

public:
    static constexpr int PointerRole = Qt::UserRole + 1;

    CaseCheckPage(CaseSession &session, QWidget *parent = nullptr);

    void refresh() override;
    bool showPointer(const QString &pointer) override;
    QListWidget *problems() const { return m_problems; }
    QLabel *status() const { return m_status; }
    QPushButton *exportButton(ReportFormat format) const;
    QPushButton *exportFileButton() const { return m_file; }

signals:
    void problemChosen(const QString &pointer);
    void exportRequested(ahplead::ReportFormat format);
    void exportFileRequested();

private:
    QLabel *m_icon = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_shortlist = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_html = nullptr;
    QPushButton *m_odt = nullptr;
    QPushButton *m_docx = nullptr;
    QPushButton *m_file = nullptr;
};

} // namespace ahplead
